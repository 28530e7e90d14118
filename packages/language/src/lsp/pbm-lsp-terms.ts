/**
 * Words the editor features show next to PBM's keywords and values, in
 * English and Chinese (completion details, hover labels, code lens).
 */
import type { Grade, KpiStatus } from '../figures/figures.js';
import { FUNDING_SOURCES, fundingSourceName } from '../i18n/funding-sources.js';
import type { Lang } from '../i18n/locale.js';

type Bilingual = Readonly<Record<Lang, string>>;

/** Grammar rules whose keywords are values (enumerations), not keywords that start something. */
export const VALUE_RULES: ReadonlySet<string> = new Set([
    'ProfileKind', 'ReportLanguage', 'Perspective', 'Level', 'Frequency', 'Category', 'QualitativeLevel', 'Cause', 'ActionStatus', 'FundingSource'
]);

/** The meaning of each enumerated value, shown as completion detail. */
const VALUE_TERMS: Readonly<Record<string, Bilingual>> = {
    financial: { en: 'financial perspective', zh: '财务维度' },
    customer: { en: 'customer perspective', zh: '客户维度' },
    process: { en: 'internal process perspective', zh: '内部流程维度' },
    learning: { en: 'learning and growth perspective', zh: '学习与成长维度' },
    high: { en: 'high', zh: '高' },
    medium: { en: 'medium', zh: '中' },
    low: { en: 'low', zh: '低' },
    personnel: { en: 'personnel costs', zh: '人员经费' },
    equipment: { en: 'equipment', zh: '设备购置' },
    technology: { en: 'technology', zh: '信息技术' },
    materials: { en: 'materials', zh: '材料' },
    services: { en: 'services', zh: '服务' },
    marketing: { en: 'marketing', zh: '市场推广' },
    training: { en: 'training', zh: '培训' },
    other: { en: 'other', zh: '其他' },
    monthly: { en: 'every month', zh: '每月' },
    quarterly: { en: 'every quarter', zh: '每季度' },
    'half-yearly': { en: 'every half-year', zh: '每半年' },
    yearly: { en: 'every year', zh: '每年' },
    open: { en: 'open', zh: '未完成' },
    done: { en: 'done', zh: '已完成' },
    dropped: { en: 'dropped', zh: '已取消' },
    external: { en: 'external cause', zh: '外部原因' },
    internal: { en: 'internal cause', zh: '内部原因' },
    data: { en: 'data problem', zh: '数据问题' },
    communication: { en: 'communication problem', zh: '沟通问题' },
    enterprise: { en: 'enterprise profile (progress scoring)', zh: '企业模式（进度评分）' },
    government: { en: 'government profile (预算绩效 indicators)', zh: '政府模式（预算绩效指标体系）' },
    en: { en: 'report in English', zh: '英文报告' },
    zh: { en: 'report in Chinese', zh: '中文报告' },
    achieved: { en: 'achieved (default score 100%)', zh: '达成（默认 100%）' },
    partial: { en: 'partially achieved (default score 70%)', zh: '部分达成（默认 70%）' },
    missed: { en: 'missed (default score 30%)', zh: '未达成（默认 30%）' }
};

/** Funding sources (§8.4) in the forms' words; `other` stays the category's "other" (it means other funds after `sources`). */
const SOURCE_TERMS: Readonly<Record<string, Bilingual>> = Object.fromEntries(FUNDING_SOURCES.filter(source => source !== 'other')
    .map(source => [source, { en: fundingSourceName('en', source), zh: fundingSourceName('zh', source) }]));

export function valueTerm(lang: Lang, value: string): string | undefined {
    return (VALUE_TERMS[value] ?? SOURCE_TERMS[value])?.[lang];
}

/** Government profile indicator classes (LANGUAGE.md §2.1). */
export const INDICATOR_CLASSES: Readonly<Record<string, Readonly<Record<string, Bilingual>>>> = {
    output: {
        quantity: { en: 'output — quantity', zh: '产出指标 — 数量指标' },
        quality: { en: 'output — quality', zh: '产出指标 — 质量指标' },
        timeliness: { en: 'output — timeliness', zh: '产出指标 — 时效指标' },
        cost: { en: 'output — cost', zh: '产出指标 — 成本指标' }
    },
    benefit: {
        economic: { en: 'benefit — economic', zh: '效益指标 — 经济效益' },
        social: { en: 'benefit — social', zh: '效益指标 — 社会效益' },
        ecological: { en: 'benefit — ecological', zh: '效益指标 — 生态效益' },
        sustainable: { en: 'benefit — sustainable impact', zh: '效益指标 — 可持续影响' }
    },
    satisfaction: {
        service: { en: 'satisfaction — service recipients', zh: '满意度指标 — 服务对象满意度' }
    }
};

const STATUS_TERMS: Readonly<Record<KpiStatus, Bilingual>> = {
    achieved: { en: 'achieved', zh: '已达成' },
    'on-track': { en: 'on track', zh: '进展正常' },
    'at-risk': { en: 'at risk', zh: '存在风险' },
    'off-track': { en: 'off track', zh: '严重滞后' },
    'not-started': { en: 'not started', zh: '未开始' }
};

export function statusTerm(lang: Lang, status: KpiStatus): string {
    return STATUS_TERMS[status][lang];
}

const GRADE_TERMS: Readonly<Record<Grade, Bilingual>> = {
    excellent: { en: 'excellent', zh: '优' },
    good: { en: 'good', zh: '良' },
    fair: { en: 'fair', zh: '中' },
    poor: { en: 'poor', zh: '差' }
};

export function gradeTerm(lang: Lang, grade: Grade): string {
    return GRADE_TERMS[grade][lang];
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
