/**
 * The report's number and label formatting for one language and currency:
 * thin wrappers over `i18n/format.ts` that also spell out missing values
 * (`—`), and the wording of KPI targets and actuals.
 */
import type { KpiFigures } from '../figures/figures.js';
import {
    formatAmount, formatCompactAmount, formatPercent, formatQuantity, formatScore
} from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import { reportText, type ReportText } from '../i18n/report-text.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_IN_TEXT = /\b\d{4}-\d{2}-\d{2}\b/g;

export class ReportFormatter {
    readonly text: ReportText;

    constructor(readonly lang: Lang, readonly currency: string) {
        this.text = reportText(lang);
    }

    percent(fraction: number | null | undefined): string {
        return fraction === null || fraction === undefined ? this.text.none : formatPercent(this.lang, fraction);
    }

    /** Money: two decimals and the currency; Chinese reports give CNY amounts from 10,000 up in 万元. */
    amount(value: number | null | undefined): string {
        return value === null || value === undefined ? this.text.none : formatAmount(this.lang, value, this.currency, { wan: true });
    }

    compactAmount(value: number): string {
        return formatCompactAmount(this.lang, value);
    }

    score(value: number): string {
        return formatScore(this.lang, value);
    }

    /** `30 June 2026` / `2026年6月30日`; text that is not an ISO date stays as written. */
    date(iso: string | undefined): string {
        if (iso === undefined) return this.text.none;
        const match = ISO_DATE.exec(iso);
        return match ? this.text.date(Number(match[1]), Number(match[2]), Number(match[3])) : iso;
    }

    /** The same text with every ISO date (`2026-12-31`, as the checker's messages write them) in the report's date style. */
    datesIn(text: string): string {
        return text.replace(ISO_DATE_IN_TEXT, iso => this.date(iso));
    }

    /** A gap between two fractions in percentage points: `24.5个百分点` / `24.5 percentage points`. */
    points(fraction: number | null | undefined): string {
        return fraction === null || fraction === undefined ? this.text.none : this.text.percentagePoints(formatScore(this.lang, Math.abs(fraction) * 100));
    }

    quantity(value: number | null | undefined, unit: string | undefined): string {
        return value === null || value === undefined ? this.text.none : formatQuantity(this.lang, value, unit);
    }

    /** `≥ 8%`, `≤ 25 h/month`, `= 45 days`, or a qualitative target's text. */
    target(kpi: KpiFigures): string {
        if (kpi.targetText !== undefined) return kpi.targetText;
        if (kpi.target === undefined) return this.text.none;
        const operator = kpi.direction === '>=' ? '≥' : kpi.direction === '<=' ? '≤' : '=';
        return `${operator} ${this.quantity(kpi.target, kpi.unit)}`;
    }

    /** The latest numeric actual, or a qualitative KPI's latest grade with its score. */
    actual(kpi: KpiFigures): string {
        if (kpi.qualitative) {
            const level = kpi.latestLevel;
            return level ? `${this.text.level[level.level]}${this.text.paren(this.percent(level.score))}` : this.text.none;
        }
        return this.quantity(kpi.actual, kpi.unit);
    }
}
