/**
 * The one place that turns PBM literals into values (LANGUAGE.md §1):
 * numbers with `_` separators and magnitude suffixes, percentages, dates.
 * Everything else (validator, figures, hover, report) calls these.
 */

/** Decimal exponent of each magnitude suffix. */
const SUFFIX_EXPONENTS: Readonly<Record<string, number>> = {
    k: 3, M: 6, B: 9, '万': 4, '万元': 4, '亿': 8, '亿元': 8
};

const NUMBER_SHAPE = /^(-?)(\d+(?:_\d+)*)(?:\.(\d+(?:_\d+)*))?(万元|亿元|[kMB万亿])?$/;

/**
 * Parses a NUMBER literal (`2.4M`, `240万`, `1_200_000`, `-3.5`) exactly:
 * the digits and the suffix's power of ten are combined in decimal before a
 * single conversion to a double, so `2.3亿` is 230000000, not 229999999.99999997.
 * Returns undefined for text that is not a number literal.
 */
export function parseNumber(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    if (isPlainDecimal(text)) return normaliseZero(Number(text));
    const match = NUMBER_SHAPE.exec(text.trim());
    if (!match) return undefined;
    const [, sign, integerPart, fractionPart = '', suffix] = match;
    const digits = (integerPart + fractionPart).replace(/_/g, '');
    const fractionDigits = fractionPart.replace(/_/g, '').length;
    const exponent = (suffix ? SUFFIX_EXPONENTS[suffix] : 0) - fractionDigits;
    const value = Number(`${sign}${digits}e${exponent}`);
    return Number.isFinite(value) ? normaliseZero(value) : undefined;
}

/** Whether a NUMBER literal carries a magnitude suffix (hover shows the full value then). */
export function hasMagnitudeSuffix(text: string): boolean {
    return /(?:万元|亿元|[kMB万亿])$/.test(text.trim());
}

/**
 * Parses a PERCENT literal (`40%`, `12.5%`, full-width `４０％` is not a literal
 * but `40％` is) into a fraction: `40%` → 0.4.
 */
export function parsePercent(text: string | undefined): number | undefined {
    if (text === undefined) return undefined;
    const trimmed = text.trim();
    if (!/[%％]$/.test(trimmed)) return undefined;
    const numeric = /^(-?)(\d+(?:_\d+)*)(?:\.(\d+(?:_\d+)*))?$/.exec(trimmed.slice(0, -1));
    if (!numeric) return undefined;
    const [, sign, integerPart, fractionPart = ''] = numeric;
    const digits = (integerPart + fractionPart).replace(/_/g, '');
    const fractionDigits = fractionPart.replace(/_/g, '').length;
    const value = Number(`${sign}${digits}e${-fractionDigits - 2}`);
    return Number.isFinite(value) ? normaliseZero(value) : undefined;
}

/** A calendar date; `day` counts days since 1970-01-01 so differences are plain subtraction. */
export interface CalendarDate {
    readonly year: number;
    readonly month: number;
    readonly dayOfMonth: number;
    /** Days since the Unix epoch. */
    readonly day: number;
    /** ISO form, `YYYY-MM-DD`. */
    readonly iso: string;
}

const DATE_SHAPE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * Parses a DATE literal. Returns undefined when the text is date-shaped but is
 * not a real, zero-padded calendar date (`2026-02-30`, `2026-3-31`): the
 * validator reports those as `invalid-date`.
 */
export function parseDate(text: string | undefined): CalendarDate | undefined {
    if (text === undefined) return undefined;
    const match = DATE_SHAPE.exec(text.trim());
    if (!match || match[2].length !== 2 || match[3].length !== 2) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    const dayOfMonth = Number(match[3]);
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > daysInMonth(year, month)) return undefined;
    return makeDate(year, month, dayOfMonth);
}

export function makeDate(year: number, month: number, dayOfMonth: number): CalendarDate {
    const day = Math.round(utcTime(year, month - 1, dayOfMonth) / 86_400_000);
    const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
    return { year, month, dayOfMonth, day, iso };
}

/** The calendar date of a day number (inverse of `CalendarDate.day`). */
export function dateFromDay(day: number): CalendarDate {
    const date = new Date(day * 86_400_000);
    return makeDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function daysInMonth(year: number, month: number): number {
    return new Date(utcTime(year, month, 0)).getUTCDate();
}

/**
 * `Date.UTC` for any year: `Date.UTC` reads years 0–99 as 1900–1999, which
 * made `0026-06-30` a day of 1926 and rejected `0000-02-29` (year 0 is leap).
 */
function utcTime(year: number, monthIndex: number, dayOfMonth: number): number {
    const date = new Date(0);
    date.setUTCFullYear(year, monthIndex, dayOfMonth);
    return date.getTime();
}

/**
 * Reads a STRING token's text: strips the quotes (the closing one may be
 * missing — an unterminated string ends at the end of its line) and resolves
 * the escapes `\"`, `\\`, `\n`, `\t`. Unknown escapes keep the character.
 */
export function parseString(text: string): string {
    const body = text.length >= 2 && text.endsWith('"') && !isEscapedQuoteAtEnd(text)
        ? text.slice(1, -1)
        : text.slice(1);
    return body.replace(/\\(.)/g, (_, escaped: string) => {
        switch (escaped) {
            case 'n': return '\n';
            case 't': return '\t';
            default: return escaped;
        }
    });
}

/** Whether a STRING token lacks its closing quote. */
export function isUnterminatedString(text: string): boolean {
    return text.length < 2 || !text.endsWith('"') || isEscapedQuoteAtEnd(text);
}

function isEscapedQuoteAtEnd(text: string): boolean {
    // `"abc\"` ends with an escaped quote: count the backslashes before the last quote.
    let backslashes = 0;
    for (let i = text.length - 2; i >= 1 && text[i] === '\\'; i--) backslashes++;
    return backslashes % 2 === 1;
}

/** Normalises the full-width comparison operators to their ASCII form. */
export type TargetOperator = '>=' | '<=' | '=';

export function normaliseOperator(op: string | undefined): TargetOperator | undefined {
    switch (op) {
        case '>=': case '≥': case '＞＝': return '>=';
        case '<=': case '≤': case '＜＝': return '<=';
        case '=': case '＝': return '=';
        default: return undefined;
    }
}

/**
 * Whether a literal is a plain decimal (`-12`, `87.43`: no `_`, no suffix,
 * not absurdly long). Those are most literals of a real plan, and `Number`
 * converts them to the same double as the exact path above (both round the
 * decimal value correctly), without a regular expression and string building.
 */
function isPlainDecimal(text: string): boolean {
    const length = text.length;
    if (length === 0 || length > 30) return false;
    let i = text.charCodeAt(0) === 45 /* - */ ? 1 : 0;
    const integerStart = i;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
    if (i === integerStart) return false;
    if (i === length) return true;
    if (text.charCodeAt(i) !== 46 /* . */) return false;
    const fractionStart = ++i;
    while (i < length && isDigit(text.charCodeAt(i))) i++;
    return i === length && i > fractionStart;
}

function isDigit(code: number): boolean {
    return code >= 48 && code <= 57;
}

function normaliseZero(value: number): number {
    return value === 0 ? 0 : value;
}
