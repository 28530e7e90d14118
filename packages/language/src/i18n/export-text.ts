/**
 * The words of the exported forms (LANGUAGE.md §8.11): the titles, row labels
 * and column headings of the 项目支出绩效自评表, 绩效目标表 and 绩效运行监控表
 * as the Ministry of Finance templates print them, and their English
 * equivalents for enterprise plans. Words the forms share with the report
 * (grades, indicator classes, statuses) come from the report's text.
 */
import type { Lang } from './locale.js';
import { term, termsIn } from './vocabulary.js';

export type Likelihood = 'certain' | 'possible' | 'unlikely';

export interface ExportText {
    readonly forms: {
        readonly selfEvaluation: string;
        readonly targets: string;
        readonly monitoring: string;
    };
    /** Sheet tab names (Excel allows 31 characters, no `[]:*?/\`). */
    readonly sheets: {
        readonly selfEvaluation: string;
        readonly targets: string;
        readonly monitoring: string;
        readonly problems: string;
    };
    /** The line under the title: `（2026年度）`. */
    readonly year: (year: string) => string;
    /** The line under the title of a form filled in before the year's end. */
    readonly asOf: (date: string) => string;
    /** The 实际完成情况 heading of the monitoring form before the period ends. */
    readonly actualResultAsOf: (date: string) => string;
    readonly projectName: string;
    readonly department: string;
    readonly implementer: string;
    /** The money block's label, with its unit: `项目资金（万元）`. */
    readonly funds: (unit: string) => string;
    readonly tenThousandYuan: string;
    /** The printed page's footer, in the spreadsheet's header/footer codes (`&P` the page, `&N` the pages). */
    readonly pageFooter: string;
    readonly totalFunds: string;
    readonly fiscal: string;
    readonly carryover: string;
    readonly otherFunds: string;
    readonly initialBudget: string;
    readonly adjustedBudget: string;
    readonly executed: string;
    /** `全年执行数（截至6月30日）` before the year's end. */
    readonly executedTo: (date: string) => string;
    readonly points: string;
    readonly executionRate: string;
    readonly earned: string;
    readonly timeProgress: string;
    readonly alert: string;
    readonly deviationCause: string;
    readonly overallGoal: string;
    readonly expectedGoal: string;
    readonly actualResult: string;
    /** What was achieved for one goal, in the 实际完成情况 cell. */
    readonly goalResult: (status: string, score: string) => string;
    readonly indicators: string;
    readonly level1: string;
    readonly level2: string;
    readonly level3: string;
    readonly annualTarget: string;
    readonly actualValue: string;
    readonly deviationAnalysis: string;
    /** The 偏差原因分析及改进措施 cell: the findings that explain a deviation, and the actions that address them. */
    readonly deviation: (causes: string, actions: string) => string;
    /** Before the 偏差原因 of a row the evaluator awarded (§8.3): the computed score beside the award, and the award's reason. */
    readonly awarded: (computed: string, reason: string | undefined) => string;
    /** Beside an awarded 总分: the computed total, and the execution row's computed score when that row was awarded. */
    readonly computedTotal: (computed: string, execution: string | undefined) => string;
    readonly totalScore: string;
    readonly grade: string;
    readonly targetKind: string;
    readonly targetValue: string;
    readonly unitOfMeasure: string;
    readonly baseline: string;
    readonly qualitative: string;
    readonly actualTo: (date: string) => string;
    readonly projectedValue: string;
    readonly likelihood: string;
    readonly likelihoodWords: Readonly<Record<Likelihood, string>>;
    readonly correction: string;
    readonly noClass: string;
    /** The note under a form whose plan has errors. */
    readonly errorsNote: (errors: number, sheet: string) => string;
    readonly problemColumns: { readonly severity: string; readonly location: string; readonly message: string };
    /** The operators as the forms print them before a target value. */
    readonly operator: Readonly<Record<'>=' | '<=' | '=', string>>;
    /** 指标性质: a numeric target's operator in words, a qualitative target, a date target (done by). */
    readonly operatorWords: Readonly<Record<'>=' | '<=' | '=' | 'text' | 'date', string>>;
    /** The summary document's footer: `第 N 页`. */
    readonly page: { readonly before: string; readonly after: string };
    readonly summaryTitle: string;
}

const EN: ExportText = {
    forms: {
        selfEvaluation: 'Project Expenditure Performance Self-Evaluation',
        targets: 'Performance Targets',
        monitoring: 'Performance Monitoring'
    },
    sheets: { selfEvaluation: 'Self-evaluation', targets: 'Targets', monitoring: 'Monitoring', problems: 'Plan checks' },
    year: year => `(${year})`,
    asOf: date => `As of ${date}`,
    actualResultAsOf: date => `Achieved (as of ${date})`,
    projectName: 'Project',
    department: 'Responsible department',
    implementer: 'Implementing units',
    funds: unit => `Funds\n(${unit})`,
    tenThousandYuan: 'CNY 10k',
    pageFooter: 'Page &P of &N',
    totalFunds: 'Total funds for the year',
    fiscal: 'of which: fiscal appropriation',
    carryover: 'carried over from last year',
    otherFunds: 'other funds',
    initialBudget: 'Initial budget',
    adjustedBudget: 'Adjusted budget',
    executed: 'Spent',
    executedTo: date => `Spent to ${date}`,
    points: 'Points',
    executionRate: 'Execution rate',
    earned: 'Score',
    timeProgress: 'Time elapsed',
    alert: 'Warning',
    deviationCause: 'Cause of deviation',
    overallGoal: 'Overall goals for the year',
    expectedGoal: 'Expected',
    actualResult: 'Achieved',
    goalResult: (status, score) => `${status}; ${score} of the goal's points earned`,
    indicators: 'Indicators',
    level1: 'Level 1',
    level2: 'Level 2',
    level3: 'Indicator',
    annualTarget: 'Target',
    actualValue: 'Actual',
    deviationAnalysis: 'Causes of deviation and improvements',
    deviation: (causes, actions) => `Cause: ${causes}.${actions ? ` Improvement: ${actions}.` : ''}`,
    awarded: (computed, reason) => `Awarded by the evaluator; computed ${computed}.${reason ? ` Reason: ${reason}.` : ''}`,
    computedTotal: (computed, execution) => `Computed ${computed}${execution ? ` (budget execution ${execution})` : ''}`,
    totalScore: 'Total',
    grade: 'Grade',
    targetKind: 'Direction',
    targetValue: 'Target value',
    unitOfMeasure: 'Unit',
    baseline: 'Baseline',
    qualitative: 'qualitative',
    actualTo: date => `Actual to ${date}`,
    projectedValue: 'Projected at year end',
    likelihood: 'Likelihood of meeting the target',
    likelihoodWords: termsIn('en', 'likelihood'),
    correction: 'Corrective actions',
    noClass: '—',
    errorsNote: (errors, sheet) => `Note: the plan has ${errors} ${errors === 1 ? 'error' : 'errors'}; figures that depend on them may be incomplete. They are listed on the sheet “${sheet}”.`,
    problemColumns: { severity: 'Severity', location: 'Location', message: 'Problem' },
    operator: { '>=': '≥', '<=': '≤', '=': '=' },
    operatorWords: { '>=': 'at least', '<=': 'at most', '=': 'exactly', text: 'qualitative', date: 'no later than' },
    page: { before: 'Page ', after: '' },
    summaryTitle: 'Work summary'
};

const ZH: ExportText = {
    forms: { selfEvaluation: '项目支出绩效自评表', targets: '项目支出绩效目标表', monitoring: '项目支出绩效运行监控表' },
    sheets: { selfEvaluation: '绩效自评表', targets: '绩效目标表', monitoring: '绩效运行监控表', problems: '计划检查问题' },
    year: year => `（${year}年度）`,
    asOf: date => `（截至${date}）`,
    actualResultAsOf: date => `实际完成情况（截至${date}）`,
    projectName: '项目名称',
    department: '主管部门',
    implementer: '实施单位',
    funds: unit => `项目资金\n（${unit}）`,
    tenThousandYuan: '万元',
    pageFooter: '第 &P 页，共 &N 页',
    totalFunds: '年度资金总额',
    fiscal: '其中：当年财政拨款',
    carryover: '上年结转资金',
    otherFunds: term('zh', 'fundingSource', 'other'),
    initialBudget: '年初预算数',
    adjustedBudget: '全年预算数',
    executed: '全年执行数',
    executedTo: date => `执行数（截至${date}）`,
    points: '分值',
    executionRate: '执行率',
    earned: '得分',
    timeProgress: '时间进度',
    alert: '预警',
    deviationCause: '偏差原因',
    overallGoal: '年度总体目标',
    expectedGoal: '预期目标',
    actualResult: '实际完成情况',
    goalResult: (status, score) => `${status}，得分率${score}`,
    indicators: '绩效指标',
    level1: '一级指标',
    level2: '二级指标',
    level3: '三级指标',
    annualTarget: '年度指标值',
    actualValue: '实际完成值',
    deviationAnalysis: '偏差原因分析及改进措施',
    deviation: (causes, actions) => `偏差原因：${causes}。${actions ? `改进措施：${actions}。` : ''}`,
    awarded: (computed, reason) => `评价得分，按完成情况计算为 ${computed} 分。${reason ? `评分理由：${reason}。` : ''}`,
    computedTotal: (computed, execution) => `按完成情况计算 ${computed} 分${execution ? `（其中预算执行率 ${execution} 分）` : ''}`,
    totalScore: '总分',
    grade: '等级',
    targetKind: '指标性质',
    targetValue: '指标值',
    unitOfMeasure: '度量单位',
    baseline: '基期值',
    qualitative: '定性',
    actualTo: date => `实际完成值（截至${date}）`,
    projectedValue: '全年预计完成值',
    likelihood: '完成目标可能性',
    likelihoodWords: termsIn('zh', 'likelihood'),
    correction: '纠偏措施',
    noClass: '—',
    errorsNote: (errors, sheet) => `注：计划中有 ${errors} 处错误，相关数字可能不完整，详见“${sheet}”工作表。`,
    problemColumns: { severity: '类别', location: '位置', message: '问题' },
    operator: { '>=': '≥', '<=': '≤', '=': '=' },
    operatorWords: { '>=': '≥', '<=': '≤', '=': '=', text: '定性', date: '≤' },
    page: { before: '第 ', after: ' 页' },
    summaryTitle: '工作总结'
};

export function exportText(lang: Lang): ExportText {
    return lang === 'zh' ? ZH : EN;
}
