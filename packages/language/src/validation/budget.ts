/**
 * Budget checks (LANGUAGE.md §5): money tied to goals, splits and weights
 * that add up, a plan within its ceiling, funding in line with priorities
 * and weights.
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - weights: a vector where every item has a weight must total 100%; where
 *   some items have none, the given ones must leave something for them
 *   (a total of 100% or more gives the unweighted ones nothing);
 * - `weights-not-100` is reported on every `weight` of the vector (the
 *   numbers the user has to change), goal weights across the plan's files;
 * - `weight-zero` is not raised for a KPI without target (nothing to score);
 * - `funding-weight-mismatch` only in plans that give goal weights;
 * - `funding-priority-mismatch` compares each low-priority goal with the
 *   least-funded high-priority goal, on the low goal's `priority`;
 * - `budget-over-total` is reported on the plan's `total budget`,
 *   `resource-category-missing` on the plan's name;
 * - `adjusted-unexplained` is reported on `adjusted`, `sources-not-total` on
 *   `sources`; a source listed twice is `duplicate-property` (the first counts).
 */
import type { AstNode, ValidationAcceptor } from 'langium';
import { declaredTotal, type PlanFigures } from '../figures/figures.js';
import { declaredSources } from '../figures/money.js';
import * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { parseNumber, parsePercent } from '../model/values.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';

const EPSILON = 1e-9;
/** Weights and splits total 100% within 0.01 percentage points (LANGUAGE.md §8.9). */
const PERCENT_TOLERANCE = 1e-4;
/** Sources must total the effective budget within 0.01 (LANGUAGE.md §8.4). */
const SOURCES_TOLERANCE = 0.01 + 1e-9;
const ESSENTIAL_CATEGORIES = ['personnel', 'technology'] as const;

/**
 * Whether declared weights (fractions, undefined where not given) fail the
 * 100% rule; returns their total when they do. Only where weights are given.
 */
export function weightsProblem(declared: ReadonlyArray<number | undefined>): { total: number; missing: number } | undefined {
    const { total, given, missing } = declaredTotal(declared);
    if (given === 0) return undefined;
    const fails = missing === 0 ? Math.abs(total - 1) > PERCENT_TOLERANCE + EPSILON : total >= 1 - PERCENT_TOLERANCE;
    return fails ? { total, missing } : undefined;
}

/** Whether a `funds` split fails the 100% rule: a lone goal may omit its share, a split must give every goal one. */
export function splitProblem(funds: ast.FundsProperty): { total: number; missing: number } | undefined {
    const shares = funds.shares.map(share => share.share === undefined ? undefined : parsePercent(share.share));
    const { total, given, missing } = declaredTotal(shares);
    if (shares.length === 1 && given === 0) return undefined;
    if (missing > 0 || Math.abs(total - 1) > PERCENT_TOLERANCE + EPSILON) return { total, missing };
    return undefined;
}

export class BudgetChecks {
    constructor(private readonly reporter: ReporterFactory, private readonly contexts: PlanContexts) {}

    /** Weights do not count in a points-scored plan (`weight-ignored` says so instead). */
    private weightsCount(node: ast.Goal | ast.WeightProperty): boolean {
        return !this.contexts.figuresOf(node).some(plan => plan.scoring === 'points');
    }

    /** The currency amounts are worded in: the plan's (the first plan's, for a shared part file). */
    private currencyOf(node: AstNode): string {
        return this.contexts.figuresOf(node)[0]?.currency ?? 'CNY';
    }

    /** budget-unlinked */
    checkBudgetFundsGoal = (budget: ast.Budget, accept: ValidationAcceptor): void => {
        if (budget.name && !props.budgetFunds(budget)) {
            this.reporter(accept).report(Code.BudgetUnlinked, budget, { budget: budget.name }, { property: 'name' });
        }
    };

    /** allocation-not-100 */
    checkSplitTotals100 = (funds: ast.FundsProperty, accept: ValidationAcceptor): void => {
        const budget = funds.$container as ast.Budget;
        const problem = splitProblem(funds);
        if (!problem || !budget.name || props.budgetFunds(budget) !== funds) return;
        const reporter = this.reporter(accept);
        reporter.report(Code.AllocationNot100, funds, {
            budget: budget.name, total: arg.percent(problem.total), missing: problem.missing
        });
    };

    /** weights-not-100 for the KPIs of one goal, reported on each KPI weight. */
    checkKpiWeightsTotal100 = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        const weights = props.goalKpis(goal).map(props.kpiWeight);
        const problem = weightsProblem(weights.map(w => parsePercent(w?.value)));
        if (!problem || !goal.name || !this.weightsCount(goal)) return;
        const reporter = this.reporter(accept);
        for (const weight of weights) {
            if (weight) {
                reporter.report(Code.WeightsNot100, weight, {
                    scope: 'goal', goal: goal.name, total: arg.percent(problem.total), missing: problem.missing
                });
            }
        }
    };

    /** adjusted-unexplained: a mid-year adjustment says why (年中预算调整应单独说明理由). */
    checkAdjustmentExplained = (adjusted: ast.AdjustedProperty, accept: ValidationAcceptor): void => {
        const budget = adjusted.$container;
        const value = parseNumber(adjusted.value);
        if (adjusted.reason !== undefined || value === undefined || !budget.name || props.budgetAdjusted(budget) !== adjusted) return;
        const amount = parseNumber(props.budgetAmount(budget)?.value);
        const currency = this.currencyOf(adjusted);
        this.reporter(accept).report(Code.AdjustedUnexplained, adjusted, {
            budget: budget.name,
            amount: amount === undefined ? undefined : arg.amount(amount, currency),
            adjusted: arg.amount(value, currency)
        });
    };

    /** sources-not-total: the funding sources add up to the effective budget; each source once. */
    checkSourcesTotal = (sources: ast.SourcesProperty, accept: ValidationAcceptor): void => {
        const budget = sources.$container;
        if (!budget.name || props.budgetSources(budget) !== sources) return;
        const reporter = this.reporter(accept);
        const seen = new Set<string>();
        sources.shares.forEach(share => {
            if (seen.has(share.source)) reporter.report(Code.DuplicateProperty, share, { property: share.source }, { property: 'source' });
            seen.add(share.source);
        });
        const adjusted = parseNumber(props.budgetAdjusted(budget)?.value);
        const effective = adjusted ?? parseNumber(props.budgetAmount(budget)?.value);
        if (effective === undefined) return;
        const total = [...declaredSources(budget).values()].reduce((a, b) => a + b, 0);
        if (Math.abs(total - effective) <= SOURCES_TOLERANCE) return;
        const currency = this.currencyOf(sources);
        reporter.report(Code.SourcesNotTotal, sources, {
            budget: budget.name,
            total: arg.amount(total, currency),
            amount: arg.amount(effective, currency),
            adjustedBudget: adjusted === undefined ? 'no' : 'yes'
        }, { data: { total, budget: effective } });
    };

    /** weight-zero: a 0% goal or KPI does not count towards the score. */
    checkWeightNotZero = (weight: ast.WeightProperty, accept: ValidationAcceptor): void => {
        const owner = weight.$container;
        if (parsePercent(weight.value) !== 0 || !owner.name) return;
        if (ast.isKpi(owner) && (!props.kpiTarget(owner) || props.kpiWeight(owner) !== weight)) return;
        if (ast.isGoal(owner) && props.goalWeight(owner) !== weight) return;
        if (!this.weightsCount(weight)) return;
        this.reporter(accept).report(Code.WeightZero, weight, { kind: ast.isGoal(owner) ? 'goal' : 'kpi', name: owner.name });
    };

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkGoalWeightsTotal100(figures, reporter),
        (figures, reporter) => checkWithinTotalBudget(figures, reporter),
        (figures, reporter) => checkFundingFollowsPriority(figures, reporter),
        (figures, reporter) => checkFundingFollowsWeight(figures, reporter),
        (figures, reporter) => checkEssentialCategoriesFunded(figures, reporter)
    ];
}

/** weights-not-100 for the goals of a plan, reported on each goal weight. */
function checkGoalWeightsTotal100(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.scoring === 'points') return;
    const problem = weightsProblem(figures.goals.map(goal => goal.declaredWeight));
    if (!problem) return;
    for (const goal of figures.model.goals) {
        const weight = props.goalWeight(goal);
        if (weight) {
            reporter.report(Code.WeightsNot100, weight, {
                scope: 'plan', total: arg.percent(problem.total), missing: problem.missing
            });
        }
    }
}

/** budget-over-total: the lines stay within the plan's `total budget`. */
function checkWithinTotalBudget(figures: PlanFigures, reporter: IssueReporter): void {
    const property = props.planTotalBudget(figures.model.plan);
    const total = parseNumber(property?.amount);
    if (!property || total === undefined || figures.allocated <= total + EPSILON) return;
    reporter.report(Code.BudgetOverTotal, property, {
        sum: arg.amount(figures.allocated, figures.currency),
        total: arg.amount(total, figures.currency)
    });
}

/** funding-priority-mismatch: no low-priority goal gets more money than a high-priority one. */
function checkFundingFollowsPriority(figures: PlanFigures, reporter: IssueReporter): void {
    const high = figures.goals.filter(goal => goal.priority === 'high');
    if (high.length === 0) return;
    const leastFunded = high.reduce((least, goal) => goal.allocated < least.allocated ? goal : least);
    for (const goal of figures.goals) {
        const priority = props.goalPriority(goal.goal);
        if (goal.priority !== 'low' || !priority || goal.allocated <= leastFunded.allocated + EPSILON) continue;
        reporter.report(Code.FundingPriorityMismatch, priority, {
            low: goal.name, lowAmount: arg.amount(goal.allocated, figures.currency),
            high: leastFunded.name, highAmount: arg.amount(leastFunded.allocated, figures.currency)
        });
    }
}

/** funding-weight-mismatch: a goal's share of the money is within [ratio]× of its weight. */
function checkFundingFollowsWeight(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.scoring === 'points') return;
    if (!figures.goals.some(goal => goal.declaredWeight !== undefined)) return;
    const limit = figures.rules.fundingWeightRatio;
    for (const goal of figures.goals) {
        const ratio = goal.fundingWeightRatio;
        if (ratio === null || (ratio <= limit && ratio >= 1 / limit) || !goal.name) continue;
        const weight = props.goalWeight(goal.goal);
        reporter.report(Code.FundingWeightMismatch, weight ?? goal.goal, {
            goal: goal.name,
            fundingShare: arg.percent(goal.fundingShare ?? 0),
            weight: arg.percent(goal.weight),
            ratio: arg.number(limit)
        }, weight ? {} : { property: 'name' });
    }
}

/** resource-category-missing: a plan with budget lines has personnel and technology lines. */
function checkEssentialCategoriesFunded(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.budgets.length === 0 || !figures.model.plan.name) return;
    const categories = new Set(figures.budgets.map(budget => budget.category));
    for (const category of ESSENTIAL_CATEGORIES) {
        if (!categories.has(category)) {
            reporter.report(Code.ResourceCategoryMissing, figures.model.plan, { category }, { property: 'name' });
        }
    }
}
