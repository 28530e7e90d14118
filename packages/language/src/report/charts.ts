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
    'mostly-achieved': '#56B4E9',
    'not-achieved': '#D55E00',
    'unmeasured': '#CC79A7',
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

/**
 * Where a chart's parts go. `wide`: labels left of the bars (pages, print,
 * chart files); `narrow`: labels above the bars and larger type, for a phone
 * or an editor column, where a wide drawing would shrink its text below
 * 11 px. Labels wrap onto up to three lines instead of being cut.
 */
export type ChartLayoutName = 'wide' | 'narrow';

export interface Layout {
    readonly width: number;
    readonly labelsAbove: boolean;
    /** Value labels on a line under each bar (narrow drawings whose values would not fit beside the bars). */
    readonly valuesBelow: boolean;
    readonly labelWidth: number;
    readonly plotLeft: number;
    readonly plotWidth: number;
    readonly fontSize: number;
    readonly tickSize: number;
}

const ROW_HEIGHT = 26;
const BAR_HEIGHT = 14;
const TOP = 24;
const LEGEND_LINE = 22;
const MAX_LABEL_LINES = 3;

export function layoutOf(name: ChartLayoutName, valueLabels: readonly string[]): Layout {
    if (name === 'wide') {
        const width = 720, labelWidth = 220, fontSize = 12;
        // The value labels must end inside the drawing: the plot gives way to the longest (up to a third of the width).
        const valueWidth = Math.min(width / 3, Math.max(150, ...valueLabels.map(v => textWidth(v, fontSize) + 12)));
        return { width, labelsAbove: false, valuesBelow: false, labelWidth, plotLeft: labelWidth + 10, plotWidth: width - labelWidth - 10 - valueWidth - 10, fontSize, tickSize: 12 };
    }
    // 16 px type stays at 11 px or more down to a 320 px screen.
    const width = 400, fontSize = 16;
    // Room on the right for the longest value label, up to 45% of the width; longer ones go under the bars.
    const longest = Math.max(40, ...valueLabels.map(v => textWidth(v, fontSize))) + 8;
    const valuesBelow = longest > width * 0.45;
    const plotWidth = valuesBelow ? width - 6 - 14 : width - 6 - longest - 8;
    return { width, labelsAbove: true, valuesBelow, labelWidth: width - 8, plotLeft: 6, plotWidth, fontSize, tickSize: 15 };
}

/** A row's place: its top, height, the bar's centre line and its label's lines. */
interface RowBox {
    readonly top: number;
    readonly height: number;
    readonly barCentre: number;
    readonly lines: readonly string[];
}

function rowBoxes(layout: Layout, labels: readonly string[]): { readonly rows: readonly RowBox[]; readonly bottom: number } {
    const lineHeight = Math.round(layout.fontSize * 1.3);
    const rows: RowBox[] = [];
    let y = TOP;
    for (const label of labels) {
        const lines = wrapText(label, layout.labelWidth - 6, layout.fontSize);
        if (layout.labelsAbove) {
            const labelHeight = lines.length * lineHeight + 2;
            const valueHeight = layout.valuesBelow ? lineHeight : 0;
            rows.push({ top: y, height: labelHeight + ROW_HEIGHT + valueHeight, barCentre: y + labelHeight + ROW_HEIGHT / 2, lines });
            y += labelHeight + ROW_HEIGHT + valueHeight + 4;
        } else {
            const height = Math.max(ROW_HEIGHT, lines.length * lineHeight + 8);
            rows.push({ top: y, height, barCentre: y + height / 2, lines });
            y += height;
        }
    }
    return { rows, bottom: y };
}

/** Renders a chart as an SVG element; `id` must be unique in the page (it names the title and description). */
export function renderChart(chart: Chart, id: string, layoutName: ChartLayoutName = 'wide'): string {
    switch (chart.kind) {
        case 'achievement': return achievementSvg(chart, id, layoutOf(layoutName, chart.rows.map(r => r.valueLabel)));
        case 'budget': return budgetSvg(chart, id, layoutOf(layoutName, chart.rows.map(r => r.valueLabel)));
        case 'score': return scoreSvg(chart, id, layoutOf(layoutName, chart.rows.map(r => r.valueLabel)));
        case 'timeline': return timelineSvg(chart, id, layoutOf(layoutName, chart.points.map(p => p.valueLabel)));
    }
}

function achievementSvg(chart: AchievementChart, id: string, layout: Layout): string {
    const maxValue = Math.max(1, ...chart.rows.map(r => r.value ?? 0));
    // Room for over-achievement up to 150%; longer bars are cut at the edge with a mark.
    const domain = Math.min(1.5, Math.ceil(maxValue * 4) / 4);
    const x = (fraction: number) => layout.plotLeft + layout.plotWidth * clamp(fraction, 0, domain) / domain;
    const { rows, bottom } = rowBoxes(layout, chart.rows.map(r => r.label));
    const parts: string[] = [axis(layout, domain, x, rows, bottom)];
    parts.push(...bands(layout, rows, bottom).map(([top, end]) => line(x(1), top, x(1), end, 'currentColor', { dash: '4 3', width: 1.5 })));
    chart.rows.forEach((row, i) => {
        const box = rows[i];
        parts.push(label(layout, box));
        if (row.value !== null && row.value > 0) {
            parts.push(rect(x(0), box.barCentre - BAR_HEIGHT / 2, x(row.value) - x(0), BAR_HEIGHT, TONE_COLOURS[row.tone]));
            if (row.value > domain) parts.push(text('»', x(domain) - 10, box.barCentre, { fill: '#ffffff', weight: 'bold' }));
        }
        if (row.expected !== null) parts.push(expectedMarker(x(row.expected), box.barCentre));
        parts.push(valueText(layout, row.valueLabel, box));
    });
    const entries: LegendEntry[] = [
        ...chart.legend.tones.map(({ tone, label }) => ({ swatch: swatch(TONE_COLOURS[tone]), label })),
        { swatch: (lx: number, ly: number) => expectedMarker(lx + 6, ly), label: chart.legend.expected },
        { swatch: (lx: number, ly: number) => line(lx + 6, ly - 7, lx + 6, ly + 7, 'currentColor', { dash: '4 3', width: 1.5 }), label: chart.legend.target }
    ];
    return withLegend(chart, id, layout, bottom, parts, entries);
}

function budgetSvg(chart: BudgetChart, id: string, layout: Layout): string {
    const max = Math.max(0, ...chart.rows.map(r => Math.max(r.allocated, r.spent)));
    const x = (value: number) => layout.plotLeft + (max > 0 ? layout.plotWidth * clamp(value, 0, max) / max : 0);
    const { rows, bottom } = rowBoxes(layout, chart.rows.map(r => r.label));
    const parts: string[] = [];
    chart.rows.forEach((row, i) => {
        const box = rows[i];
        const barY = box.barCentre - BAR_HEIGHT / 2;
        parts.push(label(layout, box));
        parts.push(rect(x(0), barY, x(row.allocated) - x(0), BAR_HEIGHT, 'currentColor', 0.18));
        parts.push(rect(x(0), barY + 3, x(row.spent) - x(0), BAR_HEIGHT - 6, SPENT_COLOUR));
        if (row.elapsed !== null && row.allocated > 0) parts.push(expectedMarker(x(row.allocated * row.elapsed), box.barCentre));
        parts.push(valueText(layout, row.valueLabel, box));
    });
    parts.push(...bands(layout, rows, bottom).map(([top, end]) => line(x(0), top, x(0), end, 'currentColor', { opacity: 0.5 })));
    return withLegend(chart, id, layout, bottom, parts, [
        { swatch: swatch('currentColor', 0.18), label: chart.legend.allocated },
        { swatch: swatch(SPENT_COLOUR), label: chart.legend.spent },
        { swatch: (lx: number, ly: number) => expectedMarker(lx + 6, ly), label: chart.legend.elapsed }
    ]);
}

function scoreSvg(chart: ScoreChart, id: string, layout: Layout): string {
    const x = (fraction: number) => layout.plotLeft + layout.plotWidth * clamp(fraction, 0, 1);
    const { rows, bottom } = rowBoxes(layout, chart.rows.map(r => r.label));
    const parts: string[] = [axis(layout, 1, x, rows, bottom)];
    chart.rows.forEach((row, i) => {
        const box = rows[i];
        parts.push(label(layout, box));
        if (row.value !== null && row.value > 0) {
            parts.push(rect(x(0), box.barCentre - BAR_HEIGHT / 2, x(row.value) - x(0), BAR_HEIGHT, SCORE_COLOUR));
        }
        parts.push(valueText(layout, row.valueLabel, box));
    });
    return svg(chart, id, layout, bottom + 8, parts);
}

// ---------------------------------------------------------------- pieces

function withLegend(chart: Chart, id: string, layout: Layout, bottom: number, parts: readonly string[], entries: readonly LegendEntry[]): string {
    const plotBottom = bottom + 8;
    const { markup, height } = legend(layout, entries, plotBottom);
    return svg(chart, id, layout, plotBottom + height + 4, [...parts, markup]);
}

export function svg(chart: Chart, id: string, layout: Layout, height: number, parts: readonly string[]): string {
    return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${layout.width} ${num(height)}" width="${layout.width}" height="${num(height)}" `
        + `aria-labelledby="${id}-title ${id}-desc" font-size="${layout.fontSize}" fill="currentColor">`
        + `<title id="${id}-title">${escapeHtml(chart.title)}</title>`
        + `<desc id="${id}-desc">${escapeHtml(chart.desc)}</desc>`
        + parts.join('')
        + '</svg>';
}

/**
 * The vertical extents grid lines cover: the whole plot when labels sit
 * beside the bars, each bar's band when they sit above (lines would cross them).
 */
function bands(layout: Layout, rows: readonly RowBox[], bottom: number): Array<readonly [number, number]> {
    if (!layout.labelsAbove) return [[TOP - 4, bottom]];
    return rows.map(row => [row.barCentre - ROW_HEIGHT / 2, row.barCentre + ROW_HEIGHT / 2] as const);
}

/** Grid lines and percentage ticks every 25%. */
function axis(layout: Layout, domain: number, x: (fraction: number) => number, rows: readonly RowBox[], bottom: number): string {
    const parts: string[] = [];
    for (let tick = 0; tick <= domain + 1e-9; tick += 0.25) {
        // In a narrow drawing only every other tick is labelled, so the labels do not touch.
        const labelled = !layout.labelsAbove || Math.round(tick * 100) % 50 === 0;
        for (const [top, end] of bands(layout, rows, bottom)) parts.push(line(x(tick), top, x(tick), end, 'currentColor', { opacity: tick === 0 ? 0.5 : 0.15 }));
        if (labelled) parts.push(text(`${Math.round(tick * 100)}%`, x(tick), TOP - 12, { anchor: 'middle', size: layout.tickSize, opacity: 0.75 }));
    }
    return parts.join('');
}

/** A row's label, on as many lines as it needs (up to three). */
function label(layout: Layout, box: RowBox): string {
    const lineHeight = Math.round(layout.fontSize * 1.3);
    const x = layout.labelsAbove ? layout.plotLeft : layout.labelWidth;
    const first = layout.labelsAbove ? box.top + lineHeight / 2 : box.barCentre - (box.lines.length - 1) * lineHeight / 2;
    const anchor = layout.labelsAbove ? '' : ' text-anchor="end"';
    const lines = box.lines.map((line, i) => `<tspan x="${num(x)}" y="${num(first + i * lineHeight)}">${escapeHtml(line)}</tspan>`).join('');
    return `<text${anchor} dominant-baseline="central" font-weight="${layout.labelsAbove ? '600' : 'normal'}">${lines}</text>`;
}

function valueText(layout: Layout, value: string, box: RowBox): string {
    if (layout.valuesBelow) return text(value, layout.plotLeft, box.barCentre + ROW_HEIGHT / 2 + layout.fontSize * 0.6, {});
    return text(value, layout.plotLeft + layout.plotWidth + 8, box.barCentre, {});
}

/** A diamond on a short vertical line: where the bar would end if it kept pace with time. */
function expectedMarker(cx: number, cy: number): string {
    return line(cx, cy - BAR_HEIGHT / 2 - 3, cx, cy + BAR_HEIGHT / 2 + 3, 'currentColor', { width: 2 })
        + `<path d="M${num(cx)} ${num(cy - 5)}L${num(cx + 5)} ${num(cy)}L${num(cx)} ${num(cy + 5)}L${num(cx - 5)} ${num(cy)}Z" fill="currentColor"/>`;
}

type Swatch = (x: number, y: number) => string;

export function swatch(colour: string, opacity?: number): Swatch {
    return (x, y) => rect(x, y - 6, 12, 12, colour, opacity);
}

export type LegendEntry = { readonly swatch: Swatch; readonly label: string };

/** Legend entries left to right from the chart's left edge, wrapped by estimated text width. */
export function legend(layout: Layout, entries: readonly LegendEntry[], top: number): { readonly markup: string; readonly height: number } {
    const parts: string[] = [];
    let x = 10;
    let y = top + LEGEND_LINE / 2;
    for (const entry of entries) {
        const width = 18 + textWidth(entry.label, layout.fontSize) + 18;
        if (x > 10 && x + width > layout.width) {
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

function rect(x: number, y: number, width: number, height: number, fill: string, opacity?: number): string {
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

/**
 * Breaks a label into lines of at most `maxWidth`: between words in Latin
 * text, between any two characters in Chinese. A label longer than three
 * lines (rare: a title of a paragraph's length) ends its third line with `…`.
 */
export function wrapText(value: string, maxWidth: number, fontSize: number): string[] {
    const tokens = value.match(/[\u2e80-\uffff]|[^\s\u2e80-\uffff]+|\s+/g) ?? [''];
    const lines: string[] = [];
    let current = '';
    for (const token of tokens) {
        const candidate = current + token;
        if (current !== '' && textWidth(candidate.trimEnd(), fontSize) > maxWidth && !/^\s+$/.test(token)) {
            lines.push(current.trimEnd());
            current = token.trimStart();
        } else {
            current = candidate;
        }
    }
    lines.push(current.trimEnd());
    if (lines.length <= MAX_LABEL_LINES) return lines;
    const kept = lines.slice(0, MAX_LABEL_LINES);
    const chars = [...kept[MAX_LABEL_LINES - 1]];
    while (chars.length > 0 && textWidth(chars.join('') + '…', fontSize) > maxWidth) chars.pop();
    kept[MAX_LABEL_LINES - 1] = chars.join('').trimEnd() + '…';
    return kept;
}
