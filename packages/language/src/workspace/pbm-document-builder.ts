/**
 * Keeps whole-plan diagnostics correct when another file of the plan
 * changes. Langium re-validates only the documents whose references point
 * into a changed file; but a plan's goal-weight total, its funding, its
 * duplicate measures... depend on every file of the plan, whether they
 * reference each other or not. So a change in any file of a plan re-validates
 * the plan's other files too, including files that join or leave the plan
 * through an edited `import`.
 *
 * Re-validating is not re-linking (issue #7): a plan mate is re-linked only
 * when its links can have changed — it references a changed file, it imports
 * one, or the changed files now declare other names or imports than before
 * (a new name may resolve an unresolved reference, or become the first of a
 * duplicated name). Typing a figure into a checkpoint thus re-parses and
 * re-links that one file, and re-validates the plan.
 */
import { DefaultDocumentBuilder, DocumentState, interruptAndCheck, URI, type BuildOptions, type Cancellation, type LangiumDocument } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { PbmSharedServices } from '../pbm-module.js';
import { isGoal, isImport, isReview, type PbmFile } from '../generated/ast.js';
import type { PbmPlanGraph } from './pbm-plan-graph.js';

export class PbmDocumentBuilder extends DefaultDocumentBuilder {
    /** Lazy: the plan graph's cache subscribes to this builder, so it cannot exist before it. */
    private readonly planGraph: () => PbmPlanGraph;
    private affected?: { readonly changed: Set<string>; readonly uris: ReadonlySet<string> };
    /** The names and imports each file declared when it was last parsed (see `declarationsOf`). */
    private readonly declared = new Map<string, string>();
    /** Documents of this update kept linked, to re-link after all if the changed files declare other names. */
    private relinkIfDeclarationsChange: LangiumDocument[] = [];
    /** Whether the files this build links declare the same names and imports as when they were last linked. */
    private namesKept = false;
    /**
     * Whether edits may follow the builds (the editor) or not (a `pbm`
     * command's one build): the linker and the validator then keep what
     * lets them redo less after an edit (`PbmLinker`, kept checkpoint
     * diagnostics), which only costs a one-shot build.
     */
    editsFollow = true;

    constructor(services: PbmSharedServices) {
        super(services);
        this.planGraph = () => services.workspace.PlanGraph;
    }

    /**
     * A file that must be read from disk for this build but no longer exists
     * counts as deleted (issue #8, found by the soak test): a document closed
     * after its file was deleted, or a file deleted before a change of it was
     * read. Reading it would fail, and as it would stay unbuilt, so would every
     * later build: no diagnostics ever again. A file deleted while this build
     * runs, before it is read, makes the build start again without it.
     */
    override async update(changed: URI[], deleted: URI[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        const vanished = this.vanishedFiles(changed);
        try {
            await super.update(changed.filter(uri => !vanished.has(uri.toString())), [...deleted, ...vanished.values()], cancelToken);
        } catch (error) {
            if (!isMissingFile(error) || this.vanishedFiles([]).size === 0) throw error;
            await this.update([], [], cancelToken);
        }
    }

    /**
     * Langium's wait for a document to reach a state, which also ends when the
     * document is deleted meanwhile (found by the soak test): a hover or
     * completion asked for a file that is closed after its file was deleted
     * waited for a build of that file that never comes, and was never
     * answered. Such a request is now answered "server cancelled", as Langium
     * answers a request for a document it does not have.
     */
    protected override awaitDocumentState(state: DocumentState, uri: URI, cancelToken: Cancellation.CancellationToken): Promise<URI> {
        const waiting = super.awaitDocumentState(state, uri, cancelToken);
        // Settled after the race was lost (cancelled later): not an unhandled rejection.
        waiting.catch(() => undefined);
        let subscription: { dispose(): void } | undefined;
        const removed = new Promise<never>((_, reject) => {
            subscription = this.onUpdate(() => {
                if (this.langiumDocuments.hasDocument(uri)) return;
                reject(new ResponseError(LSPErrorCodes.ServerCancelled, `The document was removed before it was built: ${uri.toString()}`));
            });
        });
        return Promise.race([waiting, removed]).finally(() => subscription?.dispose());
    }

    /** The files this build would read from disk (not open in an editor, not yet parsed) that are gone. */
    private vanishedFiles(changed: readonly URI[]): Map<string, URI> {
        const toRead = [...changed, ...this.langiumDocuments.all.filter(document => document.state < DocumentState.Parsed).map(document => document.uri)];
        const vanished = new Map<string, URI>();
        for (const uri of toRead) {
            if (this.textDocuments?.get(uri.toString()) || vanished.has(uri.toString())) continue;
            if (this.langiumDocuments.hasDocument(uri) && !this.fileSystemProvider.existsSync(uri)) vanished.set(uri.toString(), uri);
        }
        return vanished;
    }

    /**
     * Also relinks the documents that share a plan with a changed file, or
     * import one (a file that appeared, or was deleted). Langium asks this
     * before the plan graph is rebuilt, so the graph is the one before the
     * change: files leaving a plan are still in it and get rebuilt. Files
     * joining a plan are added in `buildDocuments`, once the graph is new.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        const uri = document.uri.toString();
        if (this.indexManager.isAffected(document, changedUris) || this.importsAChanged(document, changedUris)) return true;
        const hasLinkErrors = document.references.some(reference => reference.error !== undefined);
        if (this.affectedBy(changedUris).has(uri)) {
            // A plan mate: its diagnostics are re-computed, its links kept for now.
            this.resetToState(document, DocumentState.IndexedReferences);
            this.relinkIfDeclarationsChange.push(document);
        } else if (hasLinkErrors) {
            this.relinkIfDeclarationsChange.push(document);
        }
        return false;
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        this.affected = undefined;
        const kept = this.relinkIfDeclarationsChange;
        this.relinkIfDeclarationsChange = [];
        await this.parse(documents, cancelToken);
        // Every document about to be linked: those parsed now, and those parsed by a build that was cancelled.
        const unlinked = documents.filter(document => document.state < DocumentState.Linked);
        const extra: LangiumDocument[] = [];
        const declarationsChanged = this.declarationsChanged(unlinked);
        if (declarationsChanged) {
            for (const document of kept) {
                if (document.state <= DocumentState.ComputedScopes) continue;
                // A document with only link errors is not in this build yet.
                if (document.state === DocumentState.Validated) extra.push(document);
                this.resetToState(document, DocumentState.ComputedScopes);
            }
        }
        const building = extra.length > 0 ? [...documents, ...extra] : documents;
        const joined = this.planMatesOutside(building);
        for (const document of joined) this.resetToState(document, DocumentState.ComputedScopes);
        this.namesKept = !declarationsChanged && joined.length === 0;
        try {
            await super.buildDocuments(joined.length > 0 ? [...building, ...joined] : building, options, cancelToken);
        } finally {
            this.namesKept = false;
        }
    }

    /**
     * Whether every name declared in the workspace resolves as when the
     * documents of this build were last linked: the files linked now
     * declare the same names and imports, and no file joined a plan. The
     * linker then keeps the links of declarations that were not re-parsed.
     */
    get declaresSameNames(): boolean {
        return this.namesKept;
    }

    /**
     * The changed documents first, then the other open ones (Langium's
     * order), then the rest: the file the user is typing in gets its
     * diagnostics before its plan mates are re-validated.
     */
    protected override sortDocuments(documents: LangiumDocument[]): LangiumDocument[] {
        const sorted = super.sortDocuments(documents);
        const changed = sorted.filter(document => document.state < DocumentState.Parsed);
        return changed.length === 0 ? sorted : [...changed, ...sorted.filter(document => document.state >= DocumentState.Parsed)];
    }

    /**
     * Whether a document imports a file that appeared or was deleted: that
     * changes its scope. (The plan graph is still the one before the change,
     * where an imported file that did not exist yet is not `found`.)
     */
    private importsAChanged(document: LangiumDocument, changedUris: Set<string>): boolean {
        return this.planGraph().importsOf(document).some(imported => imported.uri !== undefined
            && changedUris.has(imported.uri.toString())
            && (!imported.found || !this.langiumDocuments.hasDocument(imported.uri)));
    }


    /**
     * Whether any of the documents declares other names or imports than when
     * it was last linked (a document seen for the first time counts as
     * changed). Remembers the new declarations.
     */
    private declarationsChanged(documents: readonly LangiumDocument[]): boolean {
        let changed = false;
        for (const document of documents) {
            const uri = document.uri.toString();
            const declarations = declarationsOf(document);
            if (this.declared.get(uri) !== declarations) changed = true;
            this.declared.set(uri, declarations);
        }
        return changed;
    }

    /** The files of the plans holding a changed file, and the files importing a changed file, in the graph as it is. */
    private affectedBy(changedUris: Set<string>): ReadonlySet<string> {
        if (this.affected?.changed === changedUris) return this.affected.uris;
        const graph = this.planGraph();
        const uris = new Set<string>();
        for (const changed of changedUris) {
            for (const plan of graph.scopeOf(changed).plans) plan.files.forEach(file => uris.add(file));
        }
        for (const document of this.langiumDocuments.all) {
            if (graph.importsOf(document).some(imported => imported.uri && changedUris.has(imported.uri.toString()))) {
                uris.add(document.uri.toString());
            }
        }
        this.affected = { changed: changedUris, uris };
        return uris;
    }

    /**
     * Parses the changed documents ahead of the other build phases (which
     * then skip them), so that the plan graph sees their new imports.
     */
    private async parse(documents: readonly LangiumDocument[], cancelToken: Cancellation.CancellationToken): Promise<void> {
        for (const document of documents) {
            if (document.state >= DocumentState.Parsed) continue;
            await interruptAndCheck(cancelToken);
            await this.langiumDocumentFactory.update(document, cancelToken);
            document.state = DocumentState.Parsed;
            await this.notifyDocumentPhase(document, DocumentState.Parsed, cancelToken);
        }
    }

    /** Already-built documents that share a plan with one being built. */
    private planMatesOutside(documents: readonly LangiumDocument[]): LangiumDocument[] {
        const building = new Set(documents.map(document => document.uri.toString()));
        const graph = this.planGraph();
        const mates: LangiumDocument[] = [];
        const visitedPlans = new Set<string>();
        for (const document of documents) {
            for (const plan of graph.scopeOf(document.uri).plans) {
                if (visitedPlans.has(plan.key)) continue;
                visitedPlans.add(plan.key);
                for (const file of plan.files) {
                    if (building.has(file)) continue;
                    building.add(file);
                    const mate = this.langiumDocuments.getDocument(URI.parse(file));
                    if (mate) mates.push(mate);
                }
            }
        }
        return mates;
    }
}

/** A file system error saying the file is not there (any more). */
function isMissingFile(error: unknown): boolean {
    const code = (error as { code?: unknown } | undefined)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * What a file contributes to its plan's scopes: the kind and name of every
 * declaration other files can reference (as `PbmScopeComputation` exports
 * them), and its imports, in order. Values, dates and titles are left out:
 * changing them never changes what a reference resolves to.
 */
function declarationsOf(document: LangiumDocument): string {
    const file = document.parseResult?.value as PbmFile | undefined;
    const parts: string[] = [];
    for (const element of file?.elements ?? []) {
        if (isImport(element)) {
            parts.push(`import ${element.path}`);
            continue;
        }
        parts.push(`${element.$type} ${(element as { name?: string }).name}`);
        if (isGoal(element) || isReview(element)) {
            for (const member of element.members) {
                if ('name' in member) parts.push(`${member.$type} ${member.name}`);
            }
        }
    }
    return parts.join('\n');
}
