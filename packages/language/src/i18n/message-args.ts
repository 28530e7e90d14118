/**
 * The arguments of a diagnostic message, as checks report them: raw values
 * (numbers, names, dates), never text worded for one language. A value that
 * needs wording — a percentage, an amount, a declaration kind — is a small
 * tagged object made by `arg.*`; `wordArgs` turns them into text when the
 * message is shown, in the language asked for. The arguments are plain JSON,
 * so they travel in a diagnostic's `data` and in `pbm check --format json`,
 * and any client can word the message again in another language.
 */
import { formatAmount, formatDate, formatNumber, formatPercent, formatPeriod, formatQuantity, type PeriodFrequency } from './format.js';
import type { Lang } from './locale.js';
import { kindNoun } from './terms.js';

export type WordedArg =
    | { readonly $: 'percent'; readonly value: number; readonly digits?: number }
    | { readonly $: 'number'; readonly value: number; readonly digits?: number }
    | { readonly $: 'amount'; readonly value: number; readonly currency: string }
    | { readonly $: 'quantity'; readonly value: number; readonly unit?: string; readonly digits?: number }
    | { readonly $: 'date'; readonly iso: string }
    | { readonly $: 'period'; readonly frequency: PeriodFrequency; readonly year: number; readonly month: number }
    | { readonly $: 'kind'; readonly type: string }
    | { readonly $: 'where'; readonly file?: string; readonly line?: number }
    /** Text already worded in both languages (the parser's messages). */
    | { readonly $: 'text'; readonly en: string; readonly zh: string };

export type MessageArg = string | number | undefined | WordedArg;
export type MessageArgs = Readonly<Record<string, MessageArg>>;
/** The arguments as a message function reads them: every value worded. */
export type WordedArgs = Readonly<Record<string, string | number | undefined>>;

/** Builders of the arguments that are worded per language. */
export const arg = {
    percent: (value: number, digits?: number): WordedArg => digits === undefined ? { $: 'percent', value } : { $: 'percent', value, digits },
    number: (value: number, digits?: number): WordedArg => digits === undefined ? { $: 'number', value } : { $: 'number', value, digits },
    amount: (value: number, currency: string): WordedArg => ({ $: 'amount', value, currency }),
    quantity: (value: number, unit: string | undefined, digits?: number): WordedArg =>
        ({ $: 'quantity', value, ...(unit === undefined ? {} : { unit }), ...(digits === undefined ? {} : { digits }) }),
    date: (iso: string): WordedArg => ({ $: 'date', iso }),
    period: (frequency: PeriodFrequency, year: number, month: number): WordedArg => ({ $: 'period', frequency, year, month }),
    /** A declaration kind by its AST type (`Kpi` → "KPI" / "绩效指标"). */
    kind: (type: string): WordedArg => ({ $: 'kind', type }),
    /** Where another declaration is: a line of this file, or of another file. */
    where: (line: number | undefined, file?: string): WordedArg => ({ $: 'where', ...(line === undefined ? {} : { line }), ...(file === undefined ? {} : { file }) })
} as const;

export function wordArgs(lang: Lang, args: MessageArgs): WordedArgs {
    const worded: Record<string, string | number | undefined> = {};
    for (const [key, value] of Object.entries(args)) {
        worded[key] = typeof value === 'object' ? wordArg(lang, value) : value;
    }
    return worded;
}

function wordArg(lang: Lang, value: WordedArg): string {
    switch (value.$) {
        case 'percent': return formatPercent(lang, value.value, value.digits);
        case 'number': return formatNumber(lang, value.value, value.digits);
        case 'amount': return formatAmount(lang, value.value, value.currency);
        case 'quantity': return formatQuantity(lang, value.value, value.unit, value.digits);
        case 'date': return formatDate(lang, value.iso);
        case 'period': return formatPeriod(lang, value.frequency, value.year, value.month);
        case 'kind': return kindNoun(lang, value.type);
        case 'where': return describeWhere(lang, value.file, value.line);
        case 'text': return value[lang];
    }
}

/**
 * The parser and lexer word their messages before anyone knows which
 * language a document is shown in, and hand them on as one string: they
 * write both languages, joined by a separator no plan text can hold, and the
 * document validator splits them into a `text` argument (`splitBilingual`).
 */
const BILINGUAL_SEPARATOR = '\u0000';

export function bilingual(word: (lang: Lang) => string): string {
    return word('en') + BILINGUAL_SEPARATOR + word('zh');
}

export function splitBilingual(message: string): WordedArg {
    const at = message.indexOf(BILINGUAL_SEPARATOR);
    return at < 0 ? { $: 'text', en: message, zh: message } : { $: 'text', en: message.slice(0, at), zh: message.slice(at + 1) };
}

function describeWhere(lang: Lang, file: string | undefined, line: number | undefined): string {
    const name = file === undefined ? undefined : decodeURIComponent(file);
    const lineText = line === undefined ? '' : String(line);
    if (lang === 'zh') return name ? `见 ${name} 第 ${lineText} 行` : `见第 ${lineText} 行`;
    return name ? `see ${name} line ${lineText}` : `see line ${lineText}`;
}
