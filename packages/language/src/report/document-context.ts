/**
 * What every section of the report document needs: the model, the words and
 * number formats of the report language, and the small pieces several
 * sections share (status badges, spending alerts, units, action statuses).
 */
import type { KpiStatus } from '../figures/figures.js';
import type { Cell, Inline } from './report-blocks.js';
import { ReportFormatter } from './report-format.js';
import { labelOf, type ActionReport, type ReportModel, type UnitRef } from './report-model.js';
import type { ReportText } from '../i18n/report-text.js';

export class DocumentContext {
    readonly f: ReportFormatter;
    readonly government: boolean;

    constructor(readonly model: ReportModel) {
        this.f = new ReportFormatter(model.lang, model.figures.currency);
        this.government = model.figures.profile === 'government';
    }

    get t(): ReportText {
        return this.f.text;
    }

    statusSpan(status: KpiStatus): Inline {
        return { text: this.t.status[status], tone: status };
    }

    alertCell(text: string, alert: 'red' | 'yellow' | undefined): Cell {
        return alert ? { text: `${text}${this.t.paren(this.t.alert[alert])}`, tone: alert } : text;
    }

    unitText(unit: UnitRef | undefined): string {
        if (!unit) return this.t.none;
        return unit.lead ? `${labelOf(unit)}${this.t.paren(unit.lead)}` : labelOf(unit);
    }

    actionStatusText(action: ActionReport): string {
        const { t } = this;
        const status = t.actionStatus[action.status];
        return action.overdue ? `${status} · ${t.overdue}` : status;
    }
}
