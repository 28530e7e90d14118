/**
 * Words the editor features show next to PBM's keywords and values, in
 * English and Chinese (completion details, hover labels, code lens).
 */
import type { Grade, KpiStatus } from '../figures/figures.js';
import type { Lang } from './locale.js';
import { term, termOrValue, VALUE_RULE_VOCABULARY, VOCABULARY, type VocabularyName } from './vocabulary.js';
import { INDICATOR_CLASSES as INDICATOR_CLASS_PAIRS } from '../validation/government.js';

type Bilingual = Readonly<Record<Lang, string>>;

/** Grammar rules whose keywords are values (enumerations), not keywords that start something. */
export const VALUE_RULES: ReadonlySet<string> = new Set(Object.keys(VALUE_RULE_VOCABULARY));

/** Every value keyword of the grammar and the vocabulary it belongs to (values are unique across these vocabularies). */
const VALUE_VOCABULARY: ReadonlyMap<string, VocabularyName> = new Map(
    Object.values(VALUE_RULE_VOCABULARY).flatMap(vocabulary => Object.keys(VOCABULARY[vocabulary]).map(value => [value, vocabulary] as const))
);

/** The meaning of an enumerated value, shown as completion detail. */
export function valueTerm(lang: Lang, value: string): string | undefined {
    const vocabulary = VALUE_VOCABULARY.get(value);
    return vocabulary && termOrValue(lang, vocabulary, value);
}

/** Government profile indicator classes (LANGUAGE.md §2.1): level 1 → level 2 → "产出指标 — 数量指标". */
export const INDICATOR_CLASSES: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = Object.fromEntries(
    Object.entries(INDICATOR_CLASS_PAIRS).map(([level1, levels]) => [level1, Object.fromEntries(levels.map(level2 => [level2, {
        en: `${termOrValue('en', 'indicatorLevel1', level1)} — ${termOrValue('en', 'indicatorLevel2', level2)}`,
        zh: `${termOrValue('zh', 'indicatorLevel1', level1)} — ${termOrValue('zh', 'indicatorLevel2', level2)}`
    }]))])
);

export function statusTerm(lang: Lang, status: KpiStatus): string {
    return term(lang, 'status', status);
}

export function gradeTerm(lang: Lang, grade: Grade): string {
    return term(lang, 'grade', grade);
}

/** Labels of hover, code lens and inlay hints. */
export const LABELS = {
    owner: { en: 'Owner', zh: '责任单位' },
    lead: { en: 'Lead', zh: '负责人' },
    weight: { en: 'Weight', zh: '权重' },
    score: { en: 'Score', zh: '得分' },
    status: { en: 'Status', zh: '状态' },
    allocated: { en: 'Allocated', zh: '已安排预算' },
    spent: { en: 'Spent', zh: '已支出' },
    executionRate: { en: 'Execution rate', zh: '预算执行率' },
    baseline: { en: 'Baseline', zh: '基期值' },
    target: { en: 'Target', zh: '目标值' },
    actual: { en: 'Latest actual', zh: '最新实际值' },
    achievement: { en: 'Achievement', zh: '完成率' },
    expected: { en: 'expected', zh: '应达进度' },
    amount: { en: 'Amount', zh: '预算金额' },
    funds: { en: 'Funds', zh: '资助目标' },
    fullValue: { en: 'Full value', zh: '完整数值' },
    noMeasure: { en: 'no measure yet', zh: '尚无实际值' },
    elapsed: { en: 'elapsed', zh: '时间进度' },
    today: { en: 'today', zh: '今天' },
    planStart: { en: 'plan period start', zh: '计划期开始' },
    planEnd: { en: 'plan period end', zh: '计划期结束' },
    asOf: { en: 'reporting date (as of)', zh: '报告日期（as of）' },
    lensScore: { en: 'score', zh: '得分' },
    lensAllocated: { en: 'allocated', zh: '已安排' },
    lensSpent: { en: 'spent', zh: '已执行' },
    lensExecution: { en: 'execution', zh: '执行率' },
    lensNoAmount: { en: 'no amount', zh: '未填金额' },
    lensOpenSummary: { en: 'Open this goal in the summary', zh: '在工作总结中查看此目标' }
} as const satisfies Record<string, Bilingual>;

export type Label = keyof typeof LABELS;

export function label(lang: Lang, key: Label): string {
    return LABELS[key][lang];
}
