/**
 * The funding sources of a budget line (LANGUAGE.md §8.4), as the forms name
 * them: one vocabulary, read by hover, completion, the report and the forms.
 */
import type { Lang } from './locale.js';

export type FundingSource = 'fiscal' | 'carryover' | 'special' | 'own' | 'other';

/** In the order of the forms' columns. */
export const FUNDING_SOURCES: readonly FundingSource[] = ['fiscal', 'carryover', 'special', 'own', 'other'];

const NAMES: Readonly<Record<FundingSource, Readonly<Record<Lang, string>>>> = {
    fiscal: { en: 'current-year fiscal appropriation', zh: '本年财政拨款' },
    carryover: { en: 'carry-over from prior years', zh: '上年结转' },
    special: { en: 'special fiscal account funds', zh: '财政专户管理资金' },
    own: { en: "unit's own funds", zh: '单位资金' },
    other: { en: 'other funds', zh: '其他资金' }
};

export function isFundingSource(value: string | undefined): value is FundingSource {
    return value !== undefined && (FUNDING_SOURCES as readonly string[]).includes(value);
}

/** The name of a funding source in the forms' words: `fiscal` → "本年财政拨款". */
export function fundingSourceName(lang: Lang, source: FundingSource): string {
    return NAMES[source][lang];
}
