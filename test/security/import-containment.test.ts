/**
 * Imports are contained (issue #8): an import that leads outside the folders
 * PBM reads — the workspace folders in the editor; in `pbm`, each folder
 * given, and for a file given its folder and the current folder — or to a
 * file that is not a `.pbm` file, is a diagnostic and is never read. Symbolic
 * link loops end, and a huge imported file is refused like an opened one.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createPbmServices, type PbmFile } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PbmImportLoader } from '../../packages/language/src/lsp/pbm-import-loader.js';
import { MAX_PLAN_FILE_BYTES } from '../../packages/language/src/parser/pbm-lexer.js';
import { assertCliBuilt, REPO_ROOT, runPbm } from '../foundation/cli-helpers.js';

const PERIOD = '"p" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }';
/** A file outside the workspace: if it were read, its unit would resolve and its syntax error would show. */
const OUTSIDE_TEXT = 'unit Outsider "SECRET-TITLE" { lead "SECRET-LEAD" }\n@\n';

const SPAWNS = { timeout: 120_000 };

/** Builds documents in memory with the given workspace folders (as the editor announces them). */
async function buildInWorkspace(folders: string[], files: Record<string, string>) {
    const { shared } = createPbmServices(EmptyFileSystem);
    shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: folders.map(folder => ({ uri: URI.file(folder).toString(), name: folder.split('/').pop()! })) });
    const documents = new Map<string, LangiumDocument<PbmFile>>();
    for (const [path, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(text, URI.file(path));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(path, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    const codes = (path: string) => (documents.get(path)!.diagnostics ?? []).map(d => `${d.range.start.line + 1} ${d.code}`);
    const messages = (path: string) => (documents.get(path)!.diagnostics ?? []).map(d => String(d.message));
    return { shared, codes, messages };
}

describe('in the editor: imports stay inside the workspace folders', () => {
    test('an import leading outside is import-outside-workspace, and the file is not part of the plan even when it is open', async () => {
        const { codes, messages } = await buildInWorkspace(['/ws'], {
            '/ws/plan.pbm': `import "../elsewhere/units.pbm"\nimport "org/units.pbm"\nplan P ${PERIOD}\ngoal G "g" { owner Outsider due 2026-12-31 kpi K { target >= 1 } }\noutlook O { owner Inside }\n`,
            '/ws/org/units.pbm': 'unit Inside "In" { lead "x" }\n',
            '/elsewhere/units.pbm': OUTSIDE_TEXT
        });
        expect(codes('/ws/plan.pbm')).toEqual(expect.arrayContaining(['1 import-outside-workspace', '4 unresolved-reference']));
        expect(codes('/ws/plan.pbm')).not.toContain('5 unresolved-reference');
        const message = messages('/ws/plan.pbm').find(m => m.includes('../elsewhere/units.pbm'))!;
        expect(message).toContain('ws');
        expect(message).toContain('open a folder that holds both files');
    });

    test.each([
        ['a text file', 'import "notes.txt"'],
        ['a path without .pbm', 'import "units"'],
        ['a system file', 'import "../../../../etc/passwd"']
    ])('an import of %s is import-not-pbm', async (_case, line) => {
        const { codes } = await buildInWorkspace(['/ws'], { '/ws/plan.pbm': `${line}\nplan P ${PERIOD}\n` });
        expect(codes('/ws/plan.pbm')).toContain('1 import-not-pbm');
    });

    test('with two workspace folders, an import from one into the other resolves', async () => {
        const { codes } = await buildInWorkspace(['/a', '/b'], {
            '/a/plan.pbm': `import "../b/units.pbm"\nplan P ${PERIOD}\noutlook O { owner Shared }\n`,
            '/b/units.pbm': 'unit Shared "S" { lead "x" }\n'
        });
        expect(codes('/a/plan.pbm').filter(c => /import|unresolved/.test(c))).toEqual([]);
    });
});

describe('files on disk', () => {
    let root: string;
    beforeAll(() => {
        assertCliBuilt();
        root = mkdtempSync(join(tmpdir(), 'pbm-contain-'));
        const write = (path: string, text: string | Buffer) => {
            mkdirSync(join(root, path, '..'), { recursive: true });
            writeFileSync(join(root, path), text);
        };
        write('secret/units.pbm', OUTSIDE_TEXT);
        write('secret/notes.txt', 'unit Leaked\n');
        write('ws/plan.pbm', `import "../secret/units.pbm"\nimport "../secret/notes.txt"\nplan P ${PERIOD}\ngoal G "g" { owner Outsider due 2026-12-31 kpi K { target >= 1 } }\n`);
        // A link to the workspace's own folder: walking or importing through it must end.
        write('loop/plan.pbm', `import "again/plan.pbm"\nplan Loop ${PERIOD}\n`);
        symlinkSync('.', join(root, 'loop/again'));
        write('big/plan.pbm', `import "huge.pbm"\nplan Big ${PERIOD}\n`);
        write('big/huge.pbm', `unit Huge "${'x'.repeat(MAX_PLAN_FILE_BYTES)}"\n`);
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    test('pbm check: an import outside the folder given is reported and not read', SPAWNS, async () => {
        const run = await runPbm(['check', 'ws', '--format', 'json'], root);
        expect(run.stderr).toBe('');
        const records = JSON.parse(run.stdout) as Array<{ file: string; line: number; code: string; message: string }>;
        expect(records.map(r => `${r.file}:${r.line} ${r.code}`)).toEqual(expect.arrayContaining([
            'ws/plan.pbm:1 import-outside-workspace', 'ws/plan.pbm:2 import-not-pbm', 'ws/plan.pbm:4 unresolved-reference'
        ]));
        expect(run.stdout).not.toMatch(/SECRET|secret\/units\.pbm:|Leaked/);
        expect(records.find(r => r.code === 'import-outside-workspace')!.message).toContain('run pbm on a folder that holds both files');
    });

    test('pbm report run in the plan\'s folder: nothing of a file outside it reaches the report', SPAWNS, async () => {
        for (const format of ['md', 'html', 'json']) {
            const run = await runPbm(['report', 'plan.pbm', '--format', format], join(root, 'ws'));
            expect(run.status).toBe(0);
            expect(run.stdout).toContain('../secret/units.pbm');
            expect(run.stdout).not.toContain('SECRET-TITLE');
            expect(run.stdout).not.toContain('SECRET-LEAD');
        }
    });

    test('pbm check on a file: its folder and the current folder are read (the multi-file example keeps working from its top folder)', SPAWNS, async () => {
        const run = await runPbm(['check', 'examples/multi-file/monitoring/2026-h1.pbm', 'examples/multi-file/plan.pbm', '--format', 'json'], REPO_ROOT);
        const codes = (JSON.parse(run.stdout) as Array<{ code: string }>).map(r => r.code);
        expect(codes).not.toContain('import-outside-workspace');
        expect(codes).not.toContain('import-not-found');
    });

    test('pbm check on a file from inside its folder: an import of the parent folder is outside (run it from the top folder instead)', SPAWNS, async () => {
        const run = await runPbm(['check', '2026-h1.pbm', '--format', 'json'], join(REPO_ROOT, 'examples/multi-file/monitoring'));
        const records = JSON.parse(run.stdout) as Array<{ line: number; code: string }>;
        expect(records.filter(r => r.code.startsWith('import-'))).toEqual([expect.objectContaining({ line: 5, code: 'import-outside-workspace' })]);
    });

    test('a folder linked to itself: pbm check walks it once and follows the import through the link a bounded number of times', SPAWNS, async () => {
        const started = Date.now();
        const run = await runPbm(['check', 'loop', '--format', 'json'], root);
        expect(run.stderr).toBe('');
        expect([0, 1]).toContain(run.status);
        const files = new Set((JSON.parse(run.stdout) as Array<{ file: string }>).map(r => r.file));
        // The operating system stops resolving a chain of links after 40 steps.
        expect(files.size).toBeLessThanOrEqual(42);
        expect(Date.now() - started).toBeLessThan(60_000);
    });

    test('a huge imported file is refused like a huge file given: one line, exit 2', SPAWNS, async () => {
        const imported = await runPbm(['check', 'big/plan.pbm'], root);
        const given = await runPbm(['check', 'big/huge.pbm'], root);
        for (const run of [imported, given]) {
            expect(run.status).toBe(2);
            expect(run.stderr.trim().split('\n')).toHaveLength(1);
            expect(run.stderr).toMatch(/^pbm: 'big\/huge\.pbm' is too large \(5\.0 MB\): PBM reads plan files of up to 5\.0 MB/);
        }
    });

    test('in the editor, a huge imported file is refused like an opened one: one syntax-error, nothing read from it', async () => {
        const { shared } = createPbmServices(NodeFileSystem);
        const folder = join(root, 'big');
        const workspace = shared.workspace.WorkspaceManager;
        workspace.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'big' }] });
        workspace.initialBuildOptions = { validation: true };
        await workspace.initialized({});
        const huge = shared.workspace.LangiumDocuments.getDocument(URI.file(join(folder, 'huge.pbm')))!;
        expect(huge.diagnostics?.map(d => `${d.range.start.line + 1} ${d.code}`)).toEqual(['1 syntax-error']);
        expect(huge.diagnostics![0].message).toContain('is 5.0 MB; PBM reads plan files of up to 5.0 MB');
        expect((huge.parseResult.value as PbmFile).elements).toEqual([]);
    });

    test('in the editor, walking a workspace with a folder linked to itself ends, and the import loader never loads through containment', async () => {
        const { shared } = createPbmServices(NodeFileSystem);
        const folder = join(root, 'loop');
        const workspace = shared.workspace.WorkspaceManager;
        workspace.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'loop' }] });
        await workspace.initialized({});
        expect(shared.workspace.LangiumDocuments.all.map(d => d.uri.path.slice(folder.length)).toArray()).toEqual(['/plan.pbm']);
        expect(importsTheLoaderWouldLoad(join(root, 'ws'), ['plan.pbm'])).toEqual([]);
    });
});

/** What the editor's import loader would add for these files of a workspace folder: nothing outside it, nothing that is not a .pbm file. */
function importsTheLoaderWouldLoad(folder: string, files: string[]): string[] {
    const { shared } = createPbmServices(NodeFileSystem);
    shared.workspace.WorkspaceManager.initialize({ processId: null, rootUri: null, capabilities: {}, workspaceFolders: [{ uri: URI.file(folder).toString(), name: 'ws' }] });
    const loader = new PbmImportLoader(shared);
    const documents = files.map(file => {
        const document = shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(`import "../secret/units.pbm"\nimport "../secret/notes.txt"\n`, URI.file(join(folder, file)));
        shared.workspace.LangiumDocuments.addDocument(document);
        return document;
    });
    return loader.missingImports(documents).map(uri => uri.path);
}
