/**
 * Words for points scoring, awards and the mid-year projection, shared by
 * hover and the report (LANGUAGE.md §8.2, 8.3, 8.7): the arithmetic behind a
 * KPI's earned points ("15 × 8676 / 8755"), likelihoods, and labels. Every
 * number is a figure from `figures/`; this only writes it out.
 */
import type { ExecutionRow, KpiFigures, Likelihood, Profile } from '../figures/figures.js';
import { formatNumber, formatPercent } from './format.js';
import type { Lang } from './locale.js';
import { term } from './vocabulary.js';

type Bilingual = Readonly<Record<Lang, string>>;

export const POINTS_WORDS = {
    points: { en: 'Points', zh: '分值' },
    earned: { en: 'computed', zh: '计算得分' },
    awarded: { en: 'awarded', zh: '评价得分' },
    reason: { en: 'reason', zh: '理由' },
    projected: { en: 'Projected', zh: '预计' },
    projectedScore: { en: 'Projected score', zh: '预计得分' },
    projectedGrade: { en: 'projected grade', zh: '预计等级' },
    toDate: { en: 'score to date', zh: '截至目前得分' },
    awardedScore: { en: 'Awarded score', zh: '评价得分' },
    computedScore: { en: 'computed score', zh: '计算得分' },
    likelihood: { en: 'likelihood', zh: '完成目标可能性' },
    execution: { en: 'Budget execution', zh: '预算执行率' },
    noMeasure: { en: 'no measure', zh: '无监测值' },
    targetMet: { en: 'target met', zh: '已达到目标' },
    doneBy: { en: 'done by the target date', zh: '按期完成' },
    late: { en: 'done after the target date', zh: '未按期完成' },
    of: { en: 'of', zh: '满分' }
} as const satisfies Record<string, Bilingual>;

export type PointsWord = keyof typeof POINTS_WORDS;

export function pointsWord(lang: Lang, key: PointsWord): string {
    return POINTS_WORDS[key][lang];
}

export function likelihoodTerm(lang: Lang, likelihood: Likelihood): string {
    return term(lang, 'likelihood', likelihood);
}

/** A number as written in a formula: no thousands separators, at most 4 decimals. */
function plain(value: number): string {
    return String(Number(value.toFixed(4)));
}

/**
 * The arithmetic of a KPI's earned points: `15 × 8676 / 8755` (ratio),
 * `15 × (9 − 4) / (10 − 4)` (progress), `15 × min(1, 9000 / 8755)` when the
 * target is exceeded, `5 × 85%` (a grade), `20 × 1 (done by the target date)`.
 */
export function earnedFormula(lang: Lang, kpi: KpiFigures, profile: Profile): string {
    const p = plain(kpi.points ?? 0);
    if (kpi.achievement === null) return `${p} × 0 (${pointsWord(lang, 'noMeasure')})`;
    if (kpi.qualitative) return `${p} × ${formatPercent(lang, kpi.scoredAchievement)}`;
    if (kpi.targetDate) return `${p} × ${kpi.achievement >= 1 ? 1 : 0} (${pointsWord(lang, kpi.achievement >= 1 ? 'doneBy' : 'late')})`;
    const ratio = ratioText(kpi, profile);
    if (ratio === undefined) return `${p} × ${formatPercent(lang, kpi.scoredAchievement)}`;
    return kpi.achievement > 1 ? `${p} × min(1, ${ratio})` : kpi.achievement < 0 ? `${p} × max(0, ${ratio})` : `${p} × ${ratio}`;
}

function ratioText(kpi: KpiFigures, profile: Profile): string | undefined {
    const { actual, target, baseline, direction } = kpi;
    if (actual === null || target === undefined || !direction) return undefined;
    const [a, t] = [plain(actual), plain(target)];
    if (direction === '=') return `(1 − |${a} − ${t}| / ${t})`;
    const progress = profile === 'enterprise' && !kpi.cumulative && baseline !== undefined && baseline !== target;
    if (progress) {
        const b = plain(baseline!);
        return direction === '>=' ? `(${a} − ${b}) / (${t} − ${b})` : `(${b} − ${a}) / (${b} − ${t})`;
    }
    return direction === '>=' ? `${a} / ${t}` : `${t} / ${a}`;
}

/** "13 of 15 awarded · computed 14.86 = 15 × 8676 / 8755 · reason …" (without an award: "computed 14.86 = …"). */
export function pointsLine(lang: Lang, kpi: KpiFigures, profile: Profile): string {
    const computed = `${pointsWord(lang, 'earned')} ${formatNumber(lang, kpi.earned ?? 0, 2)} = ${earnedFormula(lang, kpi, profile)}`;
    return awardedLine(lang, kpi.awarded, kpi.points ?? 0, computed, kpi.awardReason);
}

/** The execution row's line: "9.9 of 10 awarded · computed 9.91 = 10 × min(1, 99.1%)". */
export function executionLine(lang: Lang, row: ExecutionRow, executionRate: number | null, reason?: string): string {
    const rate = executionRate === null ? pointsWord(lang, 'noMeasure') : formatPercent(lang, executionRate);
    const computed = `${pointsWord(lang, 'earned')} ${formatNumber(lang, row.earned, 2)} = ${plain(row.points)} × min(1, ${rate})`;
    return awardedLine(lang, row.awarded, row.points, computed, reason);
}

function awardedLine(lang: Lang, awarded: number | null, points: number, computed: string, reason: string | undefined): string {
    const max = formatNumber(lang, points, 2);
    if (awarded === null) return `${computed} (${pointsWord(lang, 'of')} ${max})`;
    const head = lang === 'zh'
        ? `评价得分 ${formatNumber(lang, awarded, 2)} / ${max}`
        : `${formatNumber(lang, awarded, 2)} of ${max} awarded`;
    return [head, computed, ...(reason ? [`${pointsWord(lang, 'reason')} ${reason}`] : [])].join(' · ');
}
