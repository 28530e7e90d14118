/**
 * Points scoring (LANGUAGE.md §8.2, 分值): a plan where any KPI has `points`
 * is scored the way the self-evaluation form is — each KPI earns its points ×
 * its capped achievement, the budget-execution row earns its points ×
 * min(execution rate, 1), and the plan score is the sum. Weights and
 * `score weights` do not count (`weight-ignored`).
 *
 * So that every surface that shows weights keeps showing true shares, a
 * points-scored KPI weighs points ÷ its goal's points in its goal, and a goal
 * weighs its points ÷ 100 in the plan (the execution row holds the rest).
 */
import type * as ast from '../generated/ast.js';
import * as props from '../model/properties.js';
import type { Rules } from '../model/rules.js';
import { parseNumber } from '../model/values.js';

/** How the plan score is computed (§8.10 `scoring`). */
export type Scoring = 'weights' | 'classes' | 'points';

/** The budget-execution row of a points-scored plan. */
export interface ExecutionRow {
    readonly points: number;
    /** points × min(execution rate, 1); 0 without money. */
    readonly earned: number;
    /** The evaluator's award for the row, when one counts. */
    readonly awarded: number | null;
    /** points × min(1, rate ÷ elapsed share), for the projected score. */
    readonly projected: number;
}

/** The tolerance of the 100-points total (§8.2: "within 0.01"). */
export const POINTS_TOLERANCE = 0.01;

export function isPointsScored(kpis: readonly ast.Kpi[]): boolean {
    return kpis.some(kpi => props.kpiPoints(kpi) !== undefined);
}

/** A KPI's 分值; undefined when not written (or not a number). */
export function pointsOf(kpi: ast.Kpi): number | undefined {
    return parseNumber(props.kpiPoints(kpi)?.value);
}

/** The execution row's points: `rules { execution points N }`, else 10 in the government profile, 0 in the enterprise one. */
export function executionPoints(rules: Rules, profile: 'enterprise' | 'government'): number {
    return rules.executionPoints ?? (profile === 'government' ? 10 : 0);
}

/** Σ of the KPIs' points and the execution row's: 100 in a well-formed plan. */
export function totalPoints(kpis: readonly ast.Kpi[], rules: Rules, profile: 'enterprise' | 'government'): number {
    let total = executionPoints(rules, profile);
    for (const kpi of kpis) total += Math.max(0, pointsOf(kpi) ?? 0);
    return total;
}

/** The shares points scoring gives: KPI points ÷ goal points, goal points ÷ 100. */
export function pointsWeights(goals: ReadonlyArray<readonly ast.Kpi[]>): { goalWeights: number[]; kpiWeights: number[][] } {
    const kpiPoints = goals.map(kpis => kpis.map(kpi => Math.max(0, pointsOf(kpi) ?? 0)));
    const goalPoints = kpiPoints.map(points => points.reduce((a, b) => a + b, 0));
    return {
        goalWeights: goalPoints.map(points => points / 100),
        kpiWeights: kpiPoints.map((points, g) => points.map(p => goalPoints[g] > 0 ? p / goalPoints[g] : 0))
    };
}
