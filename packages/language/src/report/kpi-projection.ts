/**
 * Before the period ends, each KPI's achievement cell adds its projected
 * achievement at its due date (全年预计完成) and the likelihood of reaching its
 * target (完成目标可能性), LANGUAGE.md §8.7 — in the cell, so the table keeps
 * the columns that fit A4 and 800 px. At the end they are gone: the statuses
 * of §8.6 say how each KPI ended.
 */
import type { KpiFigures } from '../figures/figures.js';
import { resultText } from '../i18n/result-text.js';
import type { DocumentContext } from './document-context.js';

/** "Projected 109.4%" and "certain" on two lines (narrow cells); none at the end or without a measure. */
export function kpiProjectionNote(ctx: DocumentContext, kpi: KpiFigures): string | undefined {
    if (ctx.final || kpi.pastDue || kpi.projectedAchievement === null) return undefined;
    const r = resultText(ctx.model.lang);
    const likelihood = kpi.likelihood ? `\n${r.likelihood[kpi.likelihood]}` : '';
    return `${r.columns.projected} ${ctx.f.percent(kpi.projectedAchievement)}${likelihood}`;
}
