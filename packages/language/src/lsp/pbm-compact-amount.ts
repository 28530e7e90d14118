/**
 * Short amounts for code lenses and inlay hints, where a full
 * `2,550,000.00 CNY` would crowd the line: `2.55M` (English), `255万` (Chinese).
 * Hover and the report show full amounts (i18n/format.ts).
 */
import { formatNumber } from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';

const EN_STEPS: ReadonlyArray<readonly [number, string]> = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
const ZH_STEPS: ReadonlyArray<readonly [number, string]> = [[1e8, '亿'], [1e4, '万']];

export function formatCompactAmount(lang: Lang, value: number): string {
    for (const [size, suffix] of lang === 'zh' ? ZH_STEPS : EN_STEPS) {
        if (Math.abs(value) >= size) return formatNumber(lang, value / size, 2) + suffix;
    }
    return formatNumber(lang, value, 2);
}
