/**
 * The words of the summary report in English and Chinese: headings, column
 * names, the names of statuses, grades and categories, and the sentences of
 * the abstract. Numbers arrive already formatted (`i18n/format.ts`); this
 * module only puts them into words.
 */
import type { ExecutionAlert, Grade, KpiStatus } from '../figures/figures.js';
import type { Lang } from './locale.js';
import type { ProblemGroup } from '../report/problem-groups.js';
import { termsIn } from './vocabulary.js';

export interface StatusCounts {
    readonly total: number;
    readonly achieved: number;
    readonly onTrack: number;
    readonly atRisk: number;
    readonly offTrack: number;
    readonly notStarted: number;
}

export interface ReportText {
    readonly title: (year: string | undefined, organization: string | undefined) => string;
    readonly period: (start: string, end: string) => string;
    readonly asOf: (date: string) => string;
    readonly preparedOn: (date: string) => string;
    readonly profile: Readonly<Record<'enterprise' | 'government', string>>;
    readonly contents: string;

    readonly sections: {
        readonly abstract: string;
        readonly goals: string;
        readonly problems: string;
        readonly measures: string;
        readonly outlook: string;
        readonly appendix: string;
    };
    /** Numbering of a sub-section within its section: `2.3` / `（三）`. */
    readonly subsection: (section: number, index: number, title: string) => string;
    /** Numbering of a top-level section: `2. Goal achievement` / `二、目标达成情况`. */
    readonly section: (index: number, title: string) => string;

    readonly cards: {
        readonly score: string;
        readonly grade: (grade: string) => string;
        readonly execution: string;
        readonly executionDetail: (allocated: string, elapsed: string) => string;
        readonly goals: string;
        readonly goalsDetail: (counts: StatusCounts, text: ReportText) => string;
        readonly checks: string;
        readonly checksDetail: (errors: number, warnings: number) => string;
    };
    readonly abstract: {
        readonly time: (asOf: string, elapsed: string) => string;
        readonly noTime: string;
        readonly score: (score: string, grade: string, government: boolean) => string;
        readonly goals: (counts: StatusCounts) => string;
        readonly budget: (spent: string, allocated: string, rate: string, elapsed: string) => string;
        readonly noBudget: string;
        readonly pace: Readonly<Record<ExecutionAlert | 'ok', string>>;
        readonly problemsIntro: string;
        readonly noProblems: string;
    };
    readonly problem: {
        readonly errors: (count: number, first: string) => string;
        readonly kpi: (kpi: string, goal: string, status: string, achievement: string, expected: string) => string;
        readonly budget: (line: string, rate: string, elapsed: string, alert: string) => string;
        readonly overspent: (line: string, spent: string, amount: string, rate: string) => string;
        readonly finding: (finding: string, cause: string, severity: string, goals: string) => string;
        readonly action: (action: string, owner: string, due: string) => string;
    };

    readonly status: Readonly<Record<KpiStatus, string>>;
    readonly grade: Readonly<Record<Grade, string>>;
    readonly alert: Readonly<Record<ExecutionAlert, string>>;
    readonly perspective: Readonly<Record<string, string>>;
    readonly priority: Readonly<Record<string, string>>;
    readonly category: Readonly<Record<string, string>>;
    readonly cause: Readonly<Record<string, string>>;
    readonly severity: Readonly<Record<string, string>>;
    readonly actionStatus: Readonly<Record<string, string>>;
    readonly overdue: string;
    readonly level: Readonly<Record<string, string>>;
    readonly indicatorClass: Readonly<Record<string, string>>;
    readonly indicatorSubclass: Readonly<Record<string, string>>;
    readonly diagnosticSeverity: Readonly<Record<string, string>>;

    readonly goal: {
        readonly owner: string;
        readonly weight: string;
        readonly score: string;
        readonly status: string;
        readonly allocated: string;
        readonly spent: string;
        readonly due: string;
        readonly perspective: string;
        readonly priority: string;
        readonly noKpis: string;
        readonly notScored: string;
    };
    readonly overview: {
        readonly scoreByPerspective: string;
        readonly scoreByClass: string;
        readonly budgetByGoal: string;
        readonly selfEvaluation: string;
        readonly selfEvaluationNote: string;
        readonly execution: string;
        readonly total: string;
    };
    readonly columns: {
        readonly kpi: string;
        readonly indicatorClass: string;
        readonly weight: string;
        readonly baseline: string;
        readonly target: string;
        readonly actual: string;
        readonly achievement: string;
        readonly scored: string;
        readonly expected: string;
        readonly status: string;
        readonly goal: string;
        readonly allocated: string;
        readonly spent: string;
        readonly executionRate: string;
        readonly elapsed: string;
        readonly perspective: string;
        readonly score: string;
        readonly part: string;
        readonly points: string;
        readonly result: string;
        readonly earned: string;
        readonly budgetLine: string;
        readonly category: string;
        readonly owner: string;
        readonly funds: string;
        readonly amount: string;
        readonly alert: string;
        readonly checkpoint: string;
        readonly date: string;
        readonly measures: string;
        readonly spends: string;
        readonly spendingRecorded: string;
        readonly unsourced: string;
        readonly action: string;
        readonly addresses: string;
        readonly due: string;
        readonly outlookItem: string;
        readonly plannedBudget: string;
        readonly severity: string;
        readonly code: string;
        readonly location: string;
        readonly message: string;
    };
    readonly chart: {
        readonly kpiTitle: (goal: string) => string;
        readonly achievement: string;
        readonly expected: string;
        readonly target: string;
        readonly allocated: string;
        readonly spent: string;
        readonly elapsed: string;
        readonly points: string;
        readonly kpiDesc: (kpi: string, achievement: string, expected: string, status: string) => string;
        readonly budgetDesc: (goal: string, spent: string, allocated: string, rate: string) => string;
        readonly scoreDesc: (part: string, value: string) => string;
        readonly noMeasure: string;
    };
    readonly problems: {
        readonly intro: string;
        readonly groups: Readonly<Record<ProblemGroup, { readonly title: string; readonly covers: string }>>;
        readonly findings: string;
        readonly checks: string;
        readonly none: string;
        readonly finding: (cause: string, severity: string, review: string) => string;
        readonly affects: (goals: string) => string;
        readonly actions: (actions: string) => string;
        readonly noAction: string;
        readonly more: (count: number) => string;
    };
    readonly measures: {
        readonly summary: (total: number, done: number, open: number, overdue: number, dropped: number) => string;
        readonly unaddressed: (findings: string) => string;
        readonly none: string;
    };
    readonly outlook: {
        readonly none: string;
    };
    readonly appendix: {
        readonly budgets: string;
        readonly checkpoints: string;
        readonly diagnostics: string;
        readonly method: string;
        readonly total: string;
        readonly noBudgets: string;
        readonly noCheckpoints: string;
        readonly checkpointsNote: string;
        readonly noDiagnostics: string;
        readonly spend: string;
        readonly methodNotes: (government: boolean) => readonly string[];
    };
    /** Joins a list of names: `A, B and C` / `A、B和C`. */
    readonly join: (items: readonly string[]) => string;
    readonly quote: (text: string) => string;
    /** A label's colon: `: ` / `：`. */
    readonly colon: string;
    /** An aside in brackets, with the space English needs before it: ` (x)` / `（x）`. */
    readonly paren: (text: string) => string;
    readonly comma: string;
    readonly dash: string;
    readonly sentenceEnd: string;
    /** Joins sentences: with spaces in English, directly in Chinese. */
    readonly sentences: (items: readonly string[]) => string;
    readonly none: string;
}

const EN: ReportText = {
    title: (year, organization) => `${year ? `${year} ` : ''}Budget Performance Summary${organization ? ` — ${organization}` : ''}`,
    period: (start, end) => `Period ${start} to ${end}`,
    asOf: date => `as of ${date}`,
    preparedOn: date => `prepared on ${date}`,
    profile: { enterprise: 'enterprise profile', government: 'government profile' },
    contents: 'Contents',
    sections: {
        abstract: 'Abstract', goals: 'Goal achievement', problems: 'Problem analysis',
        measures: 'Improvement measures', outlook: 'Outlook', appendix: 'Appendix'
    },
    section: (index, title) => `${index}. ${title}`,
    subsection: (section, index, title) => `${section}.${index} ${title}`,
    cards: {
        score: 'Plan score',
        grade: grade => `grade: ${grade}`,
        execution: 'Budget execution',
        executionDetail: (allocated, elapsed) => `of ${allocated}; ${elapsed} of the time elapsed`,
        goals: 'Goals',
        goalsDetail: (c, t) => [
            `${c.achieved} ${t.status.achieved}`, `${c.onTrack} ${t.status['on-track']}`, `${c.atRisk} ${t.status['at-risk']}`,
            `${c.offTrack} ${t.status['off-track']}`, `${c.notStarted} ${t.status['not-started']}`
        ].join(' · '),
        checks: 'Plan checks',
        checksDetail: (errors, warnings) => `${errors} ${errors === 1 ? 'error' : 'errors'} · ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`
    },
    abstract: {
        time: (asOf, elapsed) => `As of ${asOf}, ${elapsed} of the plan period has elapsed.`,
        noTime: 'The plan gives no reporting date (“as of”) or period, so progress against time cannot be shown.',
        score: (score, grade, government) => government
            ? `In the performance self-evaluation the plan scores ${score} points out of 100, grade “${grade}”.`
            : `The plan scores ${score} points out of 100, grade “${grade}”.`,
        goals: c => `Of its ${c.total} ${c.total === 1 ? 'goal' : 'goals'}, ${c.achieved} ${c.achieved === 1 ? 'is' : 'are'} achieved, ${c.onTrack} on track, ${c.atRisk} at risk, ${c.offTrack} off track and ${c.notStarted} not started.`,
        budget: (spent, allocated, rate, elapsed) => `${spent} of the ${allocated} allocated to budget lines has been spent: an execution rate of ${rate} against ${elapsed} of the time elapsed.`,
        noBudget: 'No amounts are allocated to budget lines yet.',
        pace: {
            red: 'Spending is far behind the calendar (red alert).',
            yellow: 'Spending is somewhat behind the calendar (yellow alert).',
            ok: 'Spending keeps pace with the calendar.'
        },
        problemsIntro: 'The main problems, most serious first:',
        noProblems: 'No significant problems were found.'
    },
    problem: {
        errors: (count, first) => `The plan has ${count} ${count === 1 ? 'error' : 'errors'}, so some figures may be incomplete. ${first} (All are listed in the appendix.)`,
        kpi: (kpi, goal, status, achievement, expected) => `${kpi} (goal: ${goal}) is ${status}: ${achievement} achieved against ${expected} expected by now.`,
        budget: (line, rate, elapsed, alert) => `Spending on ${line} is at ${rate} of its amount against ${elapsed} of the time elapsed (${alert}).`,
        overspent: (line, spent, amount, rate) => `${line} is overspent: ${spent} spent of ${amount} (${rate}).`,
        finding: (finding, cause, severity, goals) => `${finding} — ${cause}, ${severity} severity${goals ? `; affects ${goals}` : ''}.`,
        action: (action, owner, due) => `The action ${action}${owner ? ` (${owner})` : ''} was due ${due} and is still open.`
    },
    status: termsIn('en', 'status'),
    grade: termsIn('en', 'grade'),
    alert: { red: 'red alert', yellow: 'yellow alert' },
    perspective: termsIn('en', 'perspective'),
    priority: termsIn('en', 'level'),
    category: termsIn('en', 'category'),
    cause: termsIn('en', 'cause'),
    severity: termsIn('en', 'level'),
    actionStatus: termsIn('en', 'actionStatus'),
    overdue: 'overdue',
    level: termsIn('en', 'qualitativeLevel'),
    indicatorClass: termsIn('en', 'indicatorLevel1'),
    indicatorSubclass: termsIn('en', 'indicatorLevel2'),
    diagnosticSeverity: termsIn('en', 'diagnosticSeverity'),
    goal: {
        owner: 'Owner', weight: 'Weight', score: 'Score', status: 'Status', allocated: 'Allocated', spent: 'Spent',
        due: 'Due', perspective: 'Perspective', priority: 'Priority',
        noKpis: 'This goal has no KPIs, so its achievement cannot be measured.',
        notScored: 'not scored'
    },
    overview: {
        scoreByPerspective: 'Score by perspective',
        scoreByClass: 'Points by indicator class',
        budgetByGoal: 'Budget and spending by goal',
        selfEvaluation: 'Performance self-evaluation',
        selfEvaluationNote: 'Each part earns its points × its achievement (budget execution capped at 100%); parts without indicators drop out and the others are scaled to 100.',
        execution: 'Budget execution rate',
        total: 'Total'
    },
    columns: {
        kpi: 'KPI', indicatorClass: 'Indicator class', weight: 'Weight', baseline: 'Baseline', target: 'Target',
        actual: 'Latest actual', achievement: 'Achievement', scored: 'Scored', expected: 'Expected', status: 'Status',
        goal: 'Goal', allocated: 'Allocated', spent: 'Spent', executionRate: 'Execution rate', elapsed: 'Time elapsed',
        perspective: 'Perspective', score: 'Score', part: 'Part', points: 'Points', result: 'Achievement', earned: 'Earned',
        budgetLine: 'Budget line', category: 'Category', owner: 'Owner', funds: 'Funds', amount: 'Amount', alert: 'Alert',
        checkpoint: 'Checkpoint', date: 'Date', measures: 'Measures', spends: 'Spends', spendingRecorded: 'Spending recorded',
        unsourced: 'Without source',
        action: 'Action', addresses: 'Addresses', due: 'Due', outlookItem: 'Item', plannedBudget: 'Planned budget',
        severity: 'Severity', code: 'Code', location: 'Location', message: 'Message'
    },
    chart: {
        kpiTitle: goal => `KPI achievement — ${goal}`,
        achievement: 'achievement', expected: 'expected by now', target: 'target (100%)',
        allocated: 'allocated', spent: 'spent', elapsed: 'time elapsed', points: 'points',
        kpiDesc: (kpi, achievement, expected, status) => `${kpi}: ${achievement} achieved, ${expected} expected, ${status}.`,
        budgetDesc: (goal, spent, allocated, rate) => `${goal}: ${spent} spent of ${allocated} (${rate}).`,
        scoreDesc: (part, value) => `${part}: ${value}.`,
        noMeasure: 'no measure'
    },
    problems: {
        intro: 'Problems are grouped under the four common problems of budget performance management: review findings first (with their causes), then the warnings and errors of the plan checks.',
        groups: {
            targets: { title: 'Unreasonable targets', covers: 'Targets, KPIs and goals that are vague, unmeasurable, set too high or too low, or are falling behind.' },
            budget: { title: 'Uneven budget allocation', covers: 'Money that does not follow the goals: unfunded goals, unlinked or overspent lines, spending behind the calendar.' },
            data: { title: 'Inaccurate data', covers: 'Measures and spending without a source, missing, implausible or out of period, and errors in the plan itself.' },
            communication: { title: 'Poor communication', covers: 'Goals without an owner, findings nobody acts on, incomplete or overdue actions.' }
        },
        findings: 'Review findings',
        checks: 'Plan checks',
        none: 'No problems of this kind.',
        finding: (cause, severity, review) => `${cause}, ${severity} severity (${review})`,
        affects: goals => `Affects: ${goals}. `,
        actions: actions => `Actions: ${actions}.`,
        noAction: 'No action addresses this finding yet.',
        more: count => `… and ${count} more of this kind (see the appendix).`
    },
    measures: {
        summary: (total, done, open, overdue, dropped) => `${total} ${total === 1 ? 'action' : 'actions'}: ${done} done, ${open} open (${overdue} overdue), ${dropped} dropped.`,
        unaddressed: findings => `Findings without any action: ${findings}.`,
        none: 'No improvement actions are recorded.'
    },
    outlook: { none: 'No outlook items are recorded.' },
    appendix: {
        budgets: 'Budget lines', checkpoints: 'Monitoring data (checkpoints)', diagnostics: 'Plan checks (all diagnostics)',
        method: 'How the figures are computed',
        total: 'Total',
        noBudgets: 'No budget lines.', noCheckpoints: 'No checkpoints.', noDiagnostics: 'The plan checks found nothing to report.',
        checkpointsNote: 'One row per checkpoint: its measures and spends counted, the spending it records, and the entries without a source. Every measure and spend, with its value and source, is in the JSON report (pbm report --format json).',
        spend: 'spend',
        methodNotes: government => [
            government
                ? 'Achievement of a KPI (government profile): actual ÷ target for “≥” targets, target ÷ actual for “≤” targets, 1 − |actual − target| ÷ target for “=” targets; qualitative KPIs use their graded score.'
                : 'Achievement of a KPI: progress from baseline to target (1 = target reached); without a baseline, actual ÷ target (“≥”) or target ÷ actual (“≤”); qualitative KPIs use their graded score.',
            'Scored achievement is capped at 100% (over-achievement earns no extra points); the table shows the uncapped figure beside it. A KPI without a measure scores 0.',
            government
                ? 'Plan score: execution, output, benefit and satisfaction points × their achievement, each class being the weighted average of its KPIs.'
                : 'Goal score = Σ KPI weight × scored achievement; plan score = Σ goal weight × goal score × 100.',
            'Expected progress = the share of the goal’s time elapsed at the reporting date; execution rate = spending ÷ allocated amount.',
            'Status: achieved (≥ 100%), on track (lag within the warning threshold), at risk (within twice the threshold), off track, not started (no measure).'
        ]
    },
    join: items => items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`,
    quote: text => `“${text}”`,
    colon: ': ',
    paren: text => ` (${text})`,
    comma: ', ',
    dash: ' — ',
    sentenceEnd: '. ',
    sentences: items => items.join(' '),
    none: '—'
};

const ZH: ReportText = {
    title: (year, organization) => `${organization ?? ''}${year ? `${year}年度` : ''}预算绩效管理工作总结`,
    period: (start, end) => `计划期间：${start}至${end}`,
    asOf: date => `数据截至${date}`,
    preparedOn: date => `编制日期：${date}`,
    profile: { enterprise: '企业绩效管理', government: '政府预算绩效管理' },
    contents: '目录',
    sections: {
        abstract: '摘要', goals: '目标达成情况', problems: '问题分析',
        measures: '改进措施', outlook: '未来规划', appendix: '附录'
    },
    section: (index, title) => `${chineseNumeral(index)}、${title}`,
    subsection: (_section, index, title) => `（${chineseNumeral(index)}）${title}`,
    cards: {
        score: '绩效得分',
        grade: grade => `等级：${grade}`,
        execution: '预算执行率',
        executionDetail: (allocated, elapsed) => `预算 ${allocated}；时间进度 ${elapsed}`,
        goals: '绩效目标',
        goalsDetail: (c, t) => [
            `${t.status.achieved} ${c.achieved}`, `${t.status['on-track']} ${c.onTrack}`, `${t.status['at-risk']} ${c.atRisk}`,
            `${t.status['off-track']} ${c.offTrack}`, `${t.status['not-started']} ${c.notStarted}`
        ].join(' · '),
        checks: '计划检查',
        checksDetail: (errors, warnings) => `错误 ${errors} 个 · 警告 ${warnings} 个`
    },
    abstract: {
        time: (asOf, elapsed) => `数据截至${asOf}，时间进度为${elapsed}。`,
        noTime: '计划未写明数据截止日期（as of）或计划期间，无法对照时间进度。',
        score: (score, grade, government) => government
            ? `按绩效自评办法，本计划综合得分${score}分（满分100分），评价等级为“${grade}”。`
            : `本计划绩效综合得分${score}分（满分100分），评价等级为“${grade}”。`,
        goals: c => `${c.total}个绩效目标中，已完成${c.achieved}个，进展正常${c.onTrack}个，存在风险${c.atRisk}个，严重滞后${c.offTrack}个，尚未开始${c.notStarted}个。`,
        budget: (spent, allocated, rate, elapsed) => `预算执行方面，已安排预算${allocated}，实际支出${spent}，预算执行率${rate}，时间进度${elapsed}。`,
        noBudget: '尚未安排预算资金。',
        pace: {
            red: '预算执行明显滞后于时间进度（红色预警）。',
            yellow: '预算执行略滞后于时间进度（黄色预警）。',
            ok: '预算执行与时间进度基本匹配。'
        },
        problemsIntro: '当前存在的主要问题（按严重程度排序）：',
        noProblems: '未发现突出问题。'
    },
    problem: {
        errors: (count, first) => `计划中有${count}处错误，部分数据可能不完整。${first}（全部错误见附录。）`,
        kpi: (kpi, goal, status, achievement, expected) => `${kpi}（所属目标：${goal}）${status}：完成${achievement}，按时间进度应完成${expected}。`,
        budget: (line, rate, elapsed, alert) => `${line}预算执行率${rate}，时间进度${elapsed}（${alert}）。`,
        overspent: (line, spent, amount, rate) => `${line}超支：预算${amount}，已支出${spent}（${rate}）。`,
        finding: (finding, cause, severity, goals) => `${finding}（${cause}，严重程度${severity}${goals ? `；影响${goals}` : ''}）。`,
        action: (action, owner, due) => `整改措施${action}${owner ? `（${owner}）` : ''}应于${due}完成，目前仍未完成。`
    },
    status: termsIn('zh', 'status'),
    grade: termsIn('zh', 'grade'),
    alert: { red: '红色预警', yellow: '黄色预警' },
    perspective: termsIn('zh', 'perspective'),
    priority: termsIn('zh', 'level'),
    category: termsIn('zh', 'category'),
    cause: termsIn('zh', 'cause'),
    severity: termsIn('zh', 'level'),
    actionStatus: termsIn('zh', 'actionStatus'),
    overdue: '已逾期',
    level: termsIn('zh', 'qualitativeLevel'),
    indicatorClass: termsIn('zh', 'indicatorLevel1'),
    indicatorSubclass: termsIn('zh', 'indicatorLevel2'),
    diagnosticSeverity: termsIn('zh', 'diagnosticSeverity'),
    goal: {
        owner: '责任单位', weight: '权重', score: '得分', status: '状态', allocated: '预算', spent: '已支出',
        due: '完成期限', perspective: '维度', priority: '优先级',
        noKpis: '该目标未设置绩效指标，无法衡量完成情况。',
        notScored: '不计分'
    },
    overview: {
        scoreByPerspective: '各维度得分',
        scoreByClass: '各类指标得分',
        budgetByGoal: '各目标预算与支出',
        selfEvaluation: '绩效自评得分',
        selfEvaluationNote: '各部分得分 = 分值 × 完成情况（预算执行率最高按100%计）；未设指标的部分不计，其余部分分值按比例折算为100分。',
        execution: '预算执行率',
        total: '合计'
    },
    columns: {
        kpi: '绩效指标', indicatorClass: '指标类别', weight: '权重', baseline: '基期值', target: '目标值',
        actual: '实际完成值', achievement: '完成率', scored: '计分完成率', expected: '进度要求', status: '状态',
        goal: '绩效目标', allocated: '预算', spent: '已支出', executionRate: '执行率', elapsed: '时间进度',
        perspective: '维度', score: '得分', part: '评价内容', points: '分值', result: '完成情况', earned: '得分',
        budgetLine: '预算项目', category: '类别', owner: '责任单位', funds: '支持目标', amount: '预算金额', alert: '预警',
        checkpoint: '监测点', date: '日期', measures: '指标数据（条）', spends: '支出记录（条）', spendingRecorded: '记录支出金额',
        unsourced: '缺少来源（条）',
        action: '整改措施', addresses: '针对问题', due: '完成期限', outlookItem: '规划事项', plannedBudget: '计划投入',
        severity: '级别', code: '代码', location: '位置', message: '说明'
    },
    chart: {
        kpiTitle: goal => `指标完成情况——${goal}`,
        achievement: '完成率', expected: '进度要求', target: '目标（100%）',
        allocated: '预算', spent: '已支出', elapsed: '时间进度', points: '得分',
        kpiDesc: (kpi, achievement, expected, status) => `${kpi}：完成${achievement}，进度要求${expected}，${status}。`,
        budgetDesc: (goal, spent, allocated, rate) => `${goal}：预算${allocated}，已支出${spent}（${rate}）。`,
        scoreDesc: (part, value) => `${part}：${value}。`,
        noMeasure: '暂无数据'
    },
    problems: {
        intro: '以下按预算绩效管理中常见的四类问题归纳：先列评估发现的问题及其原因，再列计划检查发现的警告和错误。',
        groups: {
            targets: { title: '目标设定不合理', covers: '目标或指标表述不清、不可衡量、定得过高或过低，以及进度滞后。' },
            budget: { title: '预算分配不均衡', covers: '资金与目标不匹配：目标无预算支持、预算未关联目标、超支、执行滞后于时间进度。' },
            data: { title: '数据不准确', covers: '实际数缺少来源、缺报、异常或超出期间，以及计划本身的错误。' },
            communication: { title: '沟通协调不畅', covers: '目标无责任单位、评估发现无人整改、整改措施不完整或逾期。' }
        },
        findings: '评估发现',
        checks: '计划检查',
        none: '未发现此类问题。',
        finding: (cause, severity, review) => `${cause}，严重程度${severity}（${review}）`,
        affects: goals => `影响目标：${goals}。`,
        actions: actions => `整改措施：${actions}。`,
        noAction: '尚无针对该问题的整改措施。',
        more: count => `……另有同类问题${count}项（见附录）。`
    },
    measures: {
        summary: (total, done, open, overdue, dropped) => `共${total}项整改措施：已完成${done}项，进行中${open}项（其中逾期${overdue}项），已取消${dropped}项。`,
        unaddressed: findings => `尚无整改措施的问题：${findings}。`,
        none: '暂无整改措施。'
    },
    outlook: { none: '暂无未来规划事项。' },
    appendix: {
        budgets: '预算项目明细', checkpoints: '绩效监控数据', diagnostics: '计划检查结果',
        method: '计算口径说明',
        total: '合计',
        noBudgets: '无预算项目。', noCheckpoints: '无监测数据。', noDiagnostics: '计划检查未发现问题。',
        checkpointsNote: '每个监测点一行：指标数据和支出记录的条数、记录的支出金额、缺少数据来源的条数。逐条的指标数据和支出记录（含数值和来源）见 JSON 格式报告（pbm report --format json）。',
        spend: '支出',
        methodNotes: government => [
            government
                ? '指标完成率（政府预算绩效）：“≥”类指标为实际值÷目标值，“≤”类指标为目标值÷实际值，“=”类指标为1−|实际值−目标值|÷目标值；定性指标按评定得分计。'
                : '指标完成率：从基期值到目标值的完成进度（100%即达到目标）；无基期值时，“≥”类为实际值÷目标值，“≤”类为目标值÷实际值；定性指标按评定得分计。',
            '计分完成率最高按100%计（超额完成不加分），表中同时列示未封顶的完成率。无实际数的指标计0分。',
            government
                ? '综合得分：预算执行、产出、效益、满意度各部分分值 × 完成情况，各类指标完成情况为该类指标计分完成率的加权平均。'
                : '目标得分 = Σ 指标权重 × 计分完成率；综合得分 = Σ 目标权重 × 目标得分 × 100。',
            '进度要求 = 截至数据日期目标时间已过的比例；预算执行率 = 实际支出 ÷ 预算金额。',
            '状态：已完成（完成率≥100%）、进展正常（滞后不超过预警阈值）、存在风险（不超过阈值两倍）、严重滞后、尚未开始（无实际数）。'
        ]
    },
    join: items => items.join('、'),
    quote: text => `“${text}”`,
    colon: '：',
    paren: text => `（${text}）`,
    comma: '，',
    dash: '——',
    sentenceEnd: '。',
    sentences: items => items.join(''),
    none: '—'
};

export function reportText(lang: Lang): ReportText {
    return lang === 'zh' ? ZH : EN;
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 23 → 二十三 (up to 99, enough for section numbers). */
export function chineseNumeral(n: number): string {
    if (n < 10) return DIGITS[n];
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}
