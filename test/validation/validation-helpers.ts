/**
 * Helpers of the validation tests: editing files of a built workspace the way
 * the editor does (through the text documents and `DocumentBuilder.update`),
 * and short views of diagnostics.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers.js';
import { uriOf } from '../helpers.js';

let version = 1;

/** Replaces (or creates) a file's text and rebuilds what the change affects, as the language server does. */
export async function editFile(workspace: TestWorkspace, name: string, text: string): Promise<void> {
    const shared = workspace.services.shared;
    const uri = uriOf(name);
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'pbm', ++version, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
}

/** Deletes a file and rebuilds what the deletion affects. */
export async function deleteFile(workspace: TestWorkspace, name: string): Promise<void> {
    const shared = workspace.services.shared;
    const uri = uriOf(name);
    shared.workspace.TextDocuments!.delete(uri.toString());
    await shared.workspace.DocumentBuilder.update([], [uri]);
}

/** The current diagnostics of a file (after edits, the document object may be a new one). */
export function diagnosticsOf(workspace: TestWorkspace, name: string): Diagnostic[] {
    return workspace.services.shared.workspace.LangiumDocuments.getDocument(uriOf(name))?.diagnostics ?? [];
}

/** `code@line` (1-based), sorted. */
export function codeLines(diagnostics: readonly Diagnostic[], codes?: ReadonlySet<string>): string[] {
    return diagnostics.filter(d => !codes || codes.has(String(d.code))).map(d => `${d.code}@${d.range.start.line + 1}`).sort();
}
