/**
 * The domain vocabularies — statuses, grades, perspectives, levels,
 * categories, causes, action states, qualitative levels, frequencies,
 * indicator classes, profiles — defined once, in both languages. The
 * validator's messages, hover, completion, code lens, the report and the
 * forms all read them here, so one status reads the same on every surface.
 *
 * The Chinese words follow the official forms (绩效目标表, 绩效运行监控表,
 * 项目支出绩效自评表) and the 2021 指引 where they name the thing.
 */
import type { Lang } from './locale.js';

type Bilingual = Readonly<Record<Lang, string>>;
type Vocabulary<V extends string> = Readonly<Record<V, Bilingual>>;

const both = (en: string, zh: string): Bilingual => ({ en, zh });

export const VOCABULARY = {
    /** A KPI's or goal's status (§6; §8.6 adds the statuses at and after due). */
    status: {
        'achieved': both('achieved', '已完成'),
        'on-track': both('on track', '进展正常'),
        'at-risk': both('at risk', '存在风险'),
        'off-track': both('off track', '严重滞后'),
        'not-started': both('not started', '尚未开始'),
        'mostly-achieved': both('mostly achieved', '基本完成'),
        'not-achieved': both('not achieved', '未完成'),
        /** A goal none of whose KPIs is measured yet, while its money is being spent (issue #19). */
        'unmeasured': both('spending, no measures yet', '已有支出，尚无监测值')
    },
    grade: {
        excellent: both('excellent', '优'),
        good: both('good', '良'),
        fair: both('fair', '中'),
        poor: both('poor', '差')
    },
    perspective: {
        financial: both('Financial', '财务'),
        customer: both('Customer', '客户'),
        process: both('Internal process', '内部流程'),
        learning: both('Learning and growth', '学习与成长')
    },
    /** A goal's priority, a finding's severity. */
    level: {
        high: both('high', '高'),
        medium: both('medium', '中'),
        low: both('low', '低')
    },
    category: {
        personnel: both('personnel', '人员经费'),
        equipment: both('equipment', '设备购置'),
        technology: both('technology', '信息技术'),
        materials: both('materials', '材料'),
        services: both('services', '服务采购'),
        marketing: both('marketing', '市场营销'),
        training: both('training', '培训'),
        other: both('other', '其他')
    },
    cause: {
        external: both('external cause', '外部原因'),
        internal: both('internal cause', '内部原因'),
        data: both('data problem', '数据问题'),
        communication: both('communication problem', '沟通问题')
    },
    actionStatus: {
        open: both('open', '进行中'),
        done: both('done', '已完成'),
        dropped: both('dropped', '已取消')
    },
    /** The grade of a qualitative measure. */
    qualitativeLevel: {
        achieved: both('achieved', '达成'),
        partial: both('partly achieved', '部分达成'),
        missed: both('missed', '未达成'),
        // The five grades of the forms (§8.1): 优/良/中/低/差.
        excellent: both('excellent', '优'),
        good: both('good', '良'),
        fair: both('fair', '中'),
        low: both('low', '低'),
        poor: both('poor', '差')
    },
    frequency: {
        'monthly': both('monthly', '每月'),
        'quarterly': both('quarterly', '每季度'),
        'half-yearly': both('half-yearly', '每半年'),
        'yearly': both('yearly', '每年')
    },
    profile: {
        enterprise: both('enterprise', '企业'),
        government: both('government', '政府')
    },
    reportLanguage: {
        en: both('English', '英文'),
        zh: both('Chinese', '中文')
    },
    /** First-level indicator classes (一级指标, LANGUAGE.md §2.1). */
    indicatorLevel1: {
        output: both('Output', '产出指标'),
        benefit: both('Benefit', '效益指标'),
        satisfaction: both('Satisfaction', '满意度指标'),
        cost: both('Cost', '成本指标')
    },
    /** Second-level indicator classes (二级指标). */
    indicatorLevel2: {
        quantity: both('quantity', '数量指标'),
        quality: both('quality', '质量指标'),
        timeliness: both('timeliness', '时效指标'),
        cost: both('cost', '成本指标'),
        economic: both('economic', '经济效益指标'),
        social: both('social', '社会效益指标'),
        ecological: both('ecological', '生态效益指标'),
        sustainable: both('sustainable impact', '可持续影响指标'),
        service: both('service recipients', '服务对象满意度指标')
    },
    /** 完成目标可能性 of a KPI before its due date (§8.7), in the words of the 绩效运行监控表. */
    likelihood: {
        certain: both('certain', '确定能'),
        possible: both('possible', '有可能'),
        unlikely: both('unlikely', '可能性小')
    },
    /** Second-level classes of 成本指标 (`cost.*`, the 2021 指引; LANGUAGE.md §8.1). */
    costLevel2: {
        economic: both('economic cost', '经济成本指标'),
        social: both('social cost', '社会成本指标'),
        ecological: both('ecological cost', '生态环境成本指标')
    },
    /** Funding sources of a budget line (LANGUAGE.md §8.4), as the forms name them. */
    fundingSource: {
        fiscal: both('current-year fiscal appropriation', '本年财政拨款'),
        carryover: both('carry-over from prior years', '上年结转'),
        special: both('special fiscal account funds', '财政专户管理资金'),
        own: both("unit's own funds", '单位资金'),
        other: both('other funds', '其他资金')
    },
    diagnosticSeverity: {
        error: both('error', '错误'),
        warning: both('warning', '警告'),
        info: both('info', '提示'),
        hint: both('hint', '建议')
    }
} as const satisfies Readonly<Record<string, Vocabulary<string>>>;

export type VocabularyName = keyof typeof VOCABULARY;
export type VocabularyValue<V extends VocabularyName> = keyof typeof VOCABULARY[V] & string;

/** The word for one value, e.g. `term('zh', 'status', 'on-track')` → 进展正常. */
export function term<V extends VocabularyName>(lang: Lang, vocabulary: V, value: VocabularyValue<V>): string {
    return (VOCABULARY[vocabulary] as Vocabulary<string>)[value][lang];
}

/** The word for a value that may not be in the vocabulary (text from a broken plan): the value itself then. */
export function termOrValue(lang: Lang, vocabulary: VocabularyName, value: string): string {
    return (VOCABULARY[vocabulary] as Partial<Vocabulary<string>>)[value]?.[lang] ?? value;
}

/** A whole vocabulary in one language, as a record (the report's text tables). */
export function termsIn<V extends VocabularyName>(lang: Lang, vocabulary: V): Readonly<Record<VocabularyValue<V>, string>> {
    const result: Record<string, string> = {};
    for (const [value, words] of Object.entries(VOCABULARY[vocabulary] as Vocabulary<string>)) result[value] = words[lang];
    return result as Record<VocabularyValue<V>, string>;
}

/**
 * The grammar's value rules and the vocabulary each one's values belong to
 * (completion and hover of values). `other` is both a funding source and a
 * category: a value's detail comes from the last rule listing it, so
 * FundingSource comes first and `other` reads as the category's "other".
 */
export const VALUE_RULE_VOCABULARY: Readonly<Record<string, VocabularyName>> = {
    FundingSource: 'fundingSource',
    ProfileKind: 'profile',
    ReportLanguage: 'reportLanguage',
    Perspective: 'perspective',
    Level: 'level',
    Frequency: 'frequency',
    Category: 'category',
    QualitativeLevel: 'qualitativeLevel',
    Cause: 'cause',
    ActionStatus: 'actionStatus'
};
