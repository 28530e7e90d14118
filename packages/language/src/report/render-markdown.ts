/**
 * The report document as Markdown (CommonMark with GFM tables). Charts are
 * replaced by the tables that hold their numbers, and shown as images when
 * they are saved as SVG files beside the report; all plan text is escaped
 * (`escape.ts`), so it can never turn into markup.
 */
import { escapeLineStart, escapeMarkdown, escapeMarkdownCell } from './escape.js';
import type { Chart } from './charts.js';
import type { Block, Cell, Inline, ReportDocument, SectionBlock, TableBlock } from './report-blocks.js';

export interface MarkdownOptions {
    /**
     * Where the n-th chart (from 1) is saved as an SVG file, relative to the
     * Markdown file: the report then shows it as an image above its table.
     */
    readonly chartFile?: (index: number, chart: Chart) => string;
}

export function renderMarkdown(document: ReportDocument, options: MarkdownOptions = {}): string {
    const context: Context = { colon: document.colon, cellLineSeparator: document.cellLineSeparator, chartFile: options.chartFile, charts: 0 };
    const out: string[] = [`# ${escapeMarkdown(document.title)}`, ''];
    out.push(document.subtitle.map(line => escapeLineStart(escapeMarkdown(line))).join('  \n'), '');
    for (const section of document.sections) renderSection(section, 2, context, out);
    return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

interface Context {
    readonly colon: string;
    readonly cellLineSeparator: string;
    readonly chartFile?: (index: number, chart: Chart) => string;
    charts: number;
}

function renderSection(section: SectionBlock, level: number, context: Context, out: string[]): void {
    out.push(`${'#'.repeat(Math.min(level, 6))} ${escapeMarkdown(section.title)}`, '');
    for (const block of section.blocks) renderBlock(block, level, context, out);
}

function renderBlock(block: Block, level: number, context: Context, out: string[]): void {
    const { colon } = context;
    switch (block.kind) {
        case 'section':
            renderSection(block, level + 1, context, out);
            return;
        case 'paragraph': {
            const text = escapeLineStart(inline(block.content));
            out.push(block.muted && text ? `*${text}*` : text, '');
            return;
        }
        case 'list':
            block.items.forEach((item, i) => out.push(`${block.ordered ? `${i + 1}.` : '-'} ${escapeLineStart(inline(item))}`));
            out.push('');
            return;
        case 'facts':
            out.push(block.items.map(item => `**${escapeMarkdown(item.label + colon.trimEnd())}** ${inline(item.value)}`).join(' · '), '');
            return;
        case 'cards':
            for (const card of block.items) {
                out.push(`- **${escapeMarkdown(card.label + colon + card.value)}** — ${escapeMarkdown(card.detail)}`);
            }
            out.push('');
            return;
        case 'table':
            renderTable(block, out, context);
            return;
        case 'chart': {
            const file = context.chartFile?.(++context.charts, block.chart);
            if (file) out.push(`![${escapeMarkdown(block.chart.title)}](${encodeURI(file)})`, '');
            if (block.fallback) {
                if (!file) out.push(`**${escapeMarkdown(block.chart.title)}**`, '');
                renderTable(block.fallback, out, context);
            }
            return;
        }
    }
}

function renderTable(table: TableBlock, out: string[], context: Context): void {
    const cell = (value: Cell) => cellMarkdown(value, context.cellLineSeparator);
    out.push(`| ${table.columns.map(c => cell(c.title)).join(' | ')} |`);
    out.push(`| ${table.columns.map(c => c.numeric || c.wrap ? '---:' : '---').join(' | ')} |`);
    for (const row of table.foot ? [...table.rows, table.foot] : table.rows) {
        out.push(`| ${row.map(cell).join(' | ')} |`);
    }
    out.push('');
}

/** A cell's lines joined with the language's separator: Markdown viewers differ on `<br>`, and some print it. */
function cellMarkdown(value: Cell, separator: string): string {
    const text = escapeMarkdownCell((typeof value === 'string' ? value : value.text).split(/\r\n?|\n/).join(separator));
    if (text === '') return ' ';
    return typeof value !== 'string' && value.strong ? `**${text}**` : text;
}

function inline(parts: readonly Inline[]): string {
    return parts.map(part => {
        if (typeof part === 'string') return escapeMarkdown(part);
        const text = escapeMarkdown(part.text);
        return part.strong && text ? `**${text}**` : text;
    }).join('');
}
