/**
 * Words the report model as a document (LANGUAGE.md §7): title, abstract,
 * goal achievement, problem analysis, improvement measures, outlook and
 * appendix, in the report language. Every number is one of the model's
 * figures, formatted — nothing is computed here.
 */
import type { DiagnosticRecord } from '../diagnostic-records.js';
import type { Grade, KpiStatus } from '../figures/figures.js';
import { kindNoun } from '../i18n/terms.js';
import type { AchievementChart, BudgetChart, ScoreChart } from './charts.js';
import { goalAnchorId } from './escape.js';
import type { Block, Cell, Inline, ReportDocument, SectionBlock, TableBlock, Tone } from './report-blocks.js';
import { ReportFormatter } from './report-format.js';
import {
    labelOf, type ActionReport, type FindingReport, type GoalReport, type KpiReport,
    type ProblemGroupReport, type ReportModel, type TopProblem, type UnitRef
} from './report-model.js';

const STATUS_ORDER: readonly KpiStatus[] = ['achieved', 'on-track', 'at-risk', 'off-track', 'not-started'];

/** The colour of a grade on the score card: excellent green … poor vermillion. */
const GRADE_TONES: Readonly<Record<Grade, Tone>> = { excellent: 'achieved', good: 'on-track', fair: 'at-risk', poor: 'off-track' };

/** Indicator classes in the order of the self-evaluation form (LANGUAGE.md §2.1). */
const CLASS_ORDER = [
    'output.quantity', 'output.quality', 'output.timeliness', 'output.cost',
    'benefit.economic', 'benefit.social', 'benefit.ecological', 'benefit.sustainable',
    'satisfaction.service'
];

/** How many diagnostics of one code the problem analysis lists before pointing to the appendix. */
const DIAGNOSTICS_PER_CODE = 3;

export function buildReportDocument(model: ReportModel): ReportDocument {
    const builder = new DocumentBuilder(model);
    return builder.build();
}

class DocumentBuilder {
    private readonly f: ReportFormatter;
    private readonly government: boolean;

    constructor(private readonly model: ReportModel) {
        this.f = new ReportFormatter(model.lang, model.figures.currency);
        this.government = model.figures.profile === 'government';
    }

    private get t() {
        return this.f.text;
    }

    build(): ReportDocument {
        const { t } = this;
        const sections = [
            (n: number) => this.abstractSection(n),
            (n: number) => this.goalsSection(n),
            (n: number) => this.problemsSection(n),
            (n: number) => this.measuresSection(n),
            (n: number) => this.outlookSection(n),
            (n: number) => this.appendixSection(n)
        ].map((section, i) => section(i + 1));
        return { lang: this.model.lang, title: this.title(), subtitle: this.subtitle(), contentsTitle: t.contents, colon: t.colon, sections };
    }

    // ------------------------------------------------------------ title

    private title(): string {
        const { figures, plan } = this.model;
        const startYear = figures.start?.year ?? figures.asOf?.year;
        const endYear = figures.end?.year ?? startYear;
        const year = startYear === undefined ? undefined : startYear === endYear ? String(startYear) : `${startYear}–${endYear}`;
        const organization = plan.organization ?? (this.model.lang === 'en' ? plan.title ?? plan.name : undefined);
        return this.t.title(year, organization);
    }

    private subtitle(): string[] {
        const { figures, plan, preparedOn } = this.model;
        const { t, f } = this;
        const details = [
            figures.start && figures.end ? t.period(f.date(figures.start.iso), f.date(figures.end.iso)) : undefined,
            figures.asOf ? t.asOf(f.date(figures.asOf.iso)) : undefined,
            t.profile[figures.profile],
            preparedOn ? t.preparedOn(f.date(preparedOn)) : undefined
        ].filter((item): item is string => item !== undefined);
        return [plan.title ? `${plan.title}${t.paren(plan.name)}` : plan.name, details.join(' · ')];
    }

    // ------------------------------------------------------------ 1 abstract

    private abstractSection(n: number): SectionBlock {
        const { figures, plan } = this.model;
        const { t, f } = this;
        const counts = this.statusCounts();
        const blocks: Block[] = [{
            kind: 'cards',
            items: [
                { label: t.cards.score, value: f.score(figures.score), detail: t.cards.grade(t.grade[figures.grade]), tone: GRADE_TONES[figures.grade] },
                {
                    label: t.cards.execution, value: f.percent(figures.executionRate),
                    detail: t.cards.executionDetail(f.amount(figures.allocated), f.percent(figures.elapsed)),
                    tone: plan.executionAlert
                },
                { label: t.cards.goals, value: String(counts.total), detail: t.cards.goalsDetail(counts, t) },
                {
                    label: t.cards.checks, value: String(plan.errorCount + plan.warningCount),
                    detail: t.cards.checksDetail(plan.errorCount, plan.warningCount),
                    tone: plan.errorCount > 0 ? 'error' : plan.warningCount > 0 ? 'warning' : undefined
                }
            ]
        }];
        const time = figures.asOf && figures.elapsed !== null ? t.abstract.time(f.date(figures.asOf.iso), f.percent(figures.elapsed)) : t.abstract.noTime;
        blocks.push({ kind: 'paragraph', content: [t.sentences([time, t.abstract.score(f.score(figures.score), t.grade[figures.grade], this.government), t.abstract.goals(counts)])] });
        const budget = figures.allocated > 0
            ? t.sentences([t.abstract.budget(f.amount(figures.spent), f.amount(figures.allocated), f.percent(figures.executionRate), f.percent(figures.elapsed)), t.abstract.pace[plan.executionAlert ?? 'ok']])
            : t.abstract.noBudget;
        blocks.push({ kind: 'paragraph', content: [budget] });
        if (this.model.topProblems.length === 0) {
            blocks.push({ kind: 'paragraph', content: [t.abstract.noProblems] });
        } else {
            blocks.push({ kind: 'paragraph', content: [{ text: t.abstract.problemsIntro, strong: true }] });
            blocks.push({ kind: 'list', ordered: true, items: this.model.topProblems.map(problem => [this.describeProblem(problem)]) });
        }
        return { kind: 'section', id: 'abstract', title: t.section(n, t.sections.abstract), blocks };
    }

    private statusCounts() {
        const counts = this.model.plan.goalStatusCounts;
        return {
            total: this.model.goals.length,
            achieved: counts['achieved'], onTrack: counts['on-track'], atRisk: counts['at-risk'],
            offTrack: counts['off-track'], notStarted: counts['not-started']
        };
    }

    private describeProblem(problem: TopProblem): string {
        const { t, f } = this;
        switch (problem.kind) {
            case 'errors':
                return t.problem.errors(problem.count, problem.first.message);
            case 'kpi': {
                const kpi = problem.kpi.figures;
                return t.problem.kpi(t.quote(labelOf(problem.kpi)), labelOf(problem.goal), t.status[kpi.status], f.percent(kpi.achievement), f.percent(kpi.expected));
            }
            case 'budget': {
                const budget = problem.budget;
                if (!budget.executionAlert) return t.problem.overspent(t.quote(labelOf(budget)), f.amount(budget.figures.spent), f.amount(budget.figures.amount), f.percent(budget.figures.executionRate));
                return t.problem.budget(t.quote(labelOf(budget)), f.percent(budget.figures.executionRate), f.percent(this.model.figures.elapsed), t.alert[budget.executionAlert]);
            }
            case 'finding': {
                const finding = problem.finding;
                return t.problem.finding(t.quote(labelOf(finding)), t.cause[finding.cause ?? ''] ?? t.none, t.severity[finding.severity ?? ''] ?? t.none, t.join(finding.affects.map(labelOf)));
            }
            case 'action': {
                const action = problem.action;
                return t.problem.action(t.quote(labelOf(action)), action.owner ? labelOf(action.owner) : '', f.date(action.due));
            }
        }
    }

    // ------------------------------------------------------------ 2 goal achievement

    private goalsSection(n: number): SectionBlock {
        const { t } = this;
        const blocks: Block[] = [];
        if (this.government) blocks.push(...this.selfEvaluation());
        const scoreChart = this.scoreChart();
        if (scoreChart) blocks.push(scoreChart);
        if (this.model.goals.length > 0) blocks.push(this.budgetChart());
        this.model.goals.forEach((goal, i) => blocks.push(this.goalSection(n, i + 1, goal)));
        return { kind: 'section', id: 'goals', title: t.section(n, t.sections.goals), blocks };
    }

    /** The government self-evaluation form: execution 10, output 50, benefit 30, satisfaction 10 points. */
    private selfEvaluation(): Block[] {
        const parts = this.governmentParts();
        if (parts.length === 0) return [];
        const { t, f } = this;
        return [
            { kind: 'paragraph', content: [{ text: t.overview.selfEvaluation, strong: true }] },
            {
                kind: 'table',
                columns: [{ title: t.columns.part }, { title: t.columns.points, numeric: true }, { title: t.columns.result, numeric: true }, { title: t.columns.earned, numeric: true }],
                rows: parts.map(part => part.result === null
                    ? [part.label, t.none, t.none, t.none]
                    : [part.label, f.score(part.max), f.percent(part.result), f.score(part.earned)]),
                foot: [t.overview.total, f.score(100), '', { text: f.score(this.model.figures.score), strong: true }]
            },
            { kind: 'paragraph', muted: true, content: [t.overview.selfEvaluationNote] }
        ];
    }

    /** The four parts of the government score, with the points they can earn (absent parts scaled out) and earned. */
    private governmentParts() {
        const government = this.model.figures.government;
        if (!government) return [];
        const { t } = this;
        return ([
            ['execution', t.overview.execution], ['output', t.indicatorClass.output],
            ['benefit', t.indicatorClass.benefit], ['satisfaction', t.indicatorClass.satisfaction]
        ] as const).map(([part, label]) => ({
            label, result: government[part], max: government.maxPoints[part], earned: government.points[part]
        }));
    }

    private scoreChart(): Block | undefined {
        const { figures } = this.model;
        const { t, f } = this;
        let chart: ScoreChart;
        if (figures.government) {
            const rows = this.governmentParts().map(part => ({
                label: part.label,
                value: part.result,
                valueLabel: part.result === null ? t.none : `${f.score(part.earned)} / ${f.score(part.max)}`
            }));
            chart = { kind: 'score', title: t.overview.scoreByClass, desc: rows.map(r => t.chart.scoreDesc(r.label, r.valueLabel)).join(' '), rows };
            // The self-evaluation table above holds these numbers for Markdown.
            return { kind: 'chart', chart };
        }
        const perspectives = figures.perspectives.filter(p => p.goals > 0);
        if (perspectives.length === 0) return undefined;
        const rows = perspectives.map(p => ({ label: t.perspective[p.perspective] ?? p.perspective, value: p.score, valueLabel: f.percent(p.score) }));
        chart = { kind: 'score', title: t.overview.scoreByPerspective, desc: rows.map(r => t.chart.scoreDesc(r.label, r.valueLabel)).join(' '), rows };
        return {
            kind: 'chart', chart,
            fallback: {
                kind: 'table',
                columns: [{ title: t.columns.perspective }, { title: t.columns.score, numeric: true }],
                rows: rows.map(r => [r.label, r.valueLabel])
            }
        };
    }

    private budgetChart(): Block {
        const { t, f } = this;
        const goals = this.model.goals;
        const rows = goals.map(goal => ({
            label: labelOf(goal),
            allocated: goal.figures.allocated,
            spent: goal.figures.spent,
            elapsed: goal.figures.elapsed,
            valueLabel: `${f.compactAmount(goal.figures.spent)} / ${f.compactAmount(goal.figures.allocated)} · ${f.percent(goal.figures.executionRate)}`
        }));
        const chart: BudgetChart = {
            kind: 'budget',
            title: `${t.overview.budgetByGoal}${t.paren(this.model.figures.currency)}`,
            desc: goals.map(goal => t.chart.budgetDesc(labelOf(goal), f.amount(goal.figures.spent), f.amount(goal.figures.allocated), f.percent(goal.figures.executionRate))).join(' '),
            rows,
            legend: { allocated: t.chart.allocated, spent: t.chart.spent, elapsed: t.chart.elapsed }
        };
        return {
            kind: 'chart', chart,
            fallback: {
                kind: 'table',
                columns: [
                    { title: t.columns.goal }, { title: t.columns.allocated, numeric: true }, { title: t.columns.spent, numeric: true },
                    { title: t.columns.executionRate, numeric: true }, { title: t.columns.elapsed, numeric: true }
                ],
                rows: goals.map(goal => [
                    labelOf(goal), f.amount(goal.figures.allocated), f.amount(goal.figures.spent),
                    this.alertCell(f.percent(goal.figures.executionRate), goal.executionAlert), f.percent(goal.figures.elapsed)
                ])
            }
        };
    }

    private goalSection(section: number, index: number, goal: GoalReport): SectionBlock {
        const { t, f } = this;
        const g = goal.figures;
        const facts: Array<{ label: string; value: Inline[] }> = [
            { label: t.goal.owner, value: [this.unitText(goal.owner)] },
            { label: t.goal.weight, value: [f.percent(g.weight)] },
            { label: t.goal.score, value: [{ text: f.percent(g.score), strong: true }] },
            { label: t.goal.status, value: [this.statusSpan(g.status)] },
            { label: t.goal.allocated, value: [f.amount(g.allocated)] },
            { label: t.goal.spent, value: [`${f.amount(g.spent)}${t.paren(f.percent(g.executionRate))}`] },
            { label: t.goal.due, value: [f.date(g.due?.iso)] }
        ];
        if (!this.government && g.perspective) facts.push({ label: t.goal.perspective, value: [t.perspective[g.perspective] ?? g.perspective] });
        if (g.priority) facts.push({ label: t.goal.priority, value: [t.priority[g.priority] ?? g.priority] });
        const blocks: Block[] = [{ kind: 'facts', items: facts }];
        if (goal.description) blocks.push({ kind: 'paragraph', muted: true, content: [goal.description] });
        if (goal.kpis.length === 0) {
            blocks.push({ kind: 'paragraph', content: [t.goal.noKpis] });
        } else {
            blocks.push({ kind: 'chart', chart: this.achievementChart(goal) });
            blocks.push(this.kpiTable(goal));
        }
        return { kind: 'section', id: goalAnchorId(goal.name), title: t.subsection(section, index, labelOf(goal)), blocks };
    }

    private achievementChart(goal: GoalReport): AchievementChart {
        const { t, f } = this;
        const kpis = this.orderedKpis(goal);
        const statuses = STATUS_ORDER.filter(status => kpis.some(k => k.figures.status === status));
        return {
            kind: 'achievement',
            title: t.chart.kpiTitle(labelOf(goal)),
            desc: kpis.map(k => t.chart.kpiDesc(labelOf(k), f.percent(k.figures.achievement), f.percent(k.figures.expected), t.status[k.figures.status])).join(' '),
            rows: kpis.map(k => ({
                label: labelOf(k),
                value: k.figures.achievement,
                valueLabel: k.figures.achievement === null ? t.chart.noMeasure : `${f.percent(k.figures.achievement)} · ${t.status[k.figures.status]}`,
                expected: k.figures.expected,
                tone: k.figures.status
            })),
            legend: {
                expected: t.chart.expected,
                target: t.chart.target,
                tones: statuses.map(status => ({ tone: status, label: t.status[status] }))
            }
        };
    }

    private kpiTable(goal: GoalReport): TableBlock {
        const { t, f } = this;
        const columns = [
            ...(this.government ? [{ title: t.columns.indicatorClass }] : []),
            { title: t.columns.kpi }, { title: t.columns.weight, numeric: true }, { title: t.columns.baseline, numeric: true },
            { title: t.columns.target, numeric: true }, { title: t.columns.actual, numeric: true },
            { title: t.columns.achievement, numeric: true }, { title: t.columns.scored, numeric: true },
            { title: t.columns.expected, numeric: true }, { title: t.columns.status }
        ];
        const rows = this.orderedKpis(goal).map(kpi => {
            const k = kpi.figures;
            const weight = k.weight > 0 ? f.percent(k.weight) : `${f.percent(0)}${t.paren(t.goal.notScored)}`;
            const cells: Cell[] = [
                labelOf(kpi), weight, f.quantity(k.baseline, k.unit), f.target(k), f.actual(k),
                f.percent(k.achievement), f.percent(k.scoredAchievement), f.percent(k.expected), this.statusSpan(k.status)
            ];
            return this.government ? [this.classText(kpi), ...cells] : cells;
        });
        return { kind: 'table', columns, rows };
    }

    /** Government plans list KPIs in the order of the indicator system; enterprise plans as written. */
    private orderedKpis(goal: GoalReport): KpiReport[] {
        if (!this.government) return [...goal.kpis];
        const rank = (kpi: KpiReport) => {
            const index = CLASS_ORDER.indexOf(`${kpi.classLevel1}.${kpi.classLevel2}`);
            return index < 0 ? CLASS_ORDER.length : index;
        };
        return goal.kpis.map((kpi, i) => ({ kpi, i })).sort((a, b) => rank(a.kpi) - rank(b.kpi) || a.i - b.i).map(x => x.kpi);
    }

    private classText(kpi: KpiReport): string {
        const { t } = this;
        if (!kpi.classLevel1) return t.none;
        const level1 = t.indicatorClass[kpi.classLevel1] ?? kpi.classLevel1;
        const level2 = kpi.classLevel2 ? t.indicatorSubclass[kpi.classLevel2] ?? kpi.classLevel2 : t.none;
        return `${level1} / ${level2}`;
    }

    // ------------------------------------------------------------ 3 problem analysis

    private problemsSection(n: number): SectionBlock {
        const { t } = this;
        const blocks: Block[] = [{ kind: 'paragraph', content: [t.problems.intro] }];
        this.model.problemGroups.forEach((group, i) => blocks.push(this.problemGroupSection(n, i + 1, group)));
        return { kind: 'section', id: 'problems', title: t.section(n, t.sections.problems), blocks };
    }

    private problemGroupSection(section: number, index: number, group: ProblemGroupReport): SectionBlock {
        const { t } = this;
        const words = t.problems.groups[group.group];
        const blocks: Block[] = [{ kind: 'paragraph', muted: true, content: [words.covers] }];
        if (group.findings.length > 0) {
            blocks.push({ kind: 'paragraph', content: [{ text: t.problems.findings, strong: true }] });
            blocks.push({ kind: 'list', items: group.findings.map(finding => this.findingItem(finding)) });
        }
        if (group.diagnostics.length > 0) {
            blocks.push({ kind: 'paragraph', content: [{ text: t.problems.checks, strong: true }] });
            blocks.push({ kind: 'list', items: this.diagnosticItems(group.diagnostics) });
        }
        if (group.findings.length === 0 && group.diagnostics.length === 0) {
            blocks.push({ kind: 'paragraph', content: [t.problems.none] });
        }
        return { kind: 'section', id: `problems-${group.group}`, title: t.subsection(section, index, words.title), blocks };
    }

    private findingItem(finding: FindingReport): Inline[] {
        const { t, f } = this;
        const review = `${labelOf(finding.review)}${t.comma}${f.date(finding.review.date)}`;
        const parts: Inline[] = [
            { text: labelOf(finding), strong: true },
            `${t.dash}${t.problems.finding(t.cause[finding.cause ?? ''] ?? t.none, t.severity[finding.severity ?? ''] ?? t.none, review)}${t.sentenceEnd}`
        ];
        if (finding.affects.length > 0) parts.push(t.problems.affects(t.join(finding.affects.map(labelOf))));
        parts.push(finding.actions.length > 0
            ? t.problems.actions(t.join(finding.actions.map(action => `${t.quote(labelOf(action))}${t.paren(this.actionStatusText(action))}`)))
            : { text: t.problems.noAction, tone: 'warning' });
        return parts;
    }

    /** One item per diagnostic; a code with many diagnostics shows the first few and a count. */
    private diagnosticItems(diagnostics: readonly DiagnosticRecord[]): Inline[][] {
        const { t } = this;
        const byCode = new Map<string, DiagnosticRecord[]>();
        for (const d of diagnostics) {
            const list = byCode.get(d.code) ?? [];
            list.push(d);
            byCode.set(d.code, list);
        }
        const items: Inline[][] = [];
        for (const list of byCode.values()) {
            for (const d of list.slice(0, DIAGNOSTICS_PER_CODE)) {
                items.push([{ text: t.diagnosticSeverity[d.severity], tone: d.severity, strong: true }, `${t.colon}${d.message}`]);
            }
            if (list.length > DIAGNOSTICS_PER_CODE) items.push([t.problems.more(list.length - DIAGNOSTICS_PER_CODE)]);
        }
        return items;
    }

    // ------------------------------------------------------------ 4 improvement measures

    private measuresSection(n: number): SectionBlock {
        const { t, f } = this;
        const actions = this.model.actions;
        const blocks: Block[] = [];
        if (actions.length === 0) {
            blocks.push({ kind: 'paragraph', content: [t.measures.none] });
        } else {
            const count = (status: string) => actions.filter(a => a.status === status).length;
            blocks.push({
                kind: 'paragraph',
                content: [t.measures.summary(actions.length, count('done'), count('open'), actions.filter(a => a.overdue).length, count('dropped'))]
            });
            blocks.push({
                kind: 'table',
                columns: [{ title: t.columns.action }, { title: t.columns.addresses }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.status }],
                rows: actions.map(action => [
                    labelOf(action), action.finding ? labelOf(action.finding) : t.none, this.unitText(action.owner), f.date(action.due),
                    { text: this.actionStatusText(action), tone: action.overdue ? 'overdue' : action.status === 'done' ? 'achieved' : undefined }
                ])
            });
        }
        const unaddressed = this.model.findings.filter(finding => finding.actions.length === 0);
        if (unaddressed.length > 0) {
            blocks.push({ kind: 'paragraph', content: [{ text: t.measures.unaddressed(t.join(unaddressed.map(x => t.quote(labelOf(x))))), tone: 'warning' }] });
        }
        return { kind: 'section', id: 'measures', title: t.section(n, t.sections.measures), blocks };
    }

    private actionStatusText(action: ActionReport): string {
        const { t } = this;
        const status = t.actionStatus[action.status];
        return action.overdue ? `${status} · ${t.overdue}` : status;
    }

    // ------------------------------------------------------------ 5 outlook

    private outlookSection(n: number): SectionBlock {
        const { t, f } = this;
        const items = this.model.outlook;
        const blocks: Block[] = items.length === 0
            ? [{ kind: 'paragraph', content: [t.outlook.none] }]
            : [{
                kind: 'table',
                columns: [{ title: t.columns.outlookItem }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.plannedBudget, numeric: true }],
                rows: items.map(item => [labelOf(item), this.unitText(item.owner), f.date(item.due), f.amount(item.budget)])
            }];
        return { kind: 'section', id: 'outlook', title: t.section(n, t.sections.outlook), blocks };
    }

    // ------------------------------------------------------------ 6 appendix

    private appendixSection(n: number): SectionBlock {
        const { t } = this;
        const blocks: Block[] = [
            { kind: 'section', id: 'appendix-budgets', title: t.subsection(n, 1, t.appendix.budgets), blocks: [this.budgetTable()] },
            { kind: 'section', id: 'appendix-checkpoints', title: t.subsection(n, 2, t.appendix.checkpoints), blocks: [this.checkpointTable()] },
            { kind: 'section', id: 'appendix-diagnostics', title: t.subsection(n, 3, t.appendix.diagnostics), blocks: [this.diagnosticTable()] },
            {
                kind: 'section', id: 'appendix-method', title: t.subsection(n, 4, t.appendix.method),
                blocks: [{ kind: 'list', items: t.appendix.methodNotes(this.government).map(note => [note]) }]
            }
        ];
        return { kind: 'section', id: 'appendix', title: t.section(n, t.sections.appendix), blocks };
    }

    private budgetTable(): Block {
        const { t, f } = this;
        const { budgets, figures, plan } = this.model;
        if (budgets.length === 0) return { kind: 'paragraph', content: [t.appendix.noBudgets] };
        return {
            kind: 'table',
            columns: [
                { title: t.columns.budgetLine }, { title: t.columns.category }, { title: t.columns.owner }, { title: t.columns.funds },
                { title: t.columns.amount, numeric: true }, { title: t.columns.spent, numeric: true }, { title: t.columns.executionRate, numeric: true }
            ],
            rows: budgets.map(budget => [
                labelOf(budget),
                budget.figures.category ? t.category[budget.figures.category] ?? budget.figures.category : t.none,
                this.unitText(budget.owner),
                budget.funds.length > 0 ? budget.funds.map(share => `${labelOf(share.goal)}${t.paren(f.percent(share.share))}`).join('\n') : t.none,
                f.amount(budget.figures.amount), f.amount(budget.figures.spent),
                this.alertCell(f.percent(budget.figures.executionRate), budget.executionAlert)
            ]),
            foot: [
                { text: t.appendix.total, strong: true }, '', '', '',
                { text: f.amount(figures.allocated), strong: true }, { text: f.amount(figures.spent), strong: true },
                this.alertCell(f.percent(figures.executionRate), plan.executionAlert)
            ]
        };
    }

    private checkpointTable(): Block {
        const { t, f } = this;
        const { checkpoints } = this.model;
        if (checkpoints.length === 0) return { kind: 'paragraph', content: [t.appendix.noCheckpoints] };
        const rows: Cell[][] = [];
        for (const checkpoint of checkpoints) {
            checkpoint.entries.forEach((entry, i) => {
                const noun = capitalise(kindNoun(this.model.lang, entry.kind === 'measure' ? 'Kpi' : 'Budget'));
                const value = entry.kind === 'spend'
                    ? f.amount(entry.value)
                    : entry.level ? f.level(entry.level, entry.score) : f.quantity(entry.value, entry.unit);
                rows.push([
                    i === 0 ? checkpoint.name : '', i === 0 ? f.date(checkpoint.date) : '',
                    `${noun}: ${labelOf(entry.item)}`, value, entry.source ?? { text: t.none, tone: 'warning' }
                ]);
            });
        }
        return {
            kind: 'table',
            columns: [{ title: t.columns.checkpoint }, { title: t.columns.date, nowrap: true }, { title: t.columns.item }, { title: t.columns.value, numeric: true }, { title: t.columns.source }],
            rows
        };
    }

    private diagnosticTable(): Block {
        const { t } = this;
        const { diagnostics } = this.model;
        if (diagnostics.length === 0) return { kind: 'paragraph', content: [t.appendix.noDiagnostics] };
        return {
            kind: 'table',
            columns: [{ title: t.columns.severity }, { title: t.columns.code, nowrap: true }, { title: t.columns.location }, { title: t.columns.message }],
            rows: diagnostics.map(d => [
                { text: t.diagnosticSeverity[d.severity], tone: d.severity }, d.code, `${d.file}:${d.line}:${d.column}`, d.message
            ])
        };
    }

    // ------------------------------------------------------------ pieces

    private statusSpan(status: KpiStatus): Inline {
        return { text: this.t.status[status], tone: status };
    }

    private alertCell(text: string, alert: 'red' | 'yellow' | undefined): Cell {
        return alert ? { text: `${text}${this.t.paren(this.t.alert[alert])}`, tone: alert } : text;
    }

    private unitText(unit: UnitRef | undefined): string {
        if (!unit) return this.t.none;
        return unit.lead ? `${labelOf(unit)}${this.t.paren(unit.lead)}` : labelOf(unit);
    }
}

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
