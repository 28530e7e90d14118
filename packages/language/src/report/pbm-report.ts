/**
 * The work-summary report (预算绩效管理工作总结, LANGUAGE.md §7) of one plan,
 * as Markdown, HTML or JSON. Used by `pbm report` and by the editor's
 * "Generate Summary" command; both pass the plan's figures (from the figures
 * service) and the diagnostics of the plan's files.
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import type { PlanFigures } from '../figures/figures.js';
import type { Lang } from '../i18n/locale.js';
import { renderChartFile } from './charts.js';
import { buildReportDocument } from './report-document.js';
import { buildReportModel } from './report-model.js';
import { renderHtml } from './render-html.js';
import { renderJson } from './render-json.js';
import { renderMarkdown } from './render-markdown.js';

export { goalAnchorId } from './escape.js';

export type ReportFormat = 'md' | 'html' | 'json';

export interface ReportOptions {
    readonly format: ReportFormat;
    /** The report language; default: the plan's `language`, else English. */
    readonly lang?: Lang;
    readonly html?: {
        /** `standalone`: a file for a browser; `webview`: the editor's summary view (strict CSP with nonce). */
        readonly mode: 'standalone' | 'webview';
        readonly nonce?: string;
        readonly cspSource?: string;
    };
    /** A date (`YYYY-MM-DD`) to print as the report's date. The report never reads the clock, so output is reproducible. */
    readonly preparedOn?: string;
}

/**
 * Renders the report. Deterministic: the same figures, diagnostics and
 * options give byte-identical output.
 */
export function renderReport(figures: PlanFigures, diagnostics: readonly DiagnosticRecord[], options: ReportOptions): string {
    const model = buildReportModel(figures, diagnostics, { lang: options.lang ?? figures.language, preparedOn: options.preparedOn });
    switch (options.format) {
        case 'json': return renderJson(model);
        case 'md': return renderMarkdown(buildReportDocument(model));
        case 'html': return renderHtml(buildReportDocument(model), options.html ?? { mode: 'standalone' });
    }
}

export interface ChartFile {
    /** The path the Markdown links to, relative to the Markdown file. */
    readonly path: string;
    readonly svg: string;
}

/**
 * The Markdown report with its charts as SVG files to save beside it:
 * `chartPath(n)` names the n-th chart's file (from 1), relative to the
 * Markdown file. Same text and numbers as `renderReport` with `format: 'md'`.
 */
export function renderMarkdownWithCharts(
    figures: PlanFigures, diagnostics: readonly DiagnosticRecord[], options: Omit<ReportOptions, 'format' | 'html'>, chartPath: (index: number) => string
): { readonly markdown: string; readonly charts: readonly ChartFile[] } {
    const model = buildReportModel(figures, diagnostics, { lang: options.lang ?? figures.language, preparedOn: options.preparedOn });
    const charts: ChartFile[] = [];
    const markdown = renderMarkdown(buildReportDocument(model), {
        chartFile: (index, chart) => {
            const path = chartPath(index);
            charts.push({ path, svg: renderChartFile(chart, `chart-${index}`) });
            return path;
        }
    });
    return { markdown, charts };
}
