/**
 * SMART checks (LANGUAGE.md §5): goals and KPIs that are Specific,
 * Measurable, Achievable, Relevant and Time-bound. Government-only checks
 * (formula, class, output indicator) are in `government.ts`.
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - "quantitative KPI" = a KPI whose target is not a text;
 * - a `>=` target below its baseline (`<=` above) is `target-direction-conflict`,
 *   a target equal to its baseline `target-already-met`; neither is raised
 *   beside `kpi-zero-target`, which already says the target is meaningless;
 * - `goal-vague` matches improve/enhance/strengthen and their -s/-ed/-ing
 *   forms as whole words, any case, and 提高/加强/改善/提升/优化 anywhere;
 * - `perspective-uncovered` only in plans that use perspectives at all.
 */
import type { ValidationAcceptor } from 'langium';
import type { PlanFigures } from '../figures/figures.js';
import * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { normaliseOperator, parseDate, parseNumber, type TargetOperator } from '../model/values.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';

const VAGUE_ENGLISH = /\b(improv(?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|strengthen(?:s|ed|ing)?)\b/i;
const VAGUE_CHINESE = /提高|加强|改善|提升|优化/;
const PERSPECTIVES = ['financial', 'customer', 'process', 'learning'] as const;

/** The numeric target of a KPI, normalised; undefined for a text target or none. */
export function numericTarget(kpi: ast.Kpi): { op: TargetOperator; value: number; node: ast.TargetProperty } | undefined {
    const node = props.kpiTarget(kpi);
    const op = normaliseOperator(node?.op);
    const value = parseNumber(node?.value);
    return node && op && value !== undefined ? { op, value, node } : undefined;
}

/** A KPI whose target is not a text (a KPI without target counts as quantitative). */
export function isQuantitative(kpi: ast.Kpi): boolean {
    return !props.isQualitativeKpi(kpi);
}

/** The vague verb in a goal title, if any. */
export function vagueVerbOf(title: string | undefined): string | undefined {
    if (!title) return undefined;
    return VAGUE_ENGLISH.exec(title)?.[0] ?? VAGUE_CHINESE.exec(title)?.[0];
}

export class SmartChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    // ------------------------------------------------------------ specific

    /** goal-missing-owner */
    checkGoalHasOwner = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (goal.name && !props.goalOwner(goal)) {
            this.reporter(accept).report(Code.GoalMissingOwner, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    /** goal-missing-description */
    checkGoalHasDescription = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (goal.name && !props.goalDescription(goal)) {
            this.reporter(accept).report(Code.GoalMissingDescription, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    /** goal-vague: a vague verb in the title and no KPI with a numeric target. */
    checkGoalIsConcrete = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        const verb = vagueVerbOf(goal.title);
        if (goal.name && verb && !props.goalKpis(goal).some(kpi => numericTarget(kpi))) {
            this.reporter(accept).report(Code.GoalVague, goal, { goal: goal.name, verb }, { property: 'title' });
        }
    };

    // ------------------------------------------------------------ measurable

    /** goal-without-kpi */
    checkGoalHasKpi = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (goal.name && props.goalKpis(goal).length === 0) {
            this.reporter(accept).report(Code.GoalWithoutKpi, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    /** kpi-missing-target, kpi-missing-unit, kpi-missing-baseline */
    checkKpiIsMeasurable = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        if (!kpi.name) return;
        const reporter = this.reporter(accept);
        if (!props.kpiTarget(kpi)) reporter.report(Code.KpiMissingTarget, kpi, { kpi: kpi.name }, { property: 'name' });
        if (!isQuantitative(kpi)) return;
        if (!props.kpiUnit(kpi)) reporter.report(Code.KpiMissingUnit, kpi, { kpi: kpi.name }, { property: 'name' });
        if (!props.kpiBaseline(kpi)) reporter.report(Code.KpiMissingBaseline, kpi, { kpi: kpi.name }, { property: 'name' });
    };

    /** kpi-qualitative: a text target needs a grading rule. */
    checkQualitativeKpiIsGraded = (target: ast.TargetProperty, accept: ValidationAcceptor): void => {
        const kpi = target.$container as ast.Kpi;
        if (target.text !== undefined && kpi.name && props.kpiTarget(kpi) === target) {
            this.reporter(accept).report(Code.KpiQualitative, target, { kpi: kpi.name });
        }
    };

    /**
     * kpi-zero-target, target-direction-conflict, target-already-met: the
     * target must ask for something the baseline has not reached yet.
     */
    checkTargetPointsAhead = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        const target = numericTarget(kpi);
        if (!kpi.name || !target) return;
        const reporter = this.reporter(accept);
        if (target.op === '>=' && target.value === 0) {
            reporter.report(Code.KpiZeroTarget, target.node, { kpi: kpi.name });
            return;
        }
        const baseline = parseNumber(props.kpiBaseline(kpi)?.value);
        if (baseline === undefined) return;
        const args = {
            kpi: kpi.name, op: target.op,
            target: arg.number(target.value, 6),
            baseline: arg.number(baseline, 6)
        };
        const wrongWay = (target.op === '>=' && target.value < baseline) || (target.op === '<=' && target.value > baseline);
        if (wrongWay) reporter.report(Code.TargetDirectionConflict, target.node, args);
        else if (target.value === baseline) reporter.report(Code.TargetAlreadyMet, target.node, args);
    };

    // ------------------------------------------------------------ achievable

    /** target-too-ambitious: |target − baseline| / |baseline| above the plan's ambition limit. */
    checkTargetIsAchievable = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        const target = numericTarget(kpi);
        const baseline = parseNumber(props.kpiBaseline(kpi)?.value);
        if (!kpi.name || !target || baseline === undefined || baseline === 0) return;
        const change = Math.abs(target.value - baseline) / Math.abs(baseline);
        const reporter = this.reporter(accept);
        for (const { rules } of this.contexts.of(kpi)) {
            if (change > rules.ambitionLimit) {
                reporter.report(Code.TargetTooAmbitious, target.node, {
                    kpi: kpi.name,
                    change: arg.percent(change),
                    limit: arg.percent(rules.ambitionLimit)
                });
            }
        }
    };

    // ------------------------------------------------------------ relevant

    /** goal-not-aligned */
    checkGoalSupportsStrategy = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (goal.name && !props.goalSupports(goal)) {
            this.reporter(accept).report(Code.GoalNotAligned, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    /** kpi-count: a goal with more KPIs than the plan's limit. */
    checkGoalKpiCount = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        const count = props.goalKpis(goal).length;
        if (!goal.name) return;
        for (const { rules } of this.contexts.of(goal)) {
            if (count > rules.kpiCountLimit) {
                this.reporter(accept).report(Code.KpiCount, goal, { goal: goal.name, count, limit: rules.kpiCountLimit }, { property: 'name' });
            }
        }
    };

    // ------------------------------------------------------------ time-bound

    /** goal-missing-due */
    checkGoalHasDue = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (goal.name && !props.goalDue(goal)) {
            this.reporter(accept).report(Code.GoalMissingDue, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    /** due-outside-period: a goal's start and due lie within the plan period. */
    checkGoalWithinPeriod = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (!goal.name) return;
        const dated = [props.goalStart(goal), props.goalDue(goal)].filter((p): p is ast.StartProperty | ast.DueProperty => !!p);
        for (const { figures } of this.contexts.of(goal)) {
            const { start, end } = figures ?? {};
            if (!start || !end || end.day < start.day) continue;
            for (const property of dated) {
                const date = parseDate(property.date);
                if (date && (date.day < start.day || date.day > end.day)) {
                    this.reporter(accept).report(Code.DueOutsidePeriod, property, {
                        goal: goal.name, property: ast.isStartProperty(property) ? 'start' : 'due',
                        date: date.iso, start: start.iso, end: end.iso
                    }, { property: 'date' });
                }
            }
        }
    };

    /** kpi-missing-frequency: a quantitative KPI says how often it is measured. */
    checkKpiHasFrequency = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        if (kpi.name && isQuantitative(kpi) && !props.kpiFrequency(kpi)) {
            this.reporter(accept).report(Code.KpiMissingFrequency, kpi, { kpi: kpi.name }, { property: 'name' });
        }
    };

    // ------------------------------------------------------------ whole plan

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkGoalIsFunded(figures, reporter),
        (figures, reporter) => checkStrategyHasGoals(figures, reporter),
        (figures, reporter) => checkPerspectivesCovered(figures, reporter)
    ];
}

/** goal-unfunded: some budget line of the plan funds each goal. */
function checkGoalIsFunded(figures: PlanFigures, reporter: IssueReporter): void {
    const funded = new Set<ast.Goal>();
    for (const budget of figures.budgets) budget.shares.forEach(share => funded.add(share.goal));
    for (const goal of figures.model.goals) {
        if (goal.name && !funded.has(goal)) reporter.report(Code.GoalUnfunded, goal, { goal: goal.name }, { property: 'name' });
    }
}

/** strategy-without-goals: some goal of the plan supports each strategy. */
function checkStrategyHasGoals(figures: PlanFigures, reporter: IssueReporter): void {
    const supported = new Set<ast.Strategy>();
    for (const goal of figures.model.goals) {
        props.goalSupports(goal)?.strategies.forEach(ref => ref.ref && supported.add(ref.ref));
    }
    for (const strategy of figures.model.strategies) {
        if (strategy.name && !supported.has(strategy)) {
            reporter.report(Code.StrategyWithoutGoals, strategy, { strategy: strategy.name }, { property: 'name' });
        }
    }
}

/**
 * perspective-uncovered (enterprise profile): each balanced-scorecard
 * perspective has a goal — asked only of plans whose goals use perspectives.
 * Reported on the plan's name, where the plan is described.
 */
function checkPerspectivesCovered(figures: PlanFigures, reporter: IssueReporter): void {
    if (figures.profile !== 'enterprise' || !figures.model.plan.name) return;
    const covered = new Set(figures.goals.map(goal => goal.perspective).filter(p => p !== undefined));
    if (covered.size === 0) return;
    for (const perspective of PERSPECTIVES) {
        if (!covered.has(perspective)) {
            reporter.report(Code.PerspectiveUncovered, figures.model.plan, { perspective }, { property: 'name' });
        }
    }
}
