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
async function open(html: string, colorScheme: 'light' | 'dark'): Promise<Visit> {
    const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, colorScheme });
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
    { name: 'gov-zh', file: 'examples/gov-drinking-water.pbm', lang: 'zh' }
];

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
            // The first card is the plan's result: the projected score before the period ends, the awarded one where awards exist (§8.7).
            const { figures } = report;
            const lead = !figures.final ? figures.projectedScore : figures.awardedScore ?? figures.score;
            expect(await score.textContent()).toBe(lead.toFixed(1));
            const charts = page.locator('svg.chart');
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
        const { page, consoleErrors, blockedRequests } = await open(html, 'light');
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
