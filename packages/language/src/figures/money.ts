/**
 * Money as the forms hold it (LANGUAGE.md §8.4): a line's 年初预算数
 * (`amount`), its 全年预算数 after adjustment (`adjusted`), the effective
 * budget every rate and allocation uses, and its funding sources with what
 * was spent from each. Pure functions, called by `figures.ts`.
 */
import type * as ast from '../generated/ast.js';
import { FUNDING_SOURCES, isFundingSource, type FundingSource } from '../i18n/funding-sources.js';
import * as props from '../model/properties.js';
import { parseNumber } from '../model/values.js';

/** One funding source of a line (or of the plan): its amount, what was spent from it, the rate. */
export interface SourceFigures {
    readonly source: FundingSource;
    readonly amount: number;
    readonly spent: number;
    /** spent / amount; null when the amount is zero. */
    readonly executionRate: number | null;
}

export interface LineMoney {
    /** 年初预算数: the `amount` as written. */
    readonly initial?: number;
    /** 全年预算数 (调整后): the `adjusted` amount, when given. */
    readonly adjusted?: number;
    readonly adjustedReason?: string;
    /** The effective budget: `adjusted` when given, else `amount`. */
    readonly budget?: number;
    /** The line's `sources` in written order (the first of a duplicated source counts); [] without `sources`. */
    readonly sources: readonly SourceFigures[];
    /**
     * Spending drawn from none of the line's sources: recorded without `from`,
     * or `from` a source the line does not list (`spend-source-unknown`). It
     * counts for the line, for no source, so the sources and this add up to
     * what the line spent.
     */
    readonly unattributedSpent: number;
}

/** What a spend contributes: its amount and the source it is drawn from, if named. */
export interface SpendAmount {
    readonly value: number;
    readonly from?: FundingSource;
}

export function lineMoney(budget: ast.Budget, spends: readonly SpendAmount[]): LineMoney {
    const initial = parseNumber(props.budgetAmount(budget)?.value);
    const adjustedProperty = props.budgetAdjusted(budget);
    const adjusted = parseNumber(adjustedProperty?.value);
    const spentBySource = new Map<FundingSource | undefined, number>();
    for (const spend of spends) spentBySource.set(spend.from, (spentBySource.get(spend.from) ?? 0) + spend.value);
    const declared = declaredSources(budget);
    const sources: SourceFigures[] = [];
    for (const [source, amount] of declared) {
        const spent = spentBySource.get(source) ?? 0;
        sources.push({ source, amount, spent, executionRate: amount > 0 ? spent / amount : null });
    }
    let unattributedSpent = 0;
    for (const spend of spends) if (spend.from === undefined || !declared.has(spend.from)) unattributedSpent += spend.value;
    return {
        initial, adjusted, adjustedReason: adjustedProperty?.reason,
        budget: adjusted ?? initial,
        sources,
        unattributedSpent
    };
}

/** The sources a line declares with their amounts, in written order; a source named twice counts once (the first). */
export function declaredSources(budget: ast.Budget): ReadonlyMap<FundingSource, number> {
    const result = new Map<FundingSource, number>();
    for (const share of props.budgetSources(budget)?.shares ?? []) {
        const amount = parseNumber(share.amount);
        if (isFundingSource(share.source) && amount !== undefined && !result.has(share.source)) result.set(share.source, amount);
    }
    return result;
}

/** The plan's money by funding source: Σ over its lines, in the forms' order, sources no line names left out. */
export function planSources(lines: ReadonlyArray<{ readonly sources: readonly SourceFigures[] }>): SourceFigures[] {
    return FUNDING_SOURCES.flatMap(source => {
        const parts = lines.flatMap(line => line.sources.filter(s => s.source === source));
        if (parts.length === 0) return [];
        const amount = parts.reduce((total, s) => total + s.amount, 0);
        const spent = parts.reduce((total, s) => total + s.spent, 0);
        return [{ source, amount, spent, executionRate: amount > 0 ? spent / amount : null }];
    });
}
