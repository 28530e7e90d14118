/**
 * What every section of the report document needs: the model, the words and
 * number formats of the report language, and the small pieces several
 * sections share (status badges, spending alerts, units, action statuses).
 */
import type { KpiStatus } from '../figures/figures.js';
import type { Cell, Inline, Span } from './report-blocks.js';
import { ReportFormatter } from './report-format.js';
import { labelOf, type ActionReport, type Named, type ReportModel, type UnitRef } from './report-model.js';
import type { ReportText } from '../i18n/report-text.js';

/** Where a sentence template gets an item's name that `DocumentContext.about` links (never in plan text: names cannot hold NUL). */
export const NAME = '\u0000';

/** Statuses from best to worst, the order in which the report lists them. */
export const STATUS_ORDER: readonly KpiStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started'];

/** Statuses that count as going well (主要成效). A set of strings, so statuses added for year-end (§8.6) slot in. */
export const GOOD_STATUSES: ReadonlySet<string> = new Set(['achieved', 'on-track']);

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

    /**
     * Whether the reporting date is at or past the plan period's end (or the
     * plan gives no time to compare with): the score is then the year's
     * result; before it, progress to date (LANGUAGE.md §8.7).
     */
    get final(): boolean {
        const elapsed = this.model.figures.elapsed;
        return elapsed === null || elapsed >= 1;
    }

    statusSpan(status: KpiStatus): Inline {
        return { text: this.t.status[status], tone: status };
    }

    /** A declaration's title (its name where it has none), linked to its line in the editor's view. */
    link(item: Named, options: { readonly strong?: boolean; readonly quoted?: boolean } = {}): Span {
        const text = options.quoted ? this.t.quote(labelOf(item)) : labelOf(item);
        return { text, source: item.source, strong: options.strong };
    }

    /**
     * A sentence about one item, worded with `NAME` where the item's name
     * goes: the name becomes a quoted span linked to the item's line.
     */
    about(item: Named, sentence: string): Inline[] {
        const at = sentence.indexOf(NAME);
        if (at < 0) return [sentence];
        return [sentence.slice(0, at), this.link(item, { quoted: true }), sentence.slice(at + NAME.length)].filter(part => part !== '');
    }

    /**
     * How many items have each status, naming only the statuses some item has
     * (`进展正常9个、存在风险2个`); `single` is the one status when all share it.
     */
    statusCounts(statuses: readonly KpiStatus[], unit?: string): { readonly list: string; readonly single: string | undefined } {
        const present = STATUS_ORDER.filter(status => statuses.includes(status));
        const entries = present.map(status => [this.t.status[status], statuses.filter(s => s === status).length] as const);
        return { list: this.t.countList(entries, unit), single: present.length === 1 ? this.t.status[present[0]] : undefined };
    }

    /** A rate with its alert; the alert's words never break apart (a no-break space), the cell may break before them. */
    alertCell(text: string, alert: 'red' | 'yellow' | undefined): Cell {
        return alert ? { text: `${text}${this.t.paren(this.t.alert[alert].replace(/ /g, '\u00a0'))}`, tone: alert } : text;
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
