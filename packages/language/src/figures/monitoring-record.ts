/**
 * The 双监控 record (LANGUAGE.md §8.8): the figures as of every checkpoint
 * dated on or before asOf — the same computation as at the reporting date
 * (`computePlanFigures` with another as-of date), never a second copy of the
 * arithmetic — the early warnings raised at each, and whether each is still
 * open at asOf. Computed on demand (the report and JSON read it; the editor's
 * checks do not) and kept per figures object.
 */
import { Code } from '../diagnostics/codes.js';
import type * as ast from '../generated/ast.js';
import { parseDate, type CalendarDate } from '../model/values.js';
import { kpiLags, kpiOffTrack, lineBelowYearEnd, lineExecutionAlert, raisedAlerts, type RaisedAlert } from './alerts.js';
import { kpiExplainedBy, lineExplainedBy } from './explanations.js';
import { computePlanFigures, type PlanFigures } from './figures.js';

export interface RecordedAlert extends RaisedAlert {
    /** Whether the alert still stands at the plan's reporting date (docs/figures.md says when). */
    readonly open: boolean;
    /**
     * The findings that explain its target at the reporting date — often
     * written after the checkpoint (`explainedBy` holds those known then,
     * which decided the alert's severity).
     */
    readonly explainedByNow: readonly ast.Finding[];
}

export interface CheckpointRecord {
    readonly checkpoint: ast.Checkpoint;
    readonly name: string;
    readonly date: CalendarDate;
    /** The plan's figures as of this checkpoint's date. */
    readonly figures: PlanFigures;
    readonly alerts: readonly RecordedAlert[];
}

const records = new WeakMap<PlanFigures, readonly CheckpointRecord[]>();

/** The checkpoints dated on or before asOf, by date (then plan order), each with its figures and alerts. */
export function monitoringRecord(plan: PlanFigures): readonly CheckpointRecord[] {
    let record = records.get(plan);
    if (!record) records.set(plan, record = computeRecord(plan));
    return record;
}

function computeRecord(plan: PlanFigures): CheckpointRecord[] {
    const dated = plan.model.checkpoints
        .map((checkpoint, index) => ({ checkpoint, index, date: parseDate(checkpoint.date) }))
        .filter((c): c is typeof c & { date: CalendarDate } => !!c.date && (!plan.asOf || c.date.day <= plan.asOf.day))
        .sort((a, b) => a.date.day - b.date.day || a.index - b.index);
    const figuresByDay = new Map<number, PlanFigures>();
    return dated.map(({ checkpoint, date }) => {
        let figures = figuresByDay.get(date.day);
        if (!figures) {
            figures = plan.asOf?.day === date.day ? plan : computePlanFigures(plan.model, { asOf: date });
            figuresByDay.set(date.day, figures);
        }
        const alerts = raisedAlerts(figures).map(alert => ({ ...alert, open: stillOpen(plan, alert), explainedByNow: explainedNow(plan, alert) }));
        return { checkpoint, name: checkpoint.name ?? '', date, figures, alerts };
    });
}

function explainedNow(plan: PlanFigures, alert: RaisedAlert): readonly ast.Finding[] {
    return alert.code === Code.BudgetExecutionLag
        ? lineExplainedBy(plan.explanations, alert.target as ast.Budget)
        : kpiExplainedBy(plan.explanations, alert.target as ast.Kpi);
}

/**
 * An alert is still open at asOf when it is raised again at asOf; or, once
 * its regime has ended, when the result still falls short: a line in the
 * last month of the period below the year-end execution threshold, a KPI
 * past its due date below its target.
 */
function stillOpen(plan: PlanFigures, alert: RaisedAlert): boolean {
    if (alert.code === Code.BudgetExecutionLag) {
        const line = plan.budgetFigures.get(alert.target as ast.Budget);
        return !!line && (lineExecutionAlert(plan, line) !== undefined || lineBelowYearEnd(plan, line));
    }
    const kpi = plan.kpiFigures.get(alert.target as ast.Kpi);
    if (!kpi) return false;
    if (alert.code === Code.KpiLag) return kpiLags(plan, kpi);
    const due = plan.goalFigures.get(kpi.goal)?.due;
    const ended = !!due && !!plan.asOf && plan.asOf.day >= due.day;
    return kpiOffTrack(plan, kpi) || (ended && (kpi.achievement === null || kpi.achievement < 1));
}
