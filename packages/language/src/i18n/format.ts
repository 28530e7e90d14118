/**
 * Number formatting for messages, hover and the report, in the user's
 * language. Deterministic (a fixed `en-US` grouping for both languages:
 * Chinese finance documents group thousands with commas too), so the same
 * plan gives byte-identical output on every machine.
 */
import type { Lang } from './locale.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
    const key = `${minimumFractionDigits}:${maximumFractionDigits}`;
    let format = formatters.get(key);
    if (!format) {
        format = new Intl.NumberFormat('en-US', { minimumFractionDigits, maximumFractionDigits, useGrouping: true });
        formatters.set(key, format);
    }
    return format;
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
     * Chinese only: amounts of at least 10,000 in 万元 (`2,400,000` CNY →
     * `240.00万元`). Reports may choose it; diagnostics keep exact amounts.
     */
    readonly wan?: boolean;
}

/**
 * An amount of money with two decimals, thousands separators and the plan's
 * currency: `2400000, 'CNY'` → `2,400,000.00 CNY`.
 */
export function formatAmount(lang: Lang, value: number, currency: string, options: AmountOptions = {}): string {
    if (!Number.isFinite(value)) return `${value} ${currency}`;
    if (lang === 'zh' && options.wan && currency === 'CNY' && Math.abs(value) >= 10_000) {
        return withoutNegativeZero(formatter(2, 2).format(value / 10_000)) + '万元';
    }
    return `${withoutNegativeZero(formatter(2, 2).format(value))} ${currency}`;
}

/** A ratio such as a funding/weight mismatch: `3.456` → `3.5×`. */
export function formatRatio(lang: Lang, value: number): string {
    return formatNumber(lang, value, 1) + '×';
}
