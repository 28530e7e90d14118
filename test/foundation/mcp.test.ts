/**
 * `pbm mcp` as an agent uses it: the built CLI started over stdio by the MCP
 * SDK's own client. It lists its read-only tools, checks a plan, explains
 * figures with the numbers the report shows, renders a report, and refuses
 * every way out of the folder it serves — `..`, absolute paths, links to
 * files and folders outside, imports through links — with a readable error.
 */
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { DiagnosticRecord } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, REPO_ROOT, TempFolder } from './cli-helpers.js';

const PLAN = `
plan P "Plan P" {
    organization "Org"
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit U { lead "L" }
goal G "Goal G" { owner U due 2026-12-31 weight 100%
    kpi K "KPI K" { unit "t" baseline 0 target >= 10 frequency quarterly source "s" weight 50% }
    kpi L "KPI L" { unit "t" baseline 0 target >= 4 frequency quarterly source "s" weight 50% }
}
budget B "Line B" { category other amount 1000 owner U funds G }
checkpoint Q1 2026-03-31 { measure K 2 source "s" spend B 200 source "s" }
checkpoint Q2 2026-06-30 { measure K 5 source "s" measure L 4 source "s" spend B 300 source "s" }
`;

/** A file outside the served folder whose problem would show if it were ever read. */
const OUTSIDE = 'unit Leaked { lead "a" lead "b" }\n';

let served: TempFolder;
let outside: string;
let client: Client;

type ToolResult = { content: Array<{ type: string; text: string }>; isError?: boolean };

async function call(name: string, args: Record<string, unknown>): Promise<ToolResult> {
    return await client.callTool({ name, arguments: args }) as ToolResult;
}

async function callJson<T>(name: string, args: Record<string, unknown>): Promise<T> {
    const result = await call(name, args);
    expect(result.isError, result.content[0]?.text).toBeFalsy();
    return JSON.parse(result.content[0].text) as T;
}

beforeAll(async () => {
    assertCliBuilt();
    outside = mkdtempSync(join(tmpdir(), 'pbm-mcp-outside-'));
    writeFileSync(join(outside, 'secret.pbm'), OUTSIDE);
    served = new TempFolder().write({
        'plans/main.pbm': PLAN,
        'plans/other.pbm': PLAN.replace('plan P "Plan P"', 'plan Other "Other plan"'),
        // Every way out of the folder lives in escapes/.
        'escapes/linked-import.pbm': PLAN.replace('plan P "Plan P"', 'plan Linked "Linked"') + 'import "to-secret.pbm"\n',
        'escapes/dotdot-import.pbm': PLAN.replace('plan P "Plan P"', 'plan Up "Up"') + `import "../../${outside.split('/').pop()!}/secret.pbm"\n`
    });
    symlinkSync(join(outside, 'secret.pbm'), join(served.path, 'escapes/to-secret.pbm'));
    symlinkSync(outside, join(served.path, 'escapes/outside-folder'));
    client = new Client({ name: 'pbm-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({
        command: process.execPath,
        args: [join(REPO_ROOT, 'packages/cli/bin/pbm.cjs'), 'mcp'],
        cwd: served.path,
        stderr: 'pipe'
    }));
}, 120_000);

afterAll(async () => {
    await client?.close();
    served?.remove();
    if (outside) rmSync(outside, { recursive: true, force: true });
});

describe('pbm mcp', { timeout: 120_000 }, () => {
    test('lists its four tools, each read-only and closed-world, with an input schema', async () => {
        const { tools } = await client.listTools();
        expect(tools.map(t => t.name).sort()).toEqual(['check', 'explain', 'list_plans', 'report']);
        for (const tool of tools) {
            expect(tool.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, openWorldHint: false });
            expect(tool.description).toBeTruthy();
            expect(tool.inputSchema.type).toBe('object');
        }
        expect(Object.keys(tools.find(t => t.name === 'explain')!.inputSchema.properties!)).toEqual(['plan', 'figure', 'name']);
    });

    test('list_plans: the plan files below a folder, with names and titles', async () => {
        const { plans } = await callJson<{ plans: Array<{ file: string; name: string; title: string }> }>('list_plans', { folder: 'plans' });
        expect(plans).toEqual([
            { file: 'plans/main.pbm', name: 'P', title: 'Plan P' },
            { file: 'plans/other.pbm', name: 'Other', title: 'Other plan' }
        ]);
    });

    test('check: the diagnostics of a plan, as pbm check --format json gives them, in the language asked', async () => {
        writeFileSync(join(served.path, 'plans/broken.pbm'), 'goal Q { owner Nobody }\n');
        const result = await callJson<{ files: number; errors: number; diagnostics: DiagnosticRecord[] }>('check', { path: 'plans/broken.pbm', lang: 'zh' });
        expect(result.files).toBe(1);
        const unresolved = result.diagnostics.find(d => d.code === 'unresolved-reference')!;
        expect(unresolved).toMatchObject({ file: 'plans/broken.pbm', line: 1, column: 16, endLine: 1, endColumn: 22, severity: 'error' });
        expect(unresolved.message).toMatch(/Nobody.*[\u4e00-\u9fff]/);
        expect(result.errors).toBeGreaterThanOrEqual(1);
    });

    test('explain: a KPI\'s achievement, a goal\'s score, execution rates and the plan score, with the figures\' own numbers', async () => {
        const kpi = await callJson<Record<string, unknown>>('explain', { plan: 'plans/main.pbm', figure: 'kpi-achievement', name: 'K' });
        expect(kpi).toMatchObject({ plan: 'P', name: 'K', value: 0.5, formula: 'achievement = (actual − baseline) / (target − baseline)', arithmetic: '(5 − 0) / (10 − 0) = 50%' });
        const goal = await callJson<Record<string, unknown>>('explain', { plan: 'plans/main.pbm', figure: 'goal-score', name: 'G' });
        expect(goal).toMatchObject({ value: 0.75, arithmetic: '0.5 × 0.5 + 0.5 × 1 = 75%' });
        const budget = await callJson<Record<string, unknown>>('explain', { plan: 'plans/main.pbm', figure: 'budget-execution-rate', name: 'B' });
        expect(budget).toMatchObject({ value: 0.5, arithmetic: '(200 + 300) / 1000 = 500 / 1000 = 50%' });
        const plan = await callJson<Record<string, unknown>>('explain', { plan: 'plans/main.pbm', figure: 'plan-execution-rate' });
        expect(plan).toMatchObject({ value: 0.5, arithmetic: '500 / 1000 = 50%' });
        const score = await callJson<Record<string, unknown>>('explain', { plan: 'plans/main.pbm', figure: 'plan-score' });
        expect(score).toMatchObject({ value: 75, arithmetic: '100 × (1 × 0.75) = 75 points (fair)' });
    });

    test('explain agrees with the report\'s figures (both read the figures module)', async () => {
        const report = JSON.parse((await call('report', { plan: 'plans/main.pbm', format: 'json' })).content[0].text);
        const kpi = await callJson<{ value: number }>('explain', { plan: 'plans/main.pbm', figure: 'kpi-achievement', name: 'L' });
        expect(kpi.value).toBe(report.goals[0].kpis[1].achievement);
        const goal = await callJson<{ value: number }>('explain', { plan: 'plans/main.pbm', figure: 'goal-score', name: 'G' });
        expect(goal.value).toBe(report.goals[0].score);
        expect((await callJson<{ value: number }>('explain', { plan: 'plans/main.pbm', figure: 'plan-score' })).value).toBe(report.plan.score);
    });

    test('explain: an unknown name is an error listing the names the plan has', async () => {
        const result = await call('explain', { plan: 'plans/main.pbm', figure: 'kpi-achievement', name: 'Nope' });
        expect(result.isError).toBe(true);
        expect(result.content[0].text).toBe("pbm: the plan has no KPI named 'Nope'; its KPIs: K, L");
    });

    test('report: Markdown by default; a folder of several plans is refused, naming them', async () => {
        const md = await call('report', { plan: 'plans/main.pbm' });
        expect(md.isError).toBeFalsy();
        expect(md.content[0].text).toMatch(/^# 2026 Budget Performance Summary — Org\n/);
        const several = await call('report', { plan: 'plans' });
        expect(several.isError).toBe(true);
        expect(several.content[0].text).toBe("pbm: 'plans' holds 2 plans (main.pbm, other.pbm): send one plan file (list_plans lists them)");
    });

    test.each([
        ['..', /climbs out with '\.\.'/],
        ['plans/../../x.pbm', /climbs out with '\.\.'/],
        ['/etc/passwd', /is an absolute path/],
        ['escapes/to-secret.pbm', /leads outside the folder the server serves .* through a symbolic link/],
        ['escapes/outside-folder', /leads outside the folder the server serves .* through a symbolic link/],
        ['escapes/outside-folder/secret.pbm', /leads outside the folder the server serves .* through a symbolic link/],
        ['missing.pbm', /cannot find 'missing\.pbm'/]
    ])('a path out of the folder is refused: %s', async (path, message) => {
        for (const [tool, args] of [['check', { path }], ['report', { plan: path }], ['explain', { plan: path, figure: 'plan-score' }], ['list_plans', { folder: path }]] as const) {
            const result = await call(tool, args);
            expect(result.isError, `${tool} ${path}`).toBe(true);
            expect(result.content[0].text).toMatch(message);
            expect(result.content[0].text).not.toContain('Leaked');
        }
    });

    test('a folder holding a link that leads outside is refused whole, naming the link', async () => {
        for (const [tool, args] of [['check', { path: 'escapes' }], ['list_plans', {}]] as const) {
            const result = await call(tool, args);
            expect(result.isError).toBe(true);
            expect(result.content[0].text).toMatch(/'escapes\/to-secret\.pbm' leads outside/);
        }
    });

    test('imports that leave the folder — by .. or through a link — are import-outside-workspace, never read', async () => {
        for (const file of ['escapes/dotdot-import.pbm', 'escapes/linked-import.pbm']) {
            const { diagnostics } = await callJson<{ diagnostics: DiagnosticRecord[] }>('check', { path: file });
            expect(diagnostics.filter(d => d.code === 'import-outside-workspace').map(d => d.file)).toEqual([file]);
            expect(diagnostics.filter(d => d.file !== file)).toEqual([]);
            expect(JSON.stringify(diagnostics)).not.toContain('Leaked');
        }
    });
});
