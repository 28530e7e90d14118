/**
 * Quick fixes for money as the forms hold it (LANGUAGE.md §8.4), one small
 * function per diagnostic code so they can join a per-code registry:
 * - adjusted-unexplained: add `reason ""` after the adjusted amount;
 * - sources-not-total: put the difference on `other` (raise or lower it, or
 *   add it), preferred; or rescale every source to the effective budget.
 * Each returns the text edits of its fixes; the provider wraps them as code
 * actions. None edits a block the parser had to recover (`touchesError`).
 */
import { GrammarUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { declaredSources } from '../../figures/money.js';
import * as ast from '../../generated/ast.js';
import type { Lang } from '../../i18n/locale.js';
import * as props from '../../model/properties.js';
import { parseNumber } from '../../model/values.js';

export interface MoneyFix {
    readonly title: string;
    readonly edits: readonly TextEdit[];
    readonly isPreferred: boolean;
}

const TITLES = {
    en: {
        addReason: `Add 'reason ""' to the adjustment`,
        remainderOnOther: (amount: string) => `Put the difference on 'other': other ${amount}`,
        rescale: (amounts: string) => `Rescale the sources to the budget: ${amounts}`
    },
    zh: {
        addReason: `为预算调整添加理由 reason ""`,
        remainderOnOther: (amount: string) => `将差额计入其他资金：other ${amount}`,
        rescale: (amounts: string) => `按比例调整各资金来源使合计等于预算：${amounts}`
    }
} as const;

/** adjusted-unexplained: `reason ""` after the adjusted amount, for the user to fill in. */
export function addAdjustmentReason(node: AstNode, lang: Lang, touchesError: (node: AstNode) => boolean): MoneyFix[] {
    const adjusted = ast.isAdjustedProperty(node) ? node : node.$container && ast.isAdjustedProperty(node.$container) ? node.$container : undefined;
    const value = adjusted?.$cstNode && GrammarUtils.findNodeForProperty(adjusted.$cstNode, 'value');
    if (!adjusted || !value || adjusted.reason !== undefined || touchesError(adjusted.$container)) return [];
    const end = value.range.end;
    return [{ title: TITLES[lang].addReason, edits: [{ range: { start: end, end }, newText: ' reason ""' }], isPreferred: true }];
}

/** sources-not-total: the difference on `other`, or every source rescaled to the effective budget. */
export function makeSourcesTotal(node: AstNode, lang: Lang, touchesError: (node: AstNode) => boolean): MoneyFix[] {
    const sources = ast.isSourcesProperty(node) ? node : undefined;
    const budget = sources?.$container;
    if (!sources || !budget || touchesError(budget)) return [];
    const effective = parseNumber(props.budgetAdjusted(budget)?.value) ?? parseNumber(props.budgetAmount(budget)?.value);
    const declared = declaredSources(budget);
    // A source named twice is `duplicate-property`: that comes first.
    if (effective === undefined || declared.size !== sources.shares.length) return [];
    const total = [...declared.values()].reduce((a, b) => a + b, 0);
    const wan = sources.shares.some(share => /万元?$/.test(share.amount));
    return [...remainderOnOther(sources, effective - total, wan, lang), ...rescaled(sources, effective, total, wan, lang)];
}

function remainderOnOther(sources: ast.SourcesProperty, difference: number, wan: boolean, lang: Lang): MoneyFix[] {
    const other = sources.shares.find(share => share.source === 'other');
    const current = other ? parseNumber(other.amount) ?? 0 : 0;
    const amount = roundCents(current + difference);
    if (amount < 0 || (!other && amount === 0)) return [];
    const text = amountLiteral(amount, wan);
    const title = TITLES[lang].remainderOnOther(text);
    if (other) {
        const literal = other.$cstNode && GrammarUtils.findNodeForProperty(other.$cstNode, 'amount');
        return literal ? [{ title, edits: [{ range: literal.range, newText: text }], isPreferred: true }] : [];
    }
    const end = sources.shares[sources.shares.length - 1]?.$cstNode?.range.end;
    return end ? [{ title, edits: [{ range: { start: end, end }, newText: `, other ${text}` }], isPreferred: true }] : [];
}

/** Each source × budget / total, in cents; the last takes what rounding leaves so the sum is exact. */
function rescaled(sources: ast.SourcesProperty, effective: number, total: number, wan: boolean, lang: Lang): MoneyFix[] {
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
    return [{ title: TITLES[lang].rescale(summary), edits, isPreferred: false }];
}

function roundCents(value: number): number {
    return Math.round(value * 100) / 100;
}

/** An amount as the plan writes it: in 万 when its sources are, when that stays exact; else plain. */
function amountLiteral(value: number, wan: boolean): string {
    const inWan = Math.round(value * 100) / 1e6;
    if (wan && Math.abs(inWan * 1e4 - value) < 1e-6) return `${Number(inWan.toFixed(6))}万`;
    return String(Number(value.toFixed(2)));
}
