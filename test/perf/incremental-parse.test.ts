/**
 * After an edit inside one declaration, only that declaration is parsed again
 * and moved into the previous tree (workspace/pbm-document-factory.ts, issue
 * #7). The tree must be the one a whole-file parse gives, node by node: every
 * AST node with its properties and place, every syntax node with its
 * position, grammar element and AST node. Random edits (digits, letters,
 * line breaks, quotes, braces, comments, whole entries, deletions), each
 * made to the last edited text that parsed cleanly, whose tree may itself be
 * spliced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { EmptyFileSystem, isCompositeCstNode, isReference, URI, type AstNode, type CstNode, type ParseResult } from 'langium';
import { createPbmServices, type PbmFile } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import { createRandom, generatePlanData, toPbmFiles } from '../../bench/generate.mjs';
import { astNodesOf } from '../../packages/language/src/model/ast-walk.js';
import { changedRange, reparseChangedDeclaration } from '../../packages/language/src/workspace/pbm-document-factory.js';
import { buildFiles } from '../helpers.js';
import { editFile } from '../validation/validation-helpers.js';

const { Pbm } = createPbmServices(EmptyFileSystem);
const parser = Pbm.parser.LangiumParser;

/** Every AST and syntax node of a parse, as text: two parses that print the same are the same tree. */
function printed(result: ParseResult<PbmFile>): string[] {
    const lines = [`errors ${result.lexerErrors.length} ${result.parserErrors.length} ${result.lexerReport?.diagnostics.length ?? 0}`];
    const paths = new Map<AstNode, string>();
    for (const node of astNodesOf(result.value)) {
        const path = node.$container ? `${paths.get(node.$container)}/${node.$containerProperty}[${node.$containerIndex ?? ''}]` : '';
        paths.set(node, path);
        const values = Object.entries(node).filter(([key]) => !key.startsWith('$'))
            .map(([key, value]) => `${key}=${isReference(value) ? `@${value.$refText}` : Array.isArray(value) ? `[${value.length}]` : typeof value === 'object' ? '{}' : JSON.stringify(value)}`);
        lines.push(`${path} ${node.$type} ${values.join(' ')} cst ${where(node.$cstNode)} doc ${node.$container ? '' : String(node.$document !== undefined)}`);
    }
    const visit = (node: CstNode, depth: number): void => {
        const grammar = node.grammarSource ? `${node.grammarSource.$type}@${grammarIds.get(node.grammarSource) ?? grammarIds.set(node.grammarSource, grammarIds.size).size - 1}` : '-';
        const astPath = paths.get(node.astNode) ?? '?';
        if (isCompositeCstNode(node)) {
            lines.push(`${' '.repeat(depth)}C ${where(node)} ${grammar} ${astPath} ${node.content.length} ${(node.astNode.$cstNode === node)}`);
            for (const child of node.content) {
                if (child.container !== node) lines.push(`${' '.repeat(depth + 1)}wrong container`);
                visit(child, depth + 1);
            }
        } else {
            lines.push(`${' '.repeat(depth)}L ${where(node)} ${grammar} ${astPath} ${node.hidden} ${'tokenType' in node ? (node as { tokenType: { name: string } }).tokenType.name : ''} ${JSON.stringify(node.text)}`);
        }
    };
    visit(result.value.$cstNode!, 0);
    return lines;
}

const grammarIds = new Map<object, number>();

function where(node: CstNode | undefined): string {
    if (!node) return '-';
    const { start, end } = node.range;
    return `${node.offset}+${node.length} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

const SNIPPETS = [' ', '  ', '\n', '\n\n', 'x', '9', '.5', '_', '"', '}', '{', '/*', '*/', '// note\n', '/* c */', '%', ',', '，',
    '\n    measure K 1 source "s"', '\n    spend B 2k', 'goal', ' 2026-02-30', '\r\n', '万', '"quoted text"'];

/** One random edit of `text`: a snippet inserted, a few characters deleted or a digit changed. */
function randomEdit(text: string, random: ReturnType<typeof createRandom>): string {
    const at = random.integer(0, text.length);
    switch (random.integer(0, 3)) {
        case 0: return text.slice(0, at) + random.pick(SNIPPETS) + text.slice(at);
        case 1: return text.slice(0, at) + text.slice(Math.min(text.length, at + random.integer(1, 6)));
        default: {
            const digits = [...text.matchAll(/\d/g)];
            const digit = digits[random.integer(0, digits.length - 1)];
            return text.slice(0, digit.index) + String((Number(digit[0]) + random.integer(1, 9)) % 10) + text.slice(digit.index! + 1);
        }
    }
}

/** Declarations sharing lines, and comments between them: an edit moves the columns of what follows on its line. */
const COMPACT = `plan P { period 2026-01-01 to 2026-12-31 as of 2026-06-30 } unit Ops "Ops" { lead "Li" } /* a comment */ strategy S "S"
goal G1 "g1" { owner Ops supports S weight 60% kpi K1 { unit "h" baseline 10 target <= 5 frequency monthly source "m" } } goal G2 "g2" { weight 40% }
budget B1 { category services amount 100k funds G1 60%, G2 40% } // trailing
checkpoint C1 2026-03-31 { measure K1 8.5 source "m" spend B1 20k } checkpoint C2 2026-06-30 { measure K1 7 spend B1 1_000 source "s" } outlook O "o" { budget 5 }
`;

const FIXTURES = new URL('../fixtures/validation/', import.meta.url);
const PLANS: ReadonlyArray<readonly [string, string]> = [
    ['declarations sharing lines', COMPACT],
    ['a generated plan', toPbmFiles(generatePlanData({ lines: 700, seed: 9 })).files['plan.pbm']],
    ...readdirSync(FIXTURES).filter(name => name.endsWith('.pbm')).map(name => [name, readFileSync(new URL(name, FIXTURES), 'utf8')] as const)
];

describe.each(PLANS)('random edits of %s', (name, original) => {
    test('re-parsing the changed declaration gives the whole-file tree', () => {
        const random = createRandom(name.length * 7919);
        let text = original;
        let previous = parser.parse<PbmFile>(text);
        let spliced = 0;
        const edits = name === 'a generated plan' ? 120 : 60;
        for (let i = 0; i < edits; i++) {
            const edited = randomEdit(text, random);
            const whole = parser.parse<PbmFile>(edited);
            const incremental = reparseChangedDeclaration(previous, edited, parser);
            if (incremental) {
                spliced++;
                expect(printed(incremental).join("\n"), `edit ${i}`).toBe(printed(whole).join("\n"));
            }
            // The next edit starts from this one when it parses cleanly (a spliced tree is spliced again), else from the last clean text.
            if (whole.lexerErrors.length + whole.parserErrors.length === 0 && !whole.lexerReport?.diagnostics.length) {
                text = edited;
                previous = incremental ?? whole;
            }
        }
        expect(spliced).toBeGreaterThan(edits / 4);
    });
});

describe('in the editor', () => {
    test('an edit inside a checkpoint keeps the rest of the tree and gives the diagnostics of a fresh build', async () => {
        const plan = toPbmFiles(generatePlanData({ lines: 1_200, seed: 9 })).files['plan.pbm'];
        const workspace = await buildFiles({ 'plan.pbm': plan });
        const document = workspace.doc('plan.pbm');
        const before = document.parseResult.value;
        const firstGoal = before.elements.find(element => element.$type === 'Goal');
        // A measure of the last checkpoint goes far off its KPI's range; a spend loses its source.
        const at = plan.lastIndexOf('    measure ');
        const lineEnd = plan.indexOf('\n', at);
        const edited = plan.slice(0, at) + plan.slice(at, lineEnd).replace(/ -?\d[\d.]*/, ' 99999') + '\n    spend NoSuchLine 5' + plan.slice(lineEnd);
        await editFile(workspace, 'plan.pbm', edited);
        const after = workspace.doc('plan.pbm').parseResult.value;
        expect(after).not.toBe(before);
        expect(after.elements.find(element => element.$type === 'Goal')).toBe(firstGoal);

        const fresh = await buildFiles({ 'plan.pbm': edited });
        const shown = (diagnostics: typeof document.diagnostics) => (diagnostics ?? []).map(d => `${d.code} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`);
        expect(shown(workspace.doc('plan.pbm').diagnostics)).toEqual(shown(fresh.doc('plan.pbm').diagnostics));
        expect(shown(fresh.doc('plan.pbm').diagnostics).some(d => d.startsWith('unresolved-reference'))).toBe(true);
        expect(URI.parse(workspace.doc('plan.pbm').uri.toString()).path).toBe(fresh.doc('plan.pbm').uri.path);
    });
});

describe('where two texts differ', () => {
    /** A character at a time, as the range was found before it compared stretches. */
    function changedRangeByCharacter(oldText: string, text: string) {
        const shorter = Math.min(oldText.length, text.length);
        let start = 0;
        while (start < shorter && oldText.charCodeAt(start) === text.charCodeAt(start)) start++;
        let common = 0;
        while (common < shorter - start && oldText.charCodeAt(oldText.length - 1 - common) === text.charCodeAt(text.length - 1 - common)) common++;
        return { start, oldEnd: oldText.length - common, delta: text.length - oldText.length };
    }

    test('comparing long stretches finds the range a character-by-character comparison finds', () => {
        const random = createRandom(31);
        for (let i = 0; i < 2_000; i++) {
            const length = random.integer(0, 3) === 0 ? random.integer(0, 20) : random.integer(0, 150_000);
            const unit = Array.from({ length: 37 }, () => random.pick(['a', 'b', '\n', '万'])).join('');
            const oldText = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
            const at = random.integer(0, oldText.length);
            const text = oldText.slice(0, at) + random.pick(['', 'a', 'xyz', 'b\n']) + oldText.slice(at + random.integer(0, 9));
            expect(changedRange(oldText, text), `case ${i}`).toEqual(changedRangeByCharacter(oldText, text));
        }
    });
});
