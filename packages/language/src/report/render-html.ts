/**
 * The report document as one self-contained HTML page: no external assets,
 * no script, inline SVG charts, styles in a single `<style>` element (with a
 * nonce in the editor's webview) and no `style` attributes, so it works under
 * a strict Content-Security-Policy. All text is escaped (`escape.ts`).
 *
 * In the editor's webview the page also has a toolbar (export, save, print)
 * and links from the items it mentions to their lines in the plan: plain
 * elements with `data-*` attributes that the view's one nonce'd script
 * (extension, `summary-html.ts`) turns into messages. A file never gets them,
 * so it stays byte-identical and holds no paths of the machine.
 */
import { renderChart } from './charts.js';
import type { SourceRef } from './report-model.js';
import { escapeHtml } from './escape.js';
import type { Block, Cell, Inline, ReportDocument, ReportToolbar, SectionBlock, Span, TableBlock } from './report-blocks.js';
import { REPORT_CSS } from './report-styles.js';

export interface HtmlOptions {
    /** `standalone`: a file to open in a browser; `webview`: the editor's summary view. */
    readonly mode: 'standalone' | 'webview';
    readonly nonce?: string;
    readonly cspSource?: string;
}

export function renderHtml(document: ReportDocument, options: HtmlOptions): string {
    const context: RenderContext = { charts: 0, webview: options.mode === 'webview' };
    const nonce = options.nonce ? ` nonce="${escapeHtml(options.nonce)}"` : '';
    const body = document.sections.map(section => renderSection(section, 2, context)).join('\n');
    return [
        '<!DOCTYPE html>',
        `<html lang="${document.lang === 'zh' ? 'zh-CN' : 'en'}">`,
        '<head>',
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(options))}">`,
        `<title>${escapeHtml(document.title)}</title>`,
        `<style${nonce}>`,
        REPORT_CSS,
        '</style>',
        '</head>',
        '<body>',
        '<main class="report">',
        context.webview ? renderToolbar(document.toolbar) : '',
        '<header>',
        `<h1>${escapeHtml(document.title)}</h1>`,
        ...document.subtitle.map(line => `<p class="subtitle">${escapeHtml(line)}</p>`),
        '</header>',
        renderContents(document),
        body,
        '</main>',
        '</body>',
        '</html>',
        ''
    ].join('\n');
}

/**
 * Nothing may load: styles only from the page itself, images only as data
 * URIs (and, in the webview, from the extension's own resources).
 */
function contentSecurityPolicy(options: HtmlOptions): string {
    if (options.mode === 'webview') {
        const source = options.cspSource ? `${options.cspSource} ` : '';
        const nonce = options.nonce ? `'nonce-${options.nonce}'` : "'unsafe-inline'";
        return `default-src 'none'; style-src ${source}${nonce}; img-src ${source}data:; script-src ${options.nonce ? nonce : "'none'"}`;
    }
    return "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
}

interface RenderContext {
    /** Charts rendered so far, for unique SVG title/description ids. */
    charts: number;
    /** In the editor's view: source links and the toolbar. */
    readonly webview: boolean;
}

/** The view's buttons; what each does is decided by the extension, which receives only the action and form id. */
function renderToolbar(toolbar: ReportToolbar): string {
    const button = (action: string, label: string, form?: string) =>
        `<button type="button" data-action="${action}"${form ? ` data-form="${escapeHtml(form)}"` : ''}>${escapeHtml(label)}</button>`;
    return [
        `<div class="toolbar" role="toolbar" aria-label="${escapeHtml(toolbar.label)}">`,
        ...toolbar.exports.map(item => button('export', item.label, item.form)),
        button('save-md', toolbar.saveMarkdown), button('save-html', toolbar.saveHtml), button('print', toolbar.print),
        '</div>'
    ].join('');
}

function renderContents(document: ReportDocument): string {
    const items = document.sections.map(section => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`);
    return `<nav class="toc" aria-label="${escapeHtml(document.contentsTitle)}"><p class="toc-title">${escapeHtml(document.contentsTitle)}</p><ul>${items.join('')}</ul></nav>`;
}

function renderSection(section: SectionBlock, level: number, context: RenderContext): string {
    const heading = `<h${level}>${escapeHtml(section.title)}</h${level}>`;
    const blocks = section.blocks.map(block => renderBlock(block, level, context));
    return [`<section id="${escapeHtml(section.id)}">`, heading, ...blocks, '</section>'].join('\n');
}

function renderBlock(block: Block, level: number, context: RenderContext): string {
    switch (block.kind) {
        case 'section':
            return renderSection(block, Math.min(level + 1, 6), context);
        case 'paragraph':
            return `<p${block.muted ? ' class="muted"' : ''}>${inline(block.content, context)}</p>`;
        case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag}>${block.items.map(item => `<li>${inline(item, context)}</li>`).join('')}</${tag}>`;
        }
        case 'facts':
            return `<dl class="facts">${block.items.map(item => `<div><dt>${escapeHtml(item.label)}</dt><dd>${inline(item.value, context)}</dd></div>`).join('')}</dl>`;
        case 'cards':
            return `<div class="cards">${block.items.map(card => [
                `<div class="card${card.tone ? ` tone-${card.tone}` : ''}">`,
                `<div class="card-label">${escapeHtml(card.label)}</div>`,
                `<div class="card-value">${escapeHtml(card.value)}</div>`,
                `<div class="card-detail">${escapeHtml(card.detail)}</div>`,
                '</div>'
            ].join('')).join('')}</div>`;
        case 'table':
            return renderTable(block, context);
        case 'chart': {
            // Two drawings: wide for pages and print, narrow (labels above the bars) for a phone or an editor column,
            // so the chart's text is never scaled below a readable size. CSS shows one.
            const id = `chart-${++context.charts}`;
            return `<figure class="chart-figure"><figcaption>${escapeHtml(block.chart.title)}</figcaption>`
                + `<div class="chart-wide">${renderChart(block.chart, id)}</div>`
                + `<div class="chart-narrow">${renderChart(block.chart, `${id}n`, 'narrow')}</div></figure>`;
        }
    }
}

/**
 * A table; each cell carries its column's title (`data-label`), which a narrow
 * screen shows beside the value when the rows are stacked as cards.
 */
function renderTable(table: TableBlock, context: RenderContext): string {
    const attributes = (i: number, label: boolean) => {
        const column = table.columns[i];
        const classes = [column?.numeric || column?.wrap ? 'num' : '', column?.wrap ? 'wrap' : '', column?.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ');
        return (classes ? ` class="${classes}"` : '') + (label && column ? ` data-label="${escapeHtml(column.title)}"` : '');
    };
    const row = (cells: readonly Cell[]) => `<tr>${cells.map((c, i) => `<td${attributes(i, true)}>${cellHtml(c, context)}</td>`).join('')}</tr>`;
    return [
        '<div class="table-wrap"><table>',
        `<thead><tr>${table.columns.map((c, i) => `<th scope="col"${attributes(i, false)}>${escapeHtml(c.title)}</th>`).join('')}</tr></thead>`,
        `<tbody>${table.rows.map(row).join('\n')}</tbody>`,
        table.foot ? `<tfoot>${row(table.foot)}</tfoot>` : '',
        '</table></div>'
    ].join('\n');
}

/** A cell of several lines is one element of block lines (the stacked layout keeps it beside its label). */
function cellHtml(cell: Cell, context: RenderContext): string {
    const part: Span = typeof cell === 'string' ? { text: cell } : cell;
    const lines = part.text.split(/\r?\n/);
    if (lines.length === 1) return span(part, context);
    return `<span class="lines">${lines.map(line => `<span>${span({ ...part, text: line }, context)}</span>`).join('')}</span>`;
}

function inline(parts: readonly Inline[], context: RenderContext): string {
    return parts.map(part => typeof part === 'string' ? escapeHtml(part) : span(part, context)).join('');
}

function span(part: Span, context: RenderContext): string {
    let html = escapeHtml(part.text);
    if (part.strong) html = `<strong>${html}</strong>`;
    if (part.source && context.webview) html = sourceLink(html, part.source);
    if (part.tone) html = `<span class="tone tone-${part.tone}">${html}</span>`;
    return html;
}

/** A link the view's script turns into "open this line"; `href="#"` keeps it keyboard-focusable and navigates nowhere. */
function sourceLink(html: string, source: SourceRef): string {
    return `<a href="#" class="source-link" data-uri="${escapeHtml(source.uri)}" data-line="${source.line}">${html}</a>`;
}
