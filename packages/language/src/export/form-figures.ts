/**
 * The figures a form column shows, one function per column, read from the
 * figures module (`figures/figures.ts`; LANGUAGE.md §8.10).
 *
 * A points-scored plan (§8.2) has its 分值 and 得分 in the figures; a plan
 * scored by weights or by the government classes has no points of its own,
 * so its 分值 are derived here from the shares the score already uses (they
 * total 100 with the execution row, and their 得分 total the plan score).
 */
import { kpiExplainedBy } from '../figures/explanations.js';
import type { Grade, KpiFigures, PlanFigures } from '../figures/figures.js';
import type { FundingSource } from '../i18n/funding-sources.js';
import * as props from '../model/properties.js';
import type * as ast from '../generated/ast.js';

// ---------------------------------------------------------------- points (分值) and score (得分)

/**
 * A KPI's 分值: its `points` in a points-scored plan. Otherwise the points
 * the KPI can earn towards the plan score — in the government profile its
 * class's points (after absent classes are scaled out) split over the
 * class's KPIs by their weight in the plan; in the enterprise profile
 * 100 × goal weight × KPI weight.
 */
export function kpiPoints(kpi: KpiFigures, figures: PlanFigures): number {
    if (figures.scoring === 'points') return kpi.points ?? 0;
    const goalWeight = figures.goalFigures.get(kpi.goal)?.weight ?? 0;
    const government = figures.government;
    if (!government) return 100 * goalWeight * kpi.weight;
    if (!kpi.indicatorClass) return 0;
    const classWeight = classPlanWeight(figures, kpi.indicatorClass);
    return classWeight > 0 ? government.maxPoints[kpi.indicatorClass] * goalWeight * kpi.weight / classWeight : 0;
}

/** Σ goal weight × KPI weight over the plan's KPIs of one government indicator class. */
function classPlanWeight(figures: PlanFigures, indicatorClass: NonNullable<KpiFigures['indicatorClass']>): number {
    let total = 0;
    for (const goal of figures.goals) {
        for (const kpi of goal.kpis) if (kpi.indicatorClass === indicatorClass) total += goal.weight * kpi.weight;
    }
    return total;
}

/** A KPI's computed 得分: `earned` in a points-scored plan, else 分值 × capped achievement. */
export function kpiComputed(kpi: KpiFigures, figures: PlanFigures): number {
    return kpi.earned ?? kpiPoints(kpi, figures) * kpi.scoredAchievement;
}

/** A KPI's 得分 on the form: the evaluator's award where one counts (§8.3), else the computed one. */
export function kpiEarned(kpi: KpiFigures, figures: PlanFigures): number {
    return kpi.awarded ?? kpiComputed(kpi, figures);
}

/** The budget-execution row's 分值: `execution.points` of a points-scored plan, else the government execution part's, 0 in the enterprise profile. */
export function executionPoints(figures: PlanFigures): number {
    if (figures.execution) return figures.execution.points;
    return figures.government?.maxPoints.execution ?? 0;
}

/** The budget-execution row's computed 得分. */
export function executionComputed(figures: PlanFigures): number {
    if (figures.execution) return figures.execution.earned;
    return figures.government?.points.execution ?? 0;
}

/** The budget-execution row's 得分 on the form: its award where one counts, else the computed one. */
export function executionEarned(figures: PlanFigures): number {
    return figures.execution?.awarded ?? executionComputed(figures);
}

/** The plan's 总分: the awarded score where awards exist (the official result, §8.3), else the computed score. */
export function planTotal(figures: PlanFigures): number {
    return figures.awardedScore ?? figures.score;
}

export function planGrade(figures: PlanFigures): Grade {
    return figures.awardedGrade ?? figures.grade;
}

/** Σ 分值 of all rows: 100 when anything is scored. */
export function totalPoints(figures: PlanFigures): number {
    let total = executionPoints(figures);
    for (const goal of figures.goals) for (const kpi of goal.kpis) total += kpiPoints(kpi, figures);
    return total;
}

// ---------------------------------------------------------------- money
// 年初预算数 is `initialAllocated` / a line's `initialAmount`, 全年预算数 the
// effective budget `allocated` / `amount` (§8.4): the forms read them directly.

/** The funding-source rows of the forms, and the sources each takes. */
export const SOURCE_ROWS = [
    { row: 'fiscal', sources: ['fiscal'] },
    { row: 'carryover', sources: ['carryover'] },
    { row: 'other', sources: ['special', 'own', 'other'] }
] as const satisfies ReadonlyArray<{ row: string; sources: readonly FundingSource[] }>;

export type SourceRow = typeof SOURCE_ROWS[number]['row'];

/** A source row's money: its 全年预算数 (`amount`), 年初预算数 (`initial`) and spending. */
export interface SourceTotal {
    readonly amount: number;
    /** Sources split the effective budget (§8.4), so the initial split is known only where no sourced line is adjusted. */
    readonly initial: number | undefined;
    readonly spent: number;
}

/**
 * Budget and spend per source row, Σ over the lines' `sources`; undefined
 * while no line declares sources (the rows stay blank).
 */
export function sourceTotals(figures: PlanFigures): ReadonlyMap<SourceRow, SourceTotal> | undefined {
    const lines = figures.budgets.filter(b => b.sources.length > 0);
    if (lines.length === 0) return undefined;
    const initialKnown = lines.every(line => line.adjusted === undefined);
    const totals = new Map<SourceRow, { amount: number; spent: number }>(SOURCE_ROWS.map(r => [r.row, { amount: 0, spent: 0 }]));
    for (const line of lines) {
        for (const { source, amount, spent } of line.sources) {
            const row = SOURCE_ROWS.find(r => (r.sources as readonly string[]).includes(source))!.row;
            totals.get(row)!.amount += amount;
            totals.get(row)!.spent += spent;
        }
    }
    return new Map([...totals].map(([row, total]) => [row, { ...total, initial: initialKnown ? total.amount : undefined }]));
}

// ---------------------------------------------------------------- causes

/**
 * The findings that explain a KPI's deviation (偏差原因, §8.5): those of
 * reviews dated on or before asOf that affect the KPI or its goal, for a KPI
 * that has not reached its target.
 */
export function explainingFindings(kpi: KpiFigures, figures: PlanFigures): ast.Finding[] {
    if (kpi.achievement !== null && kpi.achievement >= 1) return [];
    return [...kpiExplainedBy(figures.explanations, kpi.kpi)];
}

/** The actions that address a finding, in plan order. */
export function actionsFor(finding: ast.Finding, figures: PlanFigures): ast.Action[] {
    return figures.model.actions.filter(action => props.actionAddresses(action)?.finding?.ref === finding);
}
