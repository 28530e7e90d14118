/**
 * Loads plan files from disk for the CLI, tests and the benchmark: the given
 * files, every `.pbm` below the given folders, and, transitively, the files
 * they import. Builds them together as one workspace.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { compareDiagnosticRecords, toDiagnosticRecord, type DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import { inputProblemText, type InputProblemArgs, type InputProblemCode, type IoReason } from '../i18n/cli-text.js';
import type { Lang } from '../i18n/locale.js';
import * as ast from '../generated/ast.js';
import { isTooLargeForAPlan, MAX_PLAN_FILE_BYTES, megabytes } from '../parser/pbm-lexer.js';
import type { PbmServices } from '../pbm-module.js';
import type { PbmDocumentBuilder } from '../workspace/pbm-document-builder.js';
import type { PbmIndexManager } from '../workspace/pbm-index-manager.js';
import { isPlanFileName, isWellFormedImportPath, PLAN_FILE_EXTENSION, type ImportRoot } from '../workspace/pbm-plan-graph.js';

/**
 * A problem with the inputs themselves (exit code 2 in the CLI): a code and
 * its arguments, worded where it is printed (`InputError.text`, i18n/cli-text.ts).
 * The `message` is the English wording, for logs and the MCP tools.
 */
export class InputError<C extends InputProblemCode = InputProblemCode> extends Error {
    constructor(readonly code: C, readonly args: InputProblemArgs[C]) {
        super(inputProblemText('en', code, args));
    }

    /** The one-line reason in `lang`. */
    text(lang: Lang): string {
        return inputProblemText(lang, this.code, this.args);
    }
}

export interface LoadedFile {
    readonly document: LangiumDocument<ast.PbmFile>;
    /** The path to show the user: as given, or joined from the folder / importing file as given. */
    readonly displayPath: string;
    /** Whether the user named this file (or a folder holding it), rather than it being imported. */
    readonly isInput: boolean;
}

export interface LoadedWorkspace {
    readonly files: readonly LoadedFile[];
    /** The file behind a document URI. */
    readonly byUri: ReadonlyMap<string, LoadedFile>;
}

const IGNORED_FOLDERS = new Set(['node_modules', '.git']);

export interface LoadOptions {
    /**
     * `false` for a one-shot build whose documents are not edited or searched
     * afterwards (`pbm check`): references are then not indexed for find
     * references and incremental rebuilds, and nothing is kept for edits
     * (`PbmDocumentBuilder.editsFollow`), which saves time on large plans.
     */
    readonly referenceIndex?: boolean;
    /**
     * The files and folders imports may lead into, instead of those derived
     * from the inputs: a plan file found in a folder the user gave reads
     * imports anywhere in that folder, as `pbm check <folder>` does.
     */
    readonly importRoots?: readonly string[];
    /**
     * Also refuse an import whose real file — through a symbolic link — lies
     * outside the import roots (`import-outside-workspace`). `pbm mcp` sets it:
     * an agent's request is not the user's choice of link, as a link in the
     * user's own folder is for `pbm check` and the editor (docs/security.md).
     */
    readonly confineRealPaths?: boolean;
}

/** Collects the input files, loads them and their imports, and builds (links, validates) them all. */
export async function loadPlanFiles(services: PbmServices, inputs: readonly string[], options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const inputFiles: string[] = [];
    for (const input of inputs) {
        inputFiles.push(...await expandInput(input));
    }
    services.shared.workspace.PlanGraph.importRoots = await importRootsOf(options.importRoots ?? inputs);
    const loader = new Loader(services, options.confineRealPaths ?? false);
    for (const file of inputFiles) {
        await loader.load(file, true);
    }
    await loader.followImports();
    const documents = loader.files.map(f => f.document);
    if (options.referenceIndex === false) {
        (services.shared.workspace.IndexManager as PbmIndexManager).indexesReferences = false;
        (services.shared.workspace.DocumentBuilder as PbmDocumentBuilder).editsFollow = false;
    }
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return { files: loader.files, byUri: loader.byUri };
}

/**
 * The folders imports may lead into (issue #8): each folder given; for a file
 * given, its folder and the current folder — so that `pbm check
 * monitoring/2026-h1.pbm`, run from the plan's top folder, still reads
 * `../org/units.pbm`. An import outside them is `import-outside-workspace`
 * and is not read.
 */
export async function importRootsOf(inputs: readonly string[]): Promise<ImportRoot[]> {
    const roots = new Map<string, ImportRoot>();
    const add = (folder: string) => {
        const uri = URI.file(path.resolve(folder));
        if (!roots.has(uri.toString())) roots.set(uri.toString(), { uri, label: folder });
    };
    for (const input of inputs) {
        if (await isFile(input)) {
            add('.');
            add(path.dirname(input));
        } else {
            add(input);
        }
    }
    return [...roots.values()];
}

/** A file as given, or every `.pbm` below a folder (sorted, so output is stable). */
export async function expandInput(input: string): Promise<string[]> {
    let stat;
    try {
        stat = await fs.stat(input);
    } catch {
        throw new InputError('not-found', { path: input });
    }
    if (stat.isFile()) {
        // Langium picks the language by the file extension: another file would crash the build.
        if (!isPlanFileName(input)) throw new InputError('not-a-plan-file', { path: input, extension: PLAN_FILE_EXTENSION });
        return [input];
    }
    if (!stat.isDirectory()) throw new InputError('not-file-or-folder', { path: input });
    const found: string[] = [];
    await walk(input, found);
    if (found.length === 0) throw new InputError('no-plan-files', { folder: input });
    return found.sort(comparePaths);
}

async function walk(folder: string, found: string[]): Promise<void> {
    let entries;
    try {
        entries = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
        throw new InputError('cannot-read-folder', { folder, ...ioReasonOf(error) });
    }
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!IGNORED_FOLDERS.has(entry.name)) await walk(full, found);
        } else if (isPlanFileName(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && await isFile(full)))) {
            // A linked plan file is checked like any other; linked folders are not followed (they may loop).
            found.push(full);
        }
    }
}

class Loader {
    readonly files: LoadedFile[] = [];
    readonly byUri = new Map<string, LoadedFile>();

    private realRoots?: readonly string[];

    constructor(private readonly services: PbmServices, private readonly confineRealPaths: boolean) {}

    /** Whether a file's real path (links resolved) lies in one of the folders imports may lead into. */
    private async staysInside(file: string): Promise<boolean> {
        const roots = this.services.shared.workspace.PlanGraph.importContainment()?.roots;
        if (!roots) return true;
        this.realRoots ??= await Promise.all(roots.map(root => realPath(root.uri.fsPath)));
        const real = await realPath(file);
        return this.realRoots.some(root => isInsideFolder(real, root));
    }

    async load(displayPath: string, isInput: boolean): Promise<LoadedFile | undefined> {
        const uri = URI.file(path.resolve(displayPath));
        const existing = this.byUri.get(uri.toString());
        if (existing) return existing;
        const text = await readPlanText(displayPath);
        const document = this.services.shared.workspace.LangiumDocumentFactory.fromString<ast.PbmFile>(text, uri);
        this.services.shared.workspace.LangiumDocuments.addDocument(document);
        const file: LoadedFile = { document, displayPath, isInput };
        this.files.push(file);
        this.byUri.set(uri.toString(), file);
        return file;
    }

    /** Loads imported files that exist on disk, transitively. Missing ones become `import-not-found`. */
    async followImports(): Promise<void> {
        for (let i = 0; i < this.files.length; i++) {
            const importer = this.files[i];
            for (const element of importer.document.parseResult.value.elements ?? []) {
                // A malformed path (absolute, not a .pbm file) stays unloaded: the plan graph reports it (`import-not-pbm`, `import-not-found`).
                if (!ast.isImport(element) || !element.path || !isWellFormedImportPath(element.path)) continue;
                const target = path.join(path.dirname(importer.displayPath), element.path.replace(/\\/g, '/'));
                const uri = URI.file(path.resolve(target));
                // Outside the folders pbm reads: never read (`import-outside-workspace`).
                const planGraph = this.services.shared.workspace.PlanGraph;
                if (this.byUri.has(uri.toString()) || !planGraph.mayImport(uri)) continue;
                if (!await isFile(target)) continue;
                // With confineRealPaths, a symbolic link inside the folders that leads outside them is refused too.
                if (this.confineRealPaths && !await this.staysInside(target)) {
                    planGraph.refuseLinkedOutside(uri);
                    continue;
                }
                await this.load(target, false);
            }
        }
    }
}

/** Reads a plan file as UTF-8 text; binary or non-UTF-8 content is an input problem, not a crash. */
export async function readPlanText(file: string): Promise<string> {
    let bytes: Buffer;
    try {
        // Checked before reading: the editor does not read such a file as a plan either (parser/pbm-lexer.ts).
        const size = (await fs.stat(file)).size;
        if (isTooLargeForAPlan(size)) {
            throw new InputError('too-large', { file, size: megabytes(size), limit: megabytes(MAX_PLAN_FILE_BYTES) });
        }
        bytes = await fs.readFile(file);
    } catch (error) {
        if (error instanceof InputError) throw error;
        throw new InputError('cannot-read', { file, ...ioReasonOf(error) });
    }
    if (bytes.includes(0)) {
        throw new InputError('binary', { file });
    }
    try {
        const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
        throw new InputError('not-utf8', { file });
    }
}

/** The real path of a file or folder (links resolved); the path itself when it cannot be resolved. */
async function realPath(file: string): Promise<string> {
    try {
        return await fs.realpath(file);
    } catch {
        return path.resolve(file);
    }
}

/** Whether `file` is `folder` or lies below it (both absolute, real paths). */
export function isInsideFolder(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

async function isFile(file: string): Promise<boolean> {
    try {
        return (await fs.stat(file)).isFile();
    } catch {
        return false;
    }
}

/** Why a read or write failed, from the system's error code (an unknown code is shown as it is). */
export function ioReasonOf(error: unknown): { reason: IoReason; detail?: string } {
    const code = (error as NodeJS.ErrnoException)?.code;
    switch (code) {
        case 'EACCES': case 'EPERM': case 'EROFS': return { reason: 'permission-denied' };
        case 'ENOENT': return { reason: 'not-found' };
        case 'EISDIR': return { reason: 'is-folder' };
        case 'ENOSPC': return { reason: 'disk-full' };
        default: return { reason: 'other', detail: code ?? String((error as Error)?.message ?? error) };
    }
}

/** Sorts paths the same way on every machine: by code units, not by locale. */
export function comparePaths(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

/** The diagnostics of a built document (after `loadPlanFiles`). */
export function diagnosticsOf(file: LoadedFile): readonly Diagnostic[] {
    return file.document.diagnostics ?? [];
}

/**
 * All diagnostics of the loaded files, sorted by file, line, column (then the
 * rest, for stable output), their messages worded in `lang` (as built, when
 * not given). Each names its file as it was given (`pbm check`, JSON), or,
 * with `relativeToPlan`, relative to the input plan's folder — as the
 * documents made for readers (a report's or form's appendix) and the editor
 * name them: `plan.pbm 第12行`, never the path of the folder it ran in.
 */
export function collectDiagnosticRecords(workspace: LoadedWorkspace, lang?: Lang, options: { readonly relativeToPlan?: boolean } = {}): DiagnosticRecord[] {
    const input = workspace.files.find(file => file.isInput);
    const planFolder = options.relativeToPlan && input ? path.dirname(path.resolve(input.displayPath)) : undefined;
    const nameOf = (file: LoadedFile) => planFolder === undefined ? file.displayPath
        : path.relative(planFolder, path.resolve(file.displayPath)).split(path.sep).join('/');
    const result: DiagnosticRecord[] = [];
    for (const file of workspace.files) {
        const name = nameOf(file);
        for (const diagnostic of diagnosticsOf(file)) {
            result.push(toDiagnosticRecord(name, diagnostic, lang));
        }
    }
    return result.sort(compareDiagnosticRecords);
}
