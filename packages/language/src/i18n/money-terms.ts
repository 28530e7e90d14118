/**
 * The hover's words for money as the forms hold it and for the findings that
 * explain (LANGUAGE.md §8.4, §8.5), in English and Chinese.
 */
import type { Lang } from './locale.js';

const MONEY_WORDS = {
    initial: { en: 'Initial budget', zh: '年初预算数' },
    adjusted: { en: 'Adjusted budget', zh: '全年预算数（调整后）' },
    reason: { en: 'reason', zh: '理由' },
    noReason: { en: 'no reason given', zh: '未说明理由' },
    sources: { en: 'Funding sources', zh: '资金来源' },
    unattributed: { en: 'not from a listed source', zh: '来源未列明' },
    totalBudget: { en: 'Approved total budget', zh: '批复预算总额' },
    ofTotal: { en: 'of the total budget', zh: '占预算总额' },
    initialAllocated: { en: 'Initially allocated', zh: '年初预算合计' },
    notMonitored: { en: 'Not monitored yet: no checkpoint, so no score or grade.', zh: '尚未开展绩效监控：没有监测点，暂不评分定级。' },
    explainedBy: { en: 'Explained by', zh: '原因说明' },
    measures: { en: 'Measures', zh: '改进措施' }
} as const;

export type MoneyWord = keyof typeof MONEY_WORDS;

export function moneyWord(lang: Lang, key: MoneyWord): string {
    return MONEY_WORDS[key][lang];
}
