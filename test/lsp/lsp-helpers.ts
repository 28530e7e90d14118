/**
 * Helpers for editor-feature tests: documents with a cursor marker `|`, and
 * the LSP requests called on the real services.
 */
import type { LangiumDocument } from 'langium';
import type { Lang, PbmFile } from 'pbm-language';
import type { CompletionItem, Position } from 'vscode-languageserver';
import { buildFiles, type TestWorkspace } from '../helpers.js';

export const CURSOR = '|';

export interface Cursor {
    readonly workspace: TestWorkspace;
    readonly document: LangiumDocument<PbmFile>;
    readonly position: Position;
    readonly offset: number;
}

/**
 * Builds files where the file `at` contains one `|` marking the cursor (it
 * is removed from the text). Other files are taken as they are.
 */
export async function buildWithCursor(files: Record<string, string>, at = 'plan.pbm', lang: Lang = 'en'): Promise<Cursor> {
    const marked = files[at];
    const offset = marked.indexOf(CURSOR);
    if (offset < 0) throw new Error(`no cursor marker in ${at}`);
    const workspace = await buildFiles({ ...files, [at]: marked.slice(0, offset) + marked.slice(offset + 1) }, lang);
    const document = workspace.doc(at);
    return { workspace, document, position: document.textDocument.positionAt(offset), offset };
}

export async function completionAt(files: Record<string, string>, at = 'plan.pbm', lang: Lang = 'en'): Promise<CompletionItem[]> {
    const cursor = await buildWithCursor(files, at, lang);
    const list = await cursor.workspace.services.lsp.CompletionProvider!.getCompletion(cursor.document, {
        textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position
    });
    return list?.items ?? [];
}

export function labels(items: readonly CompletionItem[]): string[] {
    return items.map(item => item.label);
}

/** A small complete plan the tests extend. */
export const BASE_PLAN = `plan P "Test plan" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency CNY
}
unit Ops "Operations" { lead "Li" }
strategy Lean "Run lean"
goal Cut "Cut costs" {
    owner Ops
    supports Lean
    weight 100%
    due 2026-12-31
    kpi Cost "Unit cost" { unit "CNY" baseline 100 target <= 90 frequency quarterly }
}
budget Tools "Tooling" { category equipment amount 2.4M funds Cut }
`;

/** The hover text at the cursor. */
export async function hoverAt(files: Record<string, string>, at = 'plan.pbm', lang: Lang = 'en'): Promise<string | undefined> {
    const cursor = await buildWithCursor(files, at, lang);
    const hover = await cursor.workspace.services.lsp.HoverProvider!.getHoverContent(cursor.document, {
        textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position
    });
    const contents = hover?.contents;
    return contents && typeof contents === 'object' && 'value' in contents ? contents.value : undefined;
}
