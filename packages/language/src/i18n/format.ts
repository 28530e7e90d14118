/**
 * Number formatting for messages, hover and the report, in the user's
 * language. Deterministic (a fixed `en-US` grouping for both languages:
 * Chinese finance documents group thousands with commas too), so the same
 * plan gives byte-identical output on every machine.
 */
import type { Lang } from './locale.js';

/**
 * One formatter per (minimum, maximum) fraction digits, made on first use:
 * creating an `Intl.NumberFormat` costs far more than formatting with one,
 * and a report formats tens of thousands of numbers. Indexed by the digits
 * (no key string built per call).
 */
const formatters: Intl.NumberFormat[][] = [];

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
    const byMaximum = formatters[minimumFractionDigits] ??= [];
    return byMaximum[maximumFractionDigits] ??= new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits, useGrouping: true });
}

/** `-0` and values that round to zero print as `0`, never `-0`. */
function withoutNegativeZero(text: string): string {
    return /^-[0.,]+$/.test(text) ? text.slice(1) : text;
}

/**
 * A plain number with thousands separators and at most `maxFractionDigits`
 * decimals (trailing zeros dropped): `1234567.5` → `1,234,567.5`.
 */
export function formatNumber(_lang: Lang, value: number, maxFractionDigits = 2): string {
    if (!Number.isFinite(value)) return String(value);
    return withoutNegativeZero(formatter(0, maxFractionDigits).format(value));
}

/** A fraction as a percentage with one decimal: `0.2625` → `26.3%`. */
export function formatPercent(_lang: Lang, fraction: number, fractionDigits = 1): string {
    if (!Number.isFinite(fraction)) return String(fraction);
    return withoutNegativeZero(formatter(fractionDigits, fractionDigits).format(fraction * 100)) + '%';
}

export interface AmountOptions {
    /**
     * Chinese only: CNY amounts of at least 10,000 in 万元 (`2,400,000` CNY →
     * `240.00万元`), smaller ones in 元 (`800.00元`), so one table never mixes
     * `万元` and `CNY`. Reports may choose it; diagnostics keep exact amounts.
     */
    readonly wan?: boolean;
}

/**
 * An amount of money with two decimals, thousands separators and the plan's
 * currency: `2400000, 'CNY'` → `2,400,000.00 CNY` (Chinese: `2,400,000.00元`).
 */
export function formatAmount(lang: Lang, value: number, currency: string, options: AmountOptions = {}): string {
    if (!Number.isFinite(value)) return `${value} ${currency}`;
    if (lang === 'zh' && options.wan && currency === 'CNY') {
        return Math.abs(value) >= 10_000
            ? withoutNegativeZero(formatter(2, 2).format(value / 10_000)) + '万元'
            : withoutNegativeZero(formatter(2, 2).format(value)) + '元';
    }
    const number = withoutNegativeZero(formatter(2, 2).format(value));
    // A Chinese finance officer writes yuan as 元.
    return lang === 'zh' && currency === 'CNY' ? `${number}元` : `${number} ${currency}`;
}

/** A score on a 0–100 scale with exactly one decimal: `61.23` → `61.2`, `80` → `80.0`. */
export function formatScore(_lang: Lang, value: number): string {
    if (!Number.isFinite(value)) return String(value);
    return withoutNegativeZero(formatter(1, 1).format(value));
}

/** A calendar date (ISO `YYYY-MM-DD`): unchanged in English, `2026年6月30日` in Chinese. */
export function formatDate(lang: Lang, isoDate: string): string {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
    if (lang !== 'zh' || !match) return isoDate;
    return `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日`;
}

/** A value in a KPI's unit of measure: `2.1, '%'` → `2.1%`, `35, 'h/month'` → `35 h/month`. */
export function formatQuantity(lang: Lang, value: number, unit: string | undefined, maxFractionDigits = 2): string {
    const number = formatNumber(lang, value, maxFractionDigits);
    const trimmed = unit?.trim();
    if (!trimmed) return number;
    return trimmed === '%' ? `${number}%` : `${number} ${trimmed}`;
}

export type PeriodFrequency = 'monthly' | 'quarterly' | 'half-yearly' | 'yearly';

/**
 * A calendar period by its first month: `2026-04` quarterly → `2026 Q2` /
 * `2026年第2季度`; monthly `2026-06` / `2026年6月`; half-yearly `2026 H1` /
 * `2026年上半年`; yearly `2026` / `2026年`.
 */
export function formatPeriod(lang: Lang, frequency: PeriodFrequency, year: number, startMonth: number): string {
    switch (frequency) {
        case 'monthly':
            return lang === 'zh' ? `${year}年${startMonth}月` : `${year}-${String(startMonth).padStart(2, '0')}`;
        case 'quarterly': {
            const quarter = Math.floor((startMonth - 1) / 3) + 1;
            return lang === 'zh' ? `${year}年第${quarter}季度` : `${year} Q${quarter}`;
        }
        case 'half-yearly': {
            const first = startMonth <= 6;
            return lang === 'zh' ? `${year}年${first ? '上' : '下'}半年` : `${year} H${first ? 1 : 2}`;
        }
        case 'yearly':
            return lang === 'zh' ? `${year}年` : String(year);
    }
}

/**
 * An amount shortened for chart labels, without currency: `2550000` →
 * `2.55M` (English), `255万` (Chinese); below a thousand (ten thousand in
 * Chinese) the plain number.
 */
export function formatCompactAmount(lang: Lang, value: number): string {
    const magnitude = Math.abs(value);
    const steps: ReadonlyArray<readonly [number, string]> = lang === 'zh'
        ? [[1e8, '亿'], [1e4, '万']]
        : [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
    for (const [size, suffix] of steps) {
        if (magnitude >= size) return formatNumber(lang, value / size, 2) + suffix;
    }
    return formatNumber(lang, value, 2);
}

/** A word or phrase that starts a sentence or a cell: its first letter upper-case (Chinese is unchanged). */
export function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
