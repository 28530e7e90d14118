/**
 * 4 Problem analysis (问题分析): first where KPIs and spending fall behind
 * the calendar (read from the figures, so each KPI has the status the goal
 * tables show), then the review findings grouped by their cause — external
 * factors, internal management, data, communication. Only the groups the
 * plan needs appear. The checker's diagnostics stay in the appendix; here
 * the data points are only counted, in plain words.
 */
import { NAME, type DocumentContext } from './document-context.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';
import { labelOf, type BudgetReport, type FindingReport, type GoalReport, type KpiReport, type Named } from './report-model.js';
import type { ProblemKind } from '../i18n/report-text.js';
import { dataPointCount } from './section-appendix.js';
import { lineBelowYearEnd } from '../figures/alerts.js';

/** Finding groups by cause, in report order; a finding without a known cause is `other`. */
const CAUSE_KINDS: readonly ProblemKind[] = ['external', 'internal', 'data', 'communication', 'other'];

/** KPI statuses the problem analysis reports as falling behind. */
const BEHIND = new Set(['at-risk', 'off-track']);

export function problemsSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const groups: Array<{ kind: ProblemKind; blocks: Block[] }> = [];
    const progress = progressItems(ctx);
    if (progress.length > 0) groups.push({ kind: 'progress', blocks: [{ kind: 'paragraph', content: [t.problems.progressIntro] }, { kind: 'list', items: progress }] });
    const dataPoints = dataPointCount(ctx);
    for (const kind of CAUSE_KINDS) {
        const items = causeItems(ctx, kind);
        const blocks: Block[] = items.length > 0 ? [{ kind: 'list', items }] : [];
        // The data points the checker found are counted here, and listed in the appendix.
        if (kind === 'data' && dataPoints > 0) blocks.push({ kind: 'paragraph', content: [t.problems.dataPointer(dataPoints)] });
        if (blocks.length > 0) groups.push({ kind, blocks });
    }
    const blocks: Block[] = groups.length === 0
        ? [{ kind: 'paragraph', content: [t.problems.none] }]
        : [{ kind: 'paragraph', content: [t.problems.intro] }, ...groups.map((group, i): SectionBlock => ({
            kind: 'section', id: `problems-${group.kind}`, title: t.subsection(n, i + 1, t.problems.groups[group.kind]), blocks: group.blocks
        }))];
    return { kind: 'section', id: 'problems', title: t.section(n, t.sections.problems), blocks };
}

// ---------------------------------------------------------------- progress

function progressItems(ctx: DocumentContext): Inline[][] {
    const items: Inline[][] = [];
    for (const goal of ctx.model.goals) {
        for (const kpi of goal.kpis) {
            const item = kpiItem(ctx, goal, kpi);
            if (item) items.push(item);
        }
    }
    for (const budget of ctx.model.budgets) {
        const item = budgetItem(ctx, budget);
        if (item) items.push(item);
    }
    return items;
}

function kpiItem(ctx: DocumentContext, goal: GoalReport, kpi: KpiReport): Inline[] | undefined {
    const { t, f } = ctx;
    const k = kpi.figures;
    if (k.weight <= 0) return undefined;
    // Not started is a problem once its time has begun to run.
    if (k.status === 'not-started') return (k.expected ?? 0) > 0 ? ctx.about(kpi, t.problems.kpiNoMeasure(NAME, labelOf(goal))) : undefined;
    if (!BEHIND.has(k.status)) return undefined;
    const parts = ctx.about(kpi, t.problems.kpi(NAME, labelOf(goal), t.status[k.status], f.percent(k.achievement), f.percent(k.expected), f.points(k.lag)));
    if (k.projectedMiss && k.projection !== null && goal.figures.due) {
        parts.push(t.problems.projection(f.quantity(k.projection, k.unit), f.date(goal.figures.due.iso), f.target(k)));
    }
    return [...parts, ...explanation(ctx, [kpi, goal])];
}

function budgetItem(ctx: DocumentContext, budget: BudgetReport): Inline[] | undefined {
    const { t, f } = ctx;
    const b = budget.figures;
    let sentence: string;
    if (b.executionRate !== null && b.executionRate > 1) sentence = t.problems.overspent(NAME, f.amount(b.spent), f.amount(b.amount), f.percent(b.executionRate));
    else if (budget.executionAlert) sentence = t.problems.budget(NAME, f.percent(b.executionRate), f.percent(ctx.model.figures.elapsed), f.points(b.lag), t.alert[budget.executionAlert]);
    else if (lineBelowYearEnd(ctx.model.figures, b)) sentence = t.problems.belowYearEnd(NAME, f.percent(b.executionRate), f.percent(ctx.model.figures.rules.yearEndExecution));
    else return undefined;
    return [...ctx.about(budget, sentence), ...explanation(ctx, [budget, ...budget.funds.map(share => share.goal)])];
}

/** The findings that affect any of the items: the cause the reviews recorded for a lag. */
function explanation(ctx: DocumentContext, items: readonly Named[]): Inline[] {
    const names = new Set(items.map(item => item.name));
    const findings = ctx.model.findings.filter(finding => finding.affects.some(affected => names.has(affected.name)));
    if (findings.length === 0) return [];
    const { t } = ctx;
    return [t.problems.explainedBy(t.join(findings.map(finding => `${t.quote(labelOf(finding))}${t.paren(t.cause[finding.cause ?? ''] ?? t.problems.groups.other)}`)))];
}

// ---------------------------------------------------------------- findings by cause

function kindOfCause(cause: string | undefined): ProblemKind {
    return cause === 'external' || cause === 'internal' || cause === 'data' || cause === 'communication' ? cause : 'other';
}

function causeItems(ctx: DocumentContext, kind: ProblemKind): Inline[][] {
    const items = ctx.model.findings.filter(finding => kindOfCause(finding.cause) === kind).map(finding => findingItem(ctx, finding));
    if (kind === 'communication') {
        // Follow-up is communication too: actions past their due date.
        for (const action of ctx.model.actions.filter(a => a.overdue)) {
            items.push(ctx.about(action, ctx.t.problems.overdueAction(NAME, action.owner ? labelOf(action.owner) : '', ctx.f.date(action.due))));
        }
    }
    return items;
}

function findingItem(ctx: DocumentContext, finding: FindingReport): Inline[] {
    const { t, f } = ctx;
    const review = `${labelOf(finding.review)}${t.comma}${f.date(finding.review.date)}`;
    const parts: Inline[] = [
        ctx.link(finding, { strong: true }),
        `${t.dash}${t.problems.finding(t.severity[finding.severity ?? ''] ?? t.none, review)}${t.sentenceEnd}`
    ];
    if (finding.affects.length > 0) parts.push(t.problems.affects(t.join(finding.affects.map(labelOf))));
    parts.push(finding.actions.length > 0
        ? t.problems.actions(t.join(finding.actions.map(action => `${t.quote(labelOf(action))}${t.paren(ctx.actionStatusText(action))}`)))
        : { text: t.problems.noAction, tone: 'warning' });
    return parts;
}
