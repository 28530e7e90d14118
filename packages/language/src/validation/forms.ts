/**
 * Checks of the model the official forms need (LANGUAGE.md §8.1–8.3, 8.9):
 * date and cumulative targets, points scoring (分值) and the evaluator's
 * awards (得分), and the indicator levels a class-scored government plan
 * should have. Every number comes from the figures.
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - `points-missing` on the KPI's name; `points-not-100` counts negative
 *   points as 0 (the same as the score does);
 * - `weight-ignored` on every goal and KPI `weight` and on the `score
 *   weights` rule of a points-scored plan;
 * - `award-unexplained` and `award-lenient` only for the awards that count
 *   (the latest review on or before asOf); `award-out-of-range` and
 *   `award-without-points` for every award;
 * - a row "missed its target" for `award-lenient`: a KPI with achievement
 *   below 100% or no measure; the execution row below 100% executed.
 */
import type { ValidationAcceptor } from 'langium';
import type { AwardRow, PlanFigures } from '../figures/figures.js';
import { rowOf } from '../figures/awards.js';
import { POINTS_TOLERANCE, executionPoints } from '../figures/points.js';
import * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { normaliseOperator, parseNumber } from '../model/values.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';

/** |award − earned| from which an award needs a reason (§8.3). */
const UNEXPLAINED_GAP = 0.5;
const EPSILON = 1e-9;

export class FormsChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    /** target-date-direction: a date target is "done by": `target <= DATE`. */
    checkDateTargetDirection = (target: ast.TargetProperty, accept: ValidationAcceptor): void => {
        const kpi = target.$container as ast.Kpi;
        const op = normaliseOperator(target.op);
        if (target.date === undefined || !op || op === '<=' || !kpi.name) return;
        this.reporter(accept).report(Code.TargetDateDirection, target, { kpi: kpi.name, op, date: target.date }, { property: 'op' });
    };

    /** cumulative-direction: running totals only grow, so only a `>=` number target can be scored. */
    checkCumulativeDirection = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        const cumulative = props.kpiCumulative(kpi);
        const target = props.kpiTarget(kpi);
        const op = normaliseOperator(target?.op);
        if (!cumulative || !kpi.name || !target || !op || (op === '>=' && target.date === undefined)) return;
        this.reporter(accept).report(Code.CumulativeDirection, cumulative, { kpi: kpi.name, op });
    };

    /** points-missing: in a points-scored plan every KPI has points. */
    checkKpiHasPoints = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        if (!kpi.name || props.kpiPoints(kpi)) return;
        if (this.contexts.figuresOf(kpi).some(plan => plan.scoring === 'points')) {
            this.reporter(accept).report(Code.PointsMissing, kpi, { kpi: kpi.name }, { property: 'name' });
        }
    };

    /** weight-ignored: goal and KPI weights do not count in a points-scored plan. */
    checkWeightCounts = (weight: ast.WeightProperty, accept: ValidationAcceptor): void => {
        const owner = weight.$container;
        if (!owner.name) return;
        if (this.contexts.figuresOf(weight).some(plan => plan.scoring === 'points')) {
            this.reporter(accept).report(Code.WeightIgnored, weight, { what: ast.isGoal(owner) ? 'goal' : 'kpi', name: owner.name });
        }
    };

    /** award-without-points, award-out-of-range, award-unexplained, award-lenient. */
    checkAward = (award: ast.Award, accept: ValidationAcceptor): void => {
        const row = rowOf(award);
        const value = parseNumber(award.value);
        if (!row || value === undefined) return;
        const reporter = this.reporter(accept);
        const rowName = rowLabel(row);
        for (const plan of this.contexts.figuresOf(award)) {
            if (plan.scoring !== 'points') {
                reporter.report(Code.AwardWithoutPoints, award, { row: rowName }, { keyword: 'award' });
                continue;
            }
            const result = rowResult(plan, row);
            if (!result) continue;
            if (value < -EPSILON || value > result.points + EPSILON) {
                reporter.report(Code.AwardOutOfRange, award, {
                    row: rowName, value: arg.number(value, 2), points: arg.number(result.points, 2)
                }, { property: 'value' });
                continue;
            }
            if (!counts(plan, row, award)) continue;
            if (award.reason === undefined && Math.abs(value - result.earned) >= UNEXPLAINED_GAP - EPSILON) {
                reporter.report(Code.AwardUnexplained, award, {
                    row: rowName, value: arg.number(value, 2), earned: arg.number(result.earned, 2)
                }, { property: 'value' });
            }
            if (result.missed && result.points > 0 && value >= result.points - EPSILON) {
                reporter.report(Code.AwardLenient, award, {
                    row: rowName, points: arg.number(result.points, 2), kind: row === 'execution' ? 'execution' : 'kpi',
                    achieved: result.achieved === undefined ? undefined : arg.percent(result.achieved)
                }, { property: 'value' });
            }
        }
    };

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkPointsTotal100(figures, reporter),
        (figures, reporter) => checkScoreWeightsIgnored(figures, reporter),
        (figures, reporter) => checkAwardsUniquePerReview(figures, reporter),
        (figures, reporter) => checkIndicatorLevelsPresent(figures, reporter)
    ];
}

function rowLabel(row: AwardRow): string {
    return row === 'execution' ? 'execution' : row.name;
}

interface RowResult {
    readonly points: number;
    readonly earned: number;
    /** The row's target was missed (achievement below 100%, or no measure). */
    readonly missed: boolean;
    /** What the row achieved (execution rate or achievement), undefined without a measure. */
    readonly achieved?: number;
}

function rowResult(plan: PlanFigures, row: AwardRow): RowResult | undefined {
    if (row === 'execution') {
        const execution = plan.execution;
        if (!execution) return undefined;
        const rate = plan.executionRate;
        return { points: execution.points, earned: execution.earned, missed: rate === null || rate < 1 - EPSILON, achieved: rate ?? 0 };
    }
    const kpi = plan.kpiFigures.get(row);
    if (!kpi) return undefined;
    return {
        points: Math.max(0, kpi.points ?? 0),
        earned: kpi.earned ?? 0,
        missed: kpi.achievement === null || kpi.achievement < 1 - EPSILON,
        achieved: kpi.achievement ?? undefined
    };
}

/** Whether this award is the one that counts for its row. */
function counts(plan: PlanFigures, row: AwardRow, award: ast.Award): boolean {
    const figure = row === 'execution' ? plan.awards.execution : plan.awards.byKpi.get(row);
    return figure?.node === award;
}

/** points-not-100: execution points + Σ KPI points = 100 within 0.01, on the plan's name. */
function checkPointsTotal100(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.scoring !== 'points' || !figures.model.plan.name) return;
    const execution = executionPoints(figures.rules, figures.profile);
    const indicators = figures.model.kpis.reduce((total, kpi) => total + Math.max(0, parseNumber(props.kpiPoints(kpi)?.value) ?? 0), 0);
    const total = execution + indicators;
    if (Math.abs(total - 100) <= POINTS_TOLERANCE + EPSILON) return;
    reporter.report(Code.PointsNot100, figures.model.plan, {
        plan: figures.model.plan.name,
        total: arg.number(total, 2), execution: arg.number(execution, 2), indicators: arg.number(indicators, 2)
    }, { property: 'name' });
}

/** weight-ignored on the `score weights` rule of a points-scored plan. */
function checkScoreWeightsIgnored(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.scoring !== 'points') return;
    const rule = props.planRules(figures.model.plan).find(ast.isScoreWeightsRule);
    if (rule) reporter.report(Code.WeightIgnored, rule, { what: 'score-weights' });
}

/** duplicate-award: one award per row in a review; the later ones are flagged on their row. */
function checkAwardsUniquePerReview(figures: PlanFigures, reporter: IssueReporter): void {
    for (const award of figures.awards.duplicates) {
        const review = award.$container;
        const row = rowOf(award);
        if (!row) continue;
        reporter.report(Code.DuplicateAward, award, { row: rowLabel(row), review: review.name }, row === 'execution' ? { keyword: 'execution' } : { property: 'kpi' });
    }
}

/**
 * benefit-indicator-missing, satisfaction-indicator-missing (§8.9): a
 * class-scored government plan has benefit and satisfaction KPIs; reported
 * on the plan's name.
 */
function checkIndicatorLevelsPresent(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.scoring !== 'classes' || !figures.model.plan.name || figures.model.kpis.length === 0) return;
    const levels = new Set(figures.model.kpis.map(kpi => props.kpiClass(kpi)?.level1));
    const [, , benefitPoints, satisfactionPoints] = figures.rules.scoreWeights;
    if (!levels.has('benefit')) {
        reporter.report(Code.BenefitIndicatorMissing, figures.model.plan, { plan: figures.model.plan.name, points: arg.number(benefitPoints, 2) }, { property: 'name' });
    }
    if (!levels.has('satisfaction')) {
        reporter.report(Code.SatisfactionIndicatorMissing, figures.model.plan, { plan: figures.model.plan.name, points: arg.number(satisfactionPoints, 2) }, { property: 'name' });
    }
}
