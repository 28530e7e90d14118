/**
 * Found by the soak test (issue #8): a `.pbm` file deleted while the server
 * starts — after the workspace folder was listed, before the file was read —
 * made the whole start-up fail ("Error in WorkspaceManager initialization:
 * ENOENT"); every request waits for the start-up, so the server never
 * answered again. The file must be skipped and the rest of the workspace built.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI, type FileSystemNode } from 'langium';
import { NodeFileSystemProvider } from 'langium/node';
import { createPbmServices } from 'pbm-language';
import { afterAll, expect, test } from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'pbm-startup-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Lists a file that is gone by the time it is read, as when it is deleted during start-up. */
class VanishingFileSystem extends NodeFileSystemProvider {
    override async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const entries = await super.readDirectory(uri);
        return [...entries, { uri: URI.file(join(folder, 'deleted-meanwhile.pbm')), isFile: true, isDirectory: false }];
    }
}

test('a file deleted while the workspace loads is skipped; the start-up completes and the other files are built', async () => {
    writeFileSync(join(folder, 'plan.pbm'), 'plan P "p" { period 2026-01-01 to 2026-12-31 }\ngoal G "g" { due 2026-12-31 }\n');
    const { shared } = createPbmServices({ fileSystemProvider: () => new VanishingFileSystem() });
    const workspace = shared.workspace.WorkspaceManager;
    workspace.initialBuildOptions = { validation: true };
    workspace.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'w' }] });
    await workspace.initialized({});
    await expect(Promise.race([workspace.ready.then(() => 'ready'), new Promise(resolve => setTimeout(() => resolve('still waiting'), 5_000))])).resolves.toBe('ready');
    const plan = shared.workspace.LangiumDocuments.getDocument(URI.file(join(folder, 'plan.pbm')));
    expect(plan?.diagnostics?.map(d => d.code)).toContain('goal-without-kpi');
});
