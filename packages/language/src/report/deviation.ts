/**
 * A KPI's 偏差原因分析及改进措施 (LANGUAGE.md §8.5) as a column of the KPI
 * tables: the titles of the findings that explain it and of the actions that
 * address them. The column appears only when some KPI of the plan is explained.
 */
import { kpiDeviation } from '../figures/explanations.js';
import type { KpiFigures } from '../figures/figures.js';
import type { DocumentContext } from './document-context.js';
import { monitoringText } from '../i18n/monitoring-text.js';
import type { Cell, Column } from './report-blocks.js';

export function deviationColumn(ctx: DocumentContext): Column[] {
    return ctx.model.figures.explanations.kpis.size > 0 ? [{ title: monitoringText(ctx.model.lang).columns.deviation }] : [];
}

export function deviationCell(ctx: DocumentContext, kpi: KpiFigures): Cell[] {
    if (ctx.model.figures.explanations.kpis.size === 0) return [];
    return [deviationText(ctx, kpi) ?? ctx.t.none];
}

/**
 * "Finding A and finding B. Measures: action C." — undefined when no finding
 * explains the KPI, or when it has reached its target (no deviation to explain).
 */
export function deviationText(ctx: DocumentContext, kpi: KpiFigures): string | undefined {
    const deviation = kpiDeviation(ctx.model.figures.explanations, kpi.kpi);
    if (deviation.findings.length === 0 || (kpi.achievement !== null && kpi.achievement >= 1)) return undefined;
    const { t } = ctx;
    const titles = (nodes: ReadonlyArray<{ name: string; title?: string }>) => t.join(nodes.map(node => node.title ?? node.name));
    return monitoringText(ctx.model.lang).deviation(titles(deviation.findings), titles(deviation.actions));
}
