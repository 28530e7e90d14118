/**
 * The report's number and label formatting for one language and currency:
 * thin wrappers over `i18n/format.ts` that also spell out missing values
 * (`—`), and the wording of KPI targets and actuals.
 */
import type { KpiFigures } from '../figures/figures.js';
import {
    formatAmount, formatCompactAmount, formatDate, formatPercent, formatQuantity, formatScore
} from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import { reportText, type ReportText } from '../i18n/report-text.js';

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

    date(iso: string | undefined): string {
        return iso === undefined ? this.text.none : formatDate(this.lang, iso);
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
