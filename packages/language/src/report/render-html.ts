/**
 * The report document as one self-contained HTML page: no external assets,
 * no script, inline SVG charts, styles in a single `<style>` element (with a
 * nonce in the editor's webview) and no `style` attributes, so it works under
 * a strict Content-Security-Policy. All text is escaped (`escape.ts`).
 */
import { renderChart } from './charts.js';
import { escapeHtml } from './escape.js';
import type { Block, Cell, Inline, ReportDocument, SectionBlock, TableBlock } from './report-blocks.js';
import { REPORT_CSS } from './report-styles.js';

export interface HtmlOptions {
    /** `standalone`: a file to open in a browser; `webview`: the editor's summary view. */
    readonly mode: 'standalone' | 'webview';
    readonly nonce?: string;
    readonly cspSource?: string;
}

export function renderHtml(document: ReportDocument, options: HtmlOptions): string {
    const context: RenderContext = { charts: 0 };
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
            return `<p${block.muted ? ' class="muted"' : ''}>${inline(block.content)}</p>`;
        case 'list': {
            const tag = block.ordered ? 'ol' : 'ul';
            return `<${tag}>${block.items.map(item => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
        }
        case 'facts':
            return `<dl class="facts">${block.items.map(item => `<div><dt>${escapeHtml(item.label)}</dt><dd>${inline(item.value)}</dd></div>`).join('')}</dl>`;
        case 'cards':
            return `<div class="cards">${block.items.map(card => [
                `<div class="card${card.tone ? ` tone-${card.tone}` : ''}">`,
                `<div class="card-label">${escapeHtml(card.label)}</div>`,
                `<div class="card-value">${escapeHtml(card.value)}</div>`,
                `<div class="card-detail">${escapeHtml(card.detail)}</div>`,
                '</div>'
            ].join('')).join('')}</div>`;
        case 'table':
            return renderTable(block);
        case 'chart': {
            const id = `chart-${++context.charts}`;
            return `<figure class="chart-figure"><figcaption>${escapeHtml(block.chart.title)}</figcaption>${renderChart(block.chart, id)}</figure>`;
        }
    }
}

function renderTable(table: TableBlock): string {
    const alignment = (i: number) => {
        const column = table.columns[i];
        const classes = [column?.numeric ? 'num' : '', column?.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ');
        return classes ? ` class="${classes}"` : '';
    };
    const row = (cells: readonly Cell[], tag: 'td' | 'th') => `<tr>${cells.map((c, i) => `<${tag}${alignment(i)}>${cellHtml(c)}</${tag}>`).join('')}</tr>`;
    return [
        '<div class="table-wrap"><table>',
        `<thead><tr>${table.columns.map((c, i) => `<th scope="col"${alignment(i)}>${escapeHtml(c.title)}</th>`).join('')}</tr></thead>`,
        `<tbody>${table.rows.map(r => row(r, 'td')).join('\n')}</tbody>`,
        table.foot ? `<tfoot>${row(table.foot, 'td')}</tfoot>` : '',
        '</table></div>'
    ].join('\n');
}

function cellHtml(cell: Cell): string {
    const html = typeof cell === 'string' ? escapeHtml(cell) : span(cell);
    return html.replace(/\r?\n/g, '<br>');
}

function inline(parts: readonly Inline[]): string {
    return parts.map(part => typeof part === 'string' ? escapeHtml(part) : span(part)).join('');
}

function span(part: Exclude<Inline, string>): string {
    let html = escapeHtml(part.text);
    if (part.strong) html = `<strong>${html}</strong>`;
    if (part.tone) html = `<span class="tone tone-${part.tone}">${html}</span>`;
    return html;
}
