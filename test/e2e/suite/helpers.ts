/**
 * What the extension-host tests share: the fixture workspace (test/e2e/workspace, copied to a
 * throw-away folder by the runner), waiting for the language server, positions by text.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'pbm.pbm';
/** How long the language server may take to answer after a change: "within a few seconds". */
export const SERVER_TIMEOUT_MS = 20_000;

export function fixtureUri(relativePath: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the fixture workspace (test/e2e/workspace) is not open');
    return vscode.Uri.joinPath(folder.uri, relativePath);
}

/** Opens a fixture file in an editor, as a user clicking it in the Explorer would. */
export async function openFixture(relativePath: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
    return vscode.window.showTextDocument(document);
}

/** Polls until `probe` returns a value other than undefined, or fails with `what` after the timeout. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = SERVER_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) return value;
        if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs / 1000}s waiting for ${what}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function diagnosticsWithCode(uri: vscode.Uri, code: string): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter(diagnostic => codeOf(diagnostic) === code);
}

/** Waits for the diagnostic with `code` whose range covers `text` (its first occurrence after `after`). */
export async function waitForDiagnostic(document: vscode.TextDocument, code: string, text: string, after?: string): Promise<vscode.Diagnostic> {
    const range = rangeOf(document, text, after);
    try {
        return await waitFor(`a '${code}' diagnostic on '${text}'`,
            () => diagnosticsWithCode(document.uri, code).find(diagnostic => diagnostic.range.intersection(range) !== undefined));
    } catch (error) {
        throw new Error(`${(error as Error).message}; the diagnostics of ${document.uri.path} are:\n${describeDiagnostics(document.uri)}`);
    }
}

/**
 * The light bulb's quick fixes at `range`, once one satisfies `wanted`. The workbench asks the
 * provider with the problems it shows there, which reach it a little after the extension host sees
 * them (getDiagnostics): asked too early, the provider gets no problem and offers no fix.
 */
export async function waitForQuickFix(uri: vscode.Uri, range: vscode.Range, what: string, wanted: (action: vscode.CodeAction) => boolean): Promise<vscode.CodeAction> {
    let offered: string[] = [];
    try {
        return await waitFor(what, async () => {
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
            offered = actions.map(action => action.title);
            return actions.find(wanted);
        });
    } catch (error) {
        throw new Error(`${(error as Error).message}; offered: ${offered.join(' | ') || 'nothing'}`);
    }
}

export function describeDiagnostics(uri: vscode.Uri): string {
    return vscode.languages.getDiagnostics(uri)
        .map(d => `  ${d.range.start.line + 1}:${d.range.start.character + 1} ${vscode.DiagnosticSeverity[d.severity]} ${codeOf(d) ?? '(no code)'} ${d.message}`)
        .join('\n') || '  (none)';
}

/** Waits until no diagnostic with `code` overlaps `range` any more. */
export async function waitForDiagnosticGone(uri: vscode.Uri, code: string, range: vscode.Range): Promise<void> {
    await waitFor(`the '${code}' diagnostic at line ${range.start.line + 1} to go away`,
        () => diagnosticsWithCode(uri, code).some(diagnostic => diagnostic.range.intersection(range) !== undefined) ? undefined : true);
}

/** The range of the first occurrence of `text`, searching from the first occurrence of `after`. */
export function rangeOf(document: vscode.TextDocument, text: string, after?: string): vscode.Range {
    const source = document.getText();
    const from = after === undefined ? 0 : source.indexOf(after);
    assert.ok(from >= 0, `'${after}' is not in ${document.uri.path}`);
    const offset = source.indexOf(text, from);
    assert.ok(offset >= 0, `'${text}' is not in ${document.uri.path}${after ? ` after '${after}'` : ''}`);
    return new vscode.Range(document.positionAt(offset), document.positionAt(offset + text.length));
}

/** Replaces the first occurrence of `text` (after `after`) through a WorkspaceEdit, as an extension or a user's paste would. */
export async function replaceText(document: vscode.TextDocument, text: string, replacement: string, after?: string): Promise<void> {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, rangeOf(document, text, after), replacement);
    assert.ok(await vscode.workspace.applyEdit(edit), `the edit of '${text}' was not applied`);
}

/**
 * Throws away the tests' unsaved changes to the fixture, so that each test starts from it as it is
 * on disk. Only the workspace's files: the workbench edits other documents of its own meanwhile (the
 * newest one its user settings.json), and showing one of those races with the workbench.
 */
export async function revertAll(): Promise<void> {
    const ours = (document: vscode.TextDocument) => document.isDirty && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
    for (const document of vscode.workspace.textDocuments.filter(ours)) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
    }
}

/** The text of a hover, whatever form its parts take. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers.flatMap(hover => hover.contents)
        .map(part => typeof part === 'string' ? part : part.value)
        .join('\n');
}

export function completionLabels(list: vscode.CompletionList): string[] {
    return list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
}
