/**
 * The monitoring timeline (执行进度 vs 时间进度): the plan's budget execution
 * rate at each checkpoint plotted against the share of the period elapsed,
 * with the pace line (execution = time) and the yellow and red alert zones
 * below it. Inline SVG in the style of `charts.ts` (currentColor text,
 * Okabe–Ito colours, every value written beside its point).
 */
import { TONE_COLOURS, legend, line, num, svg, swatch, text, type Layout, type LegendEntry } from './charts.js';

export interface TimelinePoint {
    /** The checkpoint's name, written under the axis. */
    readonly label: string;
    /** Share of the plan period elapsed at the checkpoint (0–1). */
    readonly elapsed: number;
    /** The plan's execution rate then; null when nothing was allocated. */
    readonly rate: number | null;
    readonly valueLabel: string;
    readonly alert?: 'red' | 'yellow';
}

export interface TimelineChart {
    readonly kind: 'timeline';
    readonly title: string;
    readonly desc: string;
    readonly points: readonly TimelinePoint[];
    /** Execution ÷ elapsed below which the alert is yellow, red (the plan's rules). */
    readonly thresholds: { readonly yellow: number; readonly red: number };
    readonly legend: { readonly execution: string; readonly elapsed: string; readonly yellowZone: string; readonly redZone: string };
}

const LEFT = 56;
/** Room right of the plot for the last point's value. */
const RIGHT_MARGIN = 40;
const TOP = 24;
const HEIGHT = 220;
const EXECUTION_COLOUR = '#0072B2';

/** The chart in a wide drawing (pages, print) or a narrow one (a phone, an editor column: 400 wide, larger type). */
export function timelineSvg(chart: TimelineChart, id: string, layout: Layout): string {
    const maxRate = Math.max(1, ...chart.points.map(p => p.rate ?? 0));
    const domain = Math.min(1.5, Math.ceil(maxRate * 4) / 4);
    const right = layout.width - RIGHT_MARGIN;
    const x = (share: number) => LEFT + (right - LEFT) * clamp(share, 0, 1);
    const y = (rate: number) => TOP + HEIGHT * (1 - clamp(rate, 0, domain) / domain);
    const parts: string[] = [];
    // Alert zones: below red × elapsed is red, between red × and yellow × elapsed yellow.
    const { yellow, red } = chart.thresholds;
    parts.push(polygon([[x(0), y(0)], [x(1), y(0)], [x(1), y(red)]], TONE_COLOURS.red, 0.14));
    parts.push(polygon([[x(0), y(0)], [x(1), y(red)], [x(1), y(yellow)]], TONE_COLOURS.yellow, 0.14));
    for (let tick = 0; tick <= domain + 1e-9; tick += 0.25) {
        parts.push(line(x(0), y(tick), x(1), y(tick), 'currentColor', { opacity: tick === 0 ? 0.5 : 0.15 }));
        parts.push(text(`${Math.round(tick * 100)}%`, LEFT - 6, y(tick), { anchor: 'end', size: layout.tickSize, opacity: 0.75 }));
    }
    parts.push(line(x(0), y(0), x(0), y(domain), 'currentColor', { opacity: 0.5 }));
    // The pace line: spending that keeps up with the calendar.
    parts.push(line(x(0), y(0), x(1), y(1), 'currentColor', { dash: '5 4', width: 1.5 }));
    for (const share of [0, 1]) {
        parts.push(text(`${share * 100}%`, x(share), y(0) + 30, { anchor: 'middle', size: layout.tickSize, opacity: 0.6 }));
    }
    const plotted = chart.points.filter((p): p is TimelinePoint & { rate: number } => p.rate !== null);
    if (plotted.length > 0) {
        const path = [[x(0), y(0)], ...plotted.map(p => [x(p.elapsed), y(p.rate)])].map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(px)} ${num(py)}`).join('');
        parts.push(`<path d="${path}" fill="none" stroke="${EXECUTION_COLOUR}" stroke-width="2.5"/>`);
    }
    for (const point of chart.points) {
        const px = x(point.elapsed);
        parts.push(line(px, y(0), px, y(0) + 5, 'currentColor', { opacity: 0.6 }));
        parts.push(text(point.label, px, y(0) + 15, { anchor: 'middle', size: layout.tickSize }));
        if (point.rate === null) continue;
        const colour = point.alert ? TONE_COLOURS[point.alert] : EXECUTION_COLOUR;
        parts.push(dot(px, y(point.rate), 5, colour, '#ffffff'));
        parts.push(text(point.valueLabel, px, y(point.rate) - 12, { anchor: 'middle', weight: 'bold', fill: point.alert ? colour : undefined }));
    }
    const entries: LegendEntry[] = [
        { swatch: (lx, ly) => line(lx, ly, lx + 12, ly, EXECUTION_COLOUR, { width: 2.5 }) + dot(lx + 6, ly, 4, EXECUTION_COLOUR), label: chart.legend.execution },
        { swatch: (lx, ly) => line(lx, ly, lx + 12, ly, 'currentColor', { dash: '5 4', width: 1.5 }), label: chart.legend.elapsed },
        { swatch: swatch(TONE_COLOURS.yellow, 0.35), label: chart.legend.yellowZone },
        { swatch: swatch(TONE_COLOURS.red, 0.35), label: chart.legend.redZone }
    ];
    const plotBottom = y(0) + 40;
    const { markup, height } = legend(layout, entries, plotBottom);
    return svg(chart, id, layout, plotBottom + height + 4, [...parts, markup]);
}

/** A filled circle, drawn as a path (the report's HTML uses a small, fixed set of SVG elements). */
function dot(cx: number, cy: number, r: number, fill: string, stroke?: string): string {
    const outline = stroke ? ` stroke="${stroke}" stroke-width="1.5"` : '';
    return `<path d="M${num(cx - r)} ${num(cy)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z" fill="${fill}"${outline}/>`;
}

function polygon(points: ReadonlyArray<readonly number[]>, fill: string, opacity: number): string {
    return `<path d="${points.map(([px, py], i) => `${i === 0 ? 'M' : 'L'}${num(px)} ${num(py)}`).join('')}Z" fill="${fill}" fill-opacity="${opacity}"/>`;
}

function clamp(value: number, min: number, max: number): number {
    return Math.min(max, Math.max(min, value));
}
