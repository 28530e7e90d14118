/**
 * The words of the summary report in English and Chinese: headings, column
 * names, the names of statuses, grades and categories, and the sentences of
 * the abstract. Numbers arrive already formatted (`i18n/format.ts`); this
 * module only puts them into words.
 */
import type { ExecutionAlert, Grade, GoalStatus } from '../figures/figures.js';
import type { Lang } from './locale.js';
import { termsIn } from './vocabulary.js';

/** The groups of the problem analysis: where progress falls behind, then findings by their cause. */
export type ProblemKind = 'progress' | 'external' | 'internal' | 'data' | 'communication' | 'other';

export interface ReportText {
    readonly title: (year: string | undefined, organization: string | undefined) => string;
    readonly period: (start: string, end: string) => string;
    readonly asOf: (date: string) => string;
    readonly preparedOn: (date: string) => string;
    readonly profile: Readonly<Record<'enterprise' | 'government', string>>;
    readonly contents: string;

    readonly sections: {
        readonly abstract: string;
        readonly achievements: string;
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
    };
    readonly abstract: {
        readonly time: (asOf: string, elapsed: string) => string;
        readonly noTime: string;
        readonly score: (score: string, grade: string, government: boolean) => string;
        /** `statuses`: the non-zero counts, already listed (`countList`); `single`: all goals share one status. */
        readonly goals: (total: number, statuses: string, single: string | undefined) => string;
        readonly budget: (spent: string, allocated: string, rate: string, elapsed: string) => string;
        readonly noBudget: string;
        readonly pace: Readonly<Record<ExecutionAlert | 'ok', string>>;
        /** At the period's end, execution below the year-end threshold of the rules (year-end-execution-low). */
        readonly belowYearEnd: (threshold: string) => string;
        readonly problemsIntro: string;
        readonly noProblems: string;
    };
    readonly problem: {
        readonly errors: (count: number) => string;
        readonly kpi: (kpi: string, goal: string, status: string, achievement: string, expected: string, gap: string) => string;
        readonly budget: (line: string, rate: string, elapsed: string, alert: string) => string;
        readonly overspent: (line: string, spent: string, amount: string, rate: string) => string;
        readonly finding: (finding: string, cause: string, severity: string, goals: string) => string;
        readonly action: (action: string, owner: string, due: string) => string;
    };

    readonly status: Readonly<Record<GoalStatus, string>>;
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

    readonly achievements: {
        readonly intro: (goodCount: number, good: string, total: number, final: boolean) => string;
        readonly none: string;
        readonly execution: (spent: string, allocated: string, rate: string, elapsed: string, onPace: boolean) => string;
        readonly goal: (goal: string, status: string, score: string) => string;
        readonly kpi: (kpi: string, actual: string, target: string, achievement: string) => string;
        readonly kpiGraded: (kpi: string, grade: string, target: string) => string;
        readonly otherKpis: (kpis: string) => string;
        readonly moreGoals: (count: number) => string;
    };
    readonly goal: {
        /** `statuses`: the KPIs' non-zero status counts, already listed. */
        readonly kpisIntro: (count: number, statuses: string) => string;
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
        readonly selfEvaluationIntro: string;
        readonly selfEvaluationNote: string;
        readonly scoreIntro: string;
        readonly budgetIntro: string;
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
        readonly groups: Readonly<Record<ProblemKind, string>>;
        readonly none: string;
        readonly progressIntro: string;
        readonly kpi: (kpi: string, goal: string, status: string, achievement: string, expected: string, gap: string) => string;
        readonly kpiNoMeasure: (kpi: string, goal: string) => string;
        readonly projection: (value: string, due: string, target: string) => string;
        readonly budget: (line: string, rate: string, elapsed: string, gap: string, alert: string) => string;
        readonly overspent: (line: string, spent: string, amount: string, rate: string) => string;
        /** At the period's end, a line executed below the year-end threshold (year-end-execution-low). */
        readonly belowYearEnd: (line: string, rate: string, threshold: string) => string;
        readonly explainedBy: (findings: string) => string;
        readonly finding: (severity: string, review: string) => string;
        readonly affects: (items: string) => string;
        readonly actions: (actions: string) => string;
        readonly noAction: string;
        readonly overdueAction: (action: string, owner: string, due: string) => string;
        readonly dataPointer: (count: number) => string;
    };
    readonly measures: {
        /** `statuses`: the non-zero counts listed; `single`: every action has one status. */
        readonly summary: (total: number, statuses: string, single: string | undefined) => string;
        readonly overdue: (actions: string) => string;
        readonly tableIntro: string;
        readonly unaddressed: (findings: string) => string;
        readonly none: string;
    };
    readonly outlook: {
        readonly intro: (count: number, owners: string) => string;
        readonly none: string;
    };
    readonly appendix: {
        readonly budgets: string;
        readonly budgetsIntro: string;
        readonly checkpoints: string;
        readonly dataQuality: string;
        readonly dataQualityIntro: string;
        readonly noDataPoints: string;
        /** Plain words for the data-quality codes, by code; others are counted by `dataOther`. */
        readonly dataPoints: Readonly<Record<string, (count: number) => string>>;
        readonly dataOther: (count: number) => string;
        /** What goes around the items a data point concerns: ` (` … `)` / `（涉及` … `）`. */
        readonly dataItems: readonly [string, string];
        readonly planErrors: (count: number) => string;
        readonly diagnostics: string;
        readonly diagnosticsIntro: (total: number, bySeverity: string) => string;
        readonly location: (file: string, line: number) => string;
        readonly method: string;
        readonly total: string;
        readonly noBudgets: string;
        readonly noCheckpoints: string;
        readonly checkpointsNote: string;
        readonly noDiagnostics: string;
        readonly spend: string;
        readonly methodNotes: (government: boolean) => readonly string[];
    };
    readonly toolbar: {
        readonly label: string;
        readonly exportForms: Readonly<Record<'self-evaluation' | 'targets' | 'monitoring' | 'summary', string>>;
        readonly saveMarkdown: string;
        readonly saveHtml: string;
        readonly print: string;
    };
    /** Only the non-zero counts: `9 on track and 2 at risk` / `进展正常9个、存在风险2个`. */
    readonly countList: (entries: ReadonlyArray<readonly [label: string, count: number]>, unit?: string) => string;
    /** A difference of two percentages: `24.5 percentage points` / `24.5个百分点`. */
    readonly percentagePoints: (value: string) => string;
    /** A calendar date as the report writes it: `30 June 2026` / `2026年6月30日`. */
    readonly date: (year: number, month: number, day: number) => string;
    /** Separates the lines of a table cell where a line break cannot be shown (Markdown). */
    readonly cellLineSeparator: string;
    /** Between the items of a short list: `, ` / `、`. */
    readonly listSeparator: string;
    /** After a list cut short: ` …` / `等`. */
    readonly andMore: string;
    /** The counting word for KPIs and actions: `项` in Chinese. */
    readonly itemUnit: string;
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
        abstract: 'Abstract', achievements: 'Main achievements', goals: 'Goal achievement', problems: 'Problem analysis',
        measures: 'Improvement measures', outlook: 'Outlook', appendix: 'Appendix'
    },
    section: (index, title) => `${index}. ${title}`,
    subsection: (section, index, title) => `${section}.${index} ${title}`,
    cards: {
        score: 'Plan score',
        grade: grade => `grade: ${grade}`,
        execution: 'Budget execution',
        executionDetail: (allocated, elapsed) => `of ${allocated}; ${elapsed} of the time elapsed`,
        goals: 'Goals'
    },
    abstract: {
        time: (asOf, elapsed) => `As of ${asOf}, ${elapsed} of the plan period has elapsed.`,
        noTime: 'The plan gives no reporting date (“as of”) or period, so progress against time cannot be shown.',
        score: (score, grade, government) => government
            ? `In the performance self-evaluation the plan scores ${score} points out of 100, grade “${grade}”.`
            : `The plan scores ${score} points out of 100, grade “${grade}”.`,
        goals: (total, statuses, single) => single
            ? (total === 1 ? `Its one goal is ${single}.` : `All ${total} goals are ${single}.`)
            : `Of its ${total} ${total === 1 ? 'goal' : 'goals'}, ${statuses}.`,
        budget: (spent, allocated, rate, elapsed) => `${spent} of the ${allocated} allocated to budget lines has been spent: an execution rate of ${rate} against ${elapsed} of the time elapsed.`,
        noBudget: 'No amounts are allocated to budget lines yet.',
        pace: {
            red: 'Spending is far behind the calendar (red alert).',
            yellow: 'Spending is somewhat behind the calendar (yellow alert).',
            ok: 'Spending keeps pace with the calendar.'
        },
        belowYearEnd: threshold => `Spending ended the period below the ${threshold} execution expected by the year end.`,
        problemsIntro: 'The main problems, most serious first:',
        noProblems: 'No significant problems were found.'
    },
    problem: {
        errors: count => `The plan file has ${count} ${count === 1 ? 'error' : 'errors'}, so some figures may be incomplete (see the appendix, data quality).`,
        kpi: (kpi, goal, status, achievement, expected, gap) => `${kpi} (goal: ${goal}) is ${status}: ${achievement} achieved against ${expected} expected by now, ${gap} behind.`,
        budget: (line, rate, elapsed, alert) => `Spending on ${line} is at ${rate} of its amount against ${elapsed} of the time elapsed (${alert}).`,
        overspent: (line, spent, amount, rate) => `${line} is overspent: ${spent} spent of ${amount} (${rate}).`,
        finding: (finding, cause, severity, goals) => `${finding} — ${cause}, ${severity} severity${goals ? `; affects ${goals}` : ''}.`,
        action: (action, owner, due) => `The action ${action}${owner ? ` (${owner})` : ''} was due on ${due} and is still open.`
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
    achievements: {
        intro: (goodCount, good, total, final) => `${goodCount} of the plan's ${total} ${total === 1 ? 'goal' : 'goals'} ${goodCount === 1 ? 'is' : 'are'} achieved or on track${final ? '' : ' so far'} (${good}).`,
        none: 'No goal is achieved or on track yet; the problem analysis explains why.',
        execution: (spent, allocated, rate, elapsed, onPace) => onPace
            ? `${spent} of the ${allocated} budget has been spent (${rate}), in step with the ${elapsed} of the time elapsed.`
            : `${spent} of the ${allocated} budget has been spent (${rate}; ${elapsed} of the time elapsed).`,
        goal: (goal, status, score) => `${goal} (${status}, score ${score})`,
        kpi: (kpi, actual, target, achievement) => `${kpi} at ${actual} (target ${target}, ${achievement} achieved)`,
        kpiGraded: (kpi, grade, target) => `${kpi} graded ${grade} (target: ${target})`,
        otherKpis: kpis => `In the other goals, these KPIs are achieved or on track: ${kpis}.`,
        moreGoals: count => `… and ${count} more ${count === 1 ? 'goal' : 'goals'} achieved or on track (see section 3).`
    },
    goal: {
        kpisIntro: (count, statuses) => count === 1 ? `The goal has one KPI (${statuses}):` : `The goal has ${count} KPIs (${statuses}):`,
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
        selfEvaluationIntro: 'The self-evaluation scores budget execution, outputs, benefits and satisfaction:',
        scoreIntro: 'Scores by area, in the order of the plan:',
        budgetIntro: 'What each goal was allocated and has spent; the diamond marks where spending would be if it kept pace with the calendar.',
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
        intro: 'First where progress or spending falls behind the calendar, then the review findings, grouped by their cause.',
        groups: {
            progress: 'Progress and spending behind the calendar',
            external: 'External factors',
            internal: 'Internal management',
            data: 'Data quality',
            communication: 'Communication and coordination',
            other: 'Other findings'
        },
        none: 'No KPI or budget line falls behind, and the reviews recorded no findings.',
        progressIntro: 'Measured against the share of the year elapsed:',
        kpi: (kpi, goal, status, achievement, expected, gap) => `${kpi} (goal: ${goal}) is ${status}: ${achievement} achieved against ${expected} expected by now, ${gap} behind.`,
        kpiNoMeasure: (kpi, goal) => `${kpi} (goal: ${goal}) has no measured value yet, so it scores nothing.`,
        projection: (value, due, target) => ` At the current trend it reaches ${value} by ${due}, short of its target ${target}.`,
        budget: (line, rate, elapsed, gap, alert) => `Spending on ${line} is at ${rate} against ${elapsed} of the time elapsed, ${gap} behind (${alert}).`,
        overspent: (line, spent, amount, rate) => `${line} is overspent: ${spent} spent of ${amount} (${rate}).`,
        belowYearEnd: (line, rate, threshold) => `Spending on ${line} ended the period at ${rate} of its budget, below the ${threshold} expected by the year end.`,
        explainedBy: findings => ` Cause: ${findings}.`,
        finding: (severity, review) => `${severity} severity (${review})`,
        affects: items => `Affects ${items}. `,
        actions: actions => `Actions: ${actions}.`,
        noAction: 'No action addresses this finding yet.',
        overdueAction: (action, owner, due) => `The action ${action}${owner ? ` (${owner})` : ''} was due on ${due} and is still open.`,
        dataPointer: count => `The plan's data has ${count} further ${count === 1 ? 'point' : 'points'} to complete or check; the appendix lists ${count === 1 ? 'it' : 'them'}.`
    },
    measures: {
        summary: (total, statuses, single) => single
            ? (total === 1 ? `One improvement action is recorded; it is ${single}.` : `${total} improvement actions are recorded, all ${single}.`)
            : `${total} improvement actions are recorded: ${statuses}.`,
        overdue: actions => `Past their due date: ${actions}.`,
        tableIntro: 'Each action, the finding it addresses, who owns it and when it is due:',
        unaddressed: findings => `Findings without any action: ${findings}.`,
        none: 'No improvement actions are recorded.'
    },
    outlook: {
        intro: (count, owners) => `${count === 1 ? 'One item is' : `${count} items are`} planned for the next period${owners ? `, led by ${owners}` : ''}:`,
        none: 'No outlook items are recorded.'
    },
    appendix: {
        budgets: 'Budget lines', checkpoints: 'Monitoring data (checkpoints)', diagnostics: 'Plan checks (all findings of the checker)',
        budgetsIntro: 'Every budget line with its category, owner, the goals it funds and its spending:',
        dataQuality: 'Data quality',
        dataQualityIntro: 'What the plan\u2019s data still needs before its figures can be relied on:',
        noDataPoints: 'The measures and spending records are complete: each has a value, a date in the period and a source.',
        dataPoints: {
            'measure-missing-source': n => `${n} ${n === 1 ? 'measure or spending record does' : 'measures or spending records do'} not say where the figure comes from.`,
            'measure-missing': n => `${n} ${n === 1 ? 'KPI has' : 'KPIs have'} no value for the latest period it is reported for.`,
            'measure-outside-period': n => `${n} ${n === 1 ? 'value is' : 'values are'} dated outside the plan period.`,
            'measure-after-as-of': n => `${n} ${n === 1 ? 'value is' : 'values are'} dated after the reporting date and not counted.`,
            'measure-duplicate': n => `${n} ${n === 1 ? 'value is' : 'values are'} recorded twice for the same date.`,
            'measure-implausible': n => `${n} ${n === 1 ? 'value looks' : 'values look'} implausible and should be checked.`,
            'qualitative-score-band': n => `${n} qualitative ${n === 1 ? 'grade has a score' : 'grades have scores'} outside the band of the grade.`
        },
        dataOther: n => `${n} further ${n === 1 ? 'point' : 'points'} about the data (listed below).`,
        dataItems: [' Affected: ', '.'],
        planErrors: n => `The plan file has ${n} ${n === 1 ? 'error' : 'errors'} (a misspelt name, a broken line…); figures touching ${n === 1 ? 'it' : 'them'} may be incomplete.`,
        diagnosticsIntro: (total, bySeverity) => `For the auditor: everything the plan checks found, ${total} in all (${bySeverity}), with where it is in the plan files.`,
        location: (file, line) => `${file}, line ${line}`,
        method: 'How the figures are computed',
        total: 'Total',
        noBudgets: 'No budget lines.', noCheckpoints: 'No checkpoints.', noDiagnostics: 'The plan checks found nothing to report.',
        checkpointsNote: 'One row per checkpoint: its measures and spends counted, the spending it records, and the entries without a source.',
        spend: 'spend',
        methodNotes: government => [
            government
                ? 'Achievement of a KPI (government profile): actual ÷ target for “≥” targets, target ÷ actual for “≤” targets, 1 − |actual − target| ÷ target for “=” targets; qualitative KPIs use their graded score.'
                : 'Achievement of a KPI: progress from baseline to target (1 = target reached); without a baseline, actual ÷ target (“≥”) or target ÷ actual (“≤”); qualitative KPIs use their graded score.',
            'Scored achievement is capped at 100% (over-achievement earns no extra points); where a KPI exceeds its target, the table gives the scored figure under the achievement. A KPI without a measure scores 0.',
            government
                ? 'Plan score: execution, output, benefit and satisfaction points × their achievement, each class being the weighted average of its KPIs.'
                : 'Goal score = Σ KPI weight × scored achievement; plan score = Σ goal weight × goal score × 100.',
            'Expected progress = the share of the goal’s time elapsed at the reporting date; execution rate = spending ÷ allocated amount.',
            'Status: achieved (≥ 100%), on track (lag within the warning threshold), at risk (within twice the threshold), off track, not started (no measure).'
        ]
    },
    toolbar: {
        label: 'Report actions',
        exportForms: {
            'self-evaluation': 'Export self-evaluation (.xlsx)', 'targets': 'Export targets (.xlsx)',
            'monitoring': 'Export monitoring (.xlsx)', 'summary': 'Export summary (.docx)'
        },
        saveMarkdown: 'Save as Markdown', saveHtml: 'Save as HTML', print: 'Print…'
    },
    countList: entries => joinEnglish(entries.filter(([, n]) => n > 0).map(([label, n]) => `${n} ${label}`)),
    percentagePoints: value => `${value} percentage ${value === '1.0' ? 'point' : 'points'}`,
    cellLineSeparator: '; ',
    listSeparator: ', ',
    andMore: ' …',
    itemUnit: '',
    date: (year, month, day) => `${day} ${MONTHS[month - 1] ?? month} ${year}`,
    join: items => joinEnglish(items),
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
        abstract: '摘要', achievements: '主要成效', goals: '目标达成情况', problems: '问题分析',
        measures: '改进措施', outlook: '未来规划', appendix: '附录'
    },
    section: (index, title) => `${chineseNumeral(index)}、${title}`,
    subsection: (_section, index, title) => `（${chineseNumeral(index)}）${title}`,
    cards: {
        score: '绩效得分',
        grade: grade => `等级：${grade}`,
        execution: '预算执行率',
        executionDetail: (allocated, elapsed) => `预算 ${allocated}；时间进度 ${elapsed}`,
        goals: '绩效目标'
    },
    abstract: {
        time: (asOf, elapsed) => `数据截至${asOf}，时间进度为${elapsed}。`,
        noTime: '计划未写明数据截止日期（as of）或计划期间，无法对照时间进度。',
        score: (score, grade, government) => government
            ? `按绩效自评办法，本计划综合得分${score}分（满分100分），评价等级为“${grade}”。`
            : `本计划绩效综合得分${score}分（满分100分），评价等级为“${grade}”。`,
        goals: (total, statuses, single) => single
            ? (total === 1 ? `1个绩效目标${single}。` : `${total}个绩效目标均${single}。`)
            : `${total}个绩效目标中，${statuses}。`,
        budget: (spent, allocated, rate, elapsed) => `预算执行方面，已安排预算${allocated}，实际支出${spent}，预算执行率${rate}，时间进度${elapsed}。`,
        noBudget: '尚未安排预算资金。',
        pace: {
            red: '预算执行明显滞后于时间进度（红色预警）。',
            yellow: '预算执行略滞后于时间进度（黄色预警）。',
            ok: '预算执行与时间进度基本匹配。'
        },
        belowYearEnd: threshold => `年末预算执行率未达到${threshold}的要求。`,
        problemsIntro: '当前存在的主要问题（按严重程度排序）：',
        noProblems: '未发现突出问题。'
    },
    problem: {
        errors: count => `计划文件中有${count}处错误，部分数据可能不完整（见附录“数据质量”）。`,
        kpi: (kpi, goal, status, achievement, expected, gap) => `${kpi}（所属目标：${goal}）${status}：完成${achievement}，按时间进度应完成${expected}，落后${gap}。`,
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
    achievements: {
        intro: (_goodCount, good, total, final) => final ? `${total}个绩效目标中，${good}。` : `截至目前，${total}个绩效目标中${good}。`,
        none: '目前尚无已完成或进展正常的绩效目标，原因见问题分析。',
        execution: (spent, allocated, rate, elapsed, onPace) => onPace
            ? `预算${allocated}已支出${spent}，执行率${rate}，与时间进度（${elapsed}）基本匹配。`
            : `预算${allocated}已支出${spent}，执行率${rate}（时间进度${elapsed}）。`,
        goal: (goal, status, score) => `${goal}（${status}，得分${score}）`,
        kpi: (kpi, actual, target, achievement) => `${kpi}为${actual}（目标${target}，完成${achievement}）`,
        kpiGraded: (kpi, grade, target) => `${kpi}评定为${grade}（目标：${target}）`,
        otherKpis: kpis => `其他目标中，以下指标已完成或进展正常：${kpis}。`,
        moreGoals: count => `……另有${count}个目标已完成或进展正常（见第三部分）。`
    },
    goal: {
        kpisIntro: (count, statuses) => `该目标设${count}项绩效指标（${statuses}），完成情况如下：`,
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
        selfEvaluationIntro: '绩效自评从预算执行、产出、效益和满意度四方面计分：',
        scoreIntro: '各方面得分如下：',
        budgetIntro: '各目标的预算安排与支出情况如下，菱形标记为按时间进度应支出的位置。',
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
        intro: '以下先说明进度和预算执行中的偏差，再按原因归纳评估发现的问题。',
        groups: {
            progress: '进度与预算执行偏差',
            external: '外部因素影响',
            internal: '内部管理问题',
            data: '数据质量问题',
            communication: '沟通协调问题',
            other: '其他问题'
        },
        none: '各项指标和预算执行均未滞后于时间进度，评估中也未发现问题。',
        progressIntro: '对照时间进度，以下指标和预算项目滞后：',
        kpi: (kpi, goal, status, achievement, expected, gap) => `${kpi}（所属目标：${goal}）${status}：完成${achievement}，按时间进度应完成${expected}，落后${gap}。`,
        kpiNoMeasure: (kpi, goal) => `${kpi}（所属目标：${goal}）尚无实际完成值，暂计0分。`,
        projection: (value, due, target) => `按当前趋势，到${due}预计为${value}，达不到目标值${target}。`,
        budget: (line, rate, elapsed, gap, alert) => `${line}预算执行率${rate}，时间进度${elapsed}，落后${gap}（${alert}）。`,
        overspent: (line, spent, amount, rate) => `${line}超支：预算${amount}，已支出${spent}（${rate}）。`,
        belowYearEnd: (line, rate, threshold) => `${line}年末预算执行率${rate}，未达到${threshold}的要求。`,
        explainedBy: findings => `原因：${findings}。`,
        finding: (severity, review) => `严重程度${severity}（${review}）`,
        affects: items => `影响${items}。`,
        actions: actions => `整改措施：${actions}。`,
        noAction: '尚无针对该问题的整改措施。',
        overdueAction: (action, owner, due) => `整改措施${action}${owner ? `（${owner}）` : ''}应于${due}完成，目前仍未完成。`,
        dataPointer: count => `计划数据另有${count}处需要补充或核实，详见附录“数据质量”。`
    },
    measures: {
        summary: (total, statuses, single) => single
            ? (total === 1 ? `针对上述问题制定整改措施1项，目前${single}。` : `针对上述问题共制定整改措施${total}项，目前状态均为${single}。`)
            : `针对上述问题共制定整改措施${total}项，其中${statuses}。`,
        overdue: actions => `已超过完成期限的：${actions}。`,
        tableIntro: '各项措施的针对问题、责任单位和完成期限如下：',
        unaddressed: findings => `尚无整改措施的问题：${findings}。`,
        none: '暂无整改措施。'
    },
    outlook: {
        intro: (count, owners) => `下一阶段计划推进${count}项重点工作${owners ? `，分别由${owners}牵头` : ''}，具体安排如下：`,
        none: '暂无未来规划事项。'
    },
    appendix: {
        budgets: '预算项目明细', checkpoints: '绩效监控数据', diagnostics: '计划检查结果',
        budgetsIntro: '各预算项目的类别、责任单位、支持目标和执行情况如下：',
        dataQuality: '数据质量',
        dataQualityIntro: '以下数据需要补充或核实，相关数字方可作为依据：',
        noDataPoints: '指标数据和支出记录完整：均有数值、在计划期间内并注明了数据来源。',
        dataPoints: {
            'measure-missing-source': n => `${n}条指标数据或支出记录未注明数据来源。`,
            'measure-missing': n => `${n}项绩效指标缺少最近一期的实际数。`,
            'measure-outside-period': n => `${n}条数据的日期不在计划期间内。`,
            'measure-after-as-of': n => `${n}条数据的日期晚于数据截止日期，未计入。`,
            'measure-duplicate': n => `${n}条数据同一日期重复记录。`,
            'measure-implausible': n => `${n}条数据明显异常，需要核实。`,
            'qualitative-score-band': n => `${n}项定性指标的评定得分与评价等级不符。`
        },
        dataOther: n => `另有${n}处数据问题（见下表）。`,
        dataItems: ['涉及：', '。'],
        planErrors: n => `计划文件中有${n}处错误（如名称写错、语句不完整），涉及的数字可能不完整。`,
        diagnosticsIntro: (total, bySeverity) => `供审核参考：计划检查共发现${total}项（${bySeverity}），并注明在计划文件中的位置。`,
        location: (file, line) => `${file} 第${line}行`,
        method: '计算口径说明',
        total: '合计',
        noBudgets: '无预算项目。', noCheckpoints: '无监测数据。', noDiagnostics: '计划检查未发现问题。',
        checkpointsNote: '每个监测点一行：指标数据和支出记录的条数、记录的支出金额、缺少数据来源的条数。',
        spend: '支出',
        methodNotes: government => [
            government
                ? '指标完成率（政府预算绩效）：“≥”类指标为实际值÷目标值，“≤”类指标为目标值÷实际值，“=”类指标为1−|实际值−目标值|÷目标值；定性指标按评定得分计。'
                : '指标完成率：从基期值到目标值的完成进度（100%即达到目标）；无基期值时，“≥”类为实际值÷目标值，“≤”类为目标值÷实际值；定性指标按评定得分计。',
            '计分完成率最高按100%计（超额完成不加分）；超额完成的指标，表中在完成率下注明计分完成率。无实际数的指标计0分。',
            government
                ? '综合得分：预算执行、产出、效益、满意度各部分分值 × 完成情况，各类指标完成情况为该类指标计分完成率的加权平均。'
                : '目标得分 = Σ 指标权重 × 计分完成率；综合得分 = Σ 目标权重 × 目标得分 × 100。',
            '进度要求 = 截至数据日期目标时间已过的比例；预算执行率 = 实际支出 ÷ 预算金额。',
            '状态：已完成（完成率≥100%）、进展正常（滞后不超过预警阈值）、存在风险（不超过阈值两倍）、严重滞后、尚未开始（无实际数）。'
        ]
    },
    toolbar: {
        label: '报告操作',
        exportForms: {
            'self-evaluation': '导出绩效自评表（.xlsx）', 'targets': '导出绩效目标表（.xlsx）',
            'monitoring': '导出绩效运行监控表（.xlsx）', 'summary': '导出工作总结（.docx）'
        },
        saveMarkdown: '保存为 Markdown', saveHtml: '保存为 HTML', print: '打印…'
    },
    countList: (entries, unit = '个') => entries.filter(([, n]) => n > 0).map(([label, n]) => `${label}${n}${unit}`).join('、'),
    percentagePoints: value => `${value}个百分点`,
    cellLineSeparator: '；',
    listSeparator: '、',
    andMore: '等',
    itemUnit: '项',
    date: (year, month, day) => `${year}年${month}月${day}日`,
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

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function joinEnglish(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

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
