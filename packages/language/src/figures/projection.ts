/**
 * Mid-year figures (LANGUAGE.md §8.7): a KPI's projected achievement at its
 * due date, the likelihood of reaching its target (完成目标可能性), and the
 * plan's projected score and grade.
 *
 * Choices where the spec is silent (docs/figures.md):
 * - at and after a KPI's due date its projected achievement is its
 *   achievement (the result is in; a trend is no better guess than it), so
 *   a `final` plan's projected score equals its score;
 * - with one measure and no time elapsed yet, the projection is the
 *   achievement itself (nothing to extrapolate from);
 * - the execution row projects min(1, execution rate ÷ elapsed share); with
 *   no time elapsed it projects 1 when anything is allocated.
 */
import type { Rules } from '../model/rules.js';

export type Likelihood = 'certain' | 'possible' | 'unlikely';

export interface ProjectionInput {
    readonly achievement: number | null;
    readonly expected: number | null;
    /** Achievement of the least-squares projection at the due date (≥ 2 measures), uncapped. */
    readonly trendAchievement: number | null;
    /** Date and qualitative KPIs are not extrapolated. */
    readonly extrapolates: boolean;
    readonly pastDue: boolean;
    readonly measureCount: number;
}

/** The projected achievement at the due date, uncapped; null without a measure. */
export function projectedAchievementOf(input: ProjectionInput): number | null {
    const { achievement, expected } = input;
    if (achievement === null) return null;
    if (input.pastDue || !input.extrapolates) return achievement;
    if (input.measureCount >= 2 && input.trendAchievement !== null) return input.trendAchievement;
    return expected !== null && expected > 0 ? achievement / expected : achievement;
}

/** 完成目标可能性 before the due date; null without a measure, and at or after the due date. */
export function likelihoodOf(projected: number | null, pastDue: boolean, rules: Rules): Likelihood | null {
    if (projected === null || pastDue) return null;
    if (projected >= 1) return 'certain';
    return projected >= rules.mostlyAchieved ? 'possible' : 'unlikely';
}

/** The execution row's projected rate: min(1, rate ÷ elapsed share); null without money. */
export function projectedExecution(executionRate: number | null, elapsed: number | null): number | null {
    if (executionRate === null) return null;
    if (elapsed === null || elapsed <= 0) return 1;
    return Math.min(1, executionRate / elapsed);
}

/** A fraction within [0, 1] as scored; 0 for none. */
export function scoredFraction(value: number | null): number {
    return value === null || !Number.isFinite(value) ? 0 : Math.min(1, Math.max(0, value));
}
