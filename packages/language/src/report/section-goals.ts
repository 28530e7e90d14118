/**
 * 2 Goal achievement (目标达成情况): the government self-evaluation table,
 * the score and budget charts, and one section per goal with its KPI chart
 * and table.
 */
import type { AchievementChart, BudgetChart, ScoreChart } from './charts.js';
import { STATUS_ORDER, type DocumentContext } from './document-context.js';
import { goalAnchorId } from './escape.js';
import type { Block, Cell, Inline, SectionBlock, TableBlock } from './report-blocks.js';
import { deviationBlocks } from './deviation.js';
import { labelOf, type GoalReport, type KpiReport } from './report-model.js';
import { kpiProjectionNote } from './kpi-projection.js';
import { resultText } from '../i18n/result-text.js';
import { termOrValue } from '../i18n/vocabulary.js';
import { pointsBlocks, pointsText } from './section-points.js';


/** Indicator classes in the order of the self-evaluation form (LANGUAGE.md §2.1). */
const CLASS_ORDER = [
    'output.quantity', 'output.quality', 'output.timeliness', 'output.cost',
    'benefit.economic', 'benefit.social', 'benefit.ecological', 'benefit.sustainable',
    'cost.economic', 'cost.social', 'cost.ecological',
    'satisfaction.service'
];

export function goalsSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const blocks: Block[] = [];
    // A plan not monitored yet has no score to break down (§8.8).
    if (ctx.model.figures.monitored) {
        if (ctx.government) blocks.push(...selfEvaluation(ctx));
        blocks.push(...pointsBlocks(ctx));
    }
    const chart = scoreChart(ctx);
    if (chart) blocks.push(...chart);
    if (ctx.model.goals.length > 0) blocks.push({ kind: 'paragraph', content: [t.overview.budgetIntro] }, budgetChart(ctx));
    ctx.model.goals.forEach((goal, i) => blocks.push(goalSection(ctx, n, i + 1, goal)));
    return { kind: 'section', id: 'goals', title: t.section(n, t.sections.goals), blocks };
}

/** The government self-evaluation form: execution 10, output 50, benefit 30, satisfaction 10 points. */
function selfEvaluation(ctx: DocumentContext): Block[] {
    const parts = governmentParts(ctx);
    if (parts.length === 0) return [];
    const { t, f } = ctx;
    return [
        { kind: 'paragraph', content: [t.overview.selfEvaluationIntro] },
        {
            kind: 'table',
            columns: [{ title: t.columns.part }, { title: t.columns.points, numeric: true }, { title: t.columns.result, numeric: true }, { title: t.columns.earned, numeric: true }],
            rows: parts.map(part => part.result === null
                ? [part.label, t.none, t.none, t.none]
                : [part.label, f.score(part.max), f.percent(part.result), f.score(part.earned)]),
            foot: [t.overview.total, f.score(100), '', { text: f.score(ctx.model.figures.score), strong: true }]
        },
        { kind: 'paragraph', muted: true, content: [t.overview.selfEvaluationNote] }
    ];
}

/** The four parts of the government score, with the points they can earn (absent parts scaled out) and earned. */
function governmentParts(ctx: DocumentContext) {
    const government = ctx.model.figures.government;
    if (!government) return [];
    const { t } = ctx;
    return ([
        ['execution', t.overview.execution], ['output', t.indicatorClass.output],
        ['benefit', t.indicatorClass.benefit], ['satisfaction', t.indicatorClass.satisfaction]
    ] as const).map(([part, label]) => ({
        label, result: government[part], max: government.maxPoints[part], earned: government.points[part]
    }));
}

function scoreChart(ctx: DocumentContext): Block[] | undefined {
    const { figures } = ctx.model;
    const { t, f } = ctx;
    let chart: ScoreChart;
    if (figures.government) {
        const rows = governmentParts(ctx).map(part => ({
            label: part.label,
            value: part.result,
            valueLabel: part.result === null ? t.none : `${f.score(part.earned)} / ${f.score(part.max)}`
        }));
        chart = { kind: 'score', title: t.overview.scoreByClass, desc: rows.map(r => t.chart.scoreDesc(r.label, r.valueLabel)).join(' '), rows };
        // The self-evaluation table above holds these numbers for Markdown.
        return [{ kind: 'chart', chart }];
    }
    const perspectives = figures.perspectives.filter(p => p.goals > 0);
    if (perspectives.length === 0) return undefined;
    const rows = perspectives.map(p => ({ label: t.perspective[p.perspective] ?? p.perspective, value: p.score, valueLabel: f.percent(p.score) }));
    chart = { kind: 'score', title: t.overview.scoreByPerspective, desc: rows.map(r => t.chart.scoreDesc(r.label, r.valueLabel)).join(' '), rows };
    return [{ kind: 'paragraph', content: [t.overview.scoreIntro] }, {
        kind: 'chart', chart,
        fallback: {
            kind: 'table',
            columns: [{ title: t.columns.perspective }, { title: t.columns.score, numeric: true }],
            rows: rows.map(r => [r.label, r.valueLabel])
        }
    }];
}

function budgetChart(ctx: DocumentContext): Block {
    const { t, f } = ctx;
    const goals = ctx.model.goals;
    const rows = goals.map(goal => ({
        label: labelOf(goal),
        allocated: goal.figures.allocated,
        spent: goal.figures.spent,
        elapsed: goal.figures.elapsed,
        valueLabel: `${f.compactAmount(goal.figures.spent)} / ${f.compactAmount(goal.figures.allocated)} · ${f.percent(goal.figures.executionRate)}`
    }));
    const chart: BudgetChart = {
        kind: 'budget',
        title: `${t.overview.budgetByGoal}${t.paren(ctx.model.figures.currency)}`,
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
                ctx.alertCell(f.percent(goal.figures.executionRate), goal.executionAlert), f.percent(goal.figures.elapsed)
            ])
        }
    };
}

function goalSection(ctx: DocumentContext, section: number, index: number, goal: GoalReport): SectionBlock {
    const { t, f } = ctx;
    const g = goal.figures;
    const facts: Array<{ label: string; value: Inline[] }> = [
        { label: t.goal.owner, value: [ctx.unitText(goal.owner)] },
        { label: t.goal.weight, value: [f.percent(g.weight)] },
        { label: t.goal.score, value: [{ text: f.percent(g.score), strong: true }] },
        { label: t.goal.status, value: [ctx.statusSpan(g.status)] },
        { label: t.goal.allocated, value: [f.amount(g.allocated)] },
        { label: t.goal.spent, value: [`${f.amount(g.spent)}${t.paren(f.percent(g.executionRate))}`] },
        { label: t.goal.due, value: [f.date(g.due?.iso)] }
    ];
    if (!ctx.government && g.perspective) facts.push({ label: t.goal.perspective, value: [t.perspective[g.perspective] ?? g.perspective] });
    if (g.priority) facts.push({ label: t.goal.priority, value: [t.priority[g.priority] ?? g.priority] });
    const blocks: Block[] = [{ kind: 'facts', items: facts }];
    if (goal.description) blocks.push({ kind: 'paragraph', muted: true, content: [goal.description] });
    if (goal.kpis.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.goal.noKpis] });
    } else {
        const statuses = ctx.statusCounts(goal.kpis.map(kpi => kpi.figures.status), t.itemUnit);
        blocks.push({ kind: 'paragraph', content: [t.goal.kpisIntro(goal.kpis.length, statuses.list)] });
        blocks.push({ kind: 'chart', chart: achievementChart(ctx, goal) });
        blocks.push(kpiTable(ctx, goal), ...deviationBlocks(ctx, goal.kpis));
    }
    return { kind: 'section', id: goalAnchorId(goal.name), title: t.subsection(section, index, labelOf(goal)), blocks };
}

function achievementChart(ctx: DocumentContext, goal: GoalReport): AchievementChart {
    const { t, f } = ctx;
    const kpis = orderedKpis(ctx, goal);
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

function kpiTable(ctx: DocumentContext, goal: GoalReport): TableBlock {
    const { t, f } = ctx;
    const points = ctx.model.figures.scoring === 'points';
    // Few enough columns to fit A4 and 1280 px: the scored (capped) achievement
    // appears beside the achievement only where the cap changes it.
    const columns = [
        ...(ctx.government ? [{ title: t.columns.indicatorClass, nowrap: true }] : []),
        { title: t.columns.kpi }, { title: points ? resultText(ctx.model.lang).columns.points : t.columns.weight, numeric: true }, { title: t.columns.baseline, numeric: true, wrap: true },
        { title: t.columns.target, numeric: true, wrap: true }, { title: t.columns.actual, numeric: true, wrap: true },
        { title: t.columns.achievement, numeric: true }, { title: t.columns.expected, numeric: true }, { title: t.columns.status, nowrap: true }
    ];
    const rows = orderedKpis(ctx, goal).map(kpi => {
        const k = kpi.figures;
        const weight = points ? pointsText(ctx, k.points) : k.weight > 0 ? f.percent(k.weight) : `${f.percent(0)}${t.paren(t.goal.notScored)}`;
        const achievement = k.achievement !== null && k.achievement > k.scoredAchievement
            ? `${f.percent(k.achievement)}\n${t.paren(`${t.columns.scored} ${f.percent(k.scoredAchievement)}`).trim()}`
            : f.percent(k.achievement);
        const cells: Cell[] = [
            ctx.link(kpi), weight, f.quantity(k.baseline, k.unit), f.target(k), f.actual(k),
            withNote(achievement, kpiProjectionNote(ctx, k)), f.percent(k.expected), ctx.statusSpan(k.status) as Cell
        ];
        return ctx.government ? [classText(ctx, kpi), ...cells] : cells;
    });
    return { kind: 'table', columns, rows };
}

/** Government plans list KPIs in the order of the indicator system; enterprise plans as written. */
function orderedKpis(ctx: DocumentContext, goal: GoalReport): KpiReport[] {
    if (!ctx.government) return [...goal.kpis];
    const rank = (kpi: KpiReport) => {
        const index = CLASS_ORDER.indexOf(`${kpi.classLevel1}.${kpi.classLevel2}`);
        return index < 0 ? CLASS_ORDER.length : index;
    };
    return goal.kpis.map((kpi, i) => ({ kpi, i })).sort((a, b) => rank(a.kpi) - rank(b.kpi) || a.i - b.i).map(x => x.kpi);
}

function classText(ctx: DocumentContext, kpi: KpiReport): string {
    const { t } = ctx;
    if (!kpi.classLevel1) return t.none;
    // The second level names the first (数量指标 is an output indicator): one short word keeps the column narrow.
    if (kpi.classLevel1 === 'cost' && kpi.classLevel2) return termOrValue(ctx.model.lang, 'costLevel2', kpi.classLevel2);
    if (kpi.classLevel2) return t.indicatorSubclass[kpi.classLevel2] ?? kpi.classLevel2;
    return t.indicatorClass[kpi.classLevel1] ?? kpi.classLevel1;
}


/** A cell's text with a second line (a line break in a cell starts a new line). */
function withNote(text: string, note: string | undefined): string {
    return note === undefined ? text : `${text}\n${note}`;
}
