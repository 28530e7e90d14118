/**
 * The HTML report in a real browser (Debian's /usr/bin/chromium, headless,
 * driven by playwright-core): it renders without console errors, loads
 * nothing from the network, shows the score, draws its charts, and works
 * under the editor webview's strict Content-Security-Policy. Screenshots in
 * light and dark, English and Chinese, go to test/report/__screenshots__/
 * for a human to look at.
 *
 * CI installs chromium (.ci/run); on a machine without it the suite is
 * skipped with a note.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Lang } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadReport, type LoadedReport } from './report-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOTS = fileURLToPath(new URL('./__screenshots__/', import.meta.url));
/** The page is served from this origin; every other request is refused and recorded. */
const ORIGIN = 'http://report.invalid';

const available = existsSync(CHROMIUM);
if (!available) console.warn(`browser.test.ts skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

let browser: Browser;

beforeAll(async () => {
    if (!available) return;
    // playwright starts chromium with a fresh, temporary profile (its own --user-data-dir) and removes it on close.
    browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: [
            '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync',
            '--disable-dev-shm-usage'
        ]
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
}, 60_000);

afterAll(async () => {
    await browser?.close();
});

interface Visit {
    readonly page: Page;
    readonly consoleErrors: string[];
    readonly blockedRequests: string[];
}

/** Opens the HTML as the page at ORIGIN; any other request is aborted and recorded. */
async function open(html: string, colorScheme: 'light' | 'dark', width = 1100): Promise<Visit> {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const blockedRequests: string[] = [];
    page.on('console', message => { if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message.text()); });
    page.on('pageerror', error => consoleErrors.push(error.message));
    await context.route('**/*', route => {
        const url = route.request().url();
        if (url === `${ORIGIN}/`) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
        blockedRequests.push(url);
        return route.abort();
    });
    await page.goto(`${ORIGIN}/`, { waitUntil: 'load' });
    return { page, consoleErrors, blockedRequests };
}

const CASES: ReadonlyArray<{ name: string; file: string; lang: Lang }> = [
    { name: 'acme-en', file: 'examples/acme-2026.pbm', lang: 'en' },
    { name: 'zh-annual-zh', file: 'examples/zh-annual-2026.pbm', lang: 'zh' },
    { name: 'gov-zh', file: 'examples/gov-drinking-water.pbm', lang: 'zh' },
    { name: 'gov-en', file: 'examples/gov-drinking-water.pbm', lang: 'en' }
];

/** What a reader at this width would find wrong, measured in the page. */
interface LayoutProblems {
    /** The page is wider than the screen (it scrolls sideways). */
    readonly pageWidth: number;
    /** Elements reaching past the right edge of the screen. */
    readonly pastEdge: string[];
    /** Tables that hide columns behind a scroll bar. */
    readonly scrollingTables: number;
    /** The smallest chart text as drawn on screen, in px. */
    readonly smallestChartText: number;
    /** Chart labels cut with an ellipsis. */
    readonly cutLabels: string[];
    /** Status badges in tables broken over two lines (进展正/常); a rate may put its alert on a line of its own. */
    readonly brokenBadges: string[];
}

const MEASURE_LAYOUT = `(() => {
    const width = document.documentElement.clientWidth;
    const visible = element => element.getClientRects().length > 0;
    const pastEdge = [...document.querySelectorAll('body *')].filter(e => visible(e) && e.getBoundingClientRect().right > width + 1)
        .map(e => e.tagName.toLowerCase() + '.' + (e.getAttribute('class') || '') + ': ' + (e.textContent || '').slice(0, 30));
    let smallest = Infinity;
    for (const text of document.querySelectorAll('svg.chart text')) {
        const svg = text.ownerSVGElement;
        if (!svg || !visible(svg)) continue;
        smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a);
    }
    return {
        pageWidth: document.documentElement.scrollWidth,
        pastEdge,
        scrollingTables: [...document.querySelectorAll('.table-wrap')].filter(e => e.scrollWidth > e.clientWidth + 1).length,
        smallestChartText: Math.round(smallest * 10) / 10,
        cutLabels: [...document.querySelectorAll('svg.chart text')].filter(t => visible(t.ownerSVGElement) && t.textContent.includes('…')).map(t => t.textContent),
        brokenBadges: [...document.querySelectorAll('td:not(.wrap) .tone')].filter(t => t.getClientRects().length > 1 || t.getBoundingClientRect().height > parseFloat(getComputedStyle(t).lineHeight) * 1.5).map(t => t.textContent)
    };
})()`;

describe.skipIf(!available).each(CASES)('HTML report of $file ($lang) in Chromium', ({ name, file, lang }) => {
    let report: LoadedReport;

    beforeAll(async () => {
        report = await loadReport(file, lang);
    });

    test.each(['light', 'dark'] as const)('renders cleanly in %s mode, offline, with the score and charts visible', async scheme => {
        const { page, consoleErrors, blockedRequests } = await open(report.render({ format: 'html', lang }), scheme);
        try {
            expect(consoleErrors).toEqual([]);
            expect(blockedRequests).toEqual([]);
            const score = page.locator('.card-value').first();
            await expect.poll(() => score.isVisible()).toBe(true);
            expect(await score.textContent()).toBe(report.figures.score.toFixed(1));
            // One drawing of each chart is shown (the wide one at this width).
            const charts = page.locator('svg.chart').filter({ visible: true });
            const count = await charts.count();
            expect(count).toBeGreaterThanOrEqual(report.figures.goals.length);
            for (let i = 0; i < count; i++) {
                const box = await charts.nth(i).boundingBox();
                expect(box?.width, `chart ${i}`).toBeGreaterThan(100);
                expect(box?.height, `chart ${i}`).toBeGreaterThan(30);
            }
            // The page follows the reader's colour scheme.
            const background = await page.evaluate('getComputedStyle(document.body).backgroundColor');
            expect(background).toBe(scheme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-${scheme}.png`) });
        } finally {
            await page.context().close();
        }
    });

    test('works under the editor webview\'s strict CSP: styles apply, nothing is refused', async () => {
        const html = report.render({ format: 'html', lang, html: { mode: 'webview', nonce: 'r4nd0m', cspSource: ORIGIN } });
        // The view beside the editor is often a narrow column.
        const { page, consoleErrors, blockedRequests } = await open(html, 'light', 400);
        try {
            expect(consoleErrors).toEqual([]);
            expect(blockedRequests).toEqual([]);
            // A style from the nonce'd sheet is in force (a refused sheet would leave the default 0px).
            const border = await page.evaluate(`getComputedStyle(document.querySelector('.card')).borderLeftWidth`);
            expect(border).toBe('5px');
            const firstGoal = report.figures.goals[0].name;
            const section = page.locator(`[id="goal-${firstGoal}"]`);
            await section.scrollIntoViewIfNeeded();
            expect(await section.locator('h3').isVisible()).toBe(true);
            // Export, save and print buttons are in view, and problems link to their lines.
            await page.evaluate('window.scrollTo(0, 0)');
            const buttons = page.locator('.toolbar button');
            expect(await buttons.count()).toBe(7);
            for (let i = 0; i < 7; i++) expect(await buttons.nth(i).isVisible()).toBe(true);
            expect(await page.locator('#problems a.source-link').count()).toBeGreaterThan(0);
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-webview-400.png`) });
        } finally {
            await page.context().close();
        }
    });

    test('prints to PDF', async () => {
        const { page } = await open(report.render({ format: 'html', lang }), 'light');
        try {
            await page.emulateMedia({ media: 'print' });
            expect(await page.evaluate(`getComputedStyle(document.querySelector('.toc')).display`)).toBe('none');
            const pdf = await page.pdf({ format: 'A4' });
            expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        } finally {
            await page.context().close();
        }
    });
});

describe.skipIf(!available).each(CASES)('layout of $file ($lang) at every width and on A4', ({ name, file, lang }) => {
    let html: string;

    beforeAll(async () => {
        html = (await loadReport(file, lang)).render({ format: 'html', lang });
    });

    test.each([1280, 800, 700, 400, 390, 320])('at %i px: nothing past the edge, tables whole, chart text readable, badges on one line', async width => {
        const { page } = await open(html, 'light', width);
        try {
            const problems = await page.evaluate(MEASURE_LAYOUT) as LayoutProblems;
            expect(problems.pageWidth, 'page width').toBeLessThanOrEqual(width);
            expect(problems.pastEdge).toEqual([]);
            // Wide screens show every column; narrow ones stack each row as a card instead of scrolling.
            expect(problems.scrollingTables).toBe(0);
            expect(problems.smallestChartText).toBeGreaterThanOrEqual(11);
            expect(problems.cutLabels).toEqual([]);
            expect(problems.brokenBadges).toEqual([]);
            await page.screenshot({ path: join(SCREENSHOTS, `${name}-${width}.png`), fullPage: false });
        } finally {
            await page.context().close();
        }
    });

    test('on A4: tables fit the page width and badges stay on one line', async () => {
        // 210 mm − 2 × 14 mm margins at 96 dpi.
        const { page } = await open(html, 'light', 688);
        try {
            await page.emulateMedia({ media: 'print' });
            const problems = await page.evaluate(MEASURE_LAYOUT) as LayoutProblems;
            expect(problems.scrollingTables).toBe(0);
            expect(problems.pastEdge).toEqual([]);
            expect(problems.brokenBadges).toEqual([]);
            expect(problems.cutLabels).toEqual([]);
        } finally {
            await page.context().close();
        }
    });
});
