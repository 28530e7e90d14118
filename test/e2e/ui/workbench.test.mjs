// The UI suite: Playwright drives the VS Code workbench (code-server) in Chromium like a user —
// clicks in the Explorer, reads squiggles and the Problems panel, types, hovers, runs a command from
// F1 and reads the summary webview. Started by test/e2e/run.mjs (`node --test`), which provides:
//   PBM_E2E_URL        the code-server URL (127.0.0.1)
//   PBM_E2E_WORKSPACE  a copy of test/e2e/workspace, as a path on this machine
//   PBM_E2E_ARTIFACTS  where screenshots go (FAILED-*.png on failure, screenshot-*.png on success)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { blockExternalRequests, launchBrowser } from '../lib/browser.mjs';
import { ROOT } from '../lib/paths.mjs';

const URL_ = process.env.PBM_E2E_URL;
const WORKSPACE = process.env.PBM_E2E_WORKSPACE;
const ARTIFACTS = process.env.PBM_E2E_ARTIFACTS;
assert.ok(URL_ && WORKSPACE && ARTIFACTS, 'run this suite through test/e2e/run.mjs (npm run test:e2e)');

const PLAN = path.join(WORKSPACE, 'plan.pbm');
const planLines = fs.readFileSync(PLAN, 'utf8').split('\n');
/** 1-based line and column of `text` in the fixture plan (first occurrence). */
function lineOf(text) {
    const index = planLines.findIndex(line => line.includes(text));
    assert.ok(index >= 0, `'${text}' is not in ${PLAN}`);
    return { line: index + 1, column: planLines[index].indexOf(text) + 1 };
}

/** The JSON output of the `pbm` CLI; exit code 1 only says that the fixture has errors, as it should. */
function pbmJson(...args) {
    try {
        return JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/pbm.cjs'), ...args, '--format', 'json'], { encoding: 'utf8' }));
    } catch (error) {
        if (error.status === 1 && error.stdout) return JSON.parse(error.stdout);
        throw error;
    }
}

/** What the checker says about the fixture — the messages the Problems panel must show. */
function checkerProblems() {
    return pbmJson('check', WORKSPACE).filter(problem => problem.severity === 'error' || problem.severity === 'warning');
}

let browser, page, external;
const pageErrors = [];

before(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    browser = await launchBrowser({ viewport: { width: 1440, height: 900 } });
    page = browser.page;
    page.setDefaultTimeout(30_000);
    external = await blockExternalRequests(browser.context);
    page.on('pageerror', error => pageErrors.push(String(error)));
    const url = new URL(URL_);
    url.searchParams.set('folder', WORKSPACE);
    await page.goto(url.href);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await page.locator('.explorer-folders-view').waitFor({ timeout: 60_000 });
});

after(async () => {
    await browser?.close();
});

/** A test that leaves FAILED-<name>.png behind when it fails. */
function uiTest(name, body) {
    test(name, async () => {
        try {
            await body();
        } catch (error) {
            await page.screenshot({ path: path.join(ARTIFACTS, `FAILED-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
            throw error;
        }
    });
}

const screenshot = name => page.screenshot({ path: path.join(ARTIFACTS, `screenshot-${name}.png`) });
const editor = () => page.locator('.editor-instance .monaco-editor').first();

async function waitForCount(locator, count, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (await locator.count() !== count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} of ${locator}, found ${await locator.count()}`);
        await page.waitForTimeout(100);
    }
}

async function goToLine(line, column) {
    await editor().locator('.view-lines').click();
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function runFromPalette(title, closes = true) {
    await editor().locator('.view-lines').click();   // command `when` clauses look at the focused editor
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await page.keyboard.press('Enter');
    // A command that asks a question next (a quick pick of its own) keeps the widget open.
    if (closes) await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

uiTest('opens plan.pbm from the Explorer as a PBM file', async () => {
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: 'plan.pbm' }).click();
    await page.locator('.tabs-container .tab.active', { hasText: 'plan.pbm' }).waitFor();
    await editor().locator('.view-lines', { hasText: 'plan Demo2026' }).waitFor();
    // The language indicator in the status bar: the extension's language contribution is in use.
    await page.locator('#status\\.editor\\.mode', { hasText: 'PBM' }).waitFor({ timeout: 90_000 });
});

uiTest('shows error and warning squiggles and lists them in the Problems panel', async () => {
    await editor().locator('.squiggly-error').first().waitFor();   // owner Marketing: in view when the file opens
    await goToLine(lineOf('kpi InvoiceCost').line, 1);               // kpi-off-track: a few lines further
    await editor().locator('.squiggly-warning').first().waitFor();
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    const problems = checkerProblems();
    assert.ok(problems.some(problem => problem.code === 'unresolved-reference'), 'the fixture should have its unresolved reference');
    assert.ok(problems.some(problem => problem.severity === 'warning'), 'the fixture should have a warning');
    for (const problem of problems) {
        await panel.locator('.monaco-list-row', { hasText: problem.message }).first().waitFor();
    }
    await screenshot('diagnostics');
    await page.keyboard.press('Control+J');   // View: Toggle Panel — hide it again
    await panel.waitFor({ state: 'hidden' });
});

uiTest('completes a goal name after `funds ` (Ctrl+Space) and accepts it', async () => {
    const { line, column } = lineOf('funds Revenue');
    await goToLine(line, column + 'funds '.length);
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Control+Space');
    const suggest = page.locator('.editor-widget.suggest-widget.visible');
    await suggest.locator('.monaco-list-row', { hasText: 'Revenue' }).first().waitFor();
    await suggest.locator('.monaco-list-row', { hasText: 'Efficiency' }).first().waitFor();
    await screenshot('completion');
    await page.keyboard.type('Effi');
    await suggest.locator('.monaco-list-row.focused', { hasText: 'Efficiency' }).waitFor();
    await page.keyboard.press('Enter');
    // Budget Automation funds Efficiency too: now two lines do.
    await waitForCount(editor().locator('.view-line', { hasText: 'funds Efficiency' }), 2);
    await runFromPalette('File: Revert File');
    await waitForCount(editor().locator('.view-line', { hasText: 'funds Revenue' }), 1);
});

uiTest("shows a KPI's figures on hover", async () => {
    const { line, column } = lineOf('kpi NewAccounts');
    await goToLine(line, column + 'kpi New'.length);
    // The mouse goes where the cursor is: in the middle of the word.
    const cursor = await editor().locator('.cursors-layer .cursor').first().boundingBox();
    await page.mouse.move(cursor.x + 2, cursor.y + cursor.height / 2);
    const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: /achievement/i });
    await hover.waitFor();
    // NewAccounts: baseline 0, target >= 10, latest measure 5 → 50% achieved.
    assert.match(await hover.innerText(), /achievement[^\n]*\b50(\.0+)?\s?%/i);
    await screenshot('hover');
    await page.keyboard.press('Escape');
});

uiTest('F1 › PBM: Generate Summary shows the report with its score in a webview', async () => {
    await runFromPalette('PBM: Generate Summary');
    await page.locator('.tabs-container .tab', { hasText: 'Summary: Demo2026' }).waitFor();
    // A webview is <iframe class="webview ready"> (VS Code's host page) > <iframe id="active-frame"> (ours).
    const report = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await report.locator('h2', { hasText: 'Goal achievement' }).first().waitFor();
    const text = await report.locator('body').innerText();
    const { plan } = pbmJson('report', PLAN);
    const [projected, score] = [plan.projectedScore, plan.score].map(value => value.toFixed(1));   // as the report prints them
    // Mid-year the abstract's first card is the projected score, the score to date beside it (LANGUAGE.md §8.7).
    assert.match(text, new RegExp(`Projected score:?\\s*${projected.replace('.', '\\.')}\\b`), `no "Projected score ${projected}" in the summary:\n${text.slice(0, 800)}`);
    assert.match(text, new RegExp(`score to date ${score.replace('.', '\\.')}\\b`), `no "score to date ${score}" in the summary:\n${text.slice(0, 800)}`);
    await screenshot('summary');
});

uiTest('the status bar shows the plan\'s projected score and grade and open alerts; a click opens the summary', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'plan.pbm' }).first().click();
    const report = pbmJson('report', PLAN);
    // Mid-year: the projected result, never the to-date score as a grade (LANGUAGE.md §8.7, issue #19).
    const projected = report.plan.projectedScore.toFixed(1);
    const alerts = report.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').length;
    const item = page.locator('.statusbar-item', { hasText: `${projected} · projected ` });
    await item.waitFor();
    assert.match(await item.innerText(), new RegExp(`${projected.replace('.', '\\.')} · projected ${report.plan.projectedGrade}\\s+${alerts}\\b`));
    await screenshot('status-bar');
    const summaryTab = page.locator('.tabs-container .tab', { hasText: 'Summary: Demo2026' });
    await summaryTab.hover();
    // The tab's close button by its name: its icon is codicon-close in VS Code 1.100, codicon-close-small later.
    await summaryTab.getByRole('button', { name: /^Close\b/ }).click();
    await summaryTab.waitFor({ state: 'detached' });
    await item.locator('a, .statusbar-item-label').first().click();
    await page.locator('.tabs-container .tab', { hasText: 'Summary: Demo2026' }).waitFor();
});

uiTest('F1 › PBM: New Plan offers four templates and opens a Chinese government plan', async () => {
    await page.locator('.tabs-container .tab', { hasText: 'plan.pbm' }).first().click();
    await runFromPalette('PBM: New Plan', false);
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.filter({ hasText: 'Government plan (Chinese)' }).waitFor();
    assert.equal(await rows.count(), 4);
    await screenshot('new-plan-templates');
    await rows.filter({ hasText: 'Government plan (Chinese)' }).click();
    await editor().locator('.view-lines', { hasText: 'profile government' }).waitFor();
    // No checkpoint yet: the status bar says so instead of a score, and there is no error or warning squiggle.
    await page.locator('.statusbar-item', { hasText: 'not monitored yet' }).waitFor();
    assert.equal(await editor().locator('.squiggly-error, .squiggly-warning').count(), 0);
    await screenshot('new-plan');
    await runFromPalette('View: Revert and Close Editor');
});

uiTest('the walkthrough: Welcome › Get started with PBM › Open the sample plan', async () => {
    await runFromPalette('Welcome: Open Walkthrough...', false);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Get started with PBM' });
    await row.waitFor();
    await row.click();
    const steps = page.locator('.gettingStartedContainer');
    await steps.locator('.getting-started-step', { hasText: 'Open a sample plan' }).first().waitFor();
    await steps.locator('.getting-started-step', { hasText: 'Export the form' }).first().waitFor();
    await screenshot('walkthrough');
    await page.getByRole('button', { name: 'Open the sample plan' }).first().click();
    await editor().locator('.view-lines', { hasText: 'sample plan' }).waitFor();
    // Its one warning (a measure without source), counted in the status bar and underlined where it is.
    await page.locator('.statusbar-item', { hasText: /\d\.\d · (projected )?\S+\s+1\b/ }).waitFor({ timeout: 60_000 });
    const sample = fs.readFileSync(path.join(ROOT, 'packages/extension/templates/sample-en.pbm'), 'utf8').split('\n');
    await goToLine(sample.findIndex(line => line.includes('measure SalesRevenue 10.6')) + 1, 5);
    await editor().locator('.squiggly-warning').first().waitFor();
    await screenshot('walkthrough-sample');
});

uiTest('nothing left the machine and the workbench raised no page errors', async () => {
    assert.deepEqual(external, [], 'requests that left loopback');
    assert.deepEqual(pageErrors, [], 'uncaught errors in the workbench page');
});
