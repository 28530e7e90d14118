/**
 * `pbm report` as a user runs it (LANGUAGE.md §6): formats, languages,
 * writing a file, and the exit codes — 0 when the report was produced (even
 * for a plan with errors), 1 when no plan could be parsed, 2 for bad input —
 * each problem one line on stderr.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, linesOf, REPO_ROOT, runPbm, TempFolder } from '../foundation/cli-helpers.js';

const GOOD_PLAN = `
plan P "Plan P" {
    organization "Org"
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit U { lead "L" }
goal G "Goal G" { owner U due 2026-12-31 weight 100%
    kpi K "KPI K" { unit "t" baseline 0 target >= 10 frequency quarterly source "s" }
}
budget B "Line B" { category other amount 1000 owner U funds G }
checkpoint Q2 2026-06-30 { measure K 5 source "s" spend B 500 source "s" }
`;

let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write({
        'plan.pbm': GOOD_PLAN,
        'zh.pbm': GOOD_PLAN.replace('as of 2026-06-30', 'as of 2026-06-30\n    language zh'),
        'errors.pbm': GOOD_PLAN.replace('owner U due', 'owner Nobody due'),
        'garbage.pbm': 'this is { not a plan at all ]]\n',
        'part.pbm': 'unit U { lead "L" }\n',
        'recovered.pbm': GOOD_PLAN.replace('unit U { lead "L" }', 'unit U { lead "L" }\n@@@ stray'),
        'out/.keep': ''
    });
});

afterAll(() => folder?.remove());

function report(...args: string[]) {
    return runPbm(['report', ...args], folder.path);
}

describe('pbm report', () => {
    test('prints Markdown on stdout by default, in the plan\'s language', async () => {
        const en = await report('plan.pbm');
        expect(en.status).toBe(0);
        expect(en.stdout).toMatch(/^# 2026 Budget Performance Summary — Org\n/);
        expect(en.stderr).toBe('');
        const zh = await report('zh.pbm');
        expect(zh.stdout).toMatch(/^# Org2026年度预算绩效管理工作总结\n/);
        expect((await report('zh.pbm', '--lang', 'en')).stdout).toMatch(/^# 2026 Budget Performance Summary/);
    });

    test('--format json prints the figures of LANGUAGE.md §6', async () => {
        const result = await report('plan.pbm', '--format', 'json');
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.plan).toMatchObject({ name: 'P', asOf: '2026-06-30', allocated: 1000, spent: 500, executionRate: 0.5 });
        expect(json.goals[0].kpis[0]).toMatchObject({ name: 'K', direction: '>=', baseline: 0, target: 10, actual: 5, achievement: 0.5 });
        expect(json.budgets[0]).toMatchObject({ name: 'B', category: 'other', amount: 1000, spent: 500, executionRate: 0.5 });
        expect(Array.isArray(json.diagnostics)).toBe(true);
    });

    test('-o writes the file (format from its extension), says where, and leaves no temporary file', async () => {
        const result = await report('plan.pbm', '-o', 'out/summary.html');
        expect(result.status).toBe(0);
        expect(result.stdout).toBe('');
        expect(linesOf(result.stderr)).toEqual(['pbm: report written to out/summary.html']);
        const html = readFileSync(join(folder.path, 'out/summary.html'), 'utf8');
        expect(html).toMatch(/^<!DOCTYPE html>/);
        expect(readdirSync(join(folder.path, 'out')).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('-o of a Markdown report saves its charts as SVG images beside it and links them', async () => {
        const result = await report('plan.pbm', '-o', 'out/summary.md');
        expect(result.status).toBe(0);
        const markdown = readFileSync(join(folder.path, 'out/summary.md'), 'utf8');
        const links = [...markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1]);
        expect(links.length).toBeGreaterThanOrEqual(2);
        for (const link of links) {
            expect(link).toMatch(/^summary-charts\/chart-\d+\.svg$/);
            const svg = readFileSync(join(folder.path, 'out', link), 'utf8');
            expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*role="img"/);
            expect(svg).toContain('<title id=');
        }
        expect(readdirSync(join(folder.path, 'out/summary-charts')).sort()).toEqual(links.map(l => l.split('/')[1]).sort());
    });

    test('a plan with errors is still reported, the errors in its appendix and counted on stderr', async () => {
        const result = await report('errors.pbm');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('unresolved-reference');
        expect(linesOf(result.stderr)).toEqual([expect.stringMatching(/^pbm: note: the plan has 1 error, listed in the report's appendix/)]);
    });

    test("the appendix names a plan's file from its folder; JSON keeps the path as given", async () => {
        const absolute = join(folder.path, 'errors.pbm');
        const markdown = await runPbm(['report', absolute, '--format', 'md'], REPO_ROOT);
        expect(markdown.stdout).toMatch(/\| errors\.pbm, line \d+ \| unresolved-reference \|/);
        expect(markdown.stdout).not.toContain(folder.path);
        const json = JSON.parse((await runPbm(['report', absolute, '--format', 'json'], REPO_ROOT)).stdout);
        expect(json.diagnostics[0].file).toBe(absolute);
    });

    test('a plan recovered from syntax errors is still reported', async () => {
        const result = await report('recovered.pbm');
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('syntax-error');
    });

    test('a file from which no plan can be parsed exits 1 with its syntax errors', async () => {
        const result = await report('garbage.pbm');
        expect(result.status).toBe(1);
        expect(result.stdout).toBe('');
        const lines = linesOf(result.stderr);
        expect(lines[0]).toMatch(/^garbage\.pbm:1:1 error syntax-error /);
        expect(lines[lines.length - 1]).toBe("pbm: cannot read a plan from 'garbage.pbm': fix the syntax errors above, then run \"pbm report\" again");
    });

    test.each([
        [['missing.pbm'], "pbm: cannot find 'missing.pbm': no such file or folder"],
        [['part.pbm'], /^pbm: 'part\.pbm' has no plan declaration: run "pbm report" on the plan file/],
        [['plan.pbm', '-o', 'nowhere/summary.md'], "pbm: cannot write 'nowhere/summary.md': the folder 'nowhere' does not exist"],
        [['plan.pbm', '--title-date', 'yesterday'], "pbm: --title-date must be a date written YYYY-MM-DD, not 'yesterday'"],
        [['plan.pbm', '--format', 'pdf'], "pbm: option '--format' must be one of md, html, json, not 'pdf'"],
        [['plan.pbm', 'zh.pbm'], 'pbm: "pbm report" takes one <plan-file-or-folder>, not 2']
    ])('bad input %j exits 2 with one line', async (args, message) => {
        const result = await report(...args);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        const lines = linesOf(result.stderr);
        expect(lines).toHaveLength(1);
        if (typeof message === 'string') expect(lines[0]).toBe(message);
        else expect(lines[0]).toMatch(message);
        expect(existsSync(join(folder.path, 'nowhere'))).toBe(false);
    });

    // Node's recursive mkdir never returns under /proc: the charts' folder is made one level only.
    test.skipIf(process.platform !== 'linux')('a Markdown report into a folder where nothing can be created: exit 2 with one line, no hang', async () => {
        const result = await report('plan.pbm', '-o', '/proc/summary.md');
        expect(result.status).toBe(2);
        expect(linesOf(result.stderr)).toEqual(["pbm: cannot write '/proc/summary-charts': no such file or folder"]);
    });

    test('the example reports match the library\'s output (same bytes from the CLI)', async () => {
        const result = await runPbm(['report', 'examples/acme-2026.pbm', '--format', 'md'], REPO_ROOT);
        expect(result.status).toBe(0);
        expect(result.stdout).toBe(readFileSync(join(REPO_ROOT, 'test/report/golden/acme-2026.en.md'), 'utf8'));
    });
});

describe('pbm report on a folder', () => {
    const planWith = (name: string, problem: string) => GOOD_PLAN.replace('plan P "Plan P"', `plan ${name} "Plan ${name}"`).replace('unit U { lead "L" }', `unit U { lead "L" }\n${problem}`);
    let plans: TempFolder;

    beforeAll(() => {
        plans = new TempFolder().write({
            // Two plans, each with a problem of its own, and a part file: the appendix of each report holds its own only.
            'alpha.pbm': planWith('Alpha', 'unit AlphaOnly { lead "a" lead "b" }'),
            'nested/beta.pbm': planWith('Beta', 'import "parts.pbm"'),
            'nested/parts.pbm': 'unit BetaPart { lead "x" lead "y" }\n',
            'out/.keep': '',
            'single/plan.pbm': planWith('Single', 'import "org/units.pbm"'),
            'single/org/units.pbm': 'unit Org\n',
            'parts-only/a.pbm': 'unit A\n'
        });
    });

    afterAll(() => plans?.remove());

    test('several plans without -o: exit 2, one line naming every plan, nothing on stdout', async () => {
        const result = await runPbm(['report', '.'], plans.path);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(linesOf(result.stderr)).toEqual([
            "pbm: '.' holds 3 plans (alpha.pbm, nested/beta.pbm, single/plan.pbm): name one plan file, or write one report per plan with -o <folder>"
        ]);
    });

    test('several plans with -o <file>: exit 2, nothing written', async () => {
        const result = await runPbm(['report', '.', '-o', 'out/summary.md'], plans.path);
        expect(result.status).toBe(2);
        expect(result.stderr).toMatch(/give -o an existing folder/);
        expect(existsSync(join(plans.path, 'out/summary.md'))).toBe(false);
    });

    test('-o <folder>: one report per plan, named after its plan file, each appendix with its own plan\'s diagnostics only', async () => {
        const result = await runPbm(['report', '.', '-o', 'out', '--format', 'json'], plans.path);
        expect(result.status).toBe(0);
        // Each plan's note on its errors comes just before the line saying where its report went.
        const note = expect.stringMatching(/^pbm: note: the plan has 1 error, listed in the report's appendix/);
        expect(linesOf(result.stderr)).toEqual([
            note, `pbm: report written to ${join('out', 'alpha.json')}`,
            note, `pbm: report written to ${join('out', 'nested-beta.json')}`,
            `pbm: report written to ${join('out', 'single-plan.json')}`
        ]);
        const read = (name: string) => JSON.parse(readFileSync(join(plans.path, 'out', name), 'utf8'));
        const alpha = read('alpha.json');
        const beta = read('nested-beta.json');
        expect([alpha.plan.name, beta.plan.name, read('single-plan.json').plan.name]).toEqual(['Alpha', 'Beta', 'Single']);
        type Report = { diagnostics: Array<{ file: string; code: string }> };
        const duplicates = (report: Report) => report.diagnostics.filter(d => d.code === 'duplicate-property').map(d => d.file);
        const files = (report: Report) => [...new Set(report.diagnostics.map(d => d.file))].sort();
        expect(duplicates(alpha)).toEqual(['alpha.pbm']);
        expect(duplicates(beta)).toEqual(['nested/parts.pbm']);
        expect(files(alpha)).toEqual(['alpha.pbm']);
        expect(files(beta)).toEqual(['nested/beta.pbm', 'nested/parts.pbm']);
    });

    test('a multi-file plan\'s folder reports its plan (plan.pbm and the files it imports)', async () => {
        const result = await runPbm(['report', 'single', '--format', 'json'], plans.path);
        expect(result.status).toBe(0);
        const json = JSON.parse(result.stdout);
        expect(json.plan.name).toBe('Single');
        expect(json.diagnostics.filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
        expect(json.diagnostics.every((d: { file: string }) => d.file.startsWith('single/'))).toBe(true);
    });

    test('examples/multi-file: the report of its plan.pbm, same bytes as naming the file', async () => {
        const byFolder = await runPbm(['report', 'examples/multi-file', '--format', 'md'], REPO_ROOT);
        const byFile = await runPbm(['report', 'examples/multi-file/plan.pbm', '--format', 'md'], REPO_ROOT);
        expect(byFolder.status).toBe(0);
        expect(byFolder.stdout).toMatch(/^# /);
        expect(byFolder.stdout).toBe(byFile.stdout);
    });

    test('pbm export takes the folder the same way: a multi-file plan\'s folder is exported, a folder of several plans refused naming them', async () => {
        const single = await runPbm(['export', 'single', '--form', 'targets', '-o', 'out/single-targets.xlsx'], plans.path);
        expect([single.status, linesOf(single.stderr)]).toEqual([0, ['pbm: exported out/single-targets.xlsx']]);
        expect(existsSync(join(plans.path, 'out/single-targets.xlsx'))).toBe(true);
        const several = await runPbm(['export', '.', '--form', 'targets'], plans.path);
        expect(several.status).toBe(2);
        expect(linesOf(several.stderr)).toEqual([
            "pbm: '.' holds 3 plans (alpha.pbm, nested/beta.pbm, single/plan.pbm): name the plan file to export"
        ]);
    });

    test('a folder without a plan: exit 2, one line', async () => {
        const result = await runPbm(['report', 'parts-only'], plans.path);
        expect(result.status).toBe(2);
        expect(linesOf(result.stderr)).toEqual(["pbm: no plan in folder 'parts-only': none of its 1 .pbm file declares \"plan … { … }\""]);
    });
});
