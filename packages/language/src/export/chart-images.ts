/**
 * The report's charts (`report/charts.ts`, SVG) as PNG images for the Word
 * document, rendered by resvg (@resvg/resvg-js: a Rust SVG renderer shipped
 * as prebuilt native binaries in npm packages; no network, no browser).
 * Loaded on first use, so nothing pays for it but the summary export.
 */
import { renderChart, type Chart } from '../report/charts.js';

export interface ChartImage {
    readonly png: Uint8Array;
    /** Size in CSS pixels (the image holds twice as many, for print). */
    readonly width: number;
    readonly height: number;
}

/**
 * Upright sans-serif families with CJK glyphs first (Windows, macOS, Linux),
 * then Latin ones: resvg takes the first it finds and falls back per glyph.
 * Without any of them its generic `sans-serif` may resolve to an italic face.
 */
const FONT_FAMILIES = ['Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei',
    'Droid Sans Fallback', 'DejaVu Sans', 'Liberation Sans', 'Arial'].map(family => `'${family}'`).join(',') + ',sans-serif';

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule | undefined> | undefined;

/** The renderer, or undefined where its native binary is not installed for this platform. */
function loadResvg(): Promise<ResvgModule | undefined> {
    return resvg ??= import('@resvg/resvg-js').then(m => m, () => undefined);
}

/**
 * Renders a chart on white with dark text (no light/dark switch: the
 * document is printed). Returns undefined when the renderer is unavailable.
 */
export async function chartImage(chart: Chart, id: string): Promise<ChartImage | undefined> {
    const module = await loadResvg();
    if (!module) return undefined;
    const svg = renderChart(chart, id).replace(/^<svg /, `<svg style="color:#1f2328;font-family:${FONT_FAMILIES}" `);
    const renderer = new module.Resvg(svg, {
        background: '#ffffff',
        fitTo: { mode: 'zoom', value: 2 },
        font: { loadSystemFonts: true }
    });
    const image = renderer.render();
    return { png: new Uint8Array(image.asPng()), width: image.width / 2, height: image.height / 2 };
}
