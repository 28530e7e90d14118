import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createPbmServices } from 'pbm-language';
import { afterEach, describe, expect, test } from 'vitest';
import { PbmImportLoader } from '../../packages/language/src/lsp/pbm-import-loader.js';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A folder `work/` with plan.pbm importing a file inside and one outside it; both exist on disk. */
async function setUp(folders: string[] | null) {
    dir = mkdtempSync(join(tmpdir(), 'pbm-imports-'));
    mkdirSync(join(dir, 'work'));
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'work', 'units.pbm'), 'unit Ops "Ops"\n');
    writeFileSync(join(dir, 'shared', 'strategies.pbm'), 'strategy Lean "Lean"\n');
    const { shared } = createPbmServices(NodeFileSystem);
    shared.workspace.WorkspaceManager.initialize({
        processId: null, rootUri: null, capabilities: {},
        workspaceFolders: folders && folders.map(folder => ({ uri: URI.file(join(dir, folder)).toString(), name: folder }))
    });
    const document = shared.workspace.LangiumDocumentFactory.fromString('import "units.pbm"\nimport "../shared/strategies.pbm"\nimport "missing.pbm"\nplan P { }\n', URI.file(join(dir, 'work', 'plan.pbm')));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document]);
    const names = new PbmImportLoader(shared).missingImports([document]).map(uri => uri.path.slice(URI.file(dir).path.length + 1));
    return names.sort();
}

describe('import loader', () => {
    test('no folder open: loads every import that exists on disk', async () => {
        expect(await setUp(null)).toEqual(['shared/strategies.pbm', 'work/units.pbm']);
    });

    test('a folder open: never loads files outside it', async () => {
        expect(await setUp(['work'])).toEqual(['work/units.pbm']);
    });
});
