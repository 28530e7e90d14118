/**
 * 1 Abstract (摘要): headline cards, the score and grade, goals by status,
 * spending against the calendar, and the top three problems.
 */
import type { DocumentContext } from './document-context.js';
import type { Block, SectionBlock } from './report-blocks.js';
import { labelOf, type TopProblem } from './report-model.js';
import { resultText } from '../i18n/result-text.js';
import { resultCard, resultSentence } from './section-results.js';

export function abstractSection(ctx: DocumentContext, n: number): SectionBlock {
    const { figures, plan } = ctx.model;
    const { t, f } = ctx;
    const counts = statusCounts(ctx);
    const blocks: Block[] = [{
        kind: 'cards',
        items: [
            resultCard(ctx),
            {
                label: t.cards.execution, value: f.percent(figures.executionRate),
                detail: t.cards.executionDetail(f.amount(figures.allocated), f.percent(figures.elapsed)),
                tone: plan.executionAlert
            },
            { label: t.cards.goals, value: String(counts.total), detail: allEnded(ctx) ? finalCard(ctx, counts) : t.cards.goalsDetail(counts, t) },
            {
                label: t.cards.checks, value: String(plan.errorCount + plan.warningCount),
                detail: t.cards.checksDetail(plan.errorCount, plan.warningCount),
                tone: plan.errorCount > 0 ? 'error' : plan.warningCount > 0 ? 'warning' : undefined
            }
        ]
    }];
    const time = figures.asOf && figures.elapsed !== null ? t.abstract.time(f.date(figures.asOf.iso), f.percent(figures.elapsed)) : t.abstract.noTime;
    blocks.push({ kind: 'paragraph', content: [t.sentences([time, resultSentence(ctx), ...goalsSentences(ctx, counts)])] });
    const budget = figures.allocated > 0
        ? t.sentences([t.abstract.budget(f.amount(figures.spent), f.amount(figures.allocated), f.percent(figures.executionRate), f.percent(figures.elapsed)), t.abstract.pace[plan.executionAlert ?? 'ok']])
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
        offTrack: counts['off-track'], notStarted: counts['not-started'],
        mostlyAchieved: counts['mostly-achieved'], notAchieved: counts['not-achieved'], unmeasured: counts.unmeasured
    };
}

function describeProblem(ctx: DocumentContext, problem: TopProblem): string {
    const { t, f } = ctx;
    switch (problem.kind) {
        case 'errors':
            return t.problem.errors(problem.count, problem.first.message);
        case 'kpi': {
            const kpi = problem.kpi.figures;
            if (kpi.pastDue) return resultText(ctx.model.lang).kpiMissed(t.quote(labelOf(problem.kpi)), labelOf(problem.goal), t.status[kpi.status], f.percent(kpi.achievement));
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


function optional(text: string | undefined): string[] {
    return text === undefined ? [] : [text];
}

/** Every goal is past its due date: the goals read achieved / mostly achieved / not achieved (§8.6). */
function allEnded(ctx: DocumentContext): boolean {
    return ctx.model.goals.length > 0 && ctx.model.goals.every(goal => goal.figures.kpis.every(kpi => kpi.pastDue));
}

function goalsSentences(ctx: DocumentContext, counts: ReturnType<typeof statusCounts>): string[] {
    const { t } = ctx;
    if (!allEnded(ctx)) return [t.abstract.goals(counts), ...optional(t.abstract.goalsMore(counts, t))];
    return [resultText(ctx.model.lang).finalGoals(counts.total, counts.achieved, counts.mostlyAchieved, counts.notAchieved)];
}

function finalCard(ctx: DocumentContext, counts: ReturnType<typeof statusCounts>): string {
    const { t } = ctx;
    return resultText(ctx.model.lang).finalGoalsCard(counts.achieved, counts.mostlyAchieved, counts.notAchieved,
        t.status.achieved, t.status['mostly-achieved'], t.status['not-achieved']);
}
