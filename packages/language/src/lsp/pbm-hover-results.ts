/**
 * The hover lines of LANGUAGE.md §8.2, 8.3 and 8.7: a points-scored KPI's
 * arithmetic and award, its projection and likelihood, the plan's projected
 * and awarded results, and the hover on an `award` line. Figures come from
 * the figures service; words from `i18n/points-words.ts`.
 */
import type { KpiFigures, PlanFigures } from '../figures/figures.js';
import type * as ast from '../generated/ast.js';
import { formatNumber, formatPercent, formatScore } from '../i18n/format.js';
import type { Lang } from '../i18n/locale.js';
import { executionLine, likelihoodTerm, pointsLine, pointsWord } from '../i18n/points-words.js';
import { gradeTerm } from '../i18n/editor-terms.js';

/** Points, award and projection lines of a KPI. */
export function kpiResultLines(lang: Lang, kpi: KpiFigures, plan: PlanFigures): string[] {
    const lines: string[] = [];
    if (kpi.points !== null) lines.push(`${pointsWord(lang, 'points')}: ${pointsLine(lang, kpi, plan.profile)}`);
    if (!kpi.pastDue && kpi.projectedAchievement !== null) {
        const likelihood = kpi.likelihood ? ` · ${pointsWord(lang, 'likelihood')} ${likelihoodTerm(lang, kpi.likelihood)}` : '';
        lines.push(`${pointsWord(lang, 'projected')}: ${formatPercent(lang, kpi.projectedAchievement)}${likelihood}`);
    }
    return lines;
}

/** The plan's projected result before the period ends; its awarded result beside the computed one. */
export function planResultLines(lang: Lang, plan: PlanFigures): string[] {
    const lines: string[] = [];
    // A plan not monitored yet has nothing to project from.
    if (!plan.final && plan.monitored) {
        lines.push(`${pointsWord(lang, 'projectedScore')}: ${formatScore(lang, plan.projectedScore)} (${gradeTerm(lang, plan.projectedGrade)})`);
    }
    if (plan.awardedScore !== null && plan.awardedGrade !== null) {
        lines.push(`${pointsWord(lang, 'awardedScore')}: ${formatScore(lang, plan.awardedScore)} (${gradeTerm(lang, plan.awardedGrade)}) · ${pointsWord(lang, 'computedScore')} ${formatScore(lang, plan.score)}`);
    }
    if (plan.execution) lines.push(`${pointsWord(lang, 'execution')}: ${executionLine(lang, plan.execution, plan.executionRate, plan.awards.execution?.reason)}`);
    return lines;
}

/** Hover on an `award` line: the row's award beside its computed points and the arithmetic. */
export function awardHover(lang: Lang, award: ast.Award, plan: PlanFigures): string | undefined {
    const value = formatNumber(lang, Number(award.value), 2);
    if (award.execution) {
        if (!plan.execution) return undefined;
        return `**award** execution ${value}\n\n${executionLine(lang, plan.execution, plan.executionRate, plan.awards.execution?.reason)}`;
    }
    const kpi = award.kpi?.ref && plan.kpiFigures.get(award.kpi.ref);
    if (!kpi || kpi.points === null) return undefined;
    const counted = plan.awards.byKpi.get(kpi.kpi)?.node === award;
    // An award that does not count (a later review overrides it, or a duplicate) still shows the row's arithmetic.
    const line = pointsLine(lang, counted ? kpi : { ...kpi, awarded: Number(award.value), awardReason: award.reason }, plan.profile);
    return `**award** \`${kpi.name}\`${kpi.kpi.title ? ` — ${kpi.kpi.title}` : ''}\n\n${line}`;
}
