/**
 * The editor features never throw on broken text: every example, cut short
 * and with spans deleted at seeded random places, goes through completion,
 * hover, formatting, outline, folding, semantic tokens, code lens and inlay
 * hints at several positions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFiles } from '../helpers.js';

const SOURCES = ['examples/acme-2026.pbm', 'examples/zh-annual-2026.pbm', 'examples/gov-drinking-water.pbm'].map(path => readFileSync(path, 'utf8'));

/** A small deterministic generator (mulberry32), so failures replay. */
function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

function mangled(seed: number): string {
    const next = random(seed);
    let text = SOURCES[seed % SOURCES.length];
    text = text.slice(0, Math.floor(text.length * (0.3 + 0.7 * next())));
    for (let cuts = 0; cuts < 4; cuts++) {
        const start = Math.floor(next() * text.length);
        text = text.slice(0, start) + text.slice(start + Math.floor(next() * 40));
    }
    return text;
}

describe('robustness of the editor features', () => {
    test.each(Array.from({ length: 12 }, (_, seed) => seed))('mangled document %i', async seed => {
        const text = mangled(seed);
        const workspace = await buildFiles({ 'plan.pbm': text });
        const document = workspace.doc('plan.pbm');
        const lsp = workspace.services.lsp;
        const textDocument = { uri: document.uri.toString() };
        const end = document.textDocument.positionAt(text.length);
        const range = { start: { line: 0, character: 0 }, end };
        const next = random(seed + 1000);
        await expect((async () => {
            for (let i = 0; i < 6; i++) {
                const position = document.textDocument.positionAt(Math.floor(next() * text.length));
                await lsp.CompletionProvider!.getCompletion(document, { textDocument, position });
                await lsp.HoverProvider!.getHoverContent(document, { textDocument, position });
            }
            await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
            await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
            await lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument });
            await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
            await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
            await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range });
            await lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument });
        })()).resolves.toBeUndefined();
    });
});
