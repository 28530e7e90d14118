// Summaries of timing samples, shared by the benchmark scripts.

/** Median, p95 (nearest rank), min and max, rounded to 0.1. */
export function summarise(samples) {
    const sorted = [...samples].sort((a, b) => a - b);
    const rank = q => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
    const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    return { runs: sorted.length, median: round1(median), p95: round1(rank(0.95)), min: round1(sorted[0]), max: round1(sorted[sorted.length - 1]) };
}

const round1 = x => Math.round(x * 10) / 10;
