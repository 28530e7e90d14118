/**
 * 2 Main achievements (主要成效): what went well, first — the goals and KPIs
 * achieved or on track with their figures, and the budget spent — as a real
 * 工作总结 leads with its results before its problems.
 */
import { GOOD_STATUSES, STATUS_ORDER, type DocumentContext } from './document-context.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';
import { labelOf, type GoalReport, type KpiReport } from './report-model.js';
import { planBelowYearEnd } from '../figures/alerts.js';

/** Enough to show the picture; the goal sections list the rest (but never "… and 1 more"). */
const MAX_GOALS = 8;
const ALL_GOALS_UP_TO = 10;
const MAX_KPIS_PER_GOAL = 3;
const MAX_OTHER_KPIS = 5;

export function achievementsSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t, f } = ctx;
    const { goals, figures, plan } = ctx.model;
    const good = goals
        .filter(goal => GOOD_STATUSES.has(goal.figures.status))
        .map((goal, order) => ({ goal, order }))
        .sort((a, b) => STATUS_ORDER.indexOf(a.goal.figures.status) - STATUS_ORDER.indexOf(b.goal.figures.status) || a.order - b.order)
        .map(x => x.goal);
    const blocks: Block[] = [];
    if (goals.length > 0) {
        blocks.push({
            kind: 'paragraph',
            content: [good.length === 0 ? t.achievements.none : t.achievements.intro(good.length, ctx.statusCounts(good.map(g => g.figures.status)).list, goals.length, ctx.final)]
        });
    }
    if (figures.allocated > 0) {
        // A plan not monitored yet has no alert because nothing was judged, not because spending keeps pace (§8.8).
        blocks.push({
            kind: 'paragraph',
            content: [t.achievements.execution(f.amount(figures.spent), f.amount(figures.allocated), f.percent(figures.executionRate), f.percent(figures.elapsed), figures.monitored && !plan.executionAlert && !planBelowYearEnd(figures))]
        });
    }
    const shown = good.length <= ALL_GOALS_UP_TO ? good : good.slice(0, MAX_GOALS);
    const items = shown.map(goal => goalItem(ctx, goal));
    if (good.length > shown.length) items.push([t.achievements.moreGoals(good.length - shown.length)]);
    if (items.length > 0) blocks.push({ kind: 'list', items });
    const others = goals.filter(goal => !good.includes(goal)).flatMap(goal => goodKpis(goal)).slice(0, MAX_OTHER_KPIS);
    if (others.length > 0) blocks.push({ kind: 'paragraph', content: [t.achievements.otherKpis(t.join(others.map(kpi => kpiText(ctx, kpi))))] });
    return { kind: 'section', id: 'achievements', title: t.section(n, t.sections.achievements), blocks };
}

function goalItem(ctx: DocumentContext, goal: GoalReport): Inline[] {
    const { t, f } = ctx;
    const kpis = goodKpis(goal).slice(0, MAX_KPIS_PER_GOAL).map(kpi => kpiText(ctx, kpi));
    const head = t.achievements.goal('', t.status[goal.figures.status], f.percent(goal.figures.score));
    return [ctx.link(goal, { strong: true }), head, ...(kpis.length > 0 ? [`${t.colon}${kpis.join(t.cellLineSeparator)}${t.sentenceEnd.trimEnd()}`] : [])];
}

function goodKpis(goal: GoalReport): KpiReport[] {
    return goal.kpis.filter(kpi => kpi.figures.weight > 0 && GOOD_STATUSES.has(kpi.figures.status));
}

function kpiText(ctx: DocumentContext, kpi: KpiReport): string {
    const { t, f } = ctx;
    const k = kpi.figures;
    if (k.qualitative) return t.achievements.kpiGraded(labelOf(kpi), k.latestLevel ? t.level[k.latestLevel.level] : t.none, f.target(k));
    return t.achievements.kpi(labelOf(kpi), f.actual(k), f.target(k), f.percent(k.achievement));
}
