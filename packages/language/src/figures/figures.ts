/**
 * The computed figures of LANGUAGE.md §4 — the one implementation that the
 * validator, hover, code lens and report all read. Pure functions over a
 * linked plan model: no LSP types, no caching (see pbm-figures.ts).
 *
 * Choices where the spec is silent (documented in docs/figures.md):
 * - weights: unweighted items share what the weighted ones leave; a weight
 *   vector that does not total 100% (flagged `weights-not-100`) is scaled to
 *   100% so scores stay on their 0–100 scale; the same for `funds` splits;
 * - a target equal to its baseline: achievement 1 when the actual meets the
 *   target, else 0 (no division by zero);
 * - scores floor each KPI at 0 as well as capping it at 100%;
 * - government classes without scored KPIs drop out, and the points of the
 *   remaining ones are scaled back to 100;
 * - a goal's status ranks off-track < at-risk < not-started < on-track < achieved.
 */
import * as ast from '../generated/ast.js';
import type { PlanModel } from '../model/plan-model.js';
import * as props from '../model/properties.js';
import { resolveRules, type Rules } from '../model/rules.js';
import type { FundingSource } from '../i18n/funding-sources.js';
import { explainPlan, type Explanations } from './explanations.js';
import { lineMoney, planSources, type SourceFigures } from './money.js';
import { daysInMonth, makeDate, normaliseOperator, parseDate, parseNumber, parsePercent, type CalendarDate, type TargetOperator } from '../model/values.js';
import { collectAwards, type AwardFigures } from './awards.js';
import { executionPoints, isPointsScored, pointsOf, pointsWeights, type ExecutionRow, type Scoring } from './points.js';
import { likelihoodOf, projectedAchievementOf, projectedExecution, scoredFraction, type Likelihood } from './projection.js';
import { goalStatusOf, kpiStatusOf, type GoalStatus, type KpiStatus } from './statuses.js';

export type { AwardFigure, AwardFigures, AwardRow } from './awards.js';
export type { ExecutionRow, Scoring } from './points.js';
export type { Likelihood } from './projection.js';
export type { GoalStatus, KpiStatus } from './statuses.js';
export type Grade = 'excellent' | 'good' | 'fair' | 'poor';
export type Profile = 'enterprise' | 'government';
export type QualitativeLevelName = 'achieved' | 'partial' | 'missed' | 'excellent' | 'good' | 'fair' | 'low' | 'poor';
export type IndicatorClass = 'output' | 'benefit' | 'satisfaction';

export interface MeasurePoint {
    readonly date: CalendarDate;
    readonly value: number;
    readonly node: ast.Measure;
}

export interface LevelPoint {
    readonly date: CalendarDate;
    readonly level: QualitativeLevelName;
    /** The score as a fraction: the one written, or the level's default. */
    readonly score: number;
    readonly node: ast.Measure;
}

/** A `measure KPI DATE` of a date (时效) KPI. */
export interface DatePoint {
    readonly date: CalendarDate;
    /** The date measured: when the work was done. */
    readonly done: CalendarDate;
    readonly node: ast.Measure;
}

export interface SpendPoint {
    readonly date: CalendarDate;
    readonly value: number;
    /** The funding source it is drawn from (`from`), if named. */
    readonly from?: FundingSource;
    readonly node: ast.Spend;
}

export interface KpiFigures {
    readonly kpi: ast.Kpi;
    readonly goal: ast.Goal;
    readonly name: string;
    readonly qualitative: boolean;
    /** `>=`, `<=` or `=`; undefined for a qualitative KPI or one without target. */
    readonly direction?: TargetOperator;
    readonly baseline?: number;
    readonly target?: number;
    readonly targetText?: string;
    readonly unit?: string;
    /** The weight as written (fraction), if any. */
    readonly declaredWeight?: number;
    /** Share of the goal's score (fraction; 0 for a 0% KPI). */
    readonly weight: number;
    /** Numeric measures dated on or before asOf, by date. */
    readonly measures: readonly MeasurePoint[];
    /** Qualitative measures dated on or before asOf, by date. */
    readonly levels: readonly LevelPoint[];
    /** Latest numeric actual (null for none, and for qualitative KPIs). */
    readonly actual: number | null;
    readonly latestLevel?: LevelPoint;
    /** Uncapped achievement (1 = target reached); null without a measure. */
    readonly achievement: number | null;
    /** Achievement as scored: within [0, 1], 0 without a measure. */
    readonly scoredAchievement: number;
    /** Expected progress at asOf: the elapsed share of the goal's time. */
    readonly expected: number | null;
    readonly lag: number | null;
    /** Linear projection of the value at the goal's due date (≥ 2 measures on distinct dates). */
    readonly projection: number | null;
    /**
     * Projected achievement at the due date (§8.7, uncapped): the trend's with
     * ≥ 2 measures, achievement ÷ expected with one, the achievement itself for
     * date and qualitative KPIs and at or after the due date; null without a measure.
     */
    readonly projectedAchievement: number | null;
    /**
     * Whether the projection misses the target at the due date: below a `>=`
     * target, above a `<=` target, or for `=` a projected achievement below
     * 1 − the kpi lag threshold (an exact hit cannot be expected of a trend).
     */
    readonly projectedMiss: boolean;
    /** How the last two numeric measures moved relative to the target; null with fewer than two. */
    readonly lastMove: KpiMove | null;
    /**
     * The last completed calendar period of the KPI's `frequency` ending on or
     * before both asOf and the goal's due date, and not before the goal's
     * start; undefined without a frequency, or when no such period exists.
     */
    readonly lastPeriod?: CalendarPeriod;
    /** Whether a measure (numeric or qualitative) is dated within `lastPeriod`. */
    readonly lastPeriodMeasured: boolean;
    readonly status: KpiStatus;
    /** Government profile indicator class (level 1), when given and valid; `cost.*` counts as output (§8.1). */
    readonly indicatorClass?: IndicatorClass;
    // ---- v2 (LANGUAGE.md §8.1–8.7)
    /** A `target <= DATE` (时效): done by that date. */
    readonly targetDate?: CalendarDate;
    /** Date measures on or before asOf, by checkpoint date; the latest is the KPI's actual date. */
    readonly dates: readonly DatePoint[];
    readonly actualDate?: CalendarDate;
    /** Running totals since the KPI's start: achievement is actual ÷ target. */
    readonly cumulative: boolean;
    /** 核心指标 (★). */
    readonly core: boolean;
    /** 分值 in a points-scored plan (null elsewhere, and for a KPI without points there). */
    readonly points: number | null;
    /** points × scored achievement; null unless points-scored. */
    readonly earned: number | null;
    /** The evaluator's award that counts for this KPI, if any. */
    readonly awarded: number | null;
    readonly awardReason?: string;
    /** asOf on or after the KPI's due date (its goal's due, else the plan's end). */
    readonly pastDue: boolean;
    /** The trend misses the target while the goal runs: `kpi-off-track` fires, the status is at most at risk. */
    readonly offTrack: boolean;
    /** 完成目标可能性 before the due date (§8.7). */
    readonly likelihood: Likelihood | null;
}

/** The move between the last two measures: towards the target, away from it, or none. */
export type KpiMove = 'toward' | 'away' | 'flat';

/** A calendar period (both ends included). */
export interface CalendarPeriod {
    readonly start: CalendarDate;
    readonly end: CalendarDate;
}

export interface FundingShare {
    readonly goal: ast.Goal;
    /** Fraction of the line's amount attributed to the goal. */
    readonly share: number;
    readonly allocated: number;
    readonly spent: number;
}

export interface BudgetFigures {
    readonly budget: ast.Budget;
    readonly name: string;
    readonly category?: string;
    /** The effective budget (LANGUAGE.md §8.4): `adjusted` when given, else `amount`. */
    readonly amount?: number;
    /** 年初预算数: the `amount` as written. */
    readonly initialAmount?: number;
    /** 全年预算数 (调整后), when given, and its reason. */
    readonly adjusted?: number;
    readonly adjustedReason?: string;
    /** The line's funding sources with what was spent from each ([] without `sources`). */
    readonly sources: readonly SourceFigures[];
    /** Spending recorded without `from`. */
    readonly unattributedSpent: number;
    readonly spends: readonly SpendPoint[];
    readonly spent: number;
    /** Σ spend / effective budget; null when it is missing or zero. */
    readonly executionRate: number | null;
    /** Plan elapsed share − execution rate. */
    readonly lag: number | null;
    readonly shares: readonly FundingShare[];
}

export interface GoalFigures {
    readonly goal: ast.Goal;
    readonly name: string;
    readonly declaredWeight?: number;
    /** Share of the plan score (fraction). */
    readonly weight: number;
    /** Σ KPI weight × scored achievement, a fraction in [0, 1] (points-scored: earned ÷ points). */
    readonly score: number;
    readonly status: GoalStatus;
    readonly start?: CalendarDate;
    readonly due?: CalendarDate;
    readonly elapsed: number | null;
    readonly allocated: number;
    readonly spent: number;
    readonly executionRate: number | null;
    /** The goal's share of the plan's allocated money (fraction); null when the plan allocates nothing. */
    readonly fundingShare: number | null;
    /** fundingShare / weight; null when either is zero or unknown. */
    readonly fundingWeightRatio: number | null;
    readonly kpis: readonly KpiFigures[];
    readonly perspective?: string;
    readonly priority?: string;
}

export interface GovernmentScore {
    /** min(plan execution rate, 1), null when nothing is allocated. */
    readonly execution: number | null;
    readonly output: number | null;
    readonly benefit: number | null;
    readonly satisfaction: number | null;
    /** Points earned per part, after scaling absent parts out (they total the plan score). */
    readonly points: { readonly execution: number; readonly output: number; readonly benefit: number; readonly satisfaction: number };
    /** Points each part can earn after scaling absent parts out (0 for an absent part; they total 100 when any part is present). */
    readonly maxPoints: { readonly execution: number; readonly output: number; readonly benefit: number; readonly satisfaction: number };
}

export interface PerspectiveScore {
    readonly perspective: string;
    /** Weighted average of the goals' scores (fraction), null without weighted goals. */
    readonly score: number | null;
    readonly goals: number;
}

export interface PlanFigures {
    readonly model: PlanModel;
    readonly rules: Rules;
    readonly name: string;
    readonly title?: string;
    readonly profile: Profile;
    readonly currency: string;
    readonly language: 'en' | 'zh';
    readonly start?: CalendarDate;
    readonly end?: CalendarDate;
    readonly asOf?: CalendarDate;
    readonly elapsed: number | null;
    /**
     * Whether asOf falls in the last month of the plan period (on or after
     * end − 30 days): the year-end regime of `year-end-execution-low`.
     */
    readonly atPeriodEnd: boolean;
    /** 0–100. */
    readonly score: number;
    readonly grade: Grade;
    /** Σ effective budgets of the lines (LANGUAGE.md §8.4). */
    readonly allocated: number;
    /** Σ `amount`s as written (年初预算数). */
    readonly initialAllocated: number;
    /** The plan's approved `total budget`, when given. */
    readonly totalBudget?: number;
    readonly spent: number;
    readonly executionRate: number | null;
    /** The plan's money by funding source (lines with `sources` only). */
    readonly sources: readonly SourceFigures[];
    /**
     * Whether the plan has been monitored: some checkpoint is dated on or
     * before asOf. A plan that has not (a 目标申报 plan) gets no execution
     * alerts and no grade.
     */
    readonly monitored: boolean;
    /** Which findings explain which KPIs and lines (LANGUAGE.md §8.5). */
    readonly explanations: Explanations;
    readonly goals: readonly GoalFigures[];
    readonly budgets: readonly BudgetFigures[];
    readonly government?: GovernmentScore;
    readonly perspectives: readonly PerspectiveScore[];
    readonly kpiFigures: ReadonlyMap<ast.Kpi, KpiFigures>;
    readonly goalFigures: ReadonlyMap<ast.Goal, GoalFigures>;
    readonly budgetFigures: ReadonlyMap<ast.Budget, BudgetFigures>;
    // ---- v2 (LANGUAGE.md §8.2, 8.3, 8.7)
    readonly scoring: Scoring;
    /** asOf on or after the plan period's end. */
    readonly final: boolean;
    /** The plan score with every KPI at its projected achievement (= score when final). */
    readonly projectedScore: number;
    readonly projectedGrade: Grade;
    /** Σ over every row of (award if any, else earned); null without awards. */
    readonly awardedScore: number | null;
    readonly awardedGrade: Grade | null;
    /** The budget-execution row of a points-scored plan; null otherwise. */
    readonly execution: ExecutionRow | null;
    readonly awards: AwardFigures;
}

const PERSPECTIVES = ['financial', 'customer', 'process', 'learning'] as const;

/**
 * The figures of a plan as of its reporting date, or as of another date
 * (`options.asOf`: the monitoring record computes them as of each checkpoint).
 */
export function computePlanFigures(model: PlanModel, options: { readonly asOf?: CalendarDate } = {}): PlanFigures {
    const plan = model.plan;
    const rules = resolveRules(plan);
    const profile = props.planProfile(plan);
    const period = props.planPeriod(plan);
    const start = parseDate(period?.start);
    const end = parseDate(period?.end);
    const asOf = options.asOf ?? parseDate(props.planAsOf(plan)?.date) ?? latestCheckpointDate(model.checkpoints);
    const elapsed = elapsedShare(start, end, asOf);

    const { measuresByKpi, levelsByKpi, datesByKpi, spendsByBudget } = collectEntries(model, asOf, rules);
    const pointsScored = isPointsScored(model.kpis);
    const points = pointsScored ? pointsWeights(model.goals.map(props.goalKpis)) : undefined;
    const awards = collectAwards(model, asOf);
    const budgets = model.budgets.map(budget => budgetFigures(budget, spendsByBudget.get(budget) ?? [], elapsed));
    const fundingByGoal = new Map<ast.Goal, FundingShare[]>();
    for (const budget of budgets) {
        for (const share of budget.shares) {
            let list = fundingByGoal.get(share.goal);
            if (!list) fundingByGoal.set(share.goal, list = []);
            list.push(share);
        }
    }

    const allocated = sum(budgets.map(b => b.amount ?? 0));
    const initialAllocated = sum(budgets.map(b => b.initialAmount ?? 0));
    const goalWeights = points?.goalWeights ?? effectiveWeights(model.goals.map(goal => parsePercent(props.goalWeight(goal)?.value)));
    const goals = model.goals.map((goal, i) => {
        const goalStart = parseDate(props.goalStart(goal)?.date) ?? start;
        const goalDue = parseDate(props.goalDue(goal)?.date) ?? end;
        const goalElapsed = elapsedShare(goalStart, goalDue, asOf);
        const kpiNodes = props.goalKpis(goal);
        const kpiWeights = points?.kpiWeights[i] ?? effectiveWeights(kpiNodes.map(kpi => parsePercent(props.kpiWeight(kpi)?.value)));
        const kpis = kpiNodes.map((kpi, k) => kpiFigures({
            kpi, goal, profile, rules, weight: kpiWeights[k], expected: goalElapsed, start: goalStart, due: goalDue, asOf,
            measures: measuresByKpi.get(kpi) ?? [], levels: levelsByKpi.get(kpi) ?? [], dates: datesByKpi.get(kpi) ?? [],
            pointsScored, awards
        }));
        const funding = fundingByGoal.get(goal) ?? [];
        const goalAllocated = sum(funding.map(f => f.allocated));
        const spent = sum(funding.map(f => f.spent));
        const fundingShare = allocated > 0 ? goalAllocated / allocated : null;
        const figures: GoalFigures = {
            goal, name: goal.name,
            declaredWeight: parsePercent(props.goalWeight(goal)?.value),
            weight: goalWeights[i],
            score: sum(kpis.map(k => k.weight * k.scoredAchievement)),
            status: goalStatusOf(kpis, spent),
            start: goalStart, due: goalDue, elapsed: goalElapsed,
            allocated: goalAllocated, spent, executionRate: goalAllocated > 0 ? spent / goalAllocated : null,
            fundingShare,
            fundingWeightRatio: fundingShare && goalWeights[i] > 0 ? fundingShare / goalWeights[i] : null,
            kpis,
            perspective: props.goalPerspective(goal)?.value,
            priority: props.goalPriority(goal)?.value
        };
        return figures;
    });

    const spent = sum(budgets.map(b => b.spent));
    const executionRate = allocated > 0 ? spent / allocated : null;
    const scoring: Scoring = pointsScored ? 'points' : profile === 'government' ? 'classes' : 'weights';
    const government = scoring === 'classes' ? governmentScore(goals, executionRate, rules) : undefined;
    const execution = pointsScored ? executionRow(executionPoints(rules, profile), executionRate, elapsed, awards) : null;
    const kpiList = goals.flatMap(g => g.kpis);
    const score = execution
        ? execution.earned + sum(kpiList.map(k => k.earned ?? 0))
        : government
            ? sum(Object.values(government.points))
            : 100 * sum(goals.map(g => g.weight * g.score));
    const final = !!asOf && !!end && asOf.day >= end.day;
    const projectedScore = final ? score : projectedPlanScore(scoring, goals, execution, executionRate, elapsed, rules);
    const awarded = awards.byKpi.size > 0 || awards.execution ? awardedTotal(kpiList, execution) : null;

    return {
        model, rules,
        name: plan.name,
        title: plan.title,
        profile,
        currency: props.planCurrency(plan) ?? 'CNY',
        language: props.planLanguage(plan) ?? 'en',
        start, end, asOf, elapsed,
        atPeriodEnd: !!asOf && !!end && asOf.day >= end.day - 30,
        score, grade: gradeOf(score, rules),
        scoring, final, projectedScore, projectedGrade: gradeOf(projectedScore, rules),
        awardedScore: awarded, awardedGrade: awarded === null ? null : gradeOf(awarded, rules),
        execution, awards,
        allocated, initialAllocated, spent, executionRate,
        totalBudget: parseNumber(props.planTotalBudget(plan)?.amount),
        sources: planSources(budgets),
        monitored: model.checkpoints.some(checkpoint => {
            const date = parseDate(checkpoint.date);
            return !!date && (!asOf || date.day <= asOf.day);
        }),
        explanations: explainPlan(model, asOf),
        goals, budgets, government,
        perspectives: perspectiveScores(goals),
        kpiFigures: new Map(goals.flatMap(g => g.kpis.map(k => [k.kpi, k] as const))),
        goalFigures: new Map(goals.map(g => [g.goal, g] as const)),
        budgetFigures: new Map(budgets.map(b => [b.budget, b] as const))
    };
}

// ---------------------------------------------------------------- time

/** (asOf − start) / (due − start), clamped to [0, 1]; null when a date is missing. */
export function elapsedShare(start: CalendarDate | undefined, due: CalendarDate | undefined, asOf: CalendarDate | undefined): number | null {
    if (!start || !due || !asOf) return null;
    const span = due.day - start.day;
    if (span <= 0) return asOf.day >= due.day ? 1 : 0;
    return clamp((asOf.day - start.day) / span, 0, 1);
}

function latestCheckpointDate(checkpoints: readonly ast.Checkpoint[]): CalendarDate | undefined {
    let latest: CalendarDate | undefined;
    for (const checkpoint of checkpoints) {
        const date = parseDate(checkpoint.date);
        if (date && (!latest || date.day > latest.day)) latest = date;
    }
    return latest;
}

// ---------------------------------------------------------------- measures and spends

interface Entries {
    readonly measuresByKpi: Map<ast.Kpi, MeasurePoint[]>;
    readonly levelsByKpi: Map<ast.Kpi, LevelPoint[]>;
    readonly datesByKpi: Map<ast.Kpi, DatePoint[]>;
    readonly spendsByBudget: Map<ast.Budget, SpendPoint[]>;
}

/**
 * The measures and spends of the checkpoints dated on or before asOf, per KPI
 * and budget line, sorted by date. Where one date has two entries (flagged
 * `measure-duplicate`), the first in file order counts.
 */
function collectEntries(model: PlanModel, asOf: CalendarDate | undefined, rules: Rules): Entries {
    const measuresByKpi = new Map<ast.Kpi, MeasurePoint[]>();
    const levelsByKpi = new Map<ast.Kpi, LevelPoint[]>();
    const datesByKpi = new Map<ast.Kpi, DatePoint[]>();
    const spendsByBudget = new Map<ast.Budget, SpendPoint[]>();
    for (const checkpoint of model.checkpoints) {
        const entries = parsedEntriesOf(checkpoint);
        if (!entries || (asOf && entries.date.day > asOf.day)) continue;
        for (const entry of entries.points) {
            switch (entry.kind) {
                case 'value': pushFor(measuresByKpi, entry.point.node.kpi?.ref, entry.point); break;
                case 'date': pushFor(datesByKpi, entry.point.node.kpi?.ref, entry.point); break;
                case 'spend': pushFor(spendsByBudget, entry.point.node.budget?.ref, entry.point); break;
                case 'level': {
                    const { node, level } = entry;
                    pushFor(levelsByKpi, node.kpi?.ref, { date: entries.date, level, score: qualitativeScore(level, node.score, rules), node });
                }
            }
        }
    }
    for (const map of [measuresByKpi, levelsByKpi, datesByKpi] as Array<Map<unknown, Array<{ date: CalendarDate }>>>) {
        for (const [key, points] of map) map.set(key, firstPerDate(points));
    }
    // A line's spends are unique per date and funding source (§8.4).
    for (const [budget, spends] of spendsByBudget) spendsByBudget.set(budget, firstPerDate(spends, spend => spend.from));
    return { measuresByKpi, levelsByKpi, datesByKpi, spendsByBudget };
}

type ParsedEntry =
    | { readonly kind: 'value'; readonly point: MeasurePoint }
    | { readonly kind: 'date'; readonly point: DatePoint }
    | { readonly kind: 'spend'; readonly point: SpendPoint }
    | { readonly kind: 'level'; readonly node: ast.Measure; readonly level: QualitativeLevelName };

/**
 * A checkpoint's entries with their values read, once per checkpoint: the
 * figures are computed after every edit and once per checkpoint date for the
 * monitoring record, while an edit leaves every other checkpoint the same
 * object (PbmDocumentFactory). What an entry names is looked up each time
 * (a KPI or line can change without its checkpoint), and so are the rules
 * a qualitative score depends on. Undefined for a checkpoint without a date.
 */
const parsedEntries = new WeakMap<ast.Checkpoint, { readonly date: CalendarDate; readonly points: readonly ParsedEntry[] } | null>();

function parsedEntriesOf(checkpoint: ast.Checkpoint): { readonly date: CalendarDate; readonly points: readonly ParsedEntry[] } | undefined {
    let parsed = parsedEntries.get(checkpoint);
    if (parsed === undefined) parsedEntries.set(checkpoint, parsed = parseEntries(checkpoint));
    return parsed ?? undefined;
}

function parseEntries(checkpoint: ast.Checkpoint): { readonly date: CalendarDate; readonly points: readonly ParsedEntry[] } | null {
    const date = parseDate(checkpoint.date);
    if (!date) return null;
    const points: ParsedEntry[] = [];
    for (const entry of checkpoint.entries) {
        if (ast.isMeasure(entry)) {
            if (entry.level) {
                points.push({ kind: 'level', node: entry, level: entry.level as QualitativeLevelName });
            } else if (entry.date !== undefined) {
                const done = parseDate(entry.date);
                if (done) points.push({ kind: 'date', point: { date, done, node: entry } });
            } else {
                const value = parseNumber(entry.value);
                if (value !== undefined) points.push({ kind: 'value', point: { date, value, node: entry } });
            }
        } else if (ast.isSpend(entry)) {
            const value = parseNumber(entry.value);
            if (value !== undefined) points.push({ kind: 'spend', point: { date, value, from: entry.from as FundingSource | undefined, node: entry } });
        }
    }
    return { date, points };
}

function pushFor<K, V>(map: Map<K, V[]>, key: K | undefined, value: V): void {
    if (key !== undefined) push(map, key, value);
}

function firstPerDate<T extends { date: CalendarDate }>(points: T[], keyOf: (point: T) => unknown = () => undefined): T[] {
    const sorted = points.map((point, index) => ({ point, index }))
        .sort((a, b) => a.point.date.day - b.point.date.day || a.index - b.index);
    const result: T[] = [];
    let seen = new Set<unknown>();
    for (const { point } of sorted) {
        if (result.length > 0 && result[result.length - 1].date.day !== point.date.day) seen = new Set();
        if (seen.has(keyOf(point))) continue;
        seen.add(keyOf(point));
        result.push(point);
    }
    return result;
}

/** What one checkpoint records, as written: the report's appendix lists these instead of every entry. */
export interface CheckpointTotals {
    readonly measures: number;
    readonly spends: number;
    /** Σ of its spends' amounts (every spend with an amount, whether or not the figures count it). */
    readonly spent: number;
    /** Entries without a `source`. */
    readonly unsourced: number;
}

export function checkpointTotals(checkpoint: ast.Checkpoint): CheckpointTotals {
    let measures = 0;
    let spends = 0;
    let spent = 0;
    let unsourced = 0;
    for (const entry of checkpoint.entries) {
        if (ast.isMeasure(entry)) {
            measures++;
        } else {
            spends++;
            spent += parseNumber(entry.value) ?? 0;
        }
        if (entry.source === undefined) unsourced++;
    }
    return { measures, spends, spent, unsourced };
}

/** The score of a qualitative measure: the one written, or the level's default from the rules. */
export function qualitativeScore(level: QualitativeLevelName, written: string | undefined, rules: Rules): number {
    const explicit = parsePercent(written);
    if (explicit !== undefined) return explicit;
    const [achieved, partial, missed] = rules.qualitativeScores;
    const [excellent, good, fair, low, poor] = rules.gradeScores;
    const defaults: Readonly<Record<QualitativeLevelName, number>> = { achieved, partial, missed, excellent, good, fair, low, poor };
    return defaults[level] ?? missed;
}

// ---------------------------------------------------------------- KPIs

interface KpiInput {
    readonly kpi: ast.Kpi;
    readonly goal: ast.Goal;
    readonly profile: Profile;
    readonly rules: Rules;
    readonly weight: number;
    readonly expected: number | null;
    readonly start: CalendarDate | undefined;
    readonly due: CalendarDate | undefined;
    readonly asOf: CalendarDate | undefined;
    readonly measures: readonly MeasurePoint[];
    readonly levels: readonly LevelPoint[];
    readonly dates: readonly DatePoint[];
    readonly pointsScored: boolean;
    readonly awards: AwardFigures;
}

function kpiFigures(input: KpiInput): KpiFigures {
    const { kpi, profile, rules, measures, levels, dates, expected } = input;
    const target = props.kpiTarget(kpi);
    const qualitative = target?.text !== undefined;
    const direction = qualitative ? undefined : normaliseOperator(target?.op);
    const targetValue = qualitative ? undefined : parseNumber(target?.value);
    const targetDate = qualitative ? undefined : parseDate(target?.date);
    const cumulative = props.kpiCumulative(kpi) !== undefined;
    // A cumulative KPI is scored by ratio in both profiles (§8.1): its baseline is last period's total, for comparison.
    const scoringProfile: Profile = cumulative ? 'government' : profile;
    const scoringBaseline = cumulative ? undefined : parseNumber(props.kpiBaseline(kpi)?.value);
    const baseline = parseNumber(props.kpiBaseline(kpi)?.value);
    const latestMeasure = measures.length > 0 ? measures[measures.length - 1] : undefined;
    const latestLevel = levels.length > 0 ? levels[levels.length - 1] : undefined;
    const latestDate = dates.length > 0 ? dates[dates.length - 1] : undefined;
    const actual = qualitative ? null : latestMeasure?.value ?? null;

    let achievement: number | null = null;
    if (qualitative) {
        achievement = latestLevel ? latestLevel.score : null;
    } else if (targetDate) {
        achievement = latestDate ? (latestDate.done.day <= targetDate.day ? 1 : 0) : null;
    } else if (actual !== null && direction && targetValue !== undefined) {
        achievement = achievementOf(scoringProfile, direction, scoringBaseline, targetValue, actual);
    }
    const lag = achievement !== null && expected !== null ? expected - achievement : null;
    const extrapolates = !qualitative && !targetDate;
    const projection = extrapolates ? linearProjection(measures, input.due) : null;
    const trendAchievement = projection !== null && direction && targetValue !== undefined
        ? achievementOf(scoringProfile, direction, scoringBaseline, targetValue, projection) : null;
    const pastDue = !!input.asOf && !!input.due && input.asOf.day >= input.due.day;
    const projectedAchievement = projectedAchievementOf({
        achievement, expected, trendAchievement, extrapolates, pastDue, measureCount: measures.length
    });
    const projectedMiss = projectionMisses(direction, targetValue, projection, trendAchievement, rules);
    const offTrack = projectedMiss && !pastDue && !!input.asOf && !!input.due;
    const lastPeriod = collectionPeriod(props.kpiFrequency(kpi)?.value, input.start, input.due, input.asOf);
    const classProperty = props.kpiClass(kpi);
    const level1 = classProperty?.level1 === 'cost' ? 'output' : classProperty?.level1;
    const scoredAchievement = scoredFraction(achievement);
    const points = input.pointsScored ? pointsOf(kpi) ?? null : null;
    const award = input.awards.byKpi.get(kpi);
    return {
        kpi, goal: input.goal, name: kpi.name, qualitative, direction, baseline,
        target: targetValue, targetText: target?.text,
        unit: props.kpiUnit(kpi)?.value,
        declaredWeight: parsePercent(props.kpiWeight(kpi)?.value),
        weight: input.weight,
        measures, levels, actual, latestLevel,
        achievement,
        scoredAchievement,
        expected, lag, projection, projectedAchievement,
        projectedMiss,
        lastMove: direction && targetValue !== undefined ? lastMoveOf(measures, direction, targetValue) : null,
        lastPeriod,
        lastPeriodMeasured: !!lastPeriod && [...measures, ...levels].some(m => m.date.day >= lastPeriod.start.day && m.date.day <= lastPeriod.end.day),
        status: kpiStatusOf({ achievement, lag, pastDue, offTrack, lagWarning: rules.kpiLagWarning, mostlyAchieved: rules.mostlyAchieved }),
        indicatorClass: level1 === 'output' || level1 === 'benefit' || level1 === 'satisfaction' ? level1 : undefined,
        targetDate, dates, actualDate: latestDate?.done, cumulative,
        core: props.isCoreKpi(kpi),
        points,
        earned: input.pointsScored ? Math.max(0, points ?? 0) * scoredAchievement : null,
        awarded: award?.value ?? null,
        awardReason: award?.reason,
        pastDue, offTrack,
        likelihood: likelihoodOf(projectedAchievement, pastDue, rules)
    };
}

/**
 * KPI achievement (LANGUAGE.md §4): progress scoring in the enterprise
 * profile, ratio scoring in the government profile. 1 means the target is
 * reached; the result is not capped. Null when it cannot be computed.
 */
export function achievementOf(profile: Profile, direction: TargetOperator, baseline: number | undefined, target: number, actual: number): number | null {
    if (direction === '=') return 1 - Math.abs(actual - target) / Math.max(Math.abs(target), 1e-9);
    const meets = direction === '>=' ? actual >= target : actual <= target;
    if (profile === 'enterprise' && baseline !== undefined) {
        const span = direction === '>=' ? target - baseline : baseline - target;
        if (span === 0) return meets ? 1 : 0;
        return (direction === '>=' ? actual - baseline : baseline - actual) / span;
    }
    // Ratio scoring (government profile, or no baseline).
    const [numerator, denominator] = direction === '>=' ? [actual, target] : [target, actual];
    if (denominator === 0) return meets ? 1 : 0;
    const ratio = numerator / denominator;
    return Number.isFinite(ratio) ? ratio : null;
}

/** Least-squares line through (date, value), evaluated at `due`; null with fewer than 2 distinct dates. */
export function linearProjection(measures: readonly MeasurePoint[], due: CalendarDate | undefined): number | null {
    if (!due || measures.length < 2) return null;
    const n = measures.length;
    const meanX = sum(measures.map(m => m.date.day)) / n;
    const meanY = sum(measures.map(m => m.value)) / n;
    let sxx = 0;
    let sxy = 0;
    for (const m of measures) {
        sxx += (m.date.day - meanX) ** 2;
        sxy += (m.date.day - meanX) * (m.value - meanY);
    }
    if (sxx === 0) return null;
    const projection = meanY + (sxy / sxx) * (due.day - meanX);
    return Number.isFinite(projection) ? projection : null;
}

function projectionMisses(direction: TargetOperator | undefined, target: number | undefined, projection: number | null,
    projectedAchievement: number | null, rules: Rules): boolean {
    if (projection === null || target === undefined) return false;
    switch (direction) {
        case '>=': return projection < target;
        case '<=': return projection > target;
        case '=': return projectedAchievement !== null && projectedAchievement < 1 - rules.kpiLagWarning;
        default: return false;
    }
}

/** Whether the last two measures moved towards the target, away from it, or not at all. */
export function lastMoveOf(measures: readonly MeasurePoint[], direction: TargetOperator, target: number): KpiMove | null {
    if (measures.length < 2) return null;
    const previous = measures[measures.length - 2].value;
    const latest = measures[measures.length - 1].value;
    // Signed progress: positive when the latest value is closer to (or further beyond) the target.
    const progress = direction === '>=' ? latest - previous
        : direction === '<=' ? previous - latest
            : Math.abs(previous - target) - Math.abs(latest - target);
    return progress > 0 ? 'toward' : progress < 0 ? 'away' : 'flat';
}

const FREQUENCY_MONTHS: Readonly<Record<ast.Frequency, number>> = { monthly: 1, quarterly: 3, 'half-yearly': 6, yearly: 12 };

/**
 * The last completed calendar period (month, quarter, half-year or year) of
 * a frequency that ends on or before `limit`: the period containing `limit`
 * when `limit` is its last day, else the one before.
 */
export function lastCompletedPeriod(frequency: ast.Frequency, limit: CalendarDate): CalendarPeriod {
    const months = FREQUENCY_MONTHS[frequency];
    // Months since year 0 (0-based) where the period holding `limit` starts.
    let startIndex = limit.year * 12 + Math.floor((limit.month - 1) / months) * months;
    if (limit.day < periodAt(startIndex, months).end.day) startIndex -= months;
    return periodAt(startIndex, months);
}

function periodAt(startIndex: number, months: number): CalendarPeriod {
    const endIndex = startIndex + months - 1;
    const endYear = Math.floor(endIndex / 12);
    const endMonth = endIndex % 12 + 1;
    return {
        start: makeDate(Math.floor(startIndex / 12), startIndex % 12 + 1, 1),
        end: makeDate(endYear, endMonth, daysInMonth(endYear, endMonth))
    };
}

/** The period whose measure `measure-missing` asks for: see `KpiFigures.lastPeriod`. */
function collectionPeriod(frequency: ast.Frequency | undefined, start: CalendarDate | undefined, due: CalendarDate | undefined,
    asOf: CalendarDate | undefined): CalendarPeriod | undefined {
    if (!frequency || !asOf || !FREQUENCY_MONTHS[frequency]) return undefined;
    const limit = due && due.day < asOf.day ? due : asOf;
    const period = lastCompletedPeriod(frequency, limit);
    return start && period.end.day < start.day ? undefined : period;
}

/** The status of a KPI before its due date from its achievement and lag alone (v1 callers; see statuses.ts for the full rule). */
export function kpiStatus(achievement: number | null, lag: number | null, lagWarning: number): KpiStatus {
    return kpiStatusOf({ achievement, lag, pastDue: false, offTrack: false, lagWarning, mostlyAchieved: 0.8 });
}

// ---------------------------------------------------------------- budget

function budgetFigures(budget: ast.Budget, spends: readonly SpendPoint[], elapsed: number | null): BudgetFigures {
    const money = lineMoney(budget, spends);
    const amount = money.budget;
    const spent = sum(spends.map(s => s.value));
    const executionRate = amount !== undefined && amount > 0 ? spent / amount : null;
    return {
        budget, name: budget.name,
        category: props.budgetCategory(budget)?.value,
        amount, initialAmount: money.initial, adjusted: money.adjusted, adjustedReason: money.adjustedReason,
        sources: money.sources, unattributedSpent: money.unattributedSpent,
        spends, spent, executionRate,
        lag: executionRate !== null && elapsed !== null ? elapsed - executionRate : null,
        shares: fundingShares(budget, amount ?? 0, spent)
    };
}

/**
 * How a line's amount and spend are attributed to the goals it funds. A
 * single goal without a share takes 100%; in a split, goals without a share
 * divide what the others leave; the shares are then scaled to total 100%.
 */
function fundingShares(budget: ast.Budget, amount: number, spent: number): FundingShare[] {
    const funds = props.budgetFunds(budget);
    if (!funds) return [];
    const linked = funds.shares.filter(share => share.goal?.ref);
    if (linked.length === 0) return [];
    const weights = effectiveWeights(linked.map(share => share.share === undefined ? undefined : parsePercent(share.share)));
    // Two shares naming the same goal add up.
    const byGoal = new Map<ast.Goal, number>();
    linked.forEach((share, i) => byGoal.set(share.goal!.ref!, (byGoal.get(share.goal!.ref!) ?? 0) + weights[i]));
    return [...byGoal].map(([goal, share]) => ({ goal, share, allocated: amount * share, spent: spent * share }));
}

// ---------------------------------------------------------------- scores

/**
 * Turns declared weights (fractions, undefined where not given) into shares
 * totalling 1: equal shares when none is given; otherwise the unweighted ones
 * split what is left, and the whole is scaled to 1. All zero stays all zero.
 */
export function effectiveWeights(declared: ReadonlyArray<number | undefined>): number[] {
    if (declared.length === 0) return [];
    const given = declared.filter((w): w is number => w !== undefined && Number.isFinite(w)).map(w => Math.max(0, w));
    if (given.length === 0) return declared.map(() => 1 / declared.length);
    const missing = declared.length - given.length;
    const remainder = missing > 0 ? Math.max(0, 1 - sum(given)) / missing : 0;
    const raw = declared.map(w => w !== undefined && Number.isFinite(w) ? Math.max(0, w) : remainder);
    const total = sum(raw);
    return total > 0 ? raw.map(w => w / total) : raw.map(() => 0);
}

/** The weights (or `funds` shares) as written: their total (fraction) and how many items give none. */
export function declaredTotal(declared: ReadonlyArray<number | undefined>): { readonly total: number; readonly given: number; readonly missing: number } {
    const given = declared.filter((w): w is number => w !== undefined && Number.isFinite(w));
    return { total: sum(given), given: given.length, missing: declared.length - given.length };
}

/**
 * Whole percents totalling 100 for shares totalling 1, by largest remainder
 * (ties go to the earlier share): the rescaling quick fixes write these.
 * All-zero shares become equal shares.
 */
export function wholePercents(shares: readonly number[]): number[] {
    if (shares.length === 0) return [];
    const clamped = shares.map(s => Math.max(0, s));
    return apportion(sum(clamped) > 0 ? clamped : shares.map(() => 1), 100);
}

/**
 * `units` whole units shared in proportion to `proportions` (non-negative,
 * totalling more than 0) by largest remainder, ties to the earlier one: the
 * results total `units` exactly.
 */
export function apportion(proportions: readonly number[], units: number): number[] {
    const total = sum(proportions);
    const exact = proportions.map(p => p / total * units);
    const result = exact.map(Math.floor);
    let left = units - sum(result);
    const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
        .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of order) {
        if (left <= 0) break;
        result[index]++;
        left--;
    }
    return result;
}

function governmentScore(goals: readonly GoalFigures[], executionRate: number | null, rules: Rules): GovernmentScore {
    const totals: Record<IndicatorClass, { weight: number; weighted: number }> = {
        output: { weight: 0, weighted: 0 }, benefit: { weight: 0, weighted: 0 }, satisfaction: { weight: 0, weighted: 0 }
    };
    for (const goal of goals) {
        for (const kpi of goal.kpis) {
            if (!kpi.indicatorClass) continue;
            const weight = goal.weight * kpi.weight;
            totals[kpi.indicatorClass].weight += weight;
            totals[kpi.indicatorClass].weighted += weight * kpi.scoredAchievement;
        }
    }
    const average = (c: IndicatorClass) => totals[c].weight > 0 ? totals[c].weighted / totals[c].weight : null;
    const parts = {
        execution: executionRate === null ? null : Math.min(executionRate, 1),
        output: average('output'),
        benefit: average('benefit'),
        satisfaction: average('satisfaction')
    };
    const [executionPoints, outputPoints, benefitPoints, satisfactionPoints] = rules.scoreWeights;
    const available = { execution: executionPoints, output: outputPoints, benefit: benefitPoints, satisfaction: satisfactionPoints };
    const present = (Object.keys(parts) as Array<keyof typeof parts>).filter(k => parts[k] !== null);
    const presentPoints = sum(present.map(k => available[k]));
    const scale = presentPoints > 0 ? 100 / presentPoints : 0;
    const points = { execution: 0, output: 0, benefit: 0, satisfaction: 0 };
    const maxPoints = { execution: 0, output: 0, benefit: 0, satisfaction: 0 };
    for (const k of present) {
        maxPoints[k] = available[k] * scale;
        points[k] = maxPoints[k] * parts[k]!;
    }
    return { ...parts, points, maxPoints };
}

// ---------------------------------------------------------------- v2: points, projection, awards

function executionRow(points: number, executionRate: number | null, elapsed: number | null, awards: AwardFigures): ExecutionRow {
    return {
        points,
        earned: points * scoredFraction(executionRate),
        awarded: awards.execution?.value ?? null,
        projected: points * scoredFraction(projectedExecution(executionRate, elapsed))
    };
}

/**
 * The plan score with each KPI at its projected achievement (capped, 0 where
 * none) and the execution row at min(1, rate ÷ elapsed) — the same formula
 * as the score of the plan's scoring (§8.7).
 */
function projectedPlanScore(scoring: Scoring, goals: readonly GoalFigures[], execution: ExecutionRow | null,
    executionRate: number | null, elapsed: number | null, rules: Rules): number {
    const projected = (k: KpiFigures) => scoredFraction(k.projectedAchievement);
    if (scoring === 'points') {
        return (execution?.projected ?? 0) + sum(goals.flatMap(g => g.kpis.map(k => Math.max(0, k.points ?? 0) * projected(k))));
    }
    if (scoring === 'classes') {
        const asProjected = goals.map(g => ({ ...g, kpis: g.kpis.map(k => ({ ...k, scoredAchievement: projected(k) })) }));
        return sum(Object.values(governmentScore(asProjected, projectedExecution(executionRate, elapsed), rules).points));
    }
    return 100 * sum(goals.map(g => g.weight * sum(g.kpis.map(k => k.weight * projected(k)))));
}

/** Σ over every row of the award that counts, else the points earned (§8.3). */
function awardedTotal(kpis: readonly KpiFigures[], execution: ExecutionRow | null): number {
    const executionPart = execution ? execution.awarded ?? execution.earned : 0;
    return executionPart + sum(kpis.map(k => k.awarded ?? k.earned ?? 0));
}

function perspectiveScores(goals: readonly GoalFigures[]): PerspectiveScore[] {
    return PERSPECTIVES.map(perspective => {
        const members = goals.filter(g => g.perspective === perspective);
        const weight = sum(members.map(g => g.weight));
        return {
            perspective,
            score: weight > 0 ? sum(members.map(g => g.weight * g.score)) / weight : null,
            goals: members.length
        };
    });
}

export function gradeOf(score: number, rules: Rules): Grade {
    const [excellent, good, fair] = rules.gradeBands;
    if (score >= excellent) return 'excellent';
    if (score >= good) return 'good';
    if (score >= fair) return 'fair';
    return 'poor';
}

// ---------------------------------------------------------------- early warnings

/** Red or yellow spending alert (LANGUAGE.md §5 `budget-execution-lag`). */
export type ExecutionAlert = 'red' | 'yellow';

/**
 * How far spending trails the calendar: execution rate / elapsed share below
 * the `execution lag error` ratio is red, below the `execution lag warning`
 * ratio yellow. None before any time has elapsed or without an amount.
 */
export function executionAlert(executionRate: number | null, elapsed: number | null, rules: Rules): ExecutionAlert | undefined {
    if (executionRate === null || elapsed === null || elapsed <= 0) return undefined;
    const pace = executionRate / elapsed;
    if (pace < rules.executionLagError) return 'red';
    if (pace < rules.executionLagWarning) return 'yellow';
    return undefined;
}

/**
 * Whether an improvement action is overdue (LANGUAGE.md §5 `action-overdue`):
 * not `done` or `dropped` (an action without a status counts as open) and due
 * before asOf.
 */
export function isActionOverdue(action: ast.Action, asOf: CalendarDate | undefined): boolean {
    const status = props.actionStatus(action)?.value ?? 'open';
    const due = parseDate(props.actionDue(action)?.date);
    return status === 'open' && !!due && !!asOf && due.day < asOf.day;
}

// ---------------------------------------------------------------- helpers

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
}

function sum(values: readonly number[]): number {
    let total = 0;
    for (const value of values) total += value;
    return total;
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}
