/**
 * The report's words for points scoring, awards, projections and statuses
 * over time (LANGUAGE.md §8.2, 8.3, 8.6, 8.7), in English and Chinese. Kept
 * apart from report-text.ts so the forms model and the report's prose can
 * change independently. Labels the hover shows too (projected and awarded
 * score, points) come from points-words.ts, so both say the same.
 */
import type { Lang } from './locale.js';
import { POINTS_WORDS } from './points-words.js';
import { termsIn } from './vocabulary.js';

export interface ResultText {
    readonly projectedScore: string;
    readonly projectedDetail: (grade: string, toDate: string) => string;
    readonly awardedScore: string;
    readonly awardedDetail: (grade: string, computed: string) => string;
    readonly projectedSentence: (score: string, grade: string, toDate: string, elapsed: string) => string;
    readonly awardedSentence: (awarded: string, grade: string, computed: string, computedGrade: string) => string;
    readonly pointsTitle: string;
    readonly pointsNote: (execution: string) => string;
    readonly leniencyTitle: string;
    readonly leniencyNote: string;
    readonly leniencyNone: string;
    readonly executionRow: string;
    readonly core: string;
    readonly columns: {
        readonly indicator: string;
        readonly target: string;
        readonly actual: string;
        readonly points: string;
        readonly earned: string;
        readonly awarded: string;
        readonly difference: string;
        readonly achievement: string;
        readonly reason: string;
        readonly projected: string;
        readonly likelihood: string;
        readonly result: string;
    };
    readonly likelihood: Readonly<Record<string, string>>;
    readonly missed: string;
    readonly met: string;
    /** A top problem: a KPI past its due date that missed its target (§8.6). */
    readonly kpiMissed: (kpi: string, goal: string, status: string, achievement: string) => string;
    /** Full points for a missed target (`award-lenient`). */
    readonly lenient: string;
}

const EN: ResultText = {
    projectedScore: POINTS_WORDS.projectedScore.en,
    projectedDetail: (grade, toDate) => `projected grade: ${grade} · score to date ${toDate}`,
    awardedScore: POINTS_WORDS.awardedScore.en,
    awardedDetail: (grade, computed) => `grade: ${grade} · computed ${computed}`,
    projectedSentence: (score, grade, toDate, elapsed) =>
        `Projected to the end of the period, the plan would score ${score} points out of 100, grade “${grade}” (projected). To date it has earned ${toDate} points with ${elapsed} of the period elapsed — progress, not a grade.`,
    awardedSentence: (awarded, grade, computed, computedGrade) =>
        `The evaluator awarded ${awarded} points out of 100, grade “${grade}”; computed from the results, the plan scores ${computed} (“${computedGrade}”).`,
    pointsTitle: 'Self-evaluation by points',
    pointsNote: execution => `Each indicator earns its points × its achievement (capped at 100%); budget execution earns ${execution} points × the execution rate (capped at 100%).`,
    leniencyTitle: 'Awarded and computed points (leniency view)',
    leniencyNote: 'Every row whose awarded points differ from the points its result earns.',
    leniencyNone: 'Every award equals the points its row earns.',
    executionRow: 'Budget execution rate',
    core: '★',
    columns: {
        indicator: 'Indicator', target: 'Target', actual: 'Actual', points: POINTS_WORDS.points.en, earned: 'Computed',
        awarded: 'Awarded', difference: 'Difference', achievement: 'Achievement', reason: 'Reason',
        projected: 'Projected', likelihood: 'Likelihood', result: 'Target'
    },
    likelihood: termsIn('en', 'likelihood'),
    missed: 'target missed',
    met: 'target met',
    lenient: 'target missed, full points',
    kpiMissed: (kpi, goal, status, achievement) => `${kpi} (goal: ${goal}) ended ${status}: ${achievement} of its target.`,
};

const ZH: ResultText = {
    projectedScore: POINTS_WORDS.projectedScore.zh,
    projectedDetail: (grade, toDate) => `预计等级：${grade} · 截至目前 ${toDate} 分`,
    awardedScore: POINTS_WORDS.awardedScore.zh,
    awardedDetail: (grade, computed) => `等级：${grade} · 计算得分 ${computed}`,
    projectedSentence: (score, grade, toDate, elapsed) =>
        `按当前进度预计，期末综合得分${score}分（满分100分），预计等级为“${grade}”。截至目前已得${toDate}分，时间进度${elapsed}——这是进度，不是评价等级。`,
    awardedSentence: (awarded, grade, computed, computedGrade) =>
        `评价得分${awarded}分（满分100分），等级为“${grade}”；按实际完成情况计算得分${computed}分（“${computedGrade}”）。`,
    pointsTitle: '绩效自评（按分值）',
    pointsNote: execution => `各项指标得分 = 分值 × 完成率（最高按100%计）；预算执行率一项得分 = ${execution}分 × 预算执行率（最高按100%计）。`,
    leniencyTitle: '评价得分与计算得分对照',
    leniencyNote: '列出评价得分与按完成情况计算的得分不一致的各项。',
    leniencyNone: '各项评价得分与计算得分一致。',
    executionRow: '预算执行率',
    core: '★',
    columns: {
        indicator: '绩效指标', target: '年度指标值', actual: '实际完成值', points: POINTS_WORDS.points.zh, earned: POINTS_WORDS.earned.zh,
        awarded: POINTS_WORDS.awarded.zh, difference: '差额', achievement: '完成率', reason: '理由',
        projected: '全年预计完成', likelihood: '完成目标可能性', result: '目标完成情况'
    },
    likelihood: termsIn('zh', 'likelihood'),
    missed: '未完成目标',
    met: '已完成目标',
    lenient: '未完成目标却得满分',
    kpiMissed: (kpi, goal, status, achievement) => `${kpi}（所属目标：${goal}）期末${status}：仅完成${achievement}。`,
};

export function resultText(lang: Lang): ResultText {
    return lang === 'zh' ? ZH : EN;
}
