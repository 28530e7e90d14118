/**
 * The HTML report's style sheet. It follows the VS Code theme inside the
 * editor's webview (`--vscode-*` variables) and the reader's light or dark
 * preference in a browser (the fallbacks), prints cleanly on A4, and uses
 * classes only — no `style` attributes, which a strict CSP would block.
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
}
.report { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
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
th, td { border: 1px solid var(--border); padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }
tfoot td { font-weight: 600; background: var(--surface); }
ul, ol { padding-left: 1.5em; }
li { margin: .25em 0; }
figure.chart-figure { margin: .8em 0 1.2em; }
figure.chart-figure figcaption { font-weight: 600; font-size: .95em; margin-bottom: .3em; }
svg.chart { display: block; width: 100%; max-width: 720px; height: auto; color: var(--fg); overflow: visible; }
.tone { white-space: nowrap; }
.tone::before { content: ""; display: inline-block; width: .62em; height: .62em; border-radius: 50%; margin-right: .35em; background: var(--tone); vertical-align: .05em; }
${toneRules}
@media print {
  :root { --fg: #000; --bg: #fff; --muted: #444; --border: #bbb; --surface: #f3f3f3; --link: #000; }
  @page { size: A4; margin: 16mm 14mm; }
  body { font-size: 10.5pt; }
  .report { max-width: none; padding: 0; }
  .toc { display: none; }
  h2, h3, h4 { break-after: avoid; }
  figure, .card, tr { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  th, td { padding: 3px 4px; }
  .num, .tone { white-space: normal; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();
