/**
 * The words of the declaration snippets offered by completion
 * (lsp/pbm-snippets.ts): the label shown in the list, the detail beside it
 * and the placeholders of the quoted texts it writes, worded in the language
 * of the document the completion is asked in. Keyed by the grammar rule of
 * the snippet's keyword. (A placeholder must not hold `$`, `}` or `\`: they
 * are snippet syntax.)
 */
import type { Lang } from './locale.js';

export type SnippetRule = 'Plan' | 'Goal' | 'Kpi' | 'Budget' | 'Checkpoint' | 'Review';

export interface SnippetWords {
    /** The completion item's label: the keyword, then what the snippet writes. */
    readonly label: string;
    /** The completion item's detail: what the declaration holds. */
    readonly detail: string;
}

/** The placeholders of the quoted texts a snippet writes (titles, sources): the user types over them. */
export interface SnippetPlaceholders {
    readonly title: string;
    readonly organization: string;
    readonly goalDescription: string;
    readonly kpiTitle: string;
    readonly dataSource: string;
    readonly ledgerAccount: string;
    readonly finding: string;
    readonly action: string;
}

const PLACEHOLDERS: Readonly<Record<Lang, SnippetPlaceholders>> = {
    en: {
        title: 'Title', organization: 'Organization', goalDescription: 'What will be done, and how', kpiTitle: 'KPI title',
        dataSource: 'Data source', ledgerAccount: 'Ledger account', finding: 'What was found', action: 'What will be done'
    },
    zh: {
        title: '标题', organization: '单位名称', goalDescription: '做什么、怎么做', kpiTitle: '指标名称',
        dataSource: '数据来源', ledgerAccount: '会计科目', finding: '发现的问题', action: '整改措施'
    }
};

export function snippetPlaceholders(lang: Lang): SnippetPlaceholders {
    return PLACEHOLDERS[lang];
}

const SNIPPET_WORDS: Readonly<Record<SnippetRule, Readonly<Record<Lang, SnippetWords>>>> = {
    Plan: {
        en: { label: 'plan … { period, as of, currency }', detail: 'a plan with its period' },
        zh: { label: 'plan … 计划（期间、报告日期、币种）', detail: '带期间的绩效计划' }
    },
    Goal: {
        en: { label: 'goal … with a KPI', detail: 'a goal with owner, weight, due date and one KPI' },
        zh: { label: 'goal … 绩效目标（含一个指标）', detail: '含责任单位、权重、完成期限和一个绩效指标' }
    },
    Kpi: {
        en: { label: 'kpi … { unit, baseline, target }', detail: 'a quantitative KPI' },
        zh: { label: 'kpi … 绩效指标', detail: '定量绩效指标' }
    },
    Budget: {
        en: { label: 'budget … funding a goal', detail: 'a budget line with amount and the goal it funds' },
        zh: { label: 'budget … 预算项目', detail: '含金额和资助目标的预算项目' }
    },
    Checkpoint: {
        en: { label: 'checkpoint … with a measure and a spend', detail: 'one monitoring period’s actuals' },
        zh: { label: 'checkpoint … 监测点', detail: '一个监测期的实际数据' }
    },
    Review: {
        en: { label: 'review … with a finding and an action', detail: 'a review, one finding and the action that addresses it' },
        zh: { label: 'review … 评估（含发现与整改措施）', detail: '一次评估、一项发现及其整改措施' }
    }
};

export function snippetWords(lang: Lang, rule: SnippetRule): SnippetWords {
    return SNIPPET_WORDS[rule][lang];
}
