/**
 * Linking at scale: a generated plan with N goals spread over several files
 * links every reference, and the work of building the scopes grows linearly
 * with the plan (not timed: the test counts the declarations the scope
 * provider reads, which a per-reference scan would make quadratic).
 *
 * By reading the code (references/pbm-scope-provider.ts): `getScope` finds
 * the document's plan scope in the plan graph's map, then takes one
 * `MultiMapScope` per (plan, declaration kind) from a `WorkspaceCache`; the
 * scope is built once per workspace state by walking the plan's files, and
 * `getElement(name)` is a hash lookup — O(1) per reference.
 */
import { describe, expect, test } from 'vitest';
import type { AstNodeDescription } from 'langium';
import { buildFiles, withCode } from '../helpers.js';

/** A plan of `goals` goals over five files, using every reference kind. Returns the files and the number of references. */
function generatePlan(goals: number): { files: Record<string, string>; references: number } {
    const units = Math.max(1, Math.floor(goals / 10));
    const strategies = Math.max(1, Math.floor(goals / 20));
    const unit = (i: number) => `U${i % units}`;
    const range = (n: number) => Array.from({ length: n }, (_, i) => i);
    let references = 0;
    const count = <T>(n: number, value: T): T => {
        references += n;
        return value;
    };
    const files: Record<string, string> = {
        'plan.pbm': [
            'import "org.pbm"', 'import "goals-a.pbm"', 'import "goals-b.pbm"', 'import "budget.pbm"', 'import "monitoring.pbm"',
            'plan Big { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }'
        ].join('\n'),
        'org.pbm': [
            ...range(units).map(i => `unit U${i} "Unit ${i}"`),
            ...range(strategies).map(i => `strategy S${i} "Strategy ${i}"`)
        ].join('\n'),
        'goals-a.pbm': '', 'goals-b.pbm': '', 'budget.pbm': '', 'monitoring.pbm': ''
    };
    for (const i of range(goals)) {
        const file = i % 2 === 0 ? 'goals-a.pbm' : 'goals-b.pbm';
        files[file] += count(3, `goal G${i} { owner ${unit(i)} supports S${i % strategies}, S${(i + 1) % strategies} kpi K${i} { target >= 10 } }\n`);
        files['budget.pbm'] += count(3, `budget B${i} { owner ${unit(i)} funds G${i} 50%, G${(goals - 1 - i)} 50% }\n`);
    }
    files['monitoring.pbm'] = [
        'checkpoint Q1 2026-03-31 {',
        ...range(goals).map(i => count(2, `    measure K${i} ${i % 10} source "x"\n    spend B${i} 1k source "y"`)),
        '}',
        'review Mid 2026-06-30 {',
        ...range(goals).map(i => count(1, `    finding F${i} { affects G${(i * 7) % goals} }`)),
        ...range(goals).map(i => count(2, `    action A${i} { addresses F${(i * 13) % goals} owner ${unit(i + 1)} }`)),
        '}',
        ...range(goals).map(i => count(1, `outlook O${i} { owner ${unit(i)} }`))
    ].join('\n');
    return { files, references };
}

interface IndexWithFileSymbols {
    fileSymbols(uri: string, nodeType: string): readonly AstNodeDescription[];
}

/** Builds a generated plan, counting the declarations the scope provider reads from the index. */
async function buildCounting(goals: number) {
    const { files, references } = generatePlan(goals);
    let declarationsRead = 0;
    const workspace = await buildFiles(files, 'en', {
        beforeBuild: services => {
            // PbmIndexManager.fileSymbols: the per-file, per-kind declarations the scope provider reads.
            const index = services.shared.workspace.IndexManager as unknown as IndexWithFileSymbols;
            const fileSymbols = index.fileSymbols.bind(index);
            index.fileSymbols = (uri, type) => {
                const symbols = fileSymbols(uri, type);
                declarationsRead += symbols.length;
                return symbols;
            };
        }
    });
    return { workspace, files, references, declarationsRead };
}

// Builds of thousands of declarations with every check: seconds on a quiet machine, more on a busy CI runner.
describe('linking a large plan', { timeout: 180_000 }, () => {
    test('every reference of a plan with 1,000 goals over five files resolves to the declaration it names', async () => {
        const { workspace, files, references } = await buildCounting(1000);
        let linked = 0;
        for (const name of Object.keys(files)) {
            const document = workspace.doc(name);
            expect(withCode(workspace.diagnostics(name), 'unresolved-reference'), name).toEqual([]);
            expect(withCode(workspace.diagnostics(name), 'duplicate-name'), name).toEqual([]);
            expect(withCode(workspace.diagnostics(name), 'syntax-error'), name).toEqual([]);
            for (const reference of document.references) {
                const target = ('ref' in reference ? reference.ref : undefined) as { name?: string } | undefined;
                expect(target?.name, reference.$refText).toBe(reference.$refText);
                linked++;
            }
        }
        expect(linked).toBe(references);
    });

    test('the declarations read to build the scopes grow linearly with the plan', async () => {
        const small = await buildCounting(100);
        const large = await buildCounting(1000);
        // The scope provider must read the index at all, or this test measures nothing.
        expect(small.declarationsRead).toBeGreaterThan(0);
        // 10× the goals: about 10× the declarations read for hashed scopes; a scan per reference would be ~100×.
        const ratio = large.declarationsRead / small.declarationsRead;
        expect(ratio).toBeGreaterThan(5);
        expect(ratio).toBeLessThan(15);
    });
});
