/**
 * The summary webview's HTML, options and nonce, as pure functions (no
 * `vscode` import) so that tests can check them (test/security/): what may
 * run in the view is decided here and in the report's CSP.
 *
 * - Options: scripts on (for the one nonce'd view script), command URIs off,
 *   local resources only from the extension's `media` folder.
 * - The report's HTML carries the CSP (`default-src 'none'`, styles, images
 *   and scripts only with the nonce or from the webview source); the view
 *   script gets the same nonce.
 * - Message pages (progress, errors) use the same strict CSP without scripts.
 */

/**
 * Keeps the scroll position in the webview state (it survives the HTML being
 * replaced), restores it on load, and scrolls to a goal on request. Clicks on
 * the report's source links and toolbar buttons become messages to the
 * extension (`parseViewMessage` checks them there): the page itself opens
 * nothing and runs no command.
 */
export const VIEW_SCRIPT = `
const vscode = acquireVsCodeApi();
const state = vscode.getState() || {};
const goTo = goal => { const el = goal && document.getElementById('goal-' + goal); if (el) { el.scrollIntoView(); return true; } return false; };
if (!goTo(document.body.dataset.goal)) window.scrollTo(0, state.scrollY || 0);
let pending;
window.addEventListener('scroll', () => { clearTimeout(pending); pending = setTimeout(() => vscode.setState({ scrollY: window.scrollY }), 100); });
window.addEventListener('message', event => { if (event.data && event.data.type === 'scrollToGoal') goTo(event.data.goal); });
document.addEventListener('click', event => {
  const target = event.target instanceof Element ? event.target.closest('a.source-link, .toolbar button') : null;
  if (!target) return;
  event.preventDefault();
  if (target.matches('a.source-link')) vscode.postMessage({ type: 'openSource', uri: target.dataset.uri, line: Number(target.dataset.line) });
  else vscode.postMessage({ type: 'action', action: target.dataset.action, form: target.dataset.form });
});
`;

/** The forms the export buttons name (LANGUAGE.md §8.11). */
export const EXPORT_FORMS = ['self-evaluation', 'targets', 'monitoring', 'summary'] as const;
export type ExportForm = typeof EXPORT_FORMS[number];

/** What the view may ask of the extension; anything else it posts is ignored. */
export type ViewMessage =
    | { readonly type: 'openSource'; readonly uri: string; readonly line: number }
    | { readonly type: 'export'; readonly form: ExportForm }
    | { readonly type: 'save'; readonly format: 'md' | 'html' }
    | { readonly type: 'print' };

/**
 * Checks a message from the webview: the page shows plan text, so the
 * extension trusts nothing in it — a source link must name a `.pbm` file
 * and a line, an export one of the four forms.
 */
export function parseViewMessage(data: unknown): ViewMessage | undefined {
    if (typeof data !== 'object' || data === null) return undefined;
    const message = data as Record<string, unknown>;
    if (message.type === 'openSource') {
        const { uri, line } = message;
        if (typeof uri !== 'string' || !/\.pbm$/i.test(uri) || typeof line !== 'number' || !Number.isInteger(line) || line < 1) return undefined;
        return { type: 'openSource', uri, line };
    }
    if (message.type !== 'action') return undefined;
    switch (message.action) {
        case 'export': return (EXPORT_FORMS as readonly unknown[]).includes(message.form) ? { type: 'export', form: message.form as ExportForm } : undefined;
        case 'save-md': return { type: 'save', format: 'md' };
        case 'save-html': return { type: 'save', format: 'html' };
        case 'print': return { type: 'print' };
        default: return undefined;
    }
}

/** The options of the summary webview panel; `mediaFolder` is the extension's `media` folder. */
export function summaryWebviewOptions<Uri>(mediaFolder: Uri) {
    return {
        enableScripts: true,
        enableCommandUris: false,
        enableFindWidget: true,
        retainContextWhenHidden: true,
        localResourceRoots: [mediaFolder]
    };
}

/** Adds the nonce'd view script (and the goal to show first) to the report's HTML. */
export function withViewScript(html: string, nonce: string, goal: string | undefined): string {
    const script = `<script nonce="${nonce}">${VIEW_SCRIPT}</script>`;
    const withGoal = goal ? html.replace(/<body([^>]*)>/, (_, attributes: string) => `<body${attributes} data-goal="${escapeAttribute(goal)}">`) : html;
    return withGoal.includes('</body>') ? withGoal.replace('</body>', `${script}</body>`) : withGoal + script;
}

/** A page with one message (progress or an error), under the same strict CSP. */
export function messagePage(cspSource: string, message: string, nonce = createNonce()): string {
    return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${nonce}';">
<style nonce="${nonce}">body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 1em 2em; }</style>
</head><body><p>${escapeHtml(message)}</p></body></html>`;
}

/** 128 random bits as hex: a fresh nonce for every rendering. */
export function createNonce(): string {
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}

function escapeHtml(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
    return escapeHtml(text).replace(/"/g, '&quot;');
}
