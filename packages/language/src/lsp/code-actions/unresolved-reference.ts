/**
 * unresolved-reference: "Did you mean …?" for each close spelling (the
 * closest preferred), then "Create …" a declaration of the name written —
 * preferred only when no spelling is close.
 */
import { createStub } from './create-stub.js';
import { didYouMean } from './did-you-mean.js';
import type { QuickFix } from './fix-context.js';

export const unresolvedReference: QuickFix = context => {
    const spellings = didYouMean(context);
    return [...spellings, ...createStub(context, spellings.length === 0)];
};
