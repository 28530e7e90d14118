import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver';
import { astShape } from '../fuzz/invariants.js';
import { buildFiles, buildPlan } from '../helpers.js';

const OPTIONS = { tabSize: 4, insertSpaces: true };

async function format(text: string): Promise<string> {
    const workspace = await buildPlan(text);
    const document = workspace.doc('plan.pbm');
    const edits = await workspace.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return applyEdits(document, edits);
}

function applyEdits(document: LangiumDocument, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(document.textDocument, [...edits]);
}

function examples(dir = 'examples'): string[] {
    return readdirSync(dir).flatMap(entry => {
        const path = join(dir, entry);
        return statSync(path).isDirectory() ? examples(path) : entry.endsWith('.pbm') ? [path] : [];
    });
}

describe('formatter', () => {
    test('canonical layout: indentation, one property per line, blank line between declarations', async () => {
        const input = 'plan P "T" {   period 2026-01-01   to 2026-12-31\n as  of 2026-06-30 }\ngoal G "g" { owner U weight 40%\n due 2026-12-31\n kpi K "k" { unit "%" baseline 1 target >= 2 } }\nbudget B { amount 1M funds G 60%,H 40% }';
        expect(await format(input)).toBe([
            'plan P "T" {',
            '    period 2026-01-01 to 2026-12-31',
            '    as of 2026-06-30',
            '}',
            '',
            'goal G "g" {',
            '    owner U',
            '    weight 40%',
            '    due 2026-12-31',
            '    kpi K "k" {',
            '        unit "%"',
            '        baseline 1',
            '        target >= 2',
            '    }',
            '}',
            '',
            'budget B {',
            '    amount 1M',
            '    funds G 60%, H 40%',
            '}',
            ''
        ].join('\n'));
    });

    test('money of §8.4: adjusted with its reason, sources, spends from a source', async () => {
        const formatted = await format('budget B { amount 1M   adjusted  900k reason  "cut" sources fiscal 800k ,carryover 100k }\ncheckpoint C 2026-06-30 { spend B 1k   from   fiscal   source "GL" }\n');
        expect(formatted).toBe([
            'budget B {', '    amount 1M', '    adjusted 900k reason "cut"', '    sources fiscal 800k, carryover 100k', '}', '',
            'checkpoint C 2026-06-30 {', '    spend B 1k from fiscal source "GL"', '}', ''
        ].join('\n'));
    });

    test('full-width punctuation becomes ASCII', async () => {
        const formatted = await format('goal G {\n    weight 40％\n    kpi K { target ＞＝ 5 }\n    kpi L { target ＜＝ 5 }\n    kpi M { target ＝ 5 }\n}\nbudget B { funds G 50％，H 50％ }\n');
        expect(formatted).toContain('weight 40%');
        expect(formatted).toContain('target >= 5');
        expect(formatted).toContain('target <= 5');
        expect(formatted).toContain('target = 5');
        expect(formatted).toContain('funds G 50%, H 50%');
        expect(formatted).not.toMatch(/[，％＝＞＜]/);
    });

    test('comments are kept: trailing ones on their line, others on their own line', async () => {
        const input = '// header\n\n/* block\n   comment */\nplan P {\n    currency CNY      // the plan currency\n    // before as of\n    as of 2026-06-30\n}\n';
        expect(await format(input)).toBe(input);
    });

    test('one-line units and strategies stay compact and grouped', async () => {
        const input = 'unit A "A" { lead "x" }\nunit B "B"\n\nstrategy S "s" { perspective financial }\n';
        expect(await format(input)).toBe(input);
    });

    test('a document with syntax errors is not formatted', async () => {
        const workspace = await buildPlan('goal G {\n      owner\n  weight 40%  }');
        const document = workspace.doc('plan.pbm');
        expect(await workspace.services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS })).toEqual([]);
    });

    test('range formatting changes only the selected lines', async () => {
        const input = 'goal G {\n  owner U\n        due 2026-12-31\n}\nbudget B {\n  amount 1M\n}\n';
        const workspace = await buildPlan(input);
        const document = workspace.doc('plan.pbm');
        const edits = await workspace.services.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() }, options: OPTIONS,
            range: { start: { line: 1, character: 0 }, end: { line: 2, character: 3 } }
        });
        expect(applyEdits(document, edits)).toBe('goal G {\n    owner U\n    due 2026-12-31\n}\nbudget B {\n  amount 1M\n}\n');
    });

    const files = examples();
    test.each(files)('%s: formatting is idempotent and keeps the meaning', async path => {
        const text = readFileSync(path, 'utf8');
        const once = await format(text);
        expect(await format(once)).toBe(once);
        const before = await buildFiles({ 'plan.pbm': text });
        const after = await buildFiles({ 'plan.pbm': once });
        expect(after.doc('plan.pbm').parseResult.parserErrors).toEqual([]);
        expect(astShape(after.doc('plan.pbm').parseResult.value)).toBe(astShape(before.doc('plan.pbm').parseResult.value));
    });
});
