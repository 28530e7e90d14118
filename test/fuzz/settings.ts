/**
 * How many cases each fuzz property runs, and from which seed: small in
 * `npm test` (the whole folder in about 20 s on a quiet 2-core machine),
 * large in `npm run fuzz` (PBM_FUZZ_RUNS, PBM_FUZZ_SEED; scripts/fuzz.mjs).
 */
export const FUZZ_RUNS = Number(process.env.PBM_FUZZ_RUNS ?? 60);
export const FUZZ_SEED = Number(process.env.PBM_FUZZ_SEED ?? 20261128);
/** A generous bound that only a hang or a super-linear blow-up would exceed. */
export const MAX_MILLIS_PER_CASE = 10_000;
/** How many quick fixes of one fuzzed document are applied and re-parsed (each costs a parse of the whole file). */
export const FIXES_PER_CASE = Number(process.env.PBM_FUZZ_FIXES ?? (FUZZ_RUNS > 60 ? 40 : 6));
