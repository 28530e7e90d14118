/**
 * The report's charts as inline SVG, generated in code (no library, no
 * script): horizontal bar charts that stay readable when printed, in light
 * and dark themes (text and grid use `currentColor`), and for colour-blind
 * readers (the Okabe–Ito palette, plus every value written beside its bar).
 * Each chart is `role="img"` with a `<title>` and a `<desc>` that states its
 * numbers in words. All text arrives worded and formatted; it is escaped here.
 */
import type { Tone } from './report-blocks.js';
import { escapeHtml } from './escape.js';
import { timelineSvg, type TimelineChart } from './chart-timeline.js';

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
export const TONE_COLOURS: Readonly<Record<Tone, string>> = {
    'achieved': '#009E73',
    'on-track': '#0072B2',
    'at-risk': '#E69F00',
    'off-track': '#D55E00',
    'not-started': '#999999',
    'red': '#D55E00',
    'yellow': '#E69F00',
    'error': '#D55E00',
    'warning': '#E69F00',
    'info': '#0072B2',
    'hint': '#999999',
    'overdue': '#D55E00'
};

const SPENT_COLOUR = '#0072B2';
const SCORE_COLOUR = '#56B4E9';

export interface AchievementRow {
    readonly label: string;
    /** Uncapped achievement (1 = target); null without a measure. */
    readonly value: number | null;
    readonly valueLabel: string;
    /** Expected progress by now, as a fraction. */
    readonly expected: number | null;
    readonly tone: Tone;
}

/** Achievement bars per KPI, with the target (100%) line and an expected-progress marker. */
export interface AchievementChart {
    readonly kind: 'achievement';
    readonly title: string;
    readonly desc: string;
    readonly rows: readonly AchievementRow[];
    readonly legend: { readonly expected: string; readonly target: string; readonly tones: ReadonlyArray<{ readonly tone: Tone; readonly label: string }> };
}

export interface BudgetRow {
    readonly label: string;
    readonly allocated: number;
    readonly spent: number;
    readonly valueLabel: string;
    /** Share of the time elapsed: where spending would be if it kept pace. */
    readonly elapsed: number | null;
}

/** Allocated vs spent per goal, with a marker where spending would be if it kept pace with time. */
export interface BudgetChart {
    readonly kind: 'budget';
    readonly title: string;
    readonly desc: string;
    readonly rows: readonly BudgetRow[];
    readonly legend: { readonly allocated: string; readonly spent: string; readonly elapsed: string };
}

export interface ScoreRow {
    readonly label: string;
    /** Fraction of the maximum; null when the part has nothing to score. */
    readonly value: number | null;
    readonly valueLabel: string;
}

/** Scores per perspective or indicator class. */
export interface ScoreChart {
    readonly kind: 'score';
    readonly title: string;
    readonly desc: string;
    readonly rows: readonly ScoreRow[];
}

export type Chart = AchievementChart | BudgetChart | ScoreChart | TimelineChart;

/**
 * A chart as a file of its own (linked from the Markdown report): the same
 * SVG, with text and background colours that follow the viewer's light or
 * dark scheme, since no page around it sets them.
 */
export function renderChartFile(chart: Chart, id: string): string {
    const style = '<style>svg{color:#1f2328;background:#ffffff;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans CJK SC","Microsoft YaHei",sans-serif}'
        + '@media (prefers-color-scheme: dark){svg{color:#e6edf3;background:#0d1117}}</style>';
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + renderChart(chart, id).replace(/^(<svg[^>]*>)/, `$1${style}`) + '\n';
}

// ---------------------------------------------------------------- layout

export const WIDTH = 720;
const LABEL_WIDTH = 220;
const VALUE_WIDTH = 150;
const PLOT_LEFT = LABEL_WIDTH + 10;
const PLOT_WIDTH = WIDTH - PLOT_LEFT - VALUE_WIDTH - 10;
const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
const TOP = 24;
const FONT_SIZE = 12;
const LEGEND_LINE = 22;

/** Renders a chart as an SVG element; `id` must be unique in the page (it names the title and description). */
export function renderChart(chart: Chart, id: string): string {
    switch (chart.kind) {
        case 'achievement': return achievementSvg(chart, id);
        case 'budget': return budgetSvg(chart, id);
        case 'score': return scoreSvg(chart, id);
        case 'timeline': return timelineSvg(chart, id);
    }
}

function achievementSvg(chart: AchievementChart, id: string): string {
    const maxValue = Math.max(1, ...chart.rows.map(r => r.value ?? 0));
    // Room for over-achievement up to 150%; longer bars are cut at the edge with a mark.
    const domain = Math.min(1.5, Math.ceil(maxValue * 4) / 4);
    const x = (fraction: number) => PLOT_LEFT + PLOT_WIDTH * clamp(fraction, 0, domain) / domain;
    const parts: string[] = [axis(domain, x, TOP, chart.rows.length)];
    parts.push(line(x(1), TOP - 4, x(1), TOP + chart.rows.length * ROW_HEIGHT, 'currentColor', { dash: '4 3', width: 1.5 }));
    chart.rows.forEach((row, i) => {
        const y = TOP + i * ROW_HEIGHT;
        parts.push(label(row.label, y));
        if (row.value !== null && row.value > 0) {
            parts.push(rect(x(0), y + (ROW_HEIGHT - BAR_HEIGHT) / 2, x(row.value) - x(0), BAR_HEIGHT, TONE_COLOURS[row.tone]));
            if (row.value > domain) parts.push(text('»', x(domain) - 10, y + ROW_HEIGHT / 2, { fill: '#ffffff', weight: 'bold' }));
        }
        if (row.expected !== null) parts.push(expectedMarker(x(row.expected), y));
        parts.push(valueText(row.valueLabel, y));
    });
    const entries: LegendEntry[] = [
        ...chart.legend.tones.map(({ tone, label }) => ({ swatch: swatch(TONE_COLOURS[tone]), label })),
        { swatch: (lx: number, ly: number) => expectedMarker(lx + 6, ly - ROW_HEIGHT / 2), label: chart.legend.expected },
        { swatch: (lx: number, ly: number) => line(lx + 6, ly - 7, lx + 6, ly + 7, 'currentColor', { dash: '4 3', width: 1.5 }), label: chart.legend.target }
    ];
    return withLegend(chart, id, parts, entries);
}

function budgetSvg(chart: BudgetChart, id: string): string {
    const max = Math.max(0, ...chart.rows.map(r => Math.max(r.allocated, r.spent)));
    const x = (value: number) => PLOT_LEFT + (max > 0 ? PLOT_WIDTH * clamp(value, 0, max) / max : 0);
    const parts: string[] = [];
    chart.rows.forEach((row, i) => {
        const y = TOP + i * ROW_HEIGHT;
        const barY = y + (ROW_HEIGHT - BAR_HEIGHT) / 2;
        parts.push(label(row.label, y));
        parts.push(rect(x(0), barY, x(row.allocated) - x(0), BAR_HEIGHT, 'currentColor', 0.18));
        parts.push(rect(x(0), barY + 3, x(row.spent) - x(0), BAR_HEIGHT - 6, SPENT_COLOUR));
        if (row.elapsed !== null && row.allocated > 0) parts.push(expectedMarker(x(row.allocated * row.elapsed), y));
        parts.push(valueText(row.valueLabel, y));
    });
    parts.push(line(x(0), TOP - 4, x(0), TOP + chart.rows.length * ROW_HEIGHT, 'currentColor', { opacity: 0.5 }));
    return withLegend(chart, id, parts, [
        { swatch: swatch('currentColor', 0.18), label: chart.legend.allocated },
        { swatch: swatch(SPENT_COLOUR), label: chart.legend.spent },
        { swatch: (lx: number, ly: number) => expectedMarker(lx + 6, ly - ROW_HEIGHT / 2), label: chart.legend.elapsed }
    ]);
}

function scoreSvg(chart: ScoreChart, id: string): string {
    const x = (fraction: number) => PLOT_LEFT + PLOT_WIDTH * clamp(fraction, 0, 1);
    const height = TOP + chart.rows.length * ROW_HEIGHT + 8;
    const parts: string[] = [axis(1, x, TOP, chart.rows.length)];
    chart.rows.forEach((row, i) => {
        const y = TOP + i * ROW_HEIGHT;
        parts.push(label(row.label, y));
        if (row.value !== null && row.value > 0) {
            parts.push(rect(x(0), y + (ROW_HEIGHT - BAR_HEIGHT) / 2, x(row.value) - x(0), BAR_HEIGHT, SCORE_COLOUR));
        }
        parts.push(valueText(row.valueLabel, y));
    });
    return svg(chart, id, height, parts);
}

// ---------------------------------------------------------------- pieces

function withLegend(chart: AchievementChart | BudgetChart, id: string, parts: readonly string[], entries: readonly LegendEntry[]): string {
    const plotBottom = TOP + chart.rows.length * ROW_HEIGHT + 8;
    const { markup, height } = legend(entries, plotBottom);
    return svg(chart, id, plotBottom + height + 4, [...parts, markup]);
}

export function svg(chart: Chart, id: string, height: number, parts: readonly string[]): string {
    return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${num(height)}" width="${WIDTH}" height="${num(height)}" `
        + `aria-labelledby="${id}-title ${id}-desc" font-size="${FONT_SIZE}" fill="currentColor">`
        + `<title id="${id}-title">${escapeHtml(chart.title)}</title>`
        + `<desc id="${id}-desc">${escapeHtml(chart.desc)}</desc>`
        + parts.join('')
        + '</svg>';
}

/** Grid lines and percentage ticks every 25%. */
function axis(domain: number, x: (fraction: number) => number, top: number, rows: number): string {
    const parts: string[] = [];
    const bottom = top + rows * ROW_HEIGHT;
    for (let tick = 0; tick <= domain + 1e-9; tick += 0.25) {
        parts.push(line(x(tick), top - 4, x(tick), bottom, 'currentColor', { opacity: tick === 0 ? 0.5 : 0.15 }));
        parts.push(text(`${Math.round(tick * 100)}%`, x(tick), top - 10, { anchor: 'middle', size: 10, opacity: 0.75 }));
    }
    return parts.join('');
}

function label(value: string, rowTop: number): string {
    const shown = truncate(value, LABEL_WIDTH - 6);
    const full = shown === value ? '' : `<title>${escapeHtml(value)}</title>`;
    return `<text x="${LABEL_WIDTH}" y="${num(rowTop + ROW_HEIGHT / 2)}" text-anchor="end" dominant-baseline="central">${full}${escapeHtml(shown)}</text>`;
}

function valueText(value: string, rowTop: number): string {
    return text(value, PLOT_LEFT + PLOT_WIDTH + 8, rowTop + ROW_HEIGHT / 2, {});
}

/** A diamond on a short vertical line: where the bar would end if it kept pace with time. */
function expectedMarker(cx: number, rowTop: number): string {
    const cy = rowTop + ROW_HEIGHT / 2;
    return line(cx, cy - BAR_HEIGHT / 2 - 3, cx, cy + BAR_HEIGHT / 2 + 3, 'currentColor', { width: 2 })
        + `<path d="M${num(cx)} ${num(cy - 5)}L${num(cx + 5)} ${num(cy)}L${num(cx)} ${num(cy + 5)}L${num(cx - 5)} ${num(cy)}Z" fill="currentColor"/>`;
}

type Swatch = (x: number, y: number) => string;

export function swatch(colour: string, opacity?: number): Swatch {
    return (x, y) => rect(x, y - 6, 12, 12, colour, opacity);
}

export type LegendEntry = { readonly swatch: Swatch; readonly label: string };

/** Legend entries left to right from the chart's left edge, wrapped by estimated text width. */
export function legend(entries: readonly LegendEntry[], top: number): { readonly markup: string; readonly height: number } {
    const parts: string[] = [];
    let x = 10;
    let y = top + LEGEND_LINE / 2;
    for (const entry of entries) {
        const width = 18 + textWidth(entry.label, FONT_SIZE) + 18;
        if (x > 10 && x + width > WIDTH) {
            x = 10;
            y += LEGEND_LINE;
        }
        parts.push(entry.swatch(x, y));
        parts.push(text(entry.label, x + 18, y, {}));
        x += width;
    }
    return { markup: parts.join(''), height: y + LEGEND_LINE / 2 - top };
}

interface TextOptions {
    readonly anchor?: 'start' | 'middle' | 'end';
    readonly size?: number;
    readonly opacity?: number;
    readonly fill?: string;
    readonly weight?: string;
}

export function text(value: string, x: number, y: number, options: TextOptions): string {
    const attributes = [
        `x="${num(x)}"`, `y="${num(y)}"`, 'dominant-baseline="central"',
        options.anchor ? `text-anchor="${options.anchor}"` : '',
        options.size ? `font-size="${options.size}"` : '',
        options.opacity !== undefined ? `fill-opacity="${options.opacity}"` : '',
        options.fill ? `fill="${options.fill}"` : '',
        options.weight ? `font-weight="${options.weight}"` : ''
    ].filter(Boolean).join(' ');
    return `<text ${attributes}>${escapeHtml(value)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, opacity?: number): string {
    const alpha = opacity === undefined ? '' : ` fill-opacity="${opacity}"`;
    return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(0, width))}" height="${num(height)}" rx="2" fill="${fill}"${alpha}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, options: { dash?: string; width?: number; opacity?: number }): string {
    return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}"`
        + ` stroke-width="${options.width ?? 1}"`
        + (options.dash ? ` stroke-dasharray="${options.dash}"` : '')
        + (options.opacity !== undefined ? ` stroke-opacity="${options.opacity}"` : '')
        + '/>';
}

/** Coordinates with at most one decimal, so the SVG is compact and byte-stable. */
export function num(value: number): string {
    const rounded = Math.round(value * 10) / 10;
    return String(rounded === 0 ? 0 : rounded);
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}

/** A rough, generous text width (sans-serif fonts vary): CJK and full-width characters are square, Latin about 0.6 em. */
export function textWidth(value: string, fontSize: number): number {
    let width = 0;
    for (const char of value) {
        const code = char.codePointAt(0)!;
        if (code >= 0x2e80) width += 1;
        else if (/[MW@%]/.test(char)) width += 0.9;
        else if (/[A-Z0-9]/.test(char)) width += 0.7;
        else if (/[ il.,:;'|!()[\]]/.test(char)) width += 0.33;
        else width += 0.62;
    }
    return width * fontSize;
}

/** Shortens a label to fit `maxWidth`, ending it with `…`; the full text stays in a tooltip. */
function truncate(value: string, maxWidth: number): string {
    if (textWidth(value, FONT_SIZE) <= maxWidth) return value;
    const chars = [...value];
    while (chars.length > 0 && textWidth(chars.join('') + '…', FONT_SIZE) > maxWidth) chars.pop();
    return chars.join('').trimEnd() + '…';
}
