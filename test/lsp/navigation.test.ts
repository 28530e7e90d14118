import { describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol, type WorkspaceEdit } from 'vscode-languageserver';

const KIND_NAMES = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind, name]));
import { buildFiles, uriOf } from '../helpers.js';
import { editFile } from '../validation/validation-helpers.js';
import { buildWithCursor } from './lsp-helpers.js';

const ORG = 'unit Finance "Finance Dept." { lead "Zhang Wei" }\nunit HR "Human Resources"\n';
const PLAN = `import "org/units.pbm"
plan P "Plan" {
    period 2026-01-01 to 2026-12-31
}
goal Hire "Hire engineers" {
    owner HR
    due 2026-12-31
    kpi Hires "New hires" { unit "people" baseline 0 target >= 10 frequency quarterly }
}
budget Recruiting "Recruiting" {
    amount 100k
    owner HR
    funds Hire
}
review Mid "Mid-year" 2026-06-30 {
    finding Slow "Slow hiring" { affects Hire }
    action Agency "Use an agency" { addresses Slow }
}
`;

function positionText(document: { textDocument: { getText(range: unknown): string } }, range: unknown): string {
    return document.textDocument.getText(range);
}

describe('navigation', () => {
    test('go to definition across an import', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('owner HR\n    due', 'owner H|R\n    due'), 'org/units.pbm': ORG });
        const links = await cursor.workspace.services.lsp.DefinitionProvider!.getDefinition(cursor.document, {
            textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position
        });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(uriOf('org/units.pbm').toString());
        expect(links![0].targetSelectionRange.start).toEqual({ line: 1, character: 5 });
    });

    test('find references across files', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN, 'org/units.pbm': ORG.replace('unit HR', 'unit H|R') }, 'org/units.pbm');
        const references = await cursor.workspace.services.lsp.ReferencesProvider!.findReferences(cursor.document, {
            textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position, context: { includeDeclaration: true }
        });
        const plan = cursor.workspace.doc('plan.pbm');
        const inPlan = references.filter(r => r.uri === plan.uri.toString()).map(r => `${r.range.start.line}:${positionText(plan, r.range)}`);
        expect(inPlan).toEqual(['5:HR', '11:HR']);
        expect(references.filter(r => r.uri === cursor.document.uri.toString())).toHaveLength(1);
    });

    test('find references after edits: a reference typed, one deleted, and a file that is changed twice before anyone asks', async () => {
        // The reference index is filled when asked for (workspace/pbm-index-manager.ts): it must follow every edit.
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN, 'org/units.pbm': ORG.replace('unit HR', 'unit H|R') }, 'org/units.pbm');
        const { workspace } = cursor;
        const find = async () => {
            const references = await workspace.services.lsp.ReferencesProvider!.findReferences(workspace.doc('org/units.pbm'), {
                textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position, context: { includeDeclaration: false }
            });
            const plan = workspace.doc('plan.pbm');
            return references.map(r => `${r.range.start.line}:${positionText(plan, r.range)}`);
        };
        expect(await find()).toEqual(['5:HR', '11:HR']);
        await editFile(workspace, 'plan.pbm', PLAN.replace('    owner HR\n    funds Hire', '    owner Finance\n    funds Hire'));
        await editFile(workspace, 'plan.pbm', PLAN.replace('    owner HR\n    funds Hire', '    owner Finance\n    funds Hire').replace('finding Slow "Slow hiring" { affects Hire }', 'finding Slow "Slow hiring" { affects Hire }\n    action Ask "Ask HR" { addresses Slow owner HR }'));
        expect(await find()).toEqual(['5:HR', '16:HR']);
    });

    test('rename across files', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('funds Hire', 'funds Hi|re'), 'org/units.pbm': ORG });
        const edit = await rename(cursor, 'Recruit');
        const planEdits = edit?.changes?.[cursor.document.uri.toString()] ?? [];
        // goal name, funds, affects
        expect(planEdits.map(e => `${e.range.start.line}:${e.newText}`).sort()).toEqual(['12:Recruit', '15:Recruit', '4:Recruit']);
    });

    test('rename of a unit changes the declaration in the imported file and the references in the plan', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('owner HR\n    due', 'owner H|R\n    due'), 'org/units.pbm': ORG });
        const edit = await rename(cursor, '人力资源部');
        expect(edit?.changes?.[uriOf('org/units.pbm').toString()]).toHaveLength(1);
        expect(edit?.changes?.[cursor.document.uri.toString()]).toHaveLength(2);
    });

    test.each([
        ['Hire Fast', /not a valid PBM name/],
        ['2026Goal', /not a valid PBM name/],
        ['goal', /is a PBM keyword/],
        ['data', /is a PBM keyword.*"Data" is allowed/]
    ])('rename refuses %s', async (newName, message) => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('goal Hire', 'goal Hi|re'), 'org/units.pbm': ORG });
        await expect(rename(cursor, newName)).rejects.toThrow(message);
    });

    test('rename refuses a name the plan already uses for that kind (but not for another kind)', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('owner HR\n    due', 'owner H|R\n    due'), 'org/units.pbm': ORG });
        await expect(rename(cursor, 'Finance')).rejects.toThrow(/already has a unit named "Finance"/);
        await expect(rename(cursor, 'Hire')).resolves.toBeDefined();
    });

    test('outline: declarations with titles, KPIs under goals, findings and actions under reviews', async () => {
        const workspace = await buildFiles({ 'plan.pbm': PLAN, 'org/units.pbm': ORG });
        const document = workspace.doc('plan.pbm');
        const symbols = await workspace.services.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } }) as DocumentSymbol[];
        const outline = (list: DocumentSymbol[] | undefined): unknown[] => (list ?? []).map(s => [s.name, KIND_NAMES.get(s.kind), s.detail, ...(s.children ? [outline(s.children)] : [])]);
        expect(outline(symbols)).toEqual([
            ['P', 'Package', 'Plan'],
            ['Hire', 'Class', 'Hire engineers', [['Hires', 'Field', 'New hires']]],
            ['Recruiting', 'Variable', 'Recruiting'],
            ['Mid', 'Namespace', 'Mid-year · 2026-06-30', [['Slow', 'Key', 'Slow hiring'], ['Agency', 'Function', 'Use an agency']]]
        ]);
    });

    test('workspace symbols find declarations in every file', async () => {
        const workspace = await buildFiles({ 'plan.pbm': PLAN, 'org/units.pbm': ORG });
        const symbols = await workspace.services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'h' });
        const names = symbols.map(s => `${s.name}:${KIND_NAMES.get(s.kind)}`);
        expect(names).toEqual(expect.arrayContaining(['HR:Struct', 'Hire:Class', 'Hires:Field']));
    });

    test('folding: blocks and block comments', async () => {
        const workspace = await buildFiles({ 'plan.pbm': '/* Notes\n   on the plan */\n' + PLAN, 'org/units.pbm': ORG });
        const document = workspace.doc('plan.pbm');
        const ranges = await workspace.services.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
        const starts = ranges.map(r => r.startLine);
        // the comment, the plan, the goal, the budget, the review
        expect(starts).toEqual(expect.arrayContaining([0, 3, 6, 11, 16]));
    });

    test('document highlights: the declaration and its uses in the file', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': PLAN.replace('finding Slow', 'finding Sl|ow'), 'org/units.pbm': ORG });
        const highlights = await cursor.workspace.services.lsp.DocumentHighlightProvider!.getDocumentHighlight(cursor.document, {
            textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position
        });
        expect(highlights?.map(h => h.range.start.line).sort()).toEqual([15, 16]);
    });

    test('document links: import paths link to the imported file', async () => {
        const workspace = await buildFiles({ 'plan.pbm': PLAN, 'org/units.pbm': ORG });
        const document = workspace.doc('plan.pbm');
        const links = await workspace.services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } });
        expect(links).toEqual([{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 22 } }, target: uriOf('org/units.pbm').toString() }]);
    });
});

async function rename(cursor: Awaited<ReturnType<typeof buildWithCursor>>, newName: string): Promise<WorkspaceEdit | undefined> {
    return cursor.workspace.services.lsp.RenameProvider!.rename(cursor.document, {
        textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position, newName
    });
}
