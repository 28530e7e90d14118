/**
 * The words of the monitoring section (监控预警及纠偏情况), of the funding
 * sources and the total budget, and of a KPI's deviation analysis, in English
 * and Chinese. Kept apart from `report-text.ts` so the two can change
 * independently; numbers arrive formatted.
 */
import type { ExecutionAlert } from '../figures/figures.js';
import type { Lang } from './locale.js';

export type AlertCode = 'budget-execution-lag' | 'kpi-lag' | 'kpi-off-track';

export interface MonitoringText {
    readonly section: string;
    readonly notMonitored: string;
    readonly notMonitoredCard: string;
    readonly notMonitoredScore: string;
    readonly money: {
        readonly title: string;
        readonly summary: (allocated: string, initial: string | undefined, spent: string, rate: string) => string;
        readonly total: (total: string, rate: string, unallocated: string) => string;
        readonly adjusted: (count: number) => string;
        readonly sourcesTitle: string;
        readonly unattributed: string;
        readonly initially: (amount: string) => string;
    };
    readonly timeline: {
        readonly title: string;
        readonly desc: (checkpoint: string, date: string, rate: string, elapsed: string) => string;
        readonly execution: string;
        readonly elapsed: string;
        readonly yellowZone: string;
        readonly redZone: string;
    };
    readonly intro: (checkpoints: number, alerts: number, open: number) => string;
    readonly noAlerts: string;
    readonly checkpointsTitle: string;
    readonly alertsTitle: string;
    /** An alert's name; `pastDue`: a KPI alert raised at or after the KPI's due date, when the target was missed (§8.6). */
    readonly alert: (code: AlertCode, level: ExecutionAlert | undefined, pastDue?: boolean) => string;
    readonly then: (code: AlertCode, value: string, expected: string) => string;
    readonly open: string;
    readonly corrected: (by: string) => string;
    readonly explained: (findings: string) => string;
    readonly correctedSentence: (when: string, target: string, alert: string, then: string, by: string, now: string) => string;
    readonly openSentence: (when: string, target: string, alert: string, then: string, now: string) => string;
    readonly now: (code: AlertCode, value: string) => string;
    readonly asOf: string;
    readonly columns: {
        readonly checkpoint: string;
        readonly date: string;
        readonly elapsed: string;
        readonly executionRate: string;
        readonly alerts: string;
        readonly raisedAt: string;
        readonly alert: string;
        readonly target: string;
        readonly then: string;
        readonly atAsOf: string;
        readonly explainedBy: string;
        readonly source: string;
        readonly budget: string;
        readonly spent: string;
        readonly deviation: string;
        readonly rate: string;
    };
    readonly deviation: (findings: string, actions: string) => string;
}

const ALERT_EN: Readonly<Record<AlertCode, string>> = { 'budget-execution-lag': 'spending alert', 'kpi-lag': 'KPI behind schedule', 'kpi-off-track': 'KPI off track' };
const ALERT_ZH: Readonly<Record<AlertCode, string>> = { 'budget-execution-lag': '执行预警', 'kpi-lag': '指标进度滞后', 'kpi-off-track': '指标预计难以完成' };

const EN: MonitoringText = {
    section: 'Early warnings and corrections',
    notMonitored: 'The plan has not been monitored yet: no checkpoint records actuals, so there are no early warnings, and no score or grade. The figures below are the targets and budgets as declared.',
    notMonitoredCard: 'not monitored yet',
    notMonitoredScore: 'The plan has not been monitored yet, so it has no score or grade.',
    money: {
        title: 'Budget and funding sources',
        summary: (allocated, initial, spent, rate) => `The budget lines hold ${allocated}${initial ? ` after adjustment (initially ${initial})` : ''}; ${spent} has been spent, ${rate} of it.`,
        total: (total, rate, unallocated) => `The approved total budget is ${total}: ${rate} of it has been spent, and ${unallocated} of it is not allocated to a budget line.`,
        adjusted: count => `${count} ${count === 1 ? 'line was' : 'lines were'} adjusted during the year; rates are computed on the adjusted budgets.`,
        sourcesTitle: 'Execution by funding source',
        unattributed: 'Spending not from a listed source',
        initially: amount => `initially ${amount}`
    },
    timeline: {
        title: 'Budget execution against time elapsed, per checkpoint',
        desc: (checkpoint, date, rate, elapsed) => `${checkpoint} (${date}): execution ${rate}, time elapsed ${elapsed}.`,
        execution: 'execution rate',
        elapsed: 'time elapsed (pace)',
        yellowZone: 'yellow alert zone',
        redZone: 'red alert zone'
    },
    intro: (checkpoints, alerts, open) => `The plan was monitored at ${checkpoints} ${checkpoints === 1 ? 'checkpoint' : 'checkpoints'}. ${alerts === 0 ? 'No early warning was raised.'
        : `${alerts} early ${alerts === 1 ? 'warning was' : 'warnings were'} raised; ${open === 0 ? `${alerts === 1 ? 'it was' : 'all were'} corrected by the reporting date` : `${open} ${open === 1 ? 'is' : 'are'} still open at the reporting date`}.`}`,
    noAlerts: 'No early warning was raised at any checkpoint.',
    checkpointsTitle: 'Checkpoints',
    alertsTitle: 'Early warnings raised',
    alert: (code, level, pastDue) => code === 'budget-execution-lag' ? `${level === 'red' ? 'red' : 'yellow'} alert` : pastDue ? 'KPI target missed' : ALERT_EN[code],
    then: (code, value, expected) => code === 'budget-execution-lag' ? `execution ${value}, time ${expected}` : `achievement ${value}, expected ${expected}`,
    open: 'still open',
    corrected: by => `corrected by ${by}`,
    explained: findings => `Explained by ${findings}`,
    correctedSentence: (when, target, alert, then, by, now) => `${when}: ${alert} on ${target} (${then}); corrected by ${by}, ${now} at the reporting date.`,
    openSentence: (when, target, alert, then, now) => `${when}: ${alert} on ${target} (${then}); still open, ${now} at the reporting date.`,
    now: (code, value) => code === 'budget-execution-lag' ? `execution now ${value}` : `achievement now ${value}`,
    asOf: 'the reporting date',
    columns: {
        checkpoint: 'Checkpoint', date: 'Date', elapsed: 'Time elapsed', executionRate: 'Execution rate', alerts: 'Early warnings',
        raisedAt: 'Raised at', alert: 'Warning', target: 'On', then: 'Then', atAsOf: 'At the reporting date', explainedBy: 'Explanation',
        source: 'Funding source', budget: 'Budget', spent: 'Spent', deviation: 'Reasons for deviation and measures', rate: 'Execution rate'
    },
    deviation: (findings, actions) => actions ? `${findings}. Measures: ${actions}.` : `${findings}.`
};

const ZH: MonitoringText = {
    section: '监控预警及纠偏情况',
    notMonitored: '本计划尚未开展绩效监控：还没有记录实际数的监测点，因此没有预警，也不评分定级。以下为申报的绩效目标和预算。',
    notMonitoredCard: '尚未监控',
    notMonitoredScore: '本计划尚未开展绩效监控，暂不评分定级。',
    money: {
        title: '预算及资金来源',
        summary: (allocated, initial, spent, rate) => `各预算项目${initial ? `全年预算数（调整后）${allocated}，年初预算数${initial}` : `预算合计${allocated}`}，已支出${spent}，执行率${rate}。`,
        total: (total, rate, unallocated) => `批复预算总额${total}，按此计算执行率${rate}，尚有${unallocated}未分配到预算项目。`,
        adjusted: count => `年度中有${count}个预算项目调整了预算，执行率按调整后的全年预算数计算。`,
        sourcesTitle: '分资金来源执行情况',
        unattributed: '来源未列明的支出',
        initially: amount => `年初${amount}`
    },
    timeline: {
        title: '各监测点预算执行进度与时间进度',
        desc: (checkpoint, date, rate, elapsed) => `${checkpoint}（${date}）：执行进度${rate}，时间进度${elapsed}。`,
        execution: '执行进度',
        elapsed: '时间进度',
        yellowZone: '黄色预警区',
        redZone: '红色预警区'
    },
    intro: (checkpoints, alerts, open) => `本计划共开展${checkpoints}次监控。${alerts === 0 ? '各次监控均未触发预警。' : `共触发预警${alerts}项，${open === 0 ? '截至报告日均已解除' : `截至报告日仍未解除${open}项`}。`}`,
    noAlerts: '各监测点均未触发预警。',
    checkpointsTitle: '各监测点情况',
    alertsTitle: '预警及纠偏明细',
    alert: (code, level, pastDue) => code === 'budget-execution-lag' ? `${level === 'red' ? '红色' : '黄色'}预警` : pastDue ? '指标未完成目标' : ALERT_ZH[code],
    then: (code, value, expected) => code === 'budget-execution-lag' ? `执行进度${value}，时间进度${expected}` : `完成${value}，进度要求${expected}`,
    open: '仍未解除',
    corrected: by => `${by}已解除`,
    explained: findings => `原因：${findings}`,
    correctedSentence: (when, target, alert, then, by, now) => `${when}${target}${alert}（${then}），经纠偏${by}解除预警，截至报告日${now}。`,
    openSentence: (when, target, alert, then, now) => `${when}${target}${alert}（${then}），截至报告日仍未解除，${now}。`,
    now: (code, value) => code === 'budget-execution-lag' ? `执行率达${value}` : `完成率达${value}`,
    asOf: '报告日',
    columns: {
        checkpoint: '监测点', date: '日期', elapsed: '时间进度', executionRate: '执行进度', alerts: '预警',
        raisedAt: '触发时点', alert: '预警', target: '对象', then: '当时情况', atAsOf: '截至报告日', explainedBy: '原因说明',
        source: '资金来源', budget: '预算数', spent: '已支出', deviation: '偏差原因分析及改进措施', rate: '执行率'
    },
    deviation: (findings, actions) => actions ? `${findings}。改进措施：${actions}。` : `${findings}。`
};

export function monitoringText(lang: Lang): MonitoringText {
    return lang === 'zh' ? ZH : EN;
}
