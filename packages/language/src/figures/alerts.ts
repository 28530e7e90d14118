/**
 * The early warnings of monitoring (LANGUAGE.md §5, §8.5, §8.8) decided in
 * one place: the validator raises them as diagnostics at the reporting date,
 * the monitoring record (`monitoring-record.ts`) lists them as of every
 * checkpoint. A plan that has not been monitored yet (no checkpoint) has none.
 */
import { Code, type DiagnosticCode, type Severity } from '../diagnostics/codes.js';
import type * as ast from '../generated/ast.js';
import { kpiExplainedBy, lineExplainedBy } from './explanations.js';
import { executionAlert, type BudgetFigures, type ExecutionAlert, type KpiFigures, type PlanFigures } from './figures.js';

/** budget-execution-lag: a line's red or yellow alert, before the last month of the period. */
export function lineExecutionAlert(plan: PlanFigures, line: BudgetFigures): ExecutionAlert | undefined {
    if (!plan.monitored || plan.atPeriodEnd) return undefined;
    return executionAlert(line.executionRate, plan.elapsed, plan.rules);
}

/** year-end-execution-low (before explanations): in the last month, a line executed below the year-end threshold. */
export function lineBelowYearEnd(plan: PlanFigures, line: BudgetFigures): boolean {
    return belowYearEnd(plan, line.executionRate);
}

/** The same for the whole plan: at the period's end, the plan's execution below the year-end threshold (the report's verdict on pace). */
export function planBelowYearEnd(plan: PlanFigures): boolean {
    return belowYearEnd(plan, plan.executionRate);
}

function belowYearEnd(plan: PlanFigures, executionRate: number | null): boolean {
    return plan.monitored && plan.atPeriodEnd && executionRate !== null && executionRate < plan.rules.yearEndExecution;
}

/** kpi-lag: the KPI trails its expected progress by more than the threshold. */
export function kpiLags(plan: PlanFigures, kpi: KpiFigures): boolean {
    return kpi.lag !== null && kpi.achievement !== null && kpi.lag > plan.rules.kpiLagWarning;
}

/** kpi-off-track: while its goal runs, the KPI's projection misses the target at the due date. */
export function kpiOffTrack(_plan: PlanFigures, kpi: KpiFigures): boolean {
    // The figures decide it once, so the KPI's status (at risk) and this alert always agree (issue #19).
    return kpi.offTrack;
}

/**
 * The severity an alert is raised with: a red spending alert is an error, a
 * yellow one a warning (docs/diagnostics.md argues it), a KPI alert a
 * warning; any of them explained by a review finding is an info (§8.5).
 */
export function alertSeverity(code: DiagnosticCode, level: ExecutionAlert | undefined, explained: boolean): Severity {
    if (explained) return 'info';
    return code === Code.BudgetExecutionLag && level === 'red' ? 'error' : 'warning';
}

/** One early warning raised at a date: what it is about, how severe, and what explains it. */
export interface RaisedAlert {
    readonly code: typeof Code.BudgetExecutionLag | typeof Code.KpiLag | typeof Code.KpiOffTrack;
    readonly target: ast.Budget | ast.Kpi;
    readonly name: string;
    readonly severity: Severity;
    /** Red or yellow (budget-execution-lag only). */
    readonly level?: ExecutionAlert;
    /** Execution rate (lines) or achievement (KPIs) at that date. */
    readonly value: number | null;
    /** Elapsed share (lines) or expected progress (KPIs) at that date. */
    readonly expected: number | null;
    readonly explainedBy: readonly ast.Finding[];
}

/** The early warnings of a plan as of its figures' date, lines first, then KPIs, in plan order. */
export function raisedAlerts(plan: PlanFigures): RaisedAlert[] {
    const alerts: RaisedAlert[] = [];
    for (const line of plan.budgets) {
        const level = lineExecutionAlert(plan, line);
        if (!level || !line.name) continue;
        const explainedBy = lineExplainedBy(plan.explanations, line.budget);
        alerts.push({
            code: Code.BudgetExecutionLag, target: line.budget, name: line.name, level,
            severity: alertSeverity(Code.BudgetExecutionLag, level, explainedBy.length > 0),
            value: line.executionRate, expected: plan.elapsed, explainedBy
        });
    }
    for (const goal of plan.goals) {
        for (const kpi of goal.kpis) {
            if (!kpi.name) continue;
            const explainedBy = kpiExplainedBy(plan.explanations, kpi.kpi);
            const severity = alertSeverity(Code.KpiLag, undefined, explainedBy.length > 0);
            const base = { target: kpi.kpi, name: kpi.name, severity, value: kpi.achievement, expected: kpi.expected, explainedBy };
            if (kpiLags(plan, kpi)) alerts.push({ code: Code.KpiLag, ...base });
            if (kpiOffTrack(plan, kpi)) alerts.push({ code: Code.KpiOffTrack, ...base });
        }
    }
    return alerts;
}
