/**
 * What an editor other than VS Code sees from the bundled server, over plain
 * LSP (issue #19's "done when"): a did-you-mean fix that replaces the typo,
 * keyword documentation in hover and completion, operators after `target`,
 * a target snippet for a client that applies snippet edits, and the syntax
 * error that names the block left open, with its fix.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { SERVER, startServer, type PublishedDiagnostics, type StdioClient } from './stdio-client.js';

const PLAN = `plan Demo "Demo" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit Finance "财务部"
goal ReduceCost "Cut energy cost" {
    owner Finanse
    due 2026-12-31
    kpi Energy "Energy cost" { unit "k CNY" baseline 500 frequency quarterly }
}
`;

describe.skipIf(!existsSync(SERVER))('a plain LSP client (not VS Code)', () => {
    let client: StdioClient;
    let counter = 0;

    beforeAll(async () => {
        client = await startServer({
            locale: 'en',
            capabilities: { workspace: { workspaceEdit: { documentChanges: true, snippetEditSupport: true } }, textDocument: { completion: { completionItem: { documentationFormat: ['markdown'] } } } }
        });
    });

    afterAll(async () => {
        await client?.close();
    });

    async function open(text: string, until: (d: PublishedDiagnostics) => boolean = () => true): Promise<{ uri: string; published: PublishedDiagnostics }> {
        const path = join(client.dir, `plan${++counter}.pbm`);
        writeFileSync(path, text);
        const uri = pathToFileURL(path).toString();
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });
        return { uri, published: await client.diagnosticsOf(uri, until) };
    }

    const codeActions = (uri: string, diagnostic: PublishedDiagnostics['diagnostics'][number]) =>
        client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) as Promise<CodeAction[]>;

    test('did you mean: the preferred fix replaces the typo with the declared name', async () => {
        const { uri, published } = await open(PLAN, d => d.diagnostics.some(x => x.code === 'unresolved-reference'));
        const typo = published.diagnostics.find(d => d.code === 'unresolved-reference')!;
        const actions = await codeActions(uri, typo);
        expect(actions.map(a => a.title)).toEqual(["Did you mean 'Finance'? (财务部)", "Create unit 'Finanse'"]);
        expect(actions[0].isPreferred).toBe(true);
        const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'pbm', 1, PLAN), actions[0].edit!.changes![uri] as TextEdit[]);
        expect(fixed).toContain('    owner Finance\n');
        expect(fixed.replace('owner Finance', 'owner Finanse')).toBe(PLAN);
    });

    test('hover on a keyword documents it', async () => {
        const { uri } = await open(PLAN);
        const hover = await client.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 8, character: 46 } }) as Hover;
        const text = (hover.contents as MarkupContent).value;
        expect(text).toContain('**baseline**');
        expect(text).toContain('The value before the plan');
        expect(text).toContain('Used by: achievement');
    });

    test('completion after `target `: the operators, documented; keywords carry documentation', async () => {
        const text = PLAN.replace('baseline 500 frequency', 'baseline 500 target  frequency');
        const { uri } = await open(text);
        const character = '    kpi Energy "Energy cost" { unit "k CNY" baseline 500 target '.length;
        const list = await client.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 8, character } }) as CompletionList | CompletionItem[];
        const items = Array.isArray(list) ? list : list.items;
        const operators = items.filter(i => ['>=', '<=', '='].includes(i.label));
        expect(operators.map(i => i.label).sort()).toEqual(['<=', '=', '>=']);
        expect((operators.find(i => i.label === '<=')!.documentation as MarkupContent).value).toContain('At most: the lower the better');
    });

    test('kpi-missing-target: a snippet edit for a client that applies them', async () => {
        const { uri, published } = await open(PLAN, d => d.diagnostics.some(x => x.code === 'kpi-missing-target'));
        const missing = published.diagnostics.find(d => d.code === 'kpi-missing-target')!;
        const [action] = await codeActions(uri, missing);
        expect(action.title).toBe("Add a target ('target >= …')");
        const change = action.edit!.documentChanges![0] as { edits: Array<{ snippet?: { kind: string; value: string } }> };
        expect(change.edits[0].snippet).toEqual({ kind: 'snippet', value: 'target ${1|>=,<=,=|} ${2:500} ' });
    });

    test('an unclosed block: the error names it and where it starts, and the fix closes it', async () => {
        const text = PLAN.replace('frequency quarterly }\n}\n', 'frequency quarterly }\n');
        const { uri, published } = await open(text, d => d.diagnostics.some(x => x.code === 'syntax-error'));
        const error = published.diagnostics.find(d => d.code === 'syntax-error')!;
        expect(error.message).toBe("The goal 'ReduceCost' opened on line 6 is not closed: add '}' after its last line (line 9).");
        const [action] = await codeActions(uri, error);
        expect(action.title).toBe("Close the goal 'ReduceCost' with '}'");
        const fixed = TextDocument.applyEdits(TextDocument.create(uri, 'pbm', 1, text), action.edit!.changes![uri] as TextEdit[]);
        expect(fixed).toBe(PLAN);
    });
});
