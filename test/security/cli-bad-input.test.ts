/**
 * The CLI on bad input (issue #8): whatever it is given — a missing path, a
 * folder without plans, an unreadable, binary, non-UTF-8 or 10 MB file, an
 * output into a missing folder — `pbm check` and `pbm report` exit 2 with
 * exactly one line on stderr that says what is wrong, and no stack trace.
 * `pbm report -o` replaces its output whole (a temporary file in the same
 * folder, renamed) and leaves no temporary file behind, also when it fails.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, linesOf, REPO_ROOT, runPbm, TempFolder, type CliRun } from '../foundation/cli-helpers.js';

const SPAWNS = { timeout: 120_000 };
const PLAN = 'plan P "Plan" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\nunit U "U" { lead "L" }\ngoal G "Goal" { owner U due 2026-12-31 kpi K { unit "%" baseline 1 target >= 2 } }\n';

let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write({
        'plan.pbm': PLAN,
        'binary.pbm': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0xff, 0xfe]),
        'latin1.pbm': Buffer.from('plan P "Caf\xe9 \xe0 la carte" { period 2026-01-01 to 2026-12-31 }\n', 'latin1'),
        'huge.pbm': `plan P "${'x'.repeat(10_000_000)}" { period 2026-01-01 to 2026-12-31 }`,
        'unreadable.pbm': PLAN,
        'no-plans/readme.md': '# nothing here\n'
    });
    mkdirSync(join(folder.path, 'out-is-a-folder.html'));
    chmodSync(join(folder.path, 'unreadable.pbm'), 0o000);
});

afterAll(() => folder?.remove());

/** Whether this process can read a file chmod 000 (root can): then "unreadable" cannot be tested here. */
function canReadUnreadable(): boolean {
    try {
        readFileSync(join(folder.path, 'unreadable.pbm'));
        return true;
    } catch {
        return false;
    }
}

/** Exit 2, nothing on stdout, one line on stderr that starts with `pbm:` and mentions the culprit, no stack trace. */
function expectOneClearLine(run: CliRun, mentions: RegExp): void {
    expect(run.stdout).toBe('');
    expect(linesOf(run.stderr), run.stderr).toHaveLength(1);
    expect(run.stderr).toMatch(/^pbm: /);
    expect(run.stderr).toMatch(mentions);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error|Error:/);
    expect(run.status).toBe(2);
}

const BAD_INPUTS: ReadonlyArray<readonly [string, string, RegExp]> = [
    ['a missing path', 'nope/plan.pbm', /cannot find 'nope\/plan\.pbm'/],
    ['a binary file', 'binary.pbm', /'binary\.pbm' is not a text file/],
    ['a file that is not UTF-8', 'latin1.pbm', /'latin1\.pbm' is not UTF-8 text; save it as UTF-8/],
    ['a 10 MB single line', 'huge.pbm', /'huge\.pbm' is too large \(9\.5 MB\): PBM reads plan files of up to 5\.0 MB; split it/]
];

describe.concurrent('pbm check and pbm report on bad input: exit 2, one clear line', SPAWNS, () => {
    test.each(BAD_INPUTS)('check: %s', async (_case, input, mentions) => {
        expectOneClearLine(await runPbm(['check', input], folder.path), mentions);
    });

    test.each(BAD_INPUTS)('report: %s', async (_case, input, mentions) => {
        expectOneClearLine(await runPbm(['report', input], folder.path), mentions);
    });

    test('check: a folder without .pbm files', async () => {
        expectOneClearLine(await runPbm(['check', 'no-plans'], folder.path), /no \.pbm files in folder 'no-plans'/);
    });

    test('check: an unreadable file (skipped when running as root, where chmod 000 does not stop reading)', async ({ skip }) => {
        if (canReadUnreadable()) skip('this process can read a file with mode 000 (root): nothing to test');
        expectOneClearLine(await runPbm(['check', 'unreadable.pbm'], folder.path), /cannot read 'unreadable\.pbm': permission denied/);
    });

    test('report: -o into a folder that does not exist', async () => {
        expectOneClearLine(await runPbm(['report', 'plan.pbm', '-o', 'missing/report.html'], folder.path), /cannot write 'missing\/report\.html': the folder 'missing' does not exist/);
    });

    test('report: -o onto a folder', async () => {
        expectOneClearLine(await runPbm(['report', 'plan.pbm', '-o', 'out-is-a-folder.html'], folder.path), /cannot write 'out-is-a-folder\.html'/);
        expect(temporaryFiles()).toEqual([]);
    });
});

/** Files `pbm report -o` writes on the way (`.<name>.<pid>.tmp`), anywhere in the folder. */
function temporaryFiles(dir = folder.path): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap(entry => entry.isDirectory()
        ? temporaryFiles(join(dir, entry.name))
        : /\.tmp$/.test(entry.name) ? [join(dir, entry.name)] : []);
}

describe('pbm report -o writes its output whole', SPAWNS, () => {
    test.each(['html', 'md', 'json'])('an existing .%s file is replaced by the complete report, and no temporary file is left', async format => {
        const output = join(folder.path, `out/summary.${format}`);
        mkdirSync(join(folder.path, 'out'), { recursive: true });
        writeFileSync(output, 'OLD CONTENT THAT MUST DISAPPEAR '.repeat(10_000));
        const written = await runPbm(['report', 'plan.pbm', '-o', `out/summary.${format}`, '--title-date', '2026-07-01'], folder.path);
        expect(written.status).toBe(0);
        expect(linesOf(written.stderr)).toEqual([`pbm: report written to out/summary.${format}`]);
        const content = readFileSync(output, 'utf8');
        expect(content).not.toContain('OLD CONTENT');
        if (format === 'json') expect(() => JSON.parse(content)).not.toThrow();
        if (format === 'html') expect(content.trimEnd()).toMatch(/<\/html>$/);
        // The same report as on stdout (the Markdown file links its charts instead of inlining them).
        if (format !== 'md') {
            const printed = await runPbm(['report', 'plan.pbm', '--format', format, '--title-date', '2026-07-01'], folder.path);
            expect(content).toBe(printed.stdout);
        } else {
            expect(existsSync(join(folder.path, 'out/summary-charts/chart-1.svg'))).toBe(true);
        }
        expect(temporaryFiles()).toEqual([]);
    });

    test('a reader polling the output while pbm writes it sees the old report or the new one, never a part', async () => {
        const output = join(folder.path, 'polled.html');
        const old = 'OLD REPORT '.repeat(50_000);
        writeFileSync(output, old);
        const running = runPbm(['report', join(REPO_ROOT, 'examples/acme-2026.pbm'), '-o', output], folder.path);
        let finished = false;
        void running.then(() => { finished = true; });
        const seen = new Set<string>();
        while (!finished) {
            seen.add(readFileSync(output, 'utf8'));
            await new Promise(resolve => setImmediate(resolve));
        }
        expect((await running).status).toBe(0);
        const final = readFileSync(output, 'utf8');
        expect(final.trimEnd()).toMatch(/<\/html>$/);
        expect([...seen].filter(content => content !== old && content !== final).map(content => content.length)).toEqual([]);
        expect(temporaryFiles()).toEqual([]);
    });
});
