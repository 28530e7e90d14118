/**
 * The work summary (工作总结) as a Word document, with the `docx` library: the
 * same report document (`report/report-document.ts`, built from the report
 * model) that the Markdown and HTML reports lay out — title, sections as
 * Word heading styles, tables with repeating header rows, charts as PNG
 * images, page numbers in the footer, A4, a CJK font named for East Asian text.
 *
 * Plan text only ever becomes text runs (`<w:t>`, XML-escaped by the
 * library): never a field, a hyperlink or markup. The document's created and
 * modified dates are the plan's reporting date, so the content is the same
 * on every run.
 */
import {
    AlignmentType, Document, Footer, HeadingLevel, ImageRun, LevelFormat, Packer, PageNumber, Paragraph, Table, TableCell,
    TableLayoutType, TableRow, TextRun, WidthType, type ParagraphChild
} from 'docx';
import { TONE_COLOURS } from '../report/charts.js';
import type { Block, Cell, Inline, ReportDocument, SectionBlock, TableBlock } from '../report/report-blocks.js';
import { exportText } from '../i18n/export-text.js';
import { chartImage } from './chart-images.js';
import { displayWidth, xmlSafe } from './text-width.js';

/** A4 in twips, 2 cm margins. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Pixels per twip at 96 dpi. */
const PX_PER_TWIP = 96 / 1440;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
const MUTED = '57606A';

export interface DocxOptions {
    /** The date the document's properties carry: from the plan, never the clock. */
    readonly date: Date;
}

export async function writeSummaryDocx(document: ReportDocument, options: DocxOptions): Promise<Uint8Array> {
    const context: Context = { colon: document.colon, lists: 0, charts: 0 };
    const children: Array<Paragraph | Table> = [
        new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(xmlSafe(document.title))] }),
        ...document.subtitle.map(line => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: xmlSafe(line), color: MUTED })] }))
    ];
    for (const section of document.sections) children.push(...await renderSection(section, 0, context));
    const page = exportText(document.lang).page;
    const latin = document.lang === 'zh' ? 'Times New Roman' : 'Calibri';
    const eastAsia = document.lang === 'zh' ? 'SimSun' : 'Microsoft YaHei';
    const headingEastAsia = document.lang === 'zh' ? 'SimHei' : 'Microsoft YaHei';
    const word = new Document({
        creator: 'PBM',
        lastModifiedBy: 'PBM',
        title: document.title,
        styles: {
            default: {
                document: { run: { font: { ascii: latin, hAnsi: latin, eastAsia, cs: latin }, size: 21 } },
                title: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: headingEastAsia }, size: 36, bold: true, color: '000000' } },
                heading1: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: headingEastAsia }, size: 30, bold: true, color: '000000' }, paragraph: { spacing: { before: 360, after: 160 } } },
                heading2: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: headingEastAsia }, size: 26, bold: true, color: '000000' }, paragraph: { spacing: { before: 240, after: 120 } } },
                heading3: { run: { font: { ascii: latin, hAnsi: latin, eastAsia: headingEastAsia }, size: 22, bold: true, color: '000000' }, paragraph: { spacing: { before: 200, after: 100 } } }
            }
        },
        numbering: {
            config: [{
                reference: 'ordered',
                levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 420, hanging: 420 } } } }]
            }]
        },
        sections: [{
            properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
            footers: {
                default: new Footer({
                    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [page.before, PageNumber.CURRENT, page.after] })] })]
                })
            },
            children
        }]
    });
    const overrides = [{ path: 'docProps/core.xml', data: coreProperties(document.title, options.date) }];
    return new Uint8Array(await Packer.toBuffer(word, undefined, overrides));
}

interface Context {
    readonly colon: string;
    /** Ordered lists so far: each starts its numbering at 1. */
    lists: number;
    charts: number;
}

async function renderSection(section: SectionBlock, depth: number, context: Context): Promise<Array<Paragraph | Table>> {
    const out: Array<Paragraph | Table> = [
        new Paragraph({ heading: HEADINGS[Math.min(depth, HEADINGS.length - 1)], keepNext: true, children: [new TextRun(xmlSafe(section.title))] })
    ];
    for (const block of section.blocks) out.push(...await renderBlock(block, depth, context));
    return out;
}

async function renderBlock(block: Block, depth: number, context: Context): Promise<Array<Paragraph | Table>> {
    switch (block.kind) {
        case 'section':
            return renderSection(block, depth + 1, context);
        case 'paragraph':
            return [new Paragraph({ spacing: { after: 120 }, children: runs(block.content, block.muted) })];
        case 'list': {
            const instance = ++context.lists;
            return block.items.map(item => new Paragraph({
                ...(block.ordered ? { numbering: { reference: 'ordered', level: 0, instance } } : { bullet: { level: 0 } }),
                children: runs(item)
            }));
        }
        case 'facts':
            return [new Paragraph({
                spacing: { after: 120 },
                children: block.items.flatMap((item, i) => [
                    ...(i > 0 ? [new TextRun('  ·  ')] : []),
                    new TextRun({ text: xmlSafe(item.label + context.colon), bold: true }),
                    ...runs(item.value)
                ])
            })];
        case 'cards':
            return block.items.map(card => new Paragraph({
                bullet: { level: 0 },
                children: [
                    new TextRun({ text: xmlSafe(card.label + context.colon + card.value), bold: true, color: card.tone ? colour(card.tone) : undefined }),
                    new TextRun({ text: xmlSafe(` — ${card.detail}`), color: MUTED })
                ]
            }));
        case 'table':
            return [renderTable(block), spacer()];
        case 'chart': {
            const image = await chartImage(block.chart, `chart-${++context.charts}`);
            const out: Array<Paragraph | Table> = [];
            if (image) {
                // Fit the page's width (the SVG is drawn 720 px wide).
                const scale = Math.min(1, CONTENT_WIDTH * PX_PER_TWIP / image.width);
                out.push(new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new ImageRun({
                        type: 'png', data: image.png,
                        transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) },
                        // The drawing's id is the chart's number: the library's own counter runs on across documents.
                        altText: { id: String(context.charts), title: xmlSafe(block.chart.title), description: xmlSafe(block.chart.desc), name: `chart-${context.charts}` }
                    })]
                }));
                out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 160 }, children: [new TextRun({ text: xmlSafe(block.chart.title), color: MUTED, size: 18 })] }));
            } else {
                out.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: xmlSafe(block.chart.title), bold: true })] }));
            }
            // Without an image, the chart's numbers are in its table.
            if (block.fallback && !image) out.push(renderTable(block.fallback), spacer());
            return out;
        }
    }
}

function spacer(): Paragraph {
    return new Paragraph({ spacing: { after: 60 }, children: [] });
}

function runs(parts: readonly Inline[], muted = false): ParagraphChild[] {
    return parts.map(part => typeof part === 'string'
        ? new TextRun({ text: xmlSafe(part), color: muted ? MUTED : undefined, italics: muted })
        : new TextRun({ text: xmlSafe(part.text), bold: part.strong, color: part.tone ? colour(part.tone) : muted ? MUTED : undefined, italics: muted }));
}

function colour(tone: keyof typeof TONE_COLOURS): string {
    return TONE_COLOURS[tone].slice(1);
}

/** A table the width of the page, columns sized to their content, the header row repeated on each page. */
function renderTable(table: TableBlock): Table {
    const widths = columnWidths(table);
    const header = new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: table.columns.map((column, i) => new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            shading: { fill: 'F2F2F2' },
            children: [new Paragraph({ alignment: column.numeric ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text: xmlSafe(column.title), bold: true, size: 18 })] })]
        }))
    });
    const rows = [...table.rows, ...(table.foot ? [table.foot] : [])].map((row, r) => new TableRow({
        cantSplit: true,
        children: row.map((value, i) => new TableCell({
            width: { size: widths[i], type: WidthType.DXA },
            children: cellParagraphs(value, table.columns[i]?.numeric ?? false, r === table.rows.length)
        }))
    }));
    return new Table({ layout: TableLayoutType.FIXED, margins: { left: CELL_MARGIN, right: CELL_MARGIN }, width: { size: CONTENT_WIDTH, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] });
}

function cellParagraphs(value: Cell, numeric: boolean, foot: boolean): Paragraph[] {
    const span = typeof value === 'string' ? { text: value } : value;
    return span.text.split('\n').map(line => new Paragraph({
        alignment: numeric ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text: xmlSafe(line), bold: span.strong || foot, color: span.tone ? colour(span.tone) : undefined, size: 18 })]
    }));
}

/** Twips per display column of table text (9 pt: a CJK character is two columns), and a cell's side margins. */
const TWIPS_PER_COLUMN = 92;
const CELL_MARGIN = 70;
const CELL_MARGINS = 2 * CELL_MARGIN + 10;
/** Columns up to this wide keep their text on one line (figures, dates, statuses); wider ones wrap. */
const SHORT_COLUMN = 14;
/** The narrowest a wrapping column gets. */
const MIN_WRAPPING = 8;

/**
 * Column widths (twips) totalling the page's width. Short columns (figures,
 * statuses) get the width of their widest line, so they never wrap mid-number
 * or mid-word; long text columns share the rest in proportion to their text.
 * A header wraps: between words, or every two CJK characters.
 */
function columnWidths(table: TableBlock): number[] {
    const body = [...table.rows, ...(table.foot ? [table.foot] : [])].map(row => row.map(cell => typeof cell === 'string' ? cell : cell.text));
    const needs = table.columns.map((column, i) => {
        const widest = Math.max(0, ...body.map(row => Math.max(0, ...(row[i] ?? '').split('\n').map(displayWidth))));
        return Math.max(widest, headerNeed(column.title), 4);
    });
    const twips = (columns: number) => columns * TWIPS_PER_COLUMN + CELL_MARGINS;
    const short = needs.map(need => need <= SHORT_COLUMN);
    const wrapping = needs.filter((_, i) => !short[i]);
    const fixed = needs.reduce((total, need, i) => total + (short[i] ? twips(need) : 0), 0);
    const flexible = wrapping.reduce((a, b) => a + b, 0);
    const floor = wrapping.length * twips(MIN_WRAPPING);
    let widths: number[];
    if (flexible === 0) {
        widths = needs.map(need => Math.floor(CONTENT_WIDTH * twips(need) / fixed));
    } else if (CONTENT_WIDTH - fixed >= floor) {
        const room = CONTENT_WIDTH - fixed;
        widths = needs.map((need, i) => short[i] ? twips(need) : Math.floor(room * need / flexible));
    } else {
        // Too many columns for the page: wrapping columns get their least, short ones share the rest.
        const scale = (CONTENT_WIDTH - floor) / fixed;
        widths = needs.map((need, i) => short[i] ? Math.floor(twips(need) * scale) : twips(MIN_WRAPPING));
    }
    widths[widths.length - 1] += CONTENT_WIDTH - widths.reduce((a, b) => a + b, 0);
    return widths;
}

/** The width a header needs: its longest word, or two CJK characters (CJK text may break anywhere). */
function headerNeed(title: string): number {
    return Math.max(0, ...title.split(/\s+/).map(word => /[\u2e80-\uffff]/.test(word) ? Math.min(displayWidth(word), 4) : displayWidth(word)));
}

/** docProps/core.xml with fixed dates (the library would write the time of the run). */
function coreProperties(title: string, date: Date): string {
    const iso = date.toISOString().replace(/\.\d{3}Z$/, 'Z');
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        + 'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        + 'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        + `<dc:title>${escapeXml(title)}</dc:title><dc:creator>PBM</dc:creator><cp:lastModifiedBy>PBM</cp:lastModifiedBy>`
        + `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>`
        + `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>`
        + '</cp:coreProperties>';
}

function escapeXml(text: string): string {
    return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
