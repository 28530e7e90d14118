/**
 * 1 Abstract (摘要): headline cards, the score (to date before the period
 * ends), goals by status, spending against the calendar, and the top three
 * problems — in the manager's words: no checker codes, file positions or
 * plan syntax (those stay in the appendix).
 */
import { NAME, type DocumentContext } from './document-context.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';
import { monitoringText } from '../i18n/monitoring-text.js';
import { labelOf, type TopProblem } from './report-model.js';
import { resultText } from '../i18n/result-text.js';
import { resultCard, resultSentence } from './section-results.js';
import { planBelowYearEnd } from '../figures/alerts.js';

export function abstractSection(ctx: DocumentContext, n: number): SectionBlock {
    const { figures, plan, goals } = ctx.model;
    const { t, f } = ctx;
    const statuses = ctx.statusCounts(goals.map(goal => goal.figures.status));
    const elapsed = f.percent(figures.elapsed);
    // A plan not monitored yet (no checkpoint) has no score or grade to show (§8.8).
    const notMonitored = figures.monitored ? undefined : monitoringText(ctx.model.lang);
    const blocks: Block[] = [{
        kind: 'cards',
        items: [
            // Before the period ends the projected score and grade lead, the score to date beside them (§8.7).
            resultCard(ctx),
            {
                label: t.cards.execution, value: f.percent(figures.executionRate),
                detail: t.cards.executionDetail(f.amount(figures.allocated), elapsed),
                tone: plan.executionAlert ?? (planBelowYearEnd(figures) ? 'yellow' : undefined)
            },
            { label: t.cards.goals, value: String(goals.length), detail: statuses.list || t.none }
        ]
    }];
    const time = figures.asOf && figures.elapsed !== null ? t.abstract.time(f.date(figures.asOf.iso), elapsed) : t.abstract.noTime;
    const score = resultSentence(ctx);
    const goalSentence = goals.length > 0 ? [t.abstract.goals(goals.length, statuses.list, statuses.single)] : [];
    blocks.push({ kind: 'paragraph', content: [t.sentences([time, score, ...goalSentence])] });
    const budget = figures.allocated > 0
        ? t.sentences([t.abstract.budget(f.amount(figures.spent), f.amount(figures.allocated), f.percent(figures.executionRate), elapsed), ...(notMonitored ? [] : [paceSentence(ctx)])])
        : t.abstract.noBudget;
    blocks.push({ kind: 'paragraph', content: [budget] });
    if (ctx.model.topProblems.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.abstract.noProblems] });
    } else {
        blocks.push({ kind: 'paragraph', content: [{ text: t.abstract.problemsIntro, strong: true }] });
        blocks.push({ kind: 'list', ordered: true, items: ctx.model.topProblems.map(problem => describeProblem(ctx, problem)) });
    }
    return { kind: 'section', id: 'abstract', title: t.section(n, t.sections.abstract), blocks };
}

/** One top problem as a sentence; the item it is about links to its line in the editor's view. */
function describeProblem(ctx: DocumentContext, problem: TopProblem): Inline[] {
    const { t, f } = ctx;
    switch (problem.kind) {
        case 'errors':
            return [t.problem.errors(problem.count)];
        case 'kpi': {
            const kpi = problem.kpi.figures;
            if (kpi.pastDue) return ctx.about(problem.kpi, resultText(ctx.model.lang).kpiMissed(NAME, labelOf(problem.goal), t.status[kpi.status], f.percent(kpi.achievement)));
            return ctx.about(problem.kpi, t.problem.kpi(NAME, labelOf(problem.goal), t.status[kpi.status], f.percent(kpi.achievement), f.percent(kpi.expected), f.points(kpi.lag)));
        }
        case 'budget': {
            const budget = problem.budget;
            const text = budget.executionAlert
                ? t.problem.budget(NAME, f.percent(budget.figures.executionRate), f.percent(ctx.model.figures.elapsed), t.alert[budget.executionAlert])
                : t.problem.overspent(NAME, f.amount(budget.figures.spent), f.amount(budget.figures.amount), f.percent(budget.figures.executionRate));
            return ctx.about(budget, text);
        }
        case 'finding': {
            const finding = problem.finding;
            return ctx.about(finding, t.problem.finding(NAME, t.cause[finding.cause ?? ''] ?? t.none, t.severity[finding.severity ?? ''] ?? t.none, t.join(finding.affects.map(labelOf))));
        }
        case 'action': {
            const action = problem.action;
            return ctx.about(action, t.problem.action(NAME, action.owner ? labelOf(action.owner) : '', f.date(action.due)));
        }
    }
}

/** Whether spending keeps pace: the spending alert before the period's end, the year-end threshold at its end. */
function paceSentence(ctx: DocumentContext): string {
    const { figures, plan } = ctx.model;
    if (!plan.executionAlert && planBelowYearEnd(figures)) return ctx.t.abstract.belowYearEnd(ctx.f.percent(figures.rules.yearEndExecution));
    return ctx.t.abstract.pace[plan.executionAlert ?? 'ok'];
}
