/**
 * The linker, the reference indexer and the validator walk the syntax tree
 * with plain loops instead of Langium's streams (model/ast-walk.ts, issue
 * #7). They must see the same nodes and references in the same order as
 * Langium's `streamAst` and `streamReferences` — on real plans, on plans the
 * parser had to recover, and on references in lists.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { AstUtils, Cancellation, type AstNode } from 'langium';
import { describe, expect, test } from 'vitest';
import { generatePlanData, toPbmFiles } from '../../bench/generate.mjs';
import { astNodesOf, forEachNodeInterruptibly, forEachReference, NODES_BETWEEN_INTERRUPTS } from '../../packages/language/src/model/ast-walk.js';
import { buildFiles } from '../helpers.js';

const FIXTURES = new URL('../fixtures/validation/', import.meta.url);

const PLANS: ReadonlyArray<readonly [string, string]> = [
    ['a generated plan', toPbmFiles(generatePlanData({ lines: 1_500, seed: 3 })).files['plan.pbm']],
    ...readdirSync(FIXTURES).filter(name => name.endsWith('.pbm')).map(name => [name, readFileSync(new URL(name, FIXTURES), 'utf8')] as const),
    ['a plan the parser recovered', 'plan P {\n  period 2026-01-01 to\n}\ngoal G "g" { supports A, B, C  owner\n  kpi K { target >= }\n}\nbudget B { funds G 50%, , X }\ncheckpoint C 2026-13-45 { measure K spend B 1 measure }']
];

/** A node or reference as a path through the tree (same objects give the same path). */
function pathOf(node: AstNode): string {
    const path: string[] = [];
    for (let current: AstNode | undefined = node; current; current = current.$container) {
        path.unshift(`${current.$type}.${current.$containerProperty ?? ''}[${current.$containerIndex ?? ''}]`);
    }
    return path.join('/');
}

describe.each(PLANS)('%s', (_name, text) => {
    test('astNodesOf visits the nodes of streamAst, in its order', async () => {
        const root = (await buildFiles({ 'plan.pbm': text })).doc('plan.pbm').parseResult.value;
        const expected = AstUtils.streamAst(root).toArray();
        const found = astNodesOf(root);
        expect(found.length).toBeGreaterThan(5);
        expect(found.map(pathOf)).toEqual(expected.map(pathOf));
        expect(found.every((node, i) => node === expected[i])).toBe(true);
    });

    test('forEachReference gives the references of streamReferences, in its order', async () => {
        const root = (await buildFiles({ 'plan.pbm': text })).doc('plan.pbm').parseResult.value;
        for (const node of astNodesOf(root)) {
            const found: unknown[] = [];
            forEachReference(node, reference => found.push(reference));
            expect(found).toEqual(AstUtils.streamReferences(node).toArray());
        }
    });
});

describe('forEachNodeInterruptibly', () => {
    const plan = toPbmFiles(generatePlanData({ lines: 1_500, seed: 3 })).files['plan.pbm'];

    test('skips the children of a node whose visit returns false, and only those', async () => {
        const root = (await buildFiles({ 'plan.pbm': plan })).doc('plan.pbm').parseResult.value;
        const visited: AstNode[] = [];
        await forEachNodeInterruptibly(root, Cancellation.CancellationToken.None, node => {
            visited.push(node);
            return node.$type !== 'Goal';
        });
        const expected = AstUtils.streamAst(root).filter(node => !AstUtils.hasContainerOfType(node.$container, n => n.$type === 'Goal')).toArray();
        expect(visited.length).toBeGreaterThan(NODES_BETWEEN_INTERRUPTS);
        expect(visited).toEqual(expected);
    });

    test('stops when the build is cancelled', async () => {
        const root = (await buildFiles({ 'plan.pbm': plan })).doc('plan.pbm').parseResult.value;
        const source = new Cancellation.CancellationTokenSource();
        let visited = 0;
        const walk = forEachNodeInterruptibly(root, source.token, () => {
            if (++visited === 10) source.cancel();
        });
        await expect(walk).rejects.toBeDefined();
        expect(visited).toBeLessThanOrEqual(NODES_BETWEEN_INTERRUPTS);
    });
});
