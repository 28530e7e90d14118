/**
 * Found by the soak test (issue #8): a document closed after its file was
 * deleted (VS Code closes the tab of a file deleted in the Explorer; the
 * watcher's "deleted" may come first), or an imported file deleted just
 * before the server read it, was rebuilt from disk: reading failed ("PBM
 * server error: ENOENT"), and as the document stayed unbuilt, so did every
 * later build — no diagnostics ever again. Such a file must count as deleted.
 */
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DocumentState, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createPbmServices } from 'pbm-language';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LSPErrorCodes } from 'vscode-languageserver';

let folder: string;
beforeEach(() => { folder = mkdtempSync(join(tmpdir(), 'pbm-deleted-')); });
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const PLAN = 'import "budget.pbm"\nplan P "p" { period 2026-01-01 to 2026-12-31 }\ngoal G "g" { due 2026-12-31 kpi K { target >= 1 } }\n';
const BUDGET = 'budget B { amount 100 funds G }\n';

async function workspaceOnDisk() {
    writeFileSync(join(folder, 'plan.pbm'), PLAN);
    writeFileSync(join(folder, 'budget.pbm'), BUDGET);
    const { shared } = createPbmServices(NodeFileSystem);
    const files = { plan: URI.file(join(folder, 'plan.pbm')), budget: URI.file(join(folder, 'budget.pbm')) };
    const builder = shared.workspace.DocumentBuilder;
    builder.updateBuildOptions = { validation: true };
    await builder.update([files.plan, files.budget], []);
    const codesOfPlan = () => shared.workspace.LangiumDocuments.getDocument(files.plan)?.diagnostics?.map(d => d.code) ?? [];
    return { shared, files, builder, codesOfPlan };
}

test('a document edited and closed after its file was deleted counts as deleted; later builds still work', async () => {
    const { shared, files, builder, codesOfPlan } = await workspaceOnDisk();
    expect(codesOfPlan()).not.toContain('import-not-found');
    // Open in the editor and deleted on disk (the watcher reports it); the user types on, then closes the tab.
    shared.workspace.TextDocuments!.set(TextDocument.create(files.budget.toString(), 'pbm', 1, BUDGET));
    await builder.update([files.budget], []);
    unlinkSync(files.budget.fsPath);
    await builder.update([], [files.budget]);
    shared.workspace.TextDocuments!.set(TextDocument.create(files.budget.toString(), 'pbm', 2, BUDGET + ' '));
    await builder.update([files.budget], []);
    shared.workspace.TextDocuments!.delete(files.budget.toString());
    await builder.update([files.budget], []);
    // The plan is built again and says its import is missing.
    writeFileSync(files.plan.fsPath, PLAN + '\n');
    await builder.update([files.plan], []);
    expect(codesOfPlan()).toContain('import-not-found');
    expect(shared.workspace.LangiumDocuments.hasDocument(files.budget)).toBe(false);
});

test('an imported file deleted before the server reads it counts as deleted; later builds still work', async () => {
    const { shared, files, builder, codesOfPlan } = await workspaceOnDisk();
    // budget.pbm changed on disk (a "changed" notification is queued), then it is deleted before the rebuild reads it.
    writeFileSync(files.budget.fsPath, BUDGET + '\n');
    const deletedMeanwhile = builder.update([files.budget], []);
    unlinkSync(files.budget.fsPath);
    // The build starts again without the file (it was: rejected with ENOENT, logged as a server error).
    await expect(deletedMeanwhile).resolves.toBeUndefined();
    expect(codesOfPlan()).toContain('import-not-found');
    writeFileSync(files.plan.fsPath, PLAN + '\n');
    await builder.update([files.plan], []);
    expect(codesOfPlan()).toContain('import-not-found');
    expect(shared.workspace.LangiumDocuments.hasDocument(files.budget)).toBe(false);
});

test('a request waiting for a document that is then deleted gets an answer (server cancelled), not silence', async () => {
    const { shared, files, builder } = await workspaceOnDisk();
    // A build of budget.pbm is interrupted at once: the document stays unbuilt, as while the user types.
    await builder.update([files.budget], [], { isCancellationRequested: true, onCancellationRequested: () => ({ dispose() {} }) }).catch(() => undefined);
    expect(shared.workspace.LangiumDocuments.getDocument(files.budget)?.state).toBeLessThan(DocumentState.Validated);
    // A hover waits for it to be validated; then the file is deleted (closed after its file was deleted).
    const waiting = builder.waitUntil(DocumentState.Validated, files.budget).then(() => 'built', (error: { code?: number }) => `error ${error.code}`);
    unlinkSync(files.budget.fsPath);
    await builder.update([], [files.budget]);
    const answer = await Promise.race([waiting, new Promise(resolve => setTimeout(() => resolve('no answer'), 2_000))]);
    expect(answer).toBe(`error ${LSPErrorCodes.ServerCancelled}`);
});
