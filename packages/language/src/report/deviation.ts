/**
 * A KPI's 偏差原因分析及改进措施 (LANGUAGE.md §8.5) under its goal's KPI
 * table: the titles of the findings that explain it and of the actions that
 * address them, one item per KPI not at its target. (A list, not a column:
 * a sentence per KPI would push the table past a phone's or A4's width.)
 */
import { kpiDeviation } from '../figures/explanations.js';
import type { KpiFigures } from '../figures/figures.js';
import type { DocumentContext } from './document-context.js';
import { monitoringText } from '../i18n/monitoring-text.js';
import type { Block } from './report-blocks.js';
import { labelOf, type KpiReport } from './report-model.js';

export function deviationBlocks(ctx: DocumentContext, kpis: readonly KpiReport[]): Block[] {
    const items = kpis.flatMap(kpi => {
        const text = deviationText(ctx, kpi.figures);
        // The colon stays outside the bold: Markdown does not close `**…：**` before a Chinese character.
        return text ? [[{ text: labelOf(kpi), strong: true }, `${ctx.t.colon}${text}`]] : [];
    });
    if (items.length === 0) return [];
    return [
        { kind: 'paragraph', content: [{ text: monitoringText(ctx.model.lang).columns.deviation, strong: true }] },
        { kind: 'list', items }
    ];
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
