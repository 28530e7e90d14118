/**
 * Writes form sheets (`form-model.ts`) as an .xlsx workbook with exceljs:
 * merged cells, thin borders, a CJK font by name, number formats, row
 * heights sized to their wrapped text, and an A4 print setup (print area,
 * fit to one page wide, header rows repeated, page numbers).
 *
 * Plan text is written as plain string values, which exceljs stores as
 * shared strings: never as a formula or a hyperlink, whatever it starts with.
 * The workbook's dates come from the form (the plan's reporting date), so the
 * same plan gives the same content.
 */
import ExcelJS from 'exceljs';
import { exportText } from '../i18n/export-text.js';
import { displayWidth, numberText } from './text-width.js';
import { cellAddress, type CellStyle, type FormCell, type FormSheet, type FormWorkbook } from './form-model.js';

const FONT_SIZE = 10.5;
/** Columns kept free beside a number: cell margins, and a font wider than the one named. */
const NUMBER_PADDING = 2;
/** Points per line of wrapped text at FONT_SIZE, and the padding of a row. */
const LINE_HEIGHT = 14;
const ROW_PADDING = 6;

export async function writeWorkbook(form: FormWorkbook): Promise<Uint8Array> {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = 'PBM';
    workbook.lastModifiedBy = 'PBM';
    workbook.title = form.title;
    workbook.created = form.date;
    workbook.modified = form.date;
    workbook.lastPrinted = form.date;
    for (const sheet of form.sheets) writeSheet(workbook, sheet, form.lang);
    const buffer = await workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
}

function writeSheet(workbook: ExcelJS.Workbook, sheet: FormSheet, lang: 'en' | 'zh'): void {
    const worksheet = workbook.addWorksheet(sheet.name, { views: [{ showGridLines: false }] });
    const widths = fittedWidths(sheet);
    worksheet.columns = widths.map(width => ({ width }));
    const fontName = lang === 'zh' ? '宋体' : 'Calibri';
    for (const cell of sheet.cells) writeCell(worksheet, cell, fontName);
    const lastRow = Math.max(1, ...sheet.cells.map(c => c.row + c.rows - 1));
    const heights = rowHeights(sheet, widths, lastRow);
    heights.forEach((height, r) => { if (r > 0) worksheet.getRow(r).height = height; });
    const breakRow = headerPageBreak(sheet, widths, heights);
    if (breakRow) worksheet.getRow(breakRow - 1).addPageBreak();
    worksheet.pageSetup = {
        paperSize: 9, // A4
        orientation: sheet.landscape ? 'landscape' : 'portrait',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
        printArea: `A1:${cellAddress(lastRow, sheet.widths.length)}`,
        printTitlesRow: sheet.repeatRows ? `${sheet.repeatRows[0]}:${sheet.repeatRows[1]}` : undefined
    };
    worksheet.headerFooter = { oddFooter: `&C${exportText(lang).pageFooter}` };
}

function writeCell(worksheet: ExcelJS.Worksheet, cell: FormCell, fontName: string): void {
    const target = worksheet.getCell(cell.row, cell.col);
    if (cell.value?.kind === 'text') {
        // A plain string: exceljs writes it as a shared string, never as a formula.
        target.value = cell.value.text;
    } else if (cell.value?.kind === 'number') {
        target.value = cell.value.value;
        target.numFmt = cell.value.format;
    }
    const style = STYLES[cell.style];
    const lastRow = cell.row + cell.rows - 1;
    const lastCol = cell.col + cell.cols - 1;
    if (lastRow > cell.row || lastCol > cell.col) worksheet.mergeCells(cell.row, cell.col, lastRow, lastCol);
    // Every cell of a merged range carries the border, or the range prints with gaps.
    for (let r = cell.row; r <= lastRow; r++) {
        for (let c = cell.col; c <= lastCol; c++) {
            const part = worksheet.getCell(r, c);
            part.font = { name: fontName, size: style.size, bold: style.bold, italic: style.italic, charset: fontName === '宋体' ? 134 : undefined };
            part.alignment = {
                horizontal: cell.align ?? (cell.value?.kind === 'number' ? 'right' : 'left'),
                vertical: 'middle',
                wrapText: true
            };
            if (style.border) part.border = THIN_BORDER;
            if (style.fill) part.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: style.fill } };
        }
    }
}

interface StyleSpec {
    readonly size: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly border: boolean;
    readonly fill?: string;
}

const STYLES: Readonly<Record<CellStyle, StyleSpec>> = {
    title: { size: 16, bold: true, border: false },
    subtitle: { size: FONT_SIZE, border: false },
    label: { size: FONT_SIZE, bold: true, border: true },
    header: { size: FONT_SIZE, bold: true, border: true, fill: 'FFF2F2F2' },
    text: { size: FONT_SIZE, border: true },
    number: { size: FONT_SIZE, border: true },
    note: { size: FONT_SIZE - 1, italic: true, border: false }
};

const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const THIN_BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The form's column widths, each widened where a number in it would not fit:
 * text wraps, but a spreadsheet shows a number too wide for its column as
 * ### (`≥1,200 accounts` in an English monitoring form). The page still
 * prints one page wide (fitToWidth), slightly smaller.
 */
function fittedWidths(sheet: FormSheet): number[] {
    const widths = [...sheet.widths];
    for (const cell of sheet.cells) {
        if (cell.value?.kind !== 'number' || cell.cols !== 1) continue;
        const size = STYLES[cell.style].size / FONT_SIZE;
        widths[cell.col - 1] = Math.max(widths[cell.col - 1], Math.ceil(displayWidth(numberText(cell.value.value, cell.value.format)) * size + NUMBER_PADDING));
    }
    return widths;
}

/**
 * Each row's height (points; index = row) to fit its wrapped text:
 * spreadsheet programs do not grow rows for text in merged cells, and Excel
 * does not re-measure on opening. Lines are estimated from the text's width
 * (a CJK character is two columns wide) over the cell's width, with room to
 * spare for fonts wider than the one named.
 */
function rowHeights(sheet: FormSheet, widths: readonly number[], lastRow: number): number[] {
    const heights = new Array<number>(lastRow + 1).fill(LINE_HEIGHT + ROW_PADDING);
    for (const cell of sheet.cells) {
        const style = STYLES[cell.style];
        const lineHeight = LINE_HEIGHT * style.size / FONT_SIZE;
        const width = widths.slice(cell.col - 1, cell.col - 1 + cell.cols).reduce((a, b) => a + b, 0);
        const usable = Math.max(1, width * 0.85 - 1);
        const content = cell.value?.kind === 'text' ? cell.value.text : '';
        const lines = Math.max(1, ...content.split('\n').map(line => Math.ceil(displayWidth(line) * style.size / FONT_SIZE / usable)));
        // A cell spanning rows shares its height among them.
        const needed = (lines * lineHeight + ROW_PADDING) / cell.rows;
        for (let r = cell.row; r < cell.row + cell.rows; r++) heights[r] = Math.max(heights[r], needed);
    }
    return heights.map(Math.ceil);
}

/** A4 less the margins set in the page setup, in points. */
const PRINTABLE = { landscape: { width: 784, height: 508 }, portrait: { width: 537, height: 755 } };

/**
 * Points a column of width 1 takes when printed: Excel's default font gives
 * about 7 pixels (5.25 pt); LibreOffice lays the same sheet out about 7.3 pt
 * wide. The page scale (fit to width) depends on it, so both are tried.
 */
const POINTS_PER_COLUMN = [5.25, 7.3];

/**
 * Where a page break keeps the table's header row (the one repeated on each
 * page) from standing alone at the foot of a page: before it, when it and
 * the two rows after it do not fit on the page it falls on, in either
 * program's layout. The page is scaled to fit the sheet's width, as the
 * page setup asks.
 */
function headerPageBreak(sheet: FormSheet, widths: readonly number[], heights: readonly number[]): number | undefined {
    const header = sheet.repeatRows?.[0];
    if (!header) return undefined;
    const page = sheet.landscape ? PRINTABLE.landscape : PRINTABLE.portrait;
    const columns = widths.reduce((a, b) => a + b, 0);
    const block = heights.slice(header, header + 3).reduce((a, b) => a + b, 0);
    const orphaned = POINTS_PER_COLUMN.some(points => {
        const pageHeight = page.height / Math.min(1, page.width / (columns * points));
        let used = 0;
        for (let r = 1; r < header; r++) used = used + heights[r] > pageHeight ? heights[r] : used + heights[r];
        return used + block > pageHeight;
    });
    return orphaned ? header : undefined;
}
