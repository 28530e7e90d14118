/**
 * Before the period ends, the KPI tables add each KPI's projected
 * achievement at its due date (全年预计完成) and the likelihood of reaching
 * its target (完成目标可能性), LANGUAGE.md §8.7. At the end they are gone:
 * the statuses of §8.6 say how each KPI ended.
 */
import type { KpiFigures } from '../figures/figures.js';
import type { DocumentContext } from './document-context.js';
import type { Cell, Column } from './report-blocks.js';
import { resultText } from '../i18n/result-text.js';

export function kpiProjectionColumns(ctx: DocumentContext): Column[] {
    if (ctx.model.figures.final) return [];
    const r = resultText(ctx.model.lang);
    return [{ title: r.columns.projected, numeric: true }, { title: r.columns.likelihood }];
}

export function kpiProjectionCells(ctx: DocumentContext, kpi: KpiFigures): Cell[] {
    if (ctx.model.figures.final) return [];
    const r = resultText(ctx.model.lang);
    const likelihood: Cell = kpi.likelihood
        ? { text: r.likelihood[kpi.likelihood], tone: kpi.likelihood === 'certain' ? 'achieved' : kpi.likelihood === 'possible' ? 'at-risk' : 'off-track' }
        : ctx.t.none;
    return [ctx.f.percent(kpi.pastDue ? kpi.achievement : kpi.projectedAchievement), likelihood];
}
