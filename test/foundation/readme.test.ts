/**
 * The README's `pbm` examples pass `pbm check`: each block is checked by the
 * built CLI, and it may show only the codes the paragraph after it names
 * ("`pbm check` on it finds no error and shows, on purpose, … `code` …") —
 * no error ever, and nothing the README does not admit to.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_CODES, type DiagnosticRecord } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, REPO_ROOT, runPbm, TempFolder } from './cli-helpers.js';

interface Example {
    readonly text: string;
    /** The codes the README says the example shows on purpose. */
    readonly admitted: readonly string[];
}

function examplesIn(markdown: string): Example[] {
    const examples: Example[] = [];
    for (const match of markdown.matchAll(/```pbm\n([\s\S]*?)```\n+([\s\S]*?)(?:\n\n|$)/g)) {
        const paragraph = match[2];
        const admitted = paragraph.startsWith('`pbm check` on it')
            ? [...paragraph.matchAll(/`([a-z0-9-]+)`/g)].map(m => m[1]).filter(code => (ALL_CODES as readonly string[]).includes(code))
            : [];
        examples.push({ text: match[1], admitted });
    }
    return examples;
}

const examples = examplesIn(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write(Object.fromEntries(examples.map((example, i) => [`example-${i + 1}.pbm`, example.text])));
});

afterAll(() => folder?.remove());

describe('the README\'s pbm examples', { timeout: 120_000 }, () => {
    test('there is at least the tour', () => {
        expect(examples.length).toBeGreaterThanOrEqual(1);
        expect(examples[0].text).toMatch(/^plan Acme2026 /);
    });

    test.each(examples.map((example, i) => [i + 1, example] as const))('example %i passes pbm check, showing only what the README says it shows', async (n, example) => {
        const run = await runPbm(['check', `example-${n}.pbm`, '--format', 'json'], folder.path);
        expect(run.stderr).toBe('');
        const diagnostics = JSON.parse(run.stdout) as DiagnosticRecord[];
        expect(diagnostics.filter(d => d.severity === 'error')).toEqual([]);
        expect(run.status).toBe(0);
        expect([...new Set(diagnostics.map(d => d.code))].sort()).toEqual([...example.admitted].sort());
    });
});
