/**
 * A form as a neutral grid of cells, before any file format: the forms
 * (`form-*.ts`) fill it from the plan's figures, the workbook writer
 * (`xlsx-writer.ts`) lays it out, and the tests compare it with goldens.
 * A cell holds text or a number with its display format — never a formula:
 * plan text stays text whatever it starts with.
 */
import { xmlSafe } from './text-width.js';

/** How a cell looks: the writer maps each style to fonts, fills and borders. */
export type CellStyle = 'title' | 'subtitle' | 'label' | 'header' | 'text' | 'number' | 'note';

export type CellValue =
    | { readonly kind: 'text'; readonly text: string }
    /** `format` is an Excel number format, e.g. `#,##0.00`, `0.0%`, `"≥"0"处"`. */
    | { readonly kind: 'number'; readonly value: number; readonly format: string };

export interface FormCell {
    readonly row: number;
    readonly col: number;
    /** Rows and columns the cell spans (merged), at least 1. */
    readonly rows: number;
    readonly cols: number;
    /** Undefined: an empty cell that still has its border. */
    readonly value?: CellValue;
    readonly style: CellStyle;
    readonly align?: 'left' | 'center' | 'right';
}

export interface FormSheet {
    /** The sheet's tab name. */
    readonly name: string;
    /** Column widths in characters (a CJK character counts two). */
    readonly widths: readonly number[];
    readonly cells: readonly FormCell[];
    /** Rows of the table that repeat at the top of each printed page (1-based, inclusive), if any. */
    readonly repeatRows?: readonly [number, number];
    readonly landscape: boolean;
}

export interface FormWorkbook {
    readonly title: string;
    readonly lang: 'en' | 'zh';
    /** The date the workbook's properties carry (created, modified): from the plan, never the clock. */
    readonly date: Date;
    readonly sheets: readonly FormSheet[];
}

/** A text cell; characters a workbook cannot hold are dropped. */
export function text(value: string | undefined): CellValue | undefined {
    const clean = value === undefined ? '' : xmlSafe(value);
    return clean === '' ? undefined : { kind: 'text', text: clean };
}

export function number(value: number | null | undefined, format: string): CellValue | undefined {
    return value === null || value === undefined || !Number.isFinite(value) ? undefined : { kind: 'number', value, format };
}

/** Number formats the forms use. */
export const FORMAT = {
    money: '#,##0.00',
    points: '0.00',
    percent: '0.0%'
} as const;

/**
 * Builds a sheet row by row: `put` places a cell (with its span) at the
 * current row; `next` moves down. Rows are 1-based, like the spreadsheet's.
 */
export class SheetBuilder {
    private readonly cells: FormCell[] = [];
    row = 1;

    constructor(private readonly name: string, private readonly widths: readonly number[], private readonly landscape: boolean) {}

    get columnCount(): number {
        return this.widths.length;
    }

    /** The width of a column (1-based), in characters. */
    widthOf(col: number): number {
        return this.widths[col - 1] ?? 0;
    }

    put(col: number, value: CellValue | undefined, style: CellStyle, span: { cols?: number; rows?: number } = {}, align?: FormCell['align']): this {
        this.cells.push({ row: this.row, col, rows: span.rows ?? 1, cols: span.cols ?? 1, value, style, align });
        return this;
    }

    /** A cell across the whole width (titles, notes). */
    putWide(value: CellValue | undefined, style: CellStyle, align?: FormCell['align']): this {
        return this.put(1, value, style, { cols: this.columnCount }, align);
    }

    next(rows = 1): this {
        this.row += rows;
        return this;
    }

    build(repeatRows?: readonly [number, number]): FormSheet {
        return { name: this.name, widths: this.widths, cells: this.cells, repeatRows, landscape: this.landscape };
    }
}

/**
 * The sheet as a grid of display values (merged-away cells null), for
 * goldens and tests: what the reader sees, cell for cell.
 */
export function sheetGrid(sheet: FormSheet): Array<Array<string | number | null>> {
    const rows = Math.max(0, ...sheet.cells.map(c => c.row + c.rows - 1));
    const grid: Array<Array<string | number | null>> = Array.from({ length: rows }, () => sheet.widths.map(() => null));
    for (const cell of sheet.cells) {
        const value = cell.value;
        grid[cell.row - 1][cell.col - 1] = value === undefined ? null : value.kind === 'text' ? value.text : value.value;
    }
    return grid;
}

/** The merged ranges of a sheet in A1 notation (`A1:I1`). */
export function sheetMerges(sheet: FormSheet): string[] {
    return sheet.cells.filter(c => c.rows > 1 || c.cols > 1)
        .map(c => `${cellAddress(c.row, c.col)}:${cellAddress(c.row + c.rows - 1, c.col + c.cols - 1)}`);
}

export function cellAddress(row: number, col: number): string {
    let letters = '';
    for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + (n - 1) % 26) + letters;
    return `${letters}${row}`;
}
