/**
 * After an edit that re-parsed one declaration alone, the linker keeps the
 * links of the other declarations (references/pbm-linker.ts, issue #21).
 * Every reference must then resolve as in a fresh build of the same texts —
 * to the same declaration, and to the node in the current tree, never to a
 * node of the tree before the edit — and the diagnostics must be the same.
 * Random edits: digits, letters typed into names (a name that appears,
 * vanishes or becomes a duplicate), line breaks, braces, deletions.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isReference, type AstNode, type LangiumDocument } from 'langium';
import type { PbmFile } from 'pbm-language';
import { describe, expect, test, vi } from 'vitest';
import { createRandom, generatePlanData, toPbmFiles } from '../../bench/generate.mjs';
import { astNodesOf } from '../../packages/language/src/model/ast-walk.js';
import { buildFiles, type TestWorkspace } from '../helpers.js';
import { editFile } from '../validation/validation-helpers.js';

type Random = ReturnType<typeof createRandom>;

/** One random edit: a digit changed, a letter typed into a declared name, a snippet inserted or a few characters deleted. */
function randomEdit(text: string, random: Random): string {
    const at = random.integer(0, text.length);
    switch (random.integer(0, 4)) {
        case 0: {
            const digits = [...text.matchAll(/\d/g)];
            const digit = digits[random.integer(0, digits.length - 1)];
            return text.slice(0, digit.index) + String((Number(digit[0]) + random.integer(1, 9)) % 10) + text.slice(digit.index! + 1);
        }
        case 1: {
            const names = [...text.matchAll(/\b(?:goal|kpi|budget|finding|action|strategy|unit|checkpoint) ([A-Za-z_][\w]*)/g)];
            if (names.length === 0) return text;
            const name = names[random.integer(0, names.length - 1)];
            const end = name.index! + name[0].length;
            return text.slice(0, end) + random.pick(['x', '2', '_b']) + text.slice(end);
        }
        case 2: return text.slice(0, at) + random.pick([' ', '\n', '9', 'y', '}', '{', '"', '\n    spend B 2k', '\n    measure K 1']) + text.slice(at);
        default: return text.slice(0, at) + text.slice(Math.min(text.length, at + random.integer(1, 5)));
    }
}

/** Where each reference of a file leads, in walk order; a target outside the current tree is marked. */
function links(workspace: TestWorkspace, document: LangiumDocument): string[] {
    const locator = workspace.services.workspace.AstNodeLocator;
    const lines: string[] = [];
    for (const node of astNodesOf(document.parseResult.value)) {
        for (const [property, values] of Object.entries(node)) {
            for (const value of Array.isArray(values) ? values : [values]) {
            if (!isReference(value)) continue;
            const target = value.ref;
            const where = target ? `${target.$document?.uri.path ?? rootOf(target).$document?.uri.path}#${locator.getAstNodePath(target)}` : `error ${value.error !== undefined}`;
            const stale = target && rootOf(target).$document?.parseResult.value !== rootOf(target) ? ' STALE' : '';
            lines.push(`${node.$type}.${property} ${value.$refText} -> ${where}${stale} via ${value.$nodeDescription?.path ?? '-'}`);
            }
        }
    }
    return lines;
}

function rootOf(node: AstNode): AstNode {
    let root = node;
    while (root.$container) root = root.$container;
    return root;
}

/** Langium's linker resolves each reference it links through `doLink` (protected). */
function spyOnDoLink(workspace: TestWorkspace) {
    return vi.spyOn(workspace.services.references.Linker as unknown as { doLink(...args: unknown[]): void }, 'doLink');
}

function shown(document: LangiumDocument): string[] {
    return (document.diagnostics ?? []).map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
}

const EXAMPLES = new URL('../../examples/', import.meta.url);
const FIXTURES = new URL('../fixtures/validation/', import.meta.url);
const read = (folder: URL, name: string) => readFileSync(new URL(name, folder), 'utf8');
const SINGLE_FILES: ReadonlyArray<readonly [string, string]> = [
    ['a generated plan', toPbmFiles(generatePlanData({ lines: 900, seed: 4 })).files['plan.pbm']],
    ...readdirSync(EXAMPLES).filter(name => name.endsWith('.pbm')).map(name => [name, read(EXAMPLES, name)] as const),
    ...['money.pbm', 'findings-explain.pbm', 'forms-points.pbm', 'evaluation.pbm'].map(name => [name, read(FIXTURES, name)] as const)
];

async function checkEdits(files: Record<string, string>, edited: readonly string[], seed: number, edits: number): Promise<void> {
    const random = createRandom(seed);
    const texts = { ...files };
    const workspace = await buildFiles(texts);
    for (let i = 0; i < edits; i++) {
        const name = random.pick(edited);
        texts[name] = randomEdit(texts[name], random);
        await editFile(workspace, name, texts[name]);
        const fresh = await buildFiles(texts);
        for (const file of Object.keys(texts)) {
            const live = workspace.services.shared.workspace.LangiumDocuments.getDocument(workspace.doc(file).uri)!;
            expect(links(workspace, live), `edit ${i} of ${name}: links of ${file}`).toEqual(links(fresh, fresh.doc(file)));
            expect(shown(live), `edit ${i} of ${name}: diagnostics of ${file}`).toEqual(shown(fresh.doc(file)));
        }
    }
}

describe('links after an edit equal a fresh build', () => {
    test.each(SINGLE_FILES)('random edits of %s', async (name, text) => {
        await checkEdits({ 'plan.pbm': text }, ['plan.pbm'], name.length * 104_729, 40);
    });

    test('random edits of the files of a multi-file plan', async () => {
        const folder = new URL('multi-file/', EXAMPLES);
        const files: Record<string, string> = {};
        const visit = (relative: string) => {
            for (const entry of readdirSync(new URL(relative, folder), { withFileTypes: true })) {
                if (entry.isDirectory()) visit(`${relative}${entry.name}/`);
                else if (entry.name.endsWith('.pbm')) files[`${relative}${entry.name}`] = read(folder, `${relative}${entry.name}`);
            }
        };
        visit('');
        await checkEdits(files, Object.keys(files), 77, 40);
    });
});

describe('what an edit links', () => {
    test('a figure typed into one checkpoint links that checkpoint, not the file', async () => {
        const plan = toPbmFiles(generatePlanData({ lines: 1_200, seed: 9 })).files['plan.pbm'];
        const workspace = await buildFiles({ 'plan.pbm': plan });
        const doLink = spyOnDoLink(workspace);
        const references = links(workspace, workspace.doc('plan.pbm')).length;
        const at = plan.lastIndexOf('    spend ');
        const digit = plan.slice(at).search(/\d/) + at;
        await editFile(workspace, 'plan.pbm', plan.slice(0, digit) + String((Number(plan[digit]) + 1) % 10) + plan.slice(digit + 1));
        const start = plan.lastIndexOf('\ncheckpoint ', at);
        const end = plan.indexOf('\n}', at);
        const inCheckpoint = plan.slice(start, end).match(/^\s+(?:measure|spend) /gm)!.length;
        expect(references).toBeGreaterThan(10 * inCheckpoint);
        // The checkpoint's references, and those elsewhere that did not resolve before (they may now).
        const text = workspace.doc('plan.pbm').textDocument;
        const unresolved = workspace.diagnostics('plan.pbm').filter(d => d.code === 'unresolved-reference')
            .filter(d => text.offsetAt(d.range.start) < start || text.offsetAt(d.range.start) > end).length;
        expect(doLink.mock.calls.length).toBe(inCheckpoint + unresolved);
    });

    test('a declared name typed differently links the whole file again', async () => {
        const plan = toPbmFiles(generatePlanData({ lines: 600, seed: 3 })).files['plan.pbm'];
        const workspace = await buildFiles({ 'plan.pbm': plan });
        const doLink = spyOnDoLink(workspace);
        const references = links(workspace, workspace.doc('plan.pbm')).length;
        const kpi = /\n {4}kpi (\w+)/.exec(plan)!;
        const end = kpi.index + kpi[0].length;
        await editFile(workspace, 'plan.pbm', plan.slice(0, end) + 'x' + plan.slice(end));
        expect(doLink.mock.calls.length).toBe(references);
        expect(workspace.doc('plan.pbm').parseResult.value).not.toBeUndefined();
        expect((workspace.doc('plan.pbm').parseResult.value as PbmFile).elements.length).toBeGreaterThan(0);
    });

    test('a name typed to equal a later one takes its references (the first of a duplicated name)', async () => {
        const plan = [
            'plan P { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }',
            'goal G1 "First" { kpi A { unit "h" target >= 5 } }',
            'goal G2 "Second" { kpi B { unit "h" target >= 5 } }',
            'checkpoint C 2026-03-31 { measure B 4 source "log" }',
            ''
        ].join('\n');
        const edited = plan.replace('kpi A', 'kpi B');
        const workspace = await buildFiles({ 'plan.pbm': plan });
        await editFile(workspace, 'plan.pbm', edited);
        const fresh = await buildFiles({ 'plan.pbm': edited });
        const live = workspace.services.shared.workspace.LangiumDocuments.getDocument(workspace.doc('plan.pbm').uri)!;
        expect(links(workspace, live)).toEqual(links(fresh, fresh.doc('plan.pbm')));
        expect(links(workspace, live).find(line => line.startsWith('Measure.kpi'))).toContain('/elements@1/');
    });
});
