/**
 * Completion parses only the declaration (or the checkpoint entry) around the
 * cursor, not the file up to it (lsp/pbm-completion-provider.ts, issue #7).
 * What a user is offered must not change: deep in a large generated plan the
 * items are those of a small plan, and at any position they are those of
 * Langium's whole-text way. Not timed.
 */
import { DefaultCompletionProvider, type CompletionBacktrackingInformation, type NextFeature } from 'langium/lsp';
import type { LangiumDocument, TextDocument } from 'langium';
import type { PbmFile, PbmServices } from 'pbm-language';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CompletionItem, InitializeParams } from 'vscode-languageserver';
import { createRandom, generatePlanData, toPbmFiles } from '../../bench/generate.mjs';
import { PbmCompletionProvider } from '../../packages/language/src/lsp/pbm-completion-provider.js';
import { buildFiles, type TestWorkspace } from '../helpers.js';
import { CURSOR } from './lsp-helpers.js';

/** Langium's own way, for comparison: lex the whole text, parse from the file start to the cursor. */
class WholeTextCompletionProvider extends PbmCompletionProvider {
    private readonly langium = DefaultCompletionProvider.prototype as unknown as {
        findFeaturesAt(document: TextDocument, offset: number): NextFeature[];
        backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation;
    };

    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        return this.langium.findFeaturesAt.call(this, document, offset);
    }

    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        return this.langium.backtrackToAnyToken.call(this, text, offset);
    }
}

/** The client capabilities of VS Code that matter here: items replace the whole word under the cursor. */
function asEditorSees(provider: PbmCompletionProvider): void {
    (provider as unknown as { initialize(params: InitializeParams): void }).initialize({
        processId: null, rootUri: null, capabilities: { textDocument: { completion: { completionItem: { insertReplaceSupport: true } } } }
    });
}

/** What a user sees of an item. */
function shown(items: readonly CompletionItem[] | undefined): string[] {
    return (items ?? []).map(item => JSON.stringify([item.label, item.kind, item.detail, item.textEdit, item.sortText]));
}

async function completion(provider: PbmCompletionProvider, document: LangiumDocument, offset: number): Promise<CompletionItem[]> {
    const position = document.textDocument.positionAt(offset);
    const list = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

/** A one-file plan of ≈ 3,000 lines: goals, budget lines and eighteen monthly checkpoints of a few hundred entries. */
const LARGE = toPbmFiles(generatePlanData({ lines: 3_000, seed: 5 })).files['plan.pbm'];

/** Builds `text` with its `|` as the cursor; the cursor's offset in the built file. */
async function buildAt(text: string): Promise<{ workspace: TestWorkspace; document: LangiumDocument<PbmFile>; offset: number }> {
    const offset = text.indexOf(CURSOR);
    const workspace = await buildFiles({ 'plan.pbm': text.slice(0, offset) + text.slice(offset + 1) });
    return { workspace, document: workspace.doc('plan.pbm'), offset };
}

const SMALL = `plan P {
    period 2025-01-01 to 2026-12-31
    as of 2026-06-30
}
unit Ops "Operations"
goal G "g" {
    owner Ops
    weight 100%
    kpi K "k" { unit "h" baseline 10 target <= 5 frequency monthly source "MES" }
}
budget B "b" { category services amount 100 owner Ops funds G }
checkpoint C1 2026-01-31 {
    measure K 9 source "MES"
    spend B 10 source "GL"
}
`;

/** Text put into the last checkpoint of a plan, where the small and the large plan must offer the same keywords and values. */
const ENTRY_CASES = [
    { name: 'a new entry line: the entry keywords', entry: '    |\n' },
    { name: 'after a measured value: source and the next entries', entry: '    measure K 9 |\n' },
    { name: 'after a qualitative level: the score, source and the next entries', entry: '    measure K partial |\n' },
    { name: 'in the middle of a keyword', entry: '    mea|\n' },
    { name: 'after source: nothing', entry: '    spend B 10 source |\n' }
];

/** `entry` inserted just before the closing brace of the last checkpoint. */
function intoLastCheckpoint(text: string, entry: string): string {
    const at = text.indexOf('\n}', text.lastIndexOf('\ncheckpoint ')) + 1;
    return text.slice(0, at) + entry + text.slice(at);
}

/** `entry` with the small plan's KPI `K` and budget line `B` renamed to the first of the large plan. */
function withLargeNames(entry: string): string {
    const kpi = /^ {4}kpi (\w+)/m.exec(LARGE)![1];
    const budget = /^budget (\w+)/m.exec(LARGE)![1];
    return entry.replace(/\bK\b/, kpi).replace(/\bB\b/, budget);
}

describe('completion deep in a large plan', () => {
    test.each(ENTRY_CASES)('$name: as in a small plan', async ({ entry }) => {
        const small = await buildAt(intoLastCheckpoint(SMALL, entry));
        const large = await buildAt(intoLastCheckpoint(LARGE, withLargeNames(entry)));
        const expected = (await completion(small.workspace.services.lsp.CompletionProvider as PbmCompletionProvider, small.document, small.offset))
            .map(item => item.label).sort();
        const found = (await completion(large.workspace.services.lsp.CompletionProvider as PbmCompletionProvider, large.document, large.offset))
            .map(item => item.label).sort();
        expect(found).toEqual(expected);
    });

    test('after measure in the last checkpoint: every KPI of the plan, and only KPIs', async () => {
        const large = await buildAt(intoLastCheckpoint(LARGE, '    measure |\n'));
        const kpis = [...LARGE.matchAll(/^ {4}kpi (\w+)/gm)].map(match => match[1]).sort();
        const found = await completion(large.workspace.services.lsp.CompletionProvider as PbmCompletionProvider, large.document, large.offset);
        expect(kpis.length).toBeGreaterThan(20);
        expect(found.map(item => item.label).sort()).toEqual(kpis);
    });
});

describe('completion at any position of a large plan: the items of the whole-text way', () => {
    let services: PbmServices;
    let document: LangiumDocument<PbmFile>;
    let text: string;
    beforeAll(async () => {
        const workspace = await buildFiles({ 'plan.pbm': LARGE });
        services = workspace.services;
        document = workspace.doc('plan.pbm');
        text = document.textDocument.getText();
    });

    /** Seeded positions: at and inside words, after them, on blank indentation, at the very start and end. */
    function positions(): number[] {
        const random = createRandom(3);
        const words = [...text.matchAll(/[A-Za-z_][\w-]*|\d[\d.%-]*|"[^"\n]*"|[{}]/g)];
        const offsets = [0, text.length, text.indexOf('checkpoint'), text.lastIndexOf('}'), text.lastIndexOf('}') + 1];
        for (let i = 0; i < 120; i++) {
            const word = words[random.integer(0, words.length - 1)];
            const start = word.index!;
            offsets.push([start, start + 1, start + word[0].length, start + word[0].length + 1][i % 4]);
        }
        return offsets.filter(offset => offset >= 0 && offset <= text.length);
    }

    test('125 positions, with the insert and replace ranges VS Code asks for', async () => {
        const windowed = services.lsp.CompletionProvider as PbmCompletionProvider;
        const whole = new WholeTextCompletionProvider(services);
        for (const provider of [windowed, whole]) asEditorSees(provider);
        let compared = 0;
        for (const offset of positions()) {
            const expected = shown(await completion(whole, document, offset));
            const found = shown(await completion(windowed, document, offset));
            expect(found, `at ${document.textDocument.positionAt(offset).line + 1}:${document.textDocument.positionAt(offset).character + 1}`)
                .toEqual(expected);
            if (expected.length > 0) compared++;
        }
        expect(compared).toBeGreaterThan(60);
    });
});
