/**
 * Bounded fuzzing (issue #8): random valid plans parse cleanly; hostile
 * mutations of real plans never make the pipeline throw, every diagnostic
 * range stays inside the document, no figure is NaN or Infinity, the report
 * renders in all three formats (JSON without NaN/Infinity), the formatter
 * changes whitespace only and keeps comments, and no quick fix adds a syntax
 * error. `npm run fuzz` runs the same properties with many more cases.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { FuzzHarness } from './harness.js';
import { mutationArb, validPlanArb } from './arbitraries.js';
import { assertFormatterKeepsText, assertQuickFixesParse, assertReportsRender, formatted } from './invariants.js';
import { FIXES_PER_CASE, FUZZ_RUNS as RUNS, FUZZ_SEED as SEED, MAX_MILLIS_PER_CASE } from './settings.js';

function examplePlans(): Array<{ name: string; text: string }> {
    const root = join(__dirname, '..', '..', 'examples');
    const found: Array<{ name: string; text: string }> = [];
    const walk = (folder: string) => {
        for (const entry of readdirSync(folder)) {
            const full = join(folder, entry);
            if (statSync(full).isDirectory()) walk(full);
            else if (entry.endsWith('.pbm')) found.push({ name: full.slice(root.length + 1), text: readFileSync(full, 'utf8') });
        }
    };
    walk(root);
    return found.sort((a, b) => a.name.localeCompare(b.name));
}

describe('fuzz: parse, link, validate and compute figures', () => {
    let harness: FuzzHarness;
    beforeAll(() => {
        harness = new FuzzHarness();
    });

    test('generated valid plans have no syntax errors and no unresolved references', async () => {
        await fc.assert(fc.asyncProperty(validPlanArb, async text => {
            const { diagnostics } = await harness.run(text);
            const broken = diagnostics.filter(d => d.code === 'syntax-error' || d.code === 'unresolved-reference' || d.code === 'duplicate-name');
            expect(broken.map(d => `${d.code}: ${d.message}`)).toEqual([]);
        }), { numRuns: RUNS, seed: SEED });
    });

    const examples = examplePlans();
    test.each(examples.map(e => [e.name, e.text] as const))('mutations of %s never break the pipeline', async (_name, text) => {
        await fc.assert(fc.asyncProperty(fc.array(mutationArb(text.length), { minLength: 1, maxLength: 4 }), async mutations => {
            const mutated = mutations.reduce((t, m) => m.apply(t), text);
            const started = performance.now();
            await harness.run(mutated, async ({ document, diagnostics, figures }) => {
                if (figures) assertReportsRender(figures, diagnostics, mutated);
                assertFormatterKeepsText(harness.services, mutated, await formatted(harness.services, document));
                await assertQuickFixesParse(harness.services, document, diagnostics, FIXES_PER_CASE);
            });
            expect(performance.now() - started).toBeLessThan(MAX_MILLIS_PER_CASE);
        }), { numRuns: Math.max(10, Math.floor(RUNS / 3)), seed: SEED });
    });

    test('any import path never breaks the pipeline (any UTF-16, lone surrogates included)', async () => {
        // Any UTF-16 code unit, so that halves of surrogate pairs occur (fast-check's 'binary' unit gives whole code points only).
        const codeUnit = fc.integer({ min: 0, max: 0xffff }).map(unit => String.fromCharCode(unit));
        const pathArb = fc.oneof(fc.string({ unit: codeUnit, maxLength: 30 }), fc.string({ unit: codeUnit, maxLength: 20 }).map(s => `${s}.pbm`), fc.constantFrom('../'.repeat(40) + 'x.pbm', 'a/'.repeat(200) + 'x.pbm', '%2e%2e/x.pbm', '\\\\server\\share\\x.pbm', 'file:///etc/x.pbm', 'C:x.pbm'));
        await fc.assert(fc.asyncProperty(fc.array(pathArb, { minLength: 1, maxLength: 3 }), async paths => {
            const imports = paths.map(path => `import "${path.replace(/[\\"]/g, '\\$&').replace(/[\r\n\u2028\u2029]/g, ' ')}"`).join('\n');
            const { diagnostics } = await harness.run(`${imports}\nplan P "p" { period 2026-01-01 to 2026-12-31 }\n`);
            expect(diagnostics.filter(d => String(d.code).startsWith('import-')).length).toBeGreaterThanOrEqual(1);
        }), { numRuns: RUNS, seed: SEED });
    });

    test('truncating a plan at every kind of position never breaks the pipeline', async () => {
        const text = examples.find(e => e.name.startsWith('acme'))?.text ?? examples[0].text;
        // One cut inside each token class: after every keyword, name, number, string, brace and comment start.
        const cuts = new Set<number>();
        const tokenPattern = /"[^"\n]*"?|\/\/[^\n]*|\/\*|\d[\d_.]*[kMB万亿%]?|[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*|[{},.]|>=|<=|=/g;
        for (const match of text.matchAll(tokenPattern)) {
            cuts.add(match.index!);
            cuts.add(match.index! + Math.ceil(match[0].length / 2));
            if (cuts.size > 400) break;
        }
        for (const cut of cuts) {
            await harness.run(text.slice(0, cut));
        }
    });
});
