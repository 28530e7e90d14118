/**
 * 1 Abstract (摘要): headline cards, the score and grade, goals by status,
 * spending against the calendar, and the top three problems.
 */
import type { Grade } from '../figures/figures.js';
import type { DocumentContext } from './document-context.js';
import type { Block, SectionBlock, Tone } from './report-blocks.js';
import { monitoringText } from '../i18n/monitoring-text.js';
import { labelOf, type TopProblem } from './report-model.js';

/** The colour of a grade on the score card: excellent green … poor vermillion. */
const GRADE_TONES: Readonly<Record<Grade, Tone>> = { excellent: 'achieved', good: 'on-track', fair: 'at-risk', poor: 'off-track' };

export function abstractSection(ctx: DocumentContext, n: number): SectionBlock {
    const { figures, plan } = ctx.model;
    const { t, f } = ctx;
    const counts = statusCounts(ctx);
    // A plan not monitored yet (no checkpoint) has no score or grade to show (§8.8).
    const notMonitored = figures.monitored ? undefined : monitoringText(ctx.model.lang);
    const blocks: Block[] = [{
        kind: 'cards',
        items: [
            notMonitored
                ? { label: t.cards.score, value: t.none, detail: notMonitored.notMonitoredCard }
                : { label: t.cards.score, value: f.score(figures.score), detail: t.cards.grade(t.grade[figures.grade]), tone: GRADE_TONES[figures.grade] },
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
    const score = notMonitored ? notMonitored.notMonitoredScore : t.abstract.score(f.score(figures.score), t.grade[figures.grade], ctx.government);
    blocks.push({ kind: 'paragraph', content: [t.sentences([time, score, t.abstract.goals(counts)])] });
    const budget = figures.allocated > 0
        ? t.sentences([t.abstract.budget(f.amount(figures.spent), f.amount(figures.allocated), f.percent(figures.executionRate), f.percent(figures.elapsed)), ...(notMonitored ? [] : [t.abstract.pace[plan.executionAlert ?? 'ok']])])
        : t.abstract.noBudget;
    blocks.push({ kind: 'paragraph', content: [budget] });
    if (ctx.model.topProblems.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.abstract.noProblems] });
    } else {
        blocks.push({ kind: 'paragraph', content: [{ text: t.abstract.problemsIntro, strong: true }] });
        blocks.push({ kind: 'list', ordered: true, items: ctx.model.topProblems.map(problem => [describeProblem(ctx, problem)]) });
    }
    return { kind: 'section', id: 'abstract', title: t.section(n, t.sections.abstract), blocks };
}

function statusCounts(ctx: DocumentContext) {
    const counts = ctx.model.plan.goalStatusCounts;
    return {
        total: ctx.model.goals.length,
        achieved: counts['achieved'], onTrack: counts['on-track'], atRisk: counts['at-risk'],
        offTrack: counts['off-track'], notStarted: counts['not-started']
    };
}

function describeProblem(ctx: DocumentContext, problem: TopProblem): string {
    const { t, f } = ctx;
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
            return t.problem.budget(t.quote(labelOf(budget)), f.percent(budget.figures.executionRate), f.percent(ctx.model.figures.elapsed), t.alert[budget.executionAlert]);
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

