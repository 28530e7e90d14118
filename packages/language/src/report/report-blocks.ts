/**
 * The report as a format-neutral document: sections of paragraphs, lists,
 * tables and charts whose text is already worded and formatted in the report
 * language. `report-document.ts` builds it once; the Markdown and HTML
 * renderers only lay it out, so both always say the same thing.
 */
import type { ExecutionAlert, KpiStatus } from '../figures/figures.js';
import type { Lang } from '../i18n/locale.js';
import type { Chart } from './charts.js';
import type { SourceRef } from './report-model.js';

/** A colour-coded meaning: a status, a spending alert, a diagnostic severity. */
export type Tone = KpiStatus | ExecutionAlert | 'error' | 'warning' | 'info' | 'hint' | 'overdue';

export interface Span {
    readonly text: string;
    readonly tone?: Tone;
    readonly strong?: boolean;
    /** Where in the plan the text is about: the editor's view makes it a link there; files print the text only. */
    readonly source?: SourceRef;
}

/** Inline content: plain text, or a span with emphasis or a tone. */
export type Inline = string | Span;

/** A table cell; a line break in its text starts a new line in the cell. */
export type Cell = string | Span;

export interface Column {
    readonly title: string;
    /** Right-aligned figures, kept on one line. */
    readonly numeric?: boolean;
    /** Right-aligned but free to wrap: targets and actuals, which may be a sentence. */
    readonly wrap?: boolean;
    /** Keep on one line (dates). */
    readonly nowrap?: boolean;
}

export interface TableBlock {
    readonly kind: 'table';
    readonly columns: readonly Column[];
    readonly rows: ReadonlyArray<readonly Cell[]>;
    /** A totals row. */
    readonly foot?: readonly Cell[];
}

export interface ParagraphBlock {
    readonly kind: 'paragraph';
    readonly content: readonly Inline[];
    /** Secondary text: notes, descriptions. */
    readonly muted?: boolean;
}

export interface ListBlock {
    readonly kind: 'list';
    readonly ordered?: boolean;
    readonly items: ReadonlyArray<readonly Inline[]>;
}

/** Label–value pairs: a goal's owner, weight, score… */
export interface FactsBlock {
    readonly kind: 'facts';
    readonly items: ReadonlyArray<{ readonly label: string; readonly value: readonly Inline[] }>;
}

/** The headline figures at the top of the report. */
export interface CardsBlock {
    readonly kind: 'cards';
    readonly items: ReadonlyArray<{ readonly label: string; readonly value: string; readonly detail: string; readonly tone?: Tone }>;
}

export interface ChartBlock {
    readonly kind: 'chart';
    readonly chart: Chart;
    /** What Markdown shows instead of the chart; none when a table nearby already holds its numbers. */
    readonly fallback?: TableBlock;
}

export interface SectionBlock {
    readonly kind: 'section';
    /** The HTML id (goal sections: `goal-<name>`). */
    readonly id: string;
    readonly title: string;
    readonly blocks: readonly Block[];
}

export interface ReportToolbar {
    readonly label: string;
    /** Export buttons: the form id (`pbm.exportForm`'s argument) and the button's words. */
    readonly exports: ReadonlyArray<{ readonly form: string; readonly label: string }>;
    readonly saveMarkdown: string;
    readonly saveHtml: string;
    readonly print: string;
}

export type Block = ParagraphBlock | ListBlock | FactsBlock | CardsBlock | TableBlock | ChartBlock | SectionBlock;

export interface ReportDocument {
    readonly lang: Lang;
    readonly title: string;
    /** Lines under the title: plan, period, reporting date. */
    readonly subtitle: readonly string[];
    readonly contentsTitle: string;
    /** What follows a label (`Owner: …`): `: ` in English, `：` in Chinese. */
    readonly colon: string;
    /** Joins the lines of a table cell where a line break cannot be shown (Markdown). */
    readonly cellLineSeparator: string;
    /** The editor view's buttons (the HTML shows them in webview mode only). */
    readonly toolbar: ReportToolbar;
    readonly sections: readonly SectionBlock[];
}
