/**
 * `pbm check --format sarif` (LANGUAGE.md §8.11): a structural check of the
 * SARIF 2.1.0 properties code-scanning services require — the log, the run,
 * the tool's rules (one per code, help from docs/diagnostics.md, default
 * level), the results (rule id and index, level, message, location with a
 * relative URI against %SRCROOT% and a region) — on the examples and on a
 * plan with errors, whose regions are checked against the text they cover.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, CODE_INFO, type DiagnosticRecord } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DIAGNOSTICS_REFERENCE } from '../../packages/cli/src/generated/diagnostics-reference.js';
import type { SarifLog } from '../../packages/cli/src/sarif.js';
import { assertCliBuilt, REPO_ROOT, runPbm, TempFolder } from './cli-helpers.js';

const SPAWNS = { timeout: 120_000 };
const LEVELS = ['error', 'warning', 'note'];

/** The SARIF 2.1.0 requirements pbm's logs must meet; returns the problems found (none: valid). */
function sarifProblems(log: SarifLog): string[] {
    const problems: string[] = [];
    const expectThat = (ok: boolean, problem: string) => { if (!ok) problems.push(problem); };
    expectThat(log.version === '2.1.0', 'version is not 2.1.0');
    expectThat(typeof log.$schema === 'string' && log.$schema.includes('sarif-2.1.0'), '$schema does not name SARIF 2.1.0');
    expectThat(Array.isArray(log.runs) && log.runs.length === 1, 'not exactly one run');
    const run = log.runs[0];
    const driver = run.tool?.driver;
    expectThat(driver?.name === 'pbm' && typeof driver.version === 'string', 'tool.driver has no name or version');
    expectThat(run.columnKind === 'utf16CodeUnits', 'columnKind is not utf16CodeUnits');
    const srcroot = run.originalUriBaseIds?.['%SRCROOT%']?.uri ?? '';
    expectThat(/^file:\/\/.*\/$/.test(srcroot), `%SRCROOT% is not a file: URI of a folder ending in '/': ${srcroot}`);
    const ids = new Set<string>();
    for (const rule of driver.rules) {
        expectThat(/^[a-z0-9-]+$/.test(rule.id) && !ids.has(rule.id), `rule id '${rule.id}' malformed or repeated`);
        ids.add(rule.id);
        expectThat(!!rule.shortDescription?.text && !!rule.fullDescription?.text, `rule ${rule.id} has no descriptions`);
        expectThat(!!rule.help?.text && !!rule.help?.markdown, `rule ${rule.id} has no help`);
        expectThat(LEVELS.includes(rule.defaultConfiguration?.level), `rule ${rule.id} has no default level`);
    }
    for (const [i, result] of run.results.entries()) {
        const where = `result ${i} (${result.ruleId})`;
        expectThat(driver.rules[result.ruleIndex]?.id === result.ruleId, `${where}: ruleIndex ${result.ruleIndex} does not point at its rule`);
        expectThat(LEVELS.includes(result.level), `${where}: level ${result.level}`);
        expectThat(!!result.message?.text, `${where}: no message text`);
        expectThat(result.locations?.length === 1, `${where}: not one location`);
        const location = result.locations[0]?.physicalLocation;
        const uri = location?.artifactLocation?.uri ?? '';
        expectThat(location?.artifactLocation?.uriBaseId === '%SRCROOT%' && !/^[a-z]+:|^\//.test(uri), `${where}: uri '${uri}' not relative to %SRCROOT%`);
        const region = location?.region;
        expectThat(!!region && region.startLine >= 1 && region.startColumn >= 1 && region.endLine >= region.startLine
            && (region.endLine > region.startLine || region.endColumn >= region.startColumn), `${where}: region ${JSON.stringify(region)}`);
    }
    return problems;
}

async function sarifOf(args: string[], cwd: string): Promise<{ status: number | null; log: SarifLog }> {
    const run = await runPbm(['check', ...args, '--format', 'sarif'], cwd);
    expect(run.stderr).toBe('');
    return { status: run.status, log: JSON.parse(run.stdout) as SarifLog };
}

let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write({
        //                  col 16 ↓      ↓ col 22 (exclusive end)
        'plans/broken.pbm': 'goal G { owner Nobody }\n',
        'plans/名单 two.pbm': 'unit U\nunit U\n'
    });
});

afterAll(() => folder?.remove());

describe.concurrent('pbm check --format sarif', SPAWNS, () => {
    test('on the examples: a valid SARIF 2.1.0 log, one rule per code, results as many as --format json gives', async () => {
        const { status, log } = await sarifOf(['examples'], REPO_ROOT);
        expect(status).toBe(0);
        expect(sarifProblems(log)).toEqual([]);
        expect(log.runs[0].tool.driver.rules.map(r => r.id)).toEqual([...ALL_CODES]);
        const json = JSON.parse((await runPbm(['check', 'examples', '--format', 'json'], REPO_ROOT)).stdout) as DiagnosticRecord[];
        expect(log.runs[0].results.length).toBe(json.length);
        expect(log.runs[0].results.length).toBeGreaterThan(0);
        expect(log.runs[0].results.map(r => r.locations[0].physicalLocation.artifactLocation.uri))
            .toEqual(json.map(d => d.file.split('\\').join('/')));
    });

    test('rules carry the default level of their code, and what it means and how to fix it from docs/diagnostics.md', async () => {
        const { log } = await sarifOf(['plans'], folder.path);
        for (const rule of log.runs[0].tool.driver.rules) {
            const severity = CODE_INFO[rule.id as keyof typeof CODE_INFO].severity;
            expect(rule.defaultConfiguration.level).toBe(severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note');
        }
        const owner = log.runs[0].tool.driver.rules.find(r => r.id === 'goal-missing-owner')!;
        expect(owner.shortDescription.text).toBe('A goal without owner: nobody is accountable.');
        expect(owner.help.markdown).toContain("add `owner <unit>`; the quick fix inserts the plan's first unit.");
        expect(owner.help.text).not.toContain('`');
    });

    test('regions: 1-based, end column exclusive, over the text the diagnostic is about; URIs relative and escaped', async () => {
        const { status, log } = await sarifOf(['plans'], folder.path);
        expect(status).toBe(1);
        expect(sarifProblems(log)).toEqual([]);
        const unresolved = log.runs[0].results.find(r => r.ruleId === 'unresolved-reference')!;
        expect(unresolved.level).toBe('error');
        const { artifactLocation, region } = unresolved.locations[0].physicalLocation;
        expect(artifactLocation).toEqual({ uri: 'plans/broken.pbm', uriBaseId: '%SRCROOT%' });
        expect(region).toEqual({ startLine: 1, startColumn: 16, endLine: 1, endColumn: 22 });
        const line = readFileSync(join(folder.path, 'plans/broken.pbm'), 'utf8').split('\n')[region.startLine - 1];
        expect(line.slice(region.startColumn - 1, region.endColumn - 1)).toBe('Nobody');
        const duplicate = log.runs[0].results.find(r => r.ruleId === 'duplicate-name')!;
        expect(duplicate.locations[0].physicalLocation.artifactLocation.uri).toBe(`plans/${encodeURIComponent('名单 two.pbm')}`);
    });

    test('--lang zh: result messages in Chinese, the same rules', async () => {
        const { log } = await sarifOf(['plans', '--lang', 'zh'], folder.path);
        expect(log.runs[0].results.find(r => r.ruleId === 'duplicate-name')!.message.text).toMatch(/[\u4e00-\u9fff]/);
    });
});

describe('the diagnostics reference the rules ship', () => {
    test('every code has an entry in docs/diagnostics.md', () => {
        expect(ALL_CODES.filter(code => !DIAGNOSTICS_REFERENCE[code])).toEqual([]);
    });

    test('the generated module is what docs/diagnostics.md gives now (regenerate with npm run build)', () => {
        const run = spawnSync(process.execPath, ['scripts/diagnostics-reference.mjs', '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
    });
});
