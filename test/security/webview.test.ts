/**
 * The summary webview never runs what a plan contains (issue #8).
 *
 * 1. The panel's own HTML, CSP and options (packages/extension/src/summary-html.ts).
 * 2. Reports whose every user string is a hostile payload — titles,
 *    descriptions, organization, unit leads, sources, formulas, finding and
 *    action titles, KPI unit strings, CJK/RTL mixes — parsed with parse5
 *    (HTML) and markdown-it + parse5 (Markdown): the element and attribute
 *    names are exactly those of a benign report with the same structure, and
 *    no attribute value and no link comes from plan text.
 * 3. Headless Chromium: the standalone HTML and the webview HTML (with the
 *    panel's script, under the webview CSP) open no dialog, make no request,
 *    and log no CSP violation.
 */
import { existsSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { chromium, type Browser } from 'playwright-core';
import type { Lang } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createNonce, messagePage, parseViewMessage, summaryWebviewOptions, VIEW_SCRIPT, withViewScript } from '../../packages/extension/src/summary-html.js';
import { reportOfText, type LoadedReport } from '../report/report-helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** What an attacker would write into a plan's strings. */
const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    'javascript:alert(3)',
    '</style><script>alert(4)</script>',
    '</title><script>alert(5)</script>',
    '"><svg onload=alert(6)>',
    "'><iframe src=//evil.example>",
    '[click](javascript:alert(7))',
    '![x](http://evil.example/x.png)',
    '<a href="http://evil.example">x</a>',
    'a | b | c',
    '`code` ```fence```',
    '{{constructor.constructor("alert(8)")()}}',
    '${alert(9)}',
    '&lt;script&gt;alert(10)&lt;/script&gt;',
    '<!-- comment --> <![CDATA[ x ]]>',
    '降本增效 <b>粗体</b> \u202Eevil\u202C عربي <i>x</i>',
    '# heading *em* _em_ ~~del~~ > quote',
    '<style>body{background:url(http://evil.example)}</style>',
    '<meta http-equiv="refresh" content="0;url=http://evil.example">',
    '<base href="http://evil.example/">',
    '<form action="http://evil.example"><input name=x></form>',
    '<object data="http://evil.example/x.swf"></object>',
    '<link rel=stylesheet href=http://evil.example/x.css>'
];

/** A PBM string literal holding `text` exactly. */
const literal = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/**
 * A plan whose strings are `strings(i)` for the i-th string position: the
 * same structure for the hostile and the benign plan.
 */
function planWith(strings: (i: number) => string): string {
    let i = 0;
    const s = () => literal(strings(i++));
    return `
plan P ${s()} {
    organization ${s()}
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit U ${s()} { lead ${s()} }
strategy S ${s()} { perspective financial }
goal G ${s()} {
    owner U  supports S  perspective financial  weight 60%  due 2026-12-31
    description ${s()}
    kpi K ${s()} { unit ${s()}  baseline 0  target >= 10  frequency quarterly  source ${s()}  formula ${s()} }
    kpi Q ${s()} { target ${s()} }
}
goal H ${s()} {
    owner U  supports S  perspective financial  weight 40%  due 2026-03-31
    kpi L ${s()} { unit ${s()}  baseline 5  target <= 1  frequency monthly  source ${s()} }
}
budget B ${s()} { category other  amount 100  funds G 70%, H 30%  owner U }
checkpoint Q1 2026-03-31 {
    measure K 4 source ${s()}
    measure Q partial 50% source ${s()}
    measure L 4 source ${s()}
    spend B 40 source ${s()}
}
review R ${s()} 2026-06-30 {
    finding F ${s()} { affects G, H  cause data  severity high }
    finding F2 ${s()} { affects H  cause external  severity low }
    action A ${s()} { addresses F  owner U  due 2026-05-01  status open }
}
outlook O ${s()} { owner U  due 2027-01-01  budget 5 }
`;
}

const hostileString = (i: number) => `${PAYLOADS[i % PAYLOADS.length]} ${i}`;
/** The same length and script as the hostile string (charts shorten long labels), without markup characters. */
const benignString = (i: number) => hostileString(i).replace(/[^\p{L}\p{N}\s]/gu, 'x');
const hostilePlan = planWith(hostileString);
const benignPlan = planWith(benignString);

function elements(node: Node, found: Element[] = []): Element[] {
    if ('tagName' in node) found.push(node);
    for (const child of 'childNodes' in node ? node.childNodes : []) elements(child, found);
    if ('content' in node && node.content) elements(node.content as Node, found);
    return found;
}

/** The names of the elements and attributes of an HTML text, with how often each occurs. */
function markup(html: string): { elements: Record<string, number>; attributes: Record<string, number> } {
    const all = elements(parse(html));
    const count = (names: string[]) => names.reduce<Record<string, number>>((counts, name) => ({ ...counts, [name]: (counts[name] ?? 0) + 1 }), {});
    return { elements: count(all.map(e => e.tagName)), attributes: count(all.flatMap(e => e.attrs.map(a => `${e.tagName}[${a.name}]`))) };
}

function cspOf(html: string): string {
    const meta = elements(parse(html)).find(e => e.tagName === 'meta' && e.attrs.some(a => a.name === 'http-equiv' && a.value === 'Content-Security-Policy'));
    return meta?.attrs.find(a => a.name === 'content')?.value ?? '';
}

/** The CSP as directive → sources. */
function directives(csp: string): Record<string, string[]> {
    return Object.fromEntries(csp.split(';').map(part => part.trim()).filter(Boolean).map(part => {
        const [name, ...sources] = part.split(/\s+/);
        return [name, sources];
    }));
}

const CSP_SOURCE = 'https://webview.vscode-resource.invalid';

describe('the summary panel: options, CSP, nonce, message pages', () => {
    test('webview options: scripts only for the view script, no command URIs, local resources only from the media folder', () => {
        const options = summaryWebviewOptions('EXT/media');
        expect(options).toEqual({ enableScripts: true, enableCommandUris: false, enableFindWidget: true, retainContextWhenHidden: true, localResourceRoots: ['EXT/media'] });
    });

    test('the view may only ask to open a line of a .pbm file, export one of the four forms, save or print', () => {
        expect(parseViewMessage({ type: 'openSource', uri: 'file:///plans/plan.pbm', line: 12 })).toEqual({ type: 'openSource', uri: 'file:///plans/plan.pbm', line: 12 });
        expect(parseViewMessage({ type: 'openSource', uri: 'sub/costs.pbm', line: 3 })).toEqual({ type: 'openSource', uri: 'sub/costs.pbm', line: 3 });
        expect(parseViewMessage({ type: 'action', action: 'export', form: 'self-evaluation' })).toEqual({ type: 'export', form: 'self-evaluation' });
        expect(parseViewMessage({ type: 'action', action: 'save-md' })).toEqual({ type: 'save', format: 'md' });
        expect(parseViewMessage({ type: 'action', action: 'print' })).toEqual({ type: 'print' });
        for (const hostile of [
            { type: 'openSource', uri: 'file:///etc/passwd', line: 1 }, { type: 'openSource', uri: 'command:workbench.action.terminal.new?x.pbm', line: 0 },
            { type: 'openSource', uri: 'a.pbm', line: '1' }, { type: 'action', action: 'export', form: 'anything' },
            { type: 'action', action: 'runCommand' }, { type: 'command', command: 'pbm.exportForm' }, null, 'print', 42
        ]) expect(parseViewMessage(hostile), JSON.stringify(hostile)).toBeUndefined();
    });

    test('a nonce is 128 random bits, fresh every time', () => {
        const nonces = Array.from({ length: 200 }, createNonce);
        expect(nonces.every(nonce => /^[0-9a-f]{32}$/.test(nonce))).toBe(true);
        expect(new Set(nonces).size).toBe(200);
    });

    test('a message page (progress, errors) has the strict CSP, no script, and shows the message as text', () => {
        const html = messagePage(CSP_SOURCE, '<img src=x onerror=alert(1)> failed', 'n0nce');
        expect(directives(cspOf(html))).toEqual({ 'default-src': ["'none'"], 'style-src': [CSP_SOURCE, "'nonce-n0nce'"] });
        expect(Object.keys(markup(html).elements).sort()).toEqual(['body', 'head', 'html', 'meta', 'p', 'style']);
        expect(elements(parse(html)).find(e => e.tagName === 'p')!.childNodes.map(n => (n as DefaultTreeAdapterMap['textNode']).value).join('')).toBe('<img src=x onerror=alert(1)> failed');
    });

    test('the webview report: default-src none, no remote origin, styles/images only from the webview source or with the nonce, the view script carries the nonce', async () => {
        const report = await reportOfText(hostilePlan);
        const nonce = createNonce();
        const html = withViewScript(report.render({ format: 'html', html: { mode: 'webview', nonce, cspSource: CSP_SOURCE } }), nonce, '"><img src=x onerror=alert(1)>');
        expect(directives(cspOf(html))).toEqual({
            'default-src': ["'none'"],
            'style-src': [CSP_SOURCE, `'nonce-${nonce}'`],
            'img-src': [CSP_SOURCE, 'data:'],
            'script-src': [`'nonce-${nonce}'`]
        });
        const all = elements(parse(html));
        const scripts = all.filter(e => e.tagName === 'script');
        expect(scripts).toHaveLength(1);
        expect(scripts[0].attrs).toEqual([{ name: 'nonce', value: nonce }]);
        expect((scripts[0].childNodes[0] as DefaultTreeAdapterMap['textNode']).value).toBe(VIEW_SCRIPT);
        expect(all.filter(e => e.tagName === 'style').every(style => style.attrs.some(a => a.name === 'nonce' && a.value === nonce))).toBe(true);
        // The goal to scroll to (from a code lens argument) is an attribute value, escaped.
        const body = all.find(e => e.tagName === 'body')!;
        expect(body.attrs.find(a => a.name === 'data-goal')?.value).toBe('"><img src=x onerror=alert(1)>');
        expect(all.filter(e => e.tagName === 'img')).toEqual([]);
    });
});

describe.each(['en', 'zh'] as const)('a report whose every string is hostile (%s)', lang => {
    let hostile: LoadedReport;
    let benign: LoadedReport;
    beforeAll(async () => {
        [hostile, benign] = await Promise.all([reportOfText(hostilePlan, lang), reportOfText(benignPlan, lang)]);
        // Same structure: the same diagnostics, so the same sections and rows.
        expect(hostile.diagnostics.map(d => d.code)).toEqual(benign.diagnostics.map(d => d.code));
    });

    test.each(['standalone', 'webview'] as const)('HTML (%s): the same elements and attributes as the benign report; no attribute value from plan text', mode => {
        const options = { format: 'html' as const, lang, html: { mode, nonce: 'n0nce', cspSource: CSP_SOURCE } };
        const html = hostile.render(options);
        expect(markup(html)).toEqual(markup(benign.render(options)));
        for (const element of elements(parse(html))) {
            for (const attribute of element.attrs) {
                expect(attribute.value, `${element.tagName}[${attribute.name}]`).not.toMatch(/alert|evil|javascript:|onerror|onload|</);
            }
        }
        // The payloads are still shown, as text: plan title, goal titles, KPI title, a finding's title.
        const body = elements(parse(html)).find(e => e.tagName === 'body')!;
        const textOf = (node: Node): string => node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : ('childNodes' in node ? node.childNodes.map(textOf).join('') : '');
        for (const i of [0, 5, 7, 13, 23]) expect(textOf(body)).toContain(hostileString(i));
    });

    test('Markdown: rendered (raw HTML allowed) to the same elements and attributes as the benign report; no link from plan text', () => {
        const render = (markdown: string) => new MarkdownIt({ html: true, linkify: true }).render(markdown);
        const hostileHtml = render(hostile.render({ format: 'md', lang }));
        expect(markup(hostileHtml)).toEqual(markup(render(benign.render({ format: 'md', lang }))));
        const links = elements(parse(hostileHtml)).filter(e => e.tagName === 'a' || e.tagName === 'img');
        expect(links.map(e => e.attrs)).toEqual([]);
    });

    test('JSON: plan strings are data, parsed back exactly', () => {
        const json = JSON.parse(hostile.render({ format: 'json', lang })) as { goals: Array<{ title: string }> };
        // The titles of goals G and H are the 6th and the 14th string of the plan.
        expect(json.goals.map(goal => goal.title)).toEqual([hostileString(5), hostileString(13)]);
    });
});

const CHROMIUM = '/usr/bin/chromium';
const ORIGIN = 'http://report.invalid';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`webview.test.ts: the browser part is skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

describe.skipIf(!available)('the hostile report in headless Chromium', () => {
    let browser: Browser;
    let report: LoadedReport;
    beforeAll(async () => {
        report = await reportOfText(hostilePlan, 'en' as Lang);
        browser = await chromium.launch({
            executablePath: CHROMIUM, headless: true,
            args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
        });
    }, 60_000);
    afterAll(async () => { await browser?.close(); });

    /** Opens the page; records dialogs, requests other than the page, console errors and CSP violations. */
    async function visit(html: string) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const dialogs: string[] = [];
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('dialog', dialog => { dialogs.push(dialog.message()); void dialog.dismiss(); });
        page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text()); });
        page.on('pageerror', error => errors.push(error.message));
        await context.route('**/*', route => {
            const url = route.request().url();
            if (url === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
            requests.push(url);
            return route.abort();
        });
        await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
        await page.waitForTimeout(300);
        const violations = await page.evaluate('window.__cspViolations ?? 0');
        await context.close();
        return { dialogs, requests, errors, violations };
    }

    test('standalone HTML: no dialog, no request, no error', async () => {
        const result = await visit(report.render({ format: 'html', html: { mode: 'standalone' } }));
        expect(result).toEqual({ dialogs: [], requests: [], errors: [], violations: 0 });
    });

    test('webview HTML under the webview CSP, with the panel\'s view script: no dialog, no request, no CSP violation', async () => {
        const nonce = createNonce();
        const html = withViewScript(report.render({ format: 'html', html: { mode: 'webview', nonce, cspSource: ORIGIN } }), nonce, 'G');
        // The webview host provides acquireVsCodeApi; the page counts CSP violations. Both scripts carry the nonce, like the view script.
        const host = `<script nonce="${nonce}">window.__cspViolations = 0; document.addEventListener('securitypolicyviolation', () => window.__cspViolations++); window.acquireVsCodeApi = () => ({ getState: () => undefined, setState: () => undefined, postMessage: () => undefined });</script>`;
        const result = await visit(html.replace('<head>', `<head>${host}`));
        expect(result).toEqual({ dialogs: [], requests: [], errors: [], violations: 0 });
    });

    test('webview HTML: a problem links to its line, and the toolbar buttons post their action — the page itself opens nothing', async () => {
        const nonce = createNonce();
        const html = withViewScript(report.render({ format: 'html', html: { mode: 'webview', nonce, cspSource: ORIGIN } }), nonce, undefined);
        const host = `<script nonce="${nonce}">window.__posted = []; window.acquireVsCodeApi = () => ({ getState: () => undefined, setState: () => undefined, postMessage: m => window.__posted.push(m) });</script>`;
        const context = await browser.newContext();
        const requests: string[] = [];
        await context.route('**/*', route => {
            if (route.request().url() === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.replace('<head>', `<head>${host}`) });
            requests.push(route.request().url());
            return route.abort();
        });
        const page = await context.newPage();
        try {
            await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
            // The appendix's first check links to its line in plan.pbm.
            const first = report.diagnostics[0];
            await page.locator('#appendix-diagnostics a.source-link').first().click();
            await page.locator('.toolbar button[data-form="summary"]').click();
            await page.locator('.toolbar button[data-action="print"]').click();
            const posted = await page.evaluate('window.__posted') as unknown[];
            expect(posted).toEqual([
                { type: 'openSource', uri: first.file, line: first.line },
                { type: 'action', action: 'export', form: 'summary' },
                { type: 'action', action: 'print' }
            ]);
            expect(posted.map(parseViewMessage).every(message => message !== undefined)).toBe(true);
            expect(page.url()).toBe(`${ORIGIN}/`);
            expect(requests).toEqual([]);
        } finally {
            await context.close();
        }
    });
});
