/**
 * The figures a form column shows, one function per column, read from the
 * figures module (`figures/figures.ts`).
 *
 * LANGUAGE.md §8 (v2) adds figures the forms need — a KPI's `points`
 * (分值), `earned` and `awarded` (得分), the plan's `execution` row,
 * `initialAllocated` (年初预算数), a line's `sources`, `likelihood`,
 * `explainedBy`. Each function below reads that field when the figures carry
 * it and, until they do, derives the column from the v1 figures in the way
 * the v2 rules define it (docs/export.md lists each fallback). When the v2
 * figures land, only the fallbacks here go; the forms stay as they are.
 */
import { kpiExplainedBy } from '../figures/explanations.js';
import type { BudgetFigures, GoalFigures, Grade, KpiFigures, PlanFigures } from '../figures/figures.js';
import type { Likelihood } from '../i18n/export-text.js';
import { parseDate } from '../model/values.js';
import * as props from '../model/properties.js';
import type * as ast from '../generated/ast.js';

/** A named declaration the v2 figures may refer to (a finding in `explainedBy`). */
type NamedRef = string | { readonly name: string };

/** v2 fields of a KPI's figures (§8.10), optional until they land. */
interface KpiFiguresV2 {
    readonly points?: number | null;
    readonly earned?: number | null;
    readonly awarded?: number | null;
    readonly likelihood?: Likelihood | null;
    readonly explainedBy?: readonly NamedRef[];
    readonly projectedValue?: number | null;
}

/** v2 fields of the plan's figures (§8.10). */
interface PlanFiguresV2 {
    readonly execution?: { readonly points: number; readonly earned: number; readonly awarded?: number | null } | null;
    readonly initialAllocated?: number | null;
    readonly awardedScore?: number | null;
    readonly awardedGrade?: Grade | null;
}

export type FundingSource = 'fiscal' | 'carryover' | 'special' | 'own' | 'other';

/** v2 fields of a budget line's figures (§8.4): `amount` is the effective budget, `initialAmount` the amount as written (年初预算数). */
interface BudgetFiguresV2 {
    readonly initialAmount?: number;
    readonly adjusted?: number | null;
    readonly sources?: ReadonlyArray<{ readonly source: FundingSource; readonly amount: number; readonly spent: number }>;
}

function v2Kpi(kpi: KpiFigures): KpiFiguresV2 {
    return kpi as KpiFigures & KpiFiguresV2;
}

function v2Plan(figures: PlanFigures): PlanFiguresV2 {
    return figures as PlanFigures & PlanFiguresV2;
}

function v2Budget(budget: BudgetFigures): BudgetFiguresV2 {
    return budget as BudgetFigures & BudgetFiguresV2;
}

// ---------------------------------------------------------------- points (分值) and score (得分)

/**
 * A KPI's 分值. v2: `points`. Until then: the points the KPI can earn towards
 * the plan score — in the government profile its class's points (after absent
 * classes are scaled out) split over the class's KPIs by their weight in the
 * plan; in the enterprise profile 100 × goal weight × KPI weight. Either way
 * the KPIs' 分值 and the execution row's total 100 and their 得分 total the
 * plan score.
 */
export function kpiPoints(kpi: KpiFigures, figures: PlanFigures): number {
    const declared = v2Kpi(kpi).points;
    if (declared !== undefined && declared !== null) return declared;
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

/** A KPI's 得分: v2 the evaluator's `awarded`, else `earned`; until then 分值 × capped achievement. */
export function kpiEarned(kpi: KpiFigures, figures: PlanFigures): number {
    const { awarded, earned } = v2Kpi(kpi);
    if (awarded !== undefined && awarded !== null) return awarded;
    if (earned !== undefined && earned !== null) return earned;
    return kpiPoints(kpi, figures) * kpi.scoredAchievement;
}

/** The budget-execution row's 分值: v2 `execution.points`; until then the government execution part's points, 0 in the enterprise profile. */
export function executionPoints(figures: PlanFigures): number {
    const execution = v2Plan(figures).execution;
    if (execution) return execution.points;
    return figures.government?.maxPoints.execution ?? 0;
}

/** The budget-execution row's 得分: v2 `execution.awarded`, else `execution.earned`; until then the government execution part's points. */
export function executionEarned(figures: PlanFigures): number {
    const execution = v2Plan(figures).execution;
    if (execution) return execution.awarded ?? execution.earned;
    return figures.government?.points.execution ?? 0;
}

/** The plan's 总分: v2 `awardedScore` where awards exist, else the computed score. */
export function planTotal(figures: PlanFigures): number {
    return v2Plan(figures).awardedScore ?? figures.score;
}

export function planGrade(figures: PlanFigures): Grade {
    return v2Plan(figures).awardedGrade ?? figures.grade;
}

/** Σ 分值 of all rows: 100 when anything is scored. */
export function totalPoints(figures: PlanFigures): number {
    let total = executionPoints(figures);
    for (const goal of figures.goals) for (const kpi of goal.kpis) total += kpiPoints(kpi, figures);
    return total;
}

// ---------------------------------------------------------------- money

/** 年初预算数 of the plan: v2 `initialAllocated`; until then the allocated total (no line is adjusted in v1). */
export function initialAllocated(figures: PlanFigures): number {
    return v2Plan(figures).initialAllocated ?? figures.allocated;
}

/** 全年预算数 of a line: its effective budget — v2 `adjusted` when given, else its `amount` (年初预算数). */
export function adjustedAmount(budget: BudgetFigures): number | undefined {
    return v2Budget(budget).adjusted ?? budget.amount;
}

/** 年初预算数 of a line: the `amount` as written (the figures' `amount` is the effective budget, §8.4). */
export function initialAmount(budget: BudgetFigures): number | undefined {
    return v2Budget(budget).initialAmount ?? budget.amount;
}

/** The funding-source rows of the forms, and the sources each takes. */
export const SOURCE_ROWS = [
    { row: 'fiscal', sources: ['fiscal'] },
    { row: 'carryover', sources: ['carryover'] },
    { row: 'other', sources: ['special', 'own', 'other'] }
] as const satisfies ReadonlyArray<{ row: string; sources: readonly FundingSource[] }>;

export type SourceRow = typeof SOURCE_ROWS[number]['row'];

/**
 * Budget and spend per source row, Σ over the lines' v2 `sources`; undefined
 * while no line declares sources (v1 plans: the rows stay blank).
 */
export function sourceTotals(figures: PlanFigures): ReadonlyMap<SourceRow, { readonly amount: number; readonly spent: number }> | undefined {
    const lines = figures.budgets.map(b => v2Budget(b).sources ?? []);
    if (lines.every(sources => sources.length === 0)) return undefined;
    const totals = new Map<SourceRow, { amount: number; spent: number }>(SOURCE_ROWS.map(r => [r.row, { amount: 0, spent: 0 }]));
    for (const sources of lines) {
        for (const { source, amount, spent } of sources) {
            const row = SOURCE_ROWS.find(r => (r.sources as readonly string[]).includes(source))!.row;
            totals.get(row)!.amount += amount;
            totals.get(row)!.spent += spent;
        }
    }
    return totals;
}

// ---------------------------------------------------------------- mid-year

/** 全年预计完成值: v2 `projectedValue`; until then the linear projection at the goal's due date (≥ 2 measures). */
export function projectedValue(kpi: KpiFigures): number | null {
    const declared = v2Kpi(kpi).projectedValue;
    return declared !== undefined ? declared : kpi.projection;
}

/** `rules { mostly achieved 80% }`'s default (§8.6). */
const MOSTLY_ACHIEVED = 0.8;

/**
 * 完成目标可能性: v2 `likelihood`; until then from the projected achievement
 * (≥ 1 certain, ≥ 80% possible, else unlikely), `certain` for a KPI already
 * at its target, none without a projection or after the KPI's due date.
 */
export function likelihood(kpi: KpiFigures, figures: PlanFigures): Likelihood | null {
    const declared = v2Kpi(kpi).likelihood;
    if (declared !== undefined) return declared;
    const due = figures.goalFigures.get(kpi.goal)?.due;
    if (due && figures.asOf && figures.asOf.day >= due.day) return null;
    const projected = kpi.projectedAchievement ?? (kpi.achievement !== null && kpi.achievement >= 1 ? kpi.achievement : null);
    if (projected === null) return null;
    return projected >= 1 ? 'certain' : projected >= MOSTLY_ACHIEVED ? 'possible' : 'unlikely';
}

// ---------------------------------------------------------------- causes

/**
 * The findings that explain a KPI's deviation (偏差原因): v2 `explainedBy`;
 * until then the findings of reviews dated on or before asOf that affect the
 * KPI's goal (v1 `affects` names goals), for a KPI that has not reached its
 * target.
 */
export function explainingFindings(kpi: KpiFigures, figures: PlanFigures): ast.Finding[] {
    const declared = v2Kpi(kpi).explainedBy;
    if (declared !== undefined) {
        const names = new Set(declared.map(ref => typeof ref === 'string' ? ref : ref.name));
        return figures.model.findings.filter(f => names.has(f.name));
    }
    if (kpi.achievement !== null && kpi.achievement >= 1) return [];
    // The findings that explain the KPI (§8.5: they affect it or its goal), from the figures.
    return [...kpiExplainedBy(figures.explanations, kpi.kpi)];
}

/** The findings that explain a budget line's execution: those affecting a goal the line funds (§8.5). */
export function findingsOfGoals(goals: readonly GoalFigures[], figures: PlanFigures): ast.Finding[] {
    const wanted = new Set(goals.map(g => g.goal));
    return figures.model.findings.filter(finding => reviewedByAsOf(finding, figures)
        && (props.findingAffects(finding)?.targets ?? []).some(ref => ref.ref && wanted.has(ref.ref as ast.Goal)));
}

function reviewedByAsOf(finding: ast.Finding, figures: PlanFigures): boolean {
    const date = parseDate((finding.$container as ast.Review).date);
    return !date || !figures.asOf || date.day <= figures.asOf.day;
}

/** The actions that address a finding, in plan order. */
export function actionsFor(finding: ast.Finding, figures: PlanFigures): ast.Action[] {
    return figures.model.actions.filter(action => props.actionAddresses(action)?.finding?.ref === finding);
}
