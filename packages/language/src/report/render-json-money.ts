/**
 * The JSON additions of LANGUAGE.md §8.10 that this module owns: money as
 * the forms hold it (initial, adjusted and effective budgets, funding
 * sources), the findings that explain a KPI or a line, and the monitoring
 * record. `render-json.ts` spreads these into its objects.
 */
import { kpiDeviation, kpiExplainedBy, lineExplainedBy } from '../figures/explanations.js';
import type { BudgetFigures, KpiFigures, PlanFigures } from '../figures/figures.js';
import type { SourceFigures } from '../figures/money.js';
import { monitoringRecord } from '../figures/monitoring-record.js';
import type * as ast from '../generated/ast.js';

export function planMoneyJson(figures: PlanFigures): object {
    return {
        initialAllocated: figures.initialAllocated,
        /** Spending against the approved total budget (beside `executionRate`, against what is allocated). */
        totalBudgetExecutionRate: figures.totalBudget ? figures.spent / figures.totalBudget : null,
        sources: figures.sources.map(sourceJson),
        monitored: figures.monitored
    };
}

export function budgetMoneyJson(figures: PlanFigures, line: BudgetFigures): object {
    return {
        amount: line.initialAmount ?? null,
        adjusted: line.adjusted ?? null,
        adjustedReason: line.adjustedReason ?? null,
        budget: line.amount ?? null,
        sources: line.sources.map(sourceJson),
        unattributedSpent: line.unattributedSpent,
        explainedBy: lineExplainedBy(figures.explanations, line.budget).map(finding => finding.name)
    };
}

export function kpiExplanationJson(figures: PlanFigures, kpi: KpiFigures): object {
    const deviation = kpiDeviation(figures.explanations, kpi.kpi);
    return {
        explainedBy: kpiExplainedBy(figures.explanations, kpi.kpi).map(finding => finding.name),
        deviation: deviation.findings.length === 0 ? null : {
            findings: deviation.findings.map(titleOf),
            actions: deviation.actions.map(titleOf)
        }
    };
}

/** The 双监控 record: per checkpoint, its figures and the early warnings raised then, open or not at asOf. */
export function monitoringJson(figures: PlanFigures): object[] {
    return monitoringRecord(figures).map(entry => ({
        checkpoint: entry.name,
        date: entry.date.iso,
        elapsed: entry.figures.elapsed,
        spent: entry.figures.spent,
        executionRate: entry.figures.executionRate,
        alerts: entry.alerts.map(alert => ({
            code: alert.code,
            severity: alert.severity,
            level: alert.level ?? null,
            target: alert.name,
            kind: alert.target.$type === 'Budget' ? 'budget' : 'kpi',
            value: alert.value,
            expected: alert.expected,
            explainedBy: alert.explainedByNow.map(finding => finding.name),
            open: alert.open
        }))
    }));
}

function sourceJson(source: SourceFigures): object {
    return { source: source.source, amount: source.amount, spent: source.spent, executionRate: source.executionRate };
}

function titleOf(node: ast.Finding | ast.Action): string {
    return node.title ?? node.name;
}
