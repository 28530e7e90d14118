/**
 * Monitoring checks (LANGUAGE.md §5): the early warnings of budget
 * execution and KPI progress at the reporting date. Every number comes from
 * the figures (`figures/figures.ts`).
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - in the last month of the plan period (`PlanFigures.atPeriodEnd`) the
 *   year-end rule replaces the pace rule: `year-end-execution-low` instead
 *   of `budget-execution-lag`;
 * - `kpi-off-track` only while the goal is still running (asOf before due);
 * - `kpi-wrong-direction` compares the last two numeric measures;
 * - `overspend` is reported on the line's effective budget (`adjusted`,
 *   else `amount`), the others on the name of the KPI, line or the goal's `due`;
 * - a plan without any checkpoint yet has not been monitored: no execution
 *   alerts (`figures/alerts.ts` decides every early warning);
 * - an alert a review finding explains is an info naming the (first) finding.
 */
import type { ValidationAcceptor } from 'langium';
import { alertSeverity, kpiLags, kpiOffTrack, lineBelowYearEnd, lineExecutionAlert } from '../figures/alerts.js';
import { kpiExplainedBy, lineExplainedBy } from '../figures/explanations.js';
import type { PlanFigures } from '../figures/figures.js';
import type * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';

export class MonitoringChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    /** overspend: spend on a line stays within its effective budget. */
    checkLineNotOverspent = (budget: ast.Budget, accept: ValidationAcceptor): void => {
        const amount = props.budgetAdjusted(budget) ?? props.budgetAmount(budget);
        if (!budget.name || !amount) return;
        const reporter = this.reporter(accept);
        for (const plan of this.contexts.figuresOf(budget)) {
            const line = plan.budgetFigures.get(budget);
            if (line?.amount === undefined || line.spent <= line.amount) continue;
            reporter.report(Code.Overspend, amount, {
                budget: budget.name,
                spent: arg.amount(line.spent, plan.currency),
                amount: arg.amount(line.amount, plan.currency)
            });
        }
    };

    /** budget-execution-lag: execution keeps pace with the calendar (yellow / red early warning). */
    checkExecutionKeepsPace = (budget: ast.Budget, accept: ValidationAcceptor): void => {
        if (!budget.name) return;
        const reporter = this.reporter(accept);
        for (const plan of this.contexts.figuresOf(budget)) {
            const line = plan.budgetFigures.get(budget);
            const level = line && lineExecutionAlert(plan, line);
            if (!line || !level) continue;
            const [finding] = lineExplainedBy(plan.explanations, budget);
            reporter.report(Code.BudgetExecutionLag, budget, {
                budget: budget.name, level,
                rate: arg.percent(line.executionRate ?? 0),
                elapsed: arg.percent(plan.elapsed ?? 0),
                finding: finding?.name
            }, { property: 'name', severity: alertSeverity(Code.BudgetExecutionLag, level, !!finding) });
        }
    };

    /** kpi-lag, kpi-off-track, kpi-wrong-direction: a KPI's progress at asOf. */
    checkKpiOnTrack = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        if (!kpi.name) return;
        const reporter = this.reporter(accept);
        for (const plan of this.contexts.figuresOf(kpi)) {
            const figures = plan.kpiFigures.get(kpi);
            if (!figures) continue;
            const [finding] = kpiExplainedBy(plan.explanations, kpi);
            const options = { property: 'name', severity: alertSeverity(Code.KpiLag, undefined, !!finding) } as const;
            if (kpiLags(plan, figures)) {
                // Past its due date the target was missed: the message says so, never "speed up" (§8.6).
                const pastDue = figures.pastDue ? plan.goalFigures.get(figures.goal)?.due : undefined;
                reporter.report(Code.KpiLag, kpi, {
                    kpi: kpi.name, ...(pastDue ? { pastDue: 'yes', due: pastDue.iso } : {}),
                    achievement: arg.percent(figures.achievement ?? 0),
                    expected: arg.percent(figures.expected ?? 0),
                    lag: arg.percent(figures.lag ?? 0),
                    finding: finding?.name
                }, options);
            }
            const due = plan.goalFigures.get(figures.goal)?.due;
            if (due && kpiOffTrack(plan, figures)) {
                reporter.report(Code.KpiOffTrack, kpi, {
                    kpi: kpi.name, due: due.iso, op: figures.direction,
                    projection: arg.quantity(figures.projection ?? 0, figures.unit),
                    target: arg.quantity(figures.target ?? 0, figures.unit, 6),
                    finding: finding?.name
                }, options);
            }
            if (figures.lastMove === 'away') {
                const [previous, latest] = figures.measures.slice(-2);
                reporter.report(Code.KpiWrongDirection, kpi, {
                    kpi: kpi.name,
                    previous: arg.quantity(previous.value, figures.unit, 6),
                    latest: arg.quantity(latest.value, figures.unit, 6)
                }, { property: 'name' });
            }
        }
    };

    /** goal-overdue: a goal past its due date scores 100%. */
    checkGoalNotOverdue = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        if (!goal.name) return;
        const reporter = this.reporter(accept);
        for (const plan of this.contexts.figuresOf(goal)) {
            const figures = plan.goalFigures.get(goal);
            if (!figures?.due || !plan.asOf || figures.due.day >= plan.asOf.day || figures.score >= 1 - 1e-9) continue;
            const due = props.goalDue(goal);
            reporter.report(Code.GoalOverdue, due ?? goal, {
                goal: goal.name, due: figures.due.iso, score: arg.percent(figures.score)
            }, { property: due ? 'date' : 'name' });
        }
    };

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkYearEndExecution(figures, reporter)
    ];
}

/**
 * year-end-execution-low: at the period end, a line executed below
 * [90%] needs a review finding that affects it or a goal it funds.
 */
function checkYearEndExecution(figures: PlanFigures, reporter: IssueReporter): void {
    const threshold = figures.rules.yearEndExecution;
    for (const line of figures.budgets) {
        if (!lineBelowYearEnd(figures, line) || !line.name) continue;
        if (lineExplainedBy(figures.explanations, line.budget).length > 0) continue;
        reporter.report(Code.YearEndExecutionLow, line.budget, {
            budget: line.name,
            rate: arg.percent(line.executionRate ?? 0),
            threshold: arg.percent(threshold)
        }, { property: 'name' });
    }
}
