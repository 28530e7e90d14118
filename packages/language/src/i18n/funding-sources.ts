/**
 * The funding sources of a budget line (LANGUAGE.md §8.4). Their names, as
 * the forms write them, are the `fundingSource` vocabulary (vocabulary.ts),
 * read by hover, completion, the report and the forms.
 */
import type { Lang } from './locale.js';
import { term } from './vocabulary.js';

export type FundingSource = 'fiscal' | 'carryover' | 'special' | 'own' | 'other';

/** In the order of the forms' columns. */
export const FUNDING_SOURCES: readonly FundingSource[] = ['fiscal', 'carryover', 'special', 'own', 'other'];

export function isFundingSource(value: string | undefined): value is FundingSource {
    return value !== undefined && (FUNDING_SOURCES as readonly string[]).includes(value);
}

/** The name of a funding source in the forms' words (`fiscal` → current-year fiscal appropriation). */
export function fundingSourceName(lang: Lang, source: FundingSource): string {
    return term(lang, 'fundingSource', source);
}
