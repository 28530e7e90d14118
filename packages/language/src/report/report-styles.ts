/**
 * The HTML report's style sheet. It follows the VS Code theme inside the
 * editor's webview (`--vscode-*` variables) and the reader's light or dark
 * preference in a browser (the fallbacks), prints cleanly on A4, and uses
 * classes only — no `style` attributes, which a strict CSP would block.
 *
 * Widths: a page from 800 px and A4 show every table whole; below 800 px
 * (a phone, an editor column, half a screen) each table row becomes a card
 * of label–value lines, so nothing is wider than the screen; below 760 px the
 * charts switch to their narrow drawing (labels above the bars, type never
 * under 11 px down to 320 px).
 */
import { TONE_COLOURS } from './charts.js';

const toneRules = Object.entries(TONE_COLOURS).map(([tone, colour]) => `.tone-${tone}{--tone:${colour}}`).join('\n');

export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --pbm-fg: #1f2328; --pbm-bg: #ffffff; --pbm-muted: #59636e; --pbm-border: #d1d9e0; --pbm-surface: #f6f8fa; --pbm-link: #0969da;
}
@media (prefers-color-scheme: dark) {
  :root { --pbm-fg: #e6edf3; --pbm-bg: #0d1117; --pbm-muted: #9198a1; --pbm-border: #3d444d; --pbm-surface: #151b23; --pbm-link: #4493f8; }
}
:root {
  --fg: var(--vscode-editor-foreground, var(--pbm-fg));
  --bg: var(--vscode-editor-background, var(--pbm-bg));
  --muted: var(--vscode-descriptionForeground, var(--pbm-muted));
  --border: var(--vscode-panel-border, var(--pbm-border));
  --surface: var(--vscode-editorWidget-background, var(--pbm-surface));
  --link: var(--vscode-textLink-foreground, var(--pbm-link));
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0; color: var(--fg); background: var(--bg);
  font-family: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif);
  font-size: 14px; line-height: 1.55;
  padding: 0;
}
.report { max-width: 1080px; margin: 0 auto; padding: 24px 28px 48px; overflow-wrap: break-word; }
h1 { font-size: 1.75em; line-height: 1.25; margin: 0 0 .35em; }
h2 { font-size: 1.35em; margin: 1.8em 0 .6em; padding-bottom: .25em; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.12em; margin: 1.5em 0 .5em; }
h4 { font-size: 1em; margin: 1.2em 0 .4em; }
p { margin: .5em 0 .8em; }
a { color: var(--link); }
.subtitle { color: var(--muted); margin: .1em 0; }
.muted { color: var(--muted); }
.toc { margin: 1.2em 0; padding: .6em 1em; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
.toc-title { font-weight: 600; margin: 0 0 .3em; }
.toc ul { margin: 0; padding: 0; list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: 2px 24px; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 1em 0 1.2em; }
.card { border: 1px solid var(--border); border-left: 5px solid var(--tone, var(--border)); border-radius: 6px; padding: 10px 14px; background: var(--surface); }
.card-label { color: var(--muted); font-size: .9em; }
.card-value { font-size: 1.9em; font-weight: 650; line-height: 1.2; font-variant-numeric: tabular-nums; }
.card-detail { font-size: .88em; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: .4em 0 .8em; padding: 0; }
.facts div { display: flex; gap: 6px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; }
.table-wrap { overflow-x: auto; margin: .6em 0 1.2em; }
table { border-collapse: collapse; width: 100%; font-size: .92em; }
th, td { border: 1px solid var(--border); padding: 5px 6px; text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.num.wrap { white-space: normal; min-width: 5em; }
th.num { white-space: normal; }
.num.wrap .tone { white-space: normal; word-break: keep-all; }
.nowrap { white-space: nowrap; }
.lines > span { display: block; }
tfoot td { font-weight: 600; background: var(--surface); }
ul, ol { padding-left: 1.5em; }
li { margin: .25em 0; }
figure.chart-figure { margin: .8em 0 1.2em; }
figure.chart-figure figcaption { font-weight: 600; font-size: .95em; margin-bottom: .3em; }
svg.chart { display: block; width: 100%; max-width: 720px; height: auto; color: var(--fg); overflow: visible; }
.chart-narrow { display: none; }
.chart-narrow svg.chart { max-width: 440px; }
.tone { white-space: nowrap; }
p > .tone, li > .tone { white-space: normal; }
a.source-link { color: inherit; text-decoration: underline dotted; text-underline-offset: 2px; cursor: pointer; }
a.source-link:hover, a.source-link:focus { color: var(--link); }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 0; margin-bottom: .5em; background: var(--bg); border-bottom: 1px solid var(--border); }
.toolbar button {
  font: inherit; font-size: .9em; padding: 3px 10px; border-radius: 3px; cursor: pointer;
  color: var(--vscode-button-secondaryForeground, var(--fg)); background: var(--vscode-button-secondaryBackground, var(--surface));
  border: 1px solid var(--vscode-button-border, var(--border));
}
.toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--border)); }
@media (max-width: 760px) {
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
@media (max-width: 640px) {
  .report { padding: 12px 12px 32px; }
  .toolbar { position: static; }
  h1 { font-size: 1.45em; }
}
@media (max-width: 799px) {
  .table-wrap { overflow: visible; }
  .table-wrap table, .table-wrap tbody, .table-wrap tfoot, .table-wrap tr, .table-wrap td { display: block; width: auto; }
  .table-wrap thead { display: none; }
  .table-wrap tr { border: 1px solid var(--border); border-radius: 6px; margin: 0 0 8px; padding: 4px 10px; }
  .table-wrap tfoot tr { background: var(--surface); }
  .table-wrap td { border: none; padding: 2px 0; display: flex; gap: 10px; text-align: left; white-space: normal; }
  .table-wrap td::before { content: attr(data-label); flex: 0 0 40%; color: var(--muted); font-weight: normal; }
  .table-wrap td:empty { display: none; }
  .table-wrap td:first-child { font-weight: 600; }
  .table-wrap td > * { min-width: 0; }
  .facts { gap: 2px 16px; }
}
.tone::before { content: ""; display: inline-block; width: .62em; height: .62em; border-radius: 50%; margin-right: .35em; background: var(--tone); vertical-align: .05em; }
${toneRules}
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #444; --border: #bbb; --surface: #f3f3f3; --link: #000; }
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .toc, .toolbar { display: none; }
  .chart-wide { display: block; }
  .chart-narrow { display: none; }
  h2, h3, h4 { break-after: avoid; }
  figure, .card, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 4px; }
  .num.wrap { white-space: normal; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
