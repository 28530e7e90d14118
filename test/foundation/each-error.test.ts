/**
 * A plan with one error of each core kind (LANGUAGE.md §5, first block), and
 * a part file that no plan imports: `pbm check --format json` reports exactly
 * those diagnostics, each at the line marked `expect: <code>` in the fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODE_INFO, type DiagnosticRecord } from 'pbm-language';
import { beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, REPO_ROOT, runPbm } from './cli-helpers.js';

const FOLDER = 'test/foundation/fixtures/each-error';

/** `file:line code` for every `// expect: <code>` marker in the fixture files. */
function expectedFromMarkers(): string[] {
    const expected: string[] = [];
    for (const name of readdirSync(join(REPO_ROOT, FOLDER)).filter(n => n.endsWith('.pbm'))) {
        readFileSync(join(REPO_ROOT, FOLDER, name), 'utf8').split('\n').forEach((line, index) => {
            const marker = /\/\/ expect: ([a-z-]+)\s*$/.exec(line);
            if (marker) expected.push(`${FOLDER}/${name}:${index + 1} ${marker[1]}`);
        });
    }
    return expected.sort();
}

describe('one error of each core kind', { timeout: 120_000 }, () => {
    let records: DiagnosticRecord[];
    let status: number | null;

    beforeAll(async () => {
        assertCliBuilt();
        const run = await runPbm(['check', FOLDER, '--format', 'json'], REPO_ROOT);
        expect(run.stderr).toBe('');
        records = JSON.parse(run.stdout) as DiagnosticRecord[];
        status = run.status;
    }, 120_000);

    test('the fixture marks every core code once', () => {
        const coreCodes = Object.entries(CODE_INFO).filter(([, info]) => info.family === 'core').map(([code]) => code).sort();
        const marked = expectedFromMarkers().map(entry => entry.split(' ')[1]).sort();
        expect(marked).toEqual(coreCodes);
    });

    test('exactly the marked diagnostics are reported, at their lines, and nothing else', () => {
        const reported = records.map(r => `${r.file}:${r.line} ${r.code}`).sort();
        expect(reported).toEqual(expectedFromMarkers());
        expect(records.every(r => r.severity === 'error')).toBe(true);
        expect(status).toBe(1);
    });

    test('each message names the offending text', () => {
        const messageOf = (code: string) => records.find(r => r.code === code)!.message;
        expect(messageOf('import-not-found')).toContain('missing/finance.pbm');
        expect(messageOf('plan-period-invalid')).toContain('2026-12-31');
        expect(messageOf('rule-invalid')).toContain('150%');
        expect(messageOf('duplicate-name')).toContain('Ops');
        expect(messageOf('duplicate-property')).toContain('lead');
        expect(messageOf('syntax-error')).toContain('@');
        expect(messageOf('unresolved-reference')).toContain('Procurement');
        expect(messageOf('invalid-date')).toContain('2027-02-30');
        expect(messageOf('plan-missing')).toContain('plan');
    });
});
