/**
 * overspend: raise the line's amount to what was spent. Spends are the
 * ledger's facts (each with its `source`); the amount is the plan's figure,
 * which a budget adjustment (预算调整) changes — so the fix edits the amount,
 * never a spend. It is not preferred: raising a budget is a decision, and a
 * "fix all" must not take it for the planner.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { formatAmount } from '../../i18n/format.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const overspend: QuickFix = context => {
    const budget = AstUtils.getContainerOfType(context.node, ast.isBudget);
    const amount = budget && props.budgetAmount(budget);
    const spent = budget && context.figures?.budgetFigures.get(budget)?.spent;
    if (!budget || spent === undefined || SyntaxErrors.of(context.document).touches(budget)) return [];
    // An adjusted line's effective budget is its `adjusted` amount (§8.4): raise that one, keeping its reason.
    const adjusted = props.budgetAdjusted(budget);
    const adjustedValue = adjusted?.$cstNode && GrammarUtils.findNodeForProperty(adjusted.$cstNode, 'value');
    let edit: TextEdit;
    if (adjusted && adjustedValue) edit = { range: adjustedValue.range, newText: numberLike(spent, adjusted.value) };
    else if (amount?.$cstNode) edit = { range: amount.$cstNode.range, newText: `amount ${numberLike(spent, amount.value)}` };
    else return [];
    const title = FIX_TITLES[context.lang].raiseAmount(formatAmount(context.lang, spent, context.figures!.currency));
    return [quickFix(context, title, singleFile(context.document, [edit]), false)];
};

const MAGNITUDES: Readonly<Record<string, number>> = { k: 1e3, M: 1e6, B: 1e9, 万: 1e4, 万元: 1e4, 亿: 1e8, 亿元: 1e8 };

/** `value` written as the grammar reads it, with the magnitude suffix of `written` when it fits (300k → 350k), else plain digits. */
function numberLike(value: number, written: string): string {
    const suffix = /(万元|亿元|[kMB万亿])$/.exec(written)?.[1];
    const scaled = suffix ? value / MAGNITUDES[suffix] : value;
    const rounded = Math.round(scaled * 100) / 100;
    return Math.abs(rounded - scaled) < 1e-9 ? `${rounded}${suffix ?? ''}` : String(Math.round(value * 100) / 100);
}
