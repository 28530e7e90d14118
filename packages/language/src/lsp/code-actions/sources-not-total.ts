/**
 * sources-not-total (LANGUAGE.md §8.4): make the funding sources total the
 * line's effective budget. Preferred: put the difference on `other` (raise
 * or lower an existing `other` while it stays ≥ 0, or add one). Also: every
 * source rescaled to the budget in cents, the last taking the rounding.
 * Amounts are written in 万 when the line's sources are and that is exact.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { CodeAction, TextEdit } from 'vscode-languageserver';
import { declaredSources } from '../../figures/money.js';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { parseNumber } from '../../model/values.js';
import { quickFix, singleFile } from './edits.js';
import type { FixContext, QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const sourcesNotTotal: QuickFix = context => {
    const sources = AstUtils.getContainerOfType(context.node, ast.isSourcesProperty);
    const budget = sources?.$container;
    if (!sources || !budget || SyntaxErrors.of(context.document).touches(budget)) return [];
    const effective = parseNumber(props.budgetAdjusted(budget)?.value) ?? parseNumber(props.budgetAmount(budget)?.value);
    const declared = declaredSources(budget);
    // A source named twice is `duplicate-property`: that comes first.
    if (effective === undefined || declared.size !== sources.shares.length) return [];
    const total = [...declared.values()].reduce((a, b) => a + b, 0);
    const wan = sources.shares.some(share => /万元?$/.test(share.amount));
    return [...remainderOnOther(context, sources, effective - total, wan), ...rescaled(context, sources, effective, total, wan)];
};

function remainderOnOther(context: FixContext, sources: ast.SourcesProperty, difference: number, wan: boolean): CodeAction[] {
    const other = sources.shares.find(share => share.source === 'other');
    const amount = roundCents((other ? parseNumber(other.amount) ?? 0 : 0) + difference);
    if (amount < 0 || (!other && amount === 0)) return [];
    const text = amountLiteral(amount, wan);
    let edit: TextEdit | undefined;
    if (other) {
        const literal = other.$cstNode && GrammarUtils.findNodeForProperty(other.$cstNode, 'amount');
        edit = literal && { range: literal.range, newText: text };
    } else {
        const end = sources.shares[sources.shares.length - 1]?.$cstNode?.range.end;
        edit = end && { range: { start: end, end }, newText: `, other ${text}` };
    }
    return edit ? [quickFix(context, FIX_TITLES[context.lang].remainderOnOther(text), singleFile(context.document, [edit]), true)] : [];
}

function rescaled(context: FixContext, sources: ast.SourcesProperty, effective: number, total: number, wan: boolean): CodeAction[] {
    if (total <= 0 || sources.shares.length < 2) return [];
    const amounts = sources.shares.map(share => roundCents((parseNumber(share.amount) ?? 0) * effective / total));
    amounts[amounts.length - 1] = roundCents(effective - amounts.slice(0, -1).reduce((a, b) => a + b, 0));
    if (amounts.some(amount => amount < 0)) return [];
    const edits: TextEdit[] = [];
    sources.shares.forEach((share, i) => {
        const literal = share.$cstNode && GrammarUtils.findNodeForProperty(share.$cstNode, 'amount');
        if (literal) edits.push({ range: literal.range, newText: amountLiteral(amounts[i], wan) });
    });
    if (edits.length !== amounts.length) return [];
    const summary = sources.shares.map((share, i) => `${share.source} ${amountLiteral(amounts[i], wan)}`).join(', ');
    return [quickFix(context, FIX_TITLES[context.lang].rescaleSources(summary), singleFile(context.document, edits), false)];
}

function roundCents(value: number): number {
    return Math.round(value * 100) / 100;
}

/** An amount as the plan writes it: in 万 when its sources are and that stays exact; else plain. */
function amountLiteral(value: number, wan: boolean): string {
    const inWan = Math.round(value * 100) / 1e6;
    if (wan && Math.abs(inWan * 1e4 - value) < 1e-6) return `${Number(inWan.toFixed(6))}万`;
    return String(Number(value.toFixed(2)));
}
