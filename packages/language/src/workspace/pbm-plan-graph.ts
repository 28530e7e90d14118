/**
 * Which files make up which plan (LANGUAGE.md §3). A plan file is a file with
 * a `plan`; its plan is that file plus everything it imports, transitively
 * (cycles are harmless). A part file (no `plan`) belongs to every plan that
 * imports it. Names resolve within those files.
 *
 * The graph is recomputed lazily after every workspace change (it is cheap:
 * one pass over the import statements) and cached until the next change.
 *
 * Imports are contained (issue #8): an import that resolves outside the
 * folders PBM reads — the workspace folders in the editor, the folders the
 * CLI was given (`importRoots`) — is never found, so it is never read or
 * loaded, and is reported as `import-outside-workspace`. With no folder (a
 * single file open in the editor) there is nothing to contain imports in.
 */
import { UriUtils, WorkspaceCache, type LangiumDocument, type LangiumDocuments, type LangiumSharedCoreServices, type WorkspaceManager } from 'langium';
import { URI } from 'vscode-uri';
import { isImport, isPlan, type Import, type PbmFile, type Plan } from '../generated/ast.js';

/** One plan: its root file and its files in canonical order (depth-first, imports in source order). */
export interface PlanFileSet {
    readonly rootUri: string;
    readonly plan: Plan;
    /** The files of the plan, the root first, each once, in depth-first import order. */
    readonly files: readonly string[];
    readonly fileSet: ReadonlySet<string>;
    /** A stable key identifying this file set, for caches. */
    readonly key: string;
}

/** Where the files of one document's scope come from. */
export interface DocumentScope {
    /** Every file whose names are visible in the document, in canonical order. */
    readonly files: readonly string[];
    readonly fileSet: ReadonlySet<string>;
    readonly key: string;
    /** The plans the document belongs to (empty for a part file no plan imports). */
    readonly plans: readonly PlanFileSet[];
}

export interface ResolvedImport {
    readonly node: Import;
    /** The URI the path resolves to, when the path is well-formed. */
    readonly uri?: URI;
    /** Whether the file is loaded in the workspace. */
    readonly found: boolean;
    /** Why the path is never read: it names no `.pbm` file, or a file outside the folders PBM reads. */
    readonly refused?: 'not-pbm' | 'outside';
}

/** A folder imports must stay inside, and how to name it in a message. */
export interface ImportRoot {
    readonly uri: URI;
    readonly label: string;
}

/** Where imports may lead: the folders, and whether the editor or the CLI chose them (messages differ). */
export interface ImportContainment {
    readonly roots: readonly ImportRoot[];
    readonly tool: 'editor' | 'cli';
}

interface Graph {
    readonly imports: Map<string, ResolvedImport[]>;
    readonly plans: PlanFileSet[];
    readonly scopes: Map<string, DocumentScope>;
}

export class PbmPlanGraph {
    private readonly documents: LangiumDocuments;
    private readonly cache: WorkspaceCache<'graph', Graph>;
    /** Lazy: the workspace manager is created after the graph. */
    private readonly workspaceManager: () => WorkspaceManager;
    /** The folders the CLI reads (`loadPlanFiles`); when unset, the editor's workspace folders. */
    private cliRoots?: readonly ImportRoot[];
    /** Files inside the folders by path whose real file (through a symbolic link) lies outside them. */
    private readonly linkedOutside = new Set<string>();

    constructor(services: LangiumSharedCoreServices) {
        this.documents = services.workspace.LangiumDocuments;
        this.cache = new WorkspaceCache(services);
        this.workspaceManager = () => services.workspace.WorkspaceManager;
    }

    /** Contains imports in these folders (the CLI's inputs) instead of the workspace folders. */
    set importRoots(roots: readonly ImportRoot[]) {
        this.cliRoots = roots;
    }

    /** The folders imports must stay inside; undefined when there are none (a single file open in the editor). */
    importContainment(): ImportContainment | undefined {
        if (this.cliRoots) return { roots: this.cliRoots, tool: 'cli' };
        const folders = this.workspaceManager().workspaceFolders ?? [];
        if (folders.length === 0) return undefined;
        return { roots: folders.map(folder => ({ uri: URI.parse(folder.uri), label: folder.name })), tool: 'editor' };
    }

    /**
     * Refuses an import whose path lies inside the folders but whose real
     * file, through a symbolic link, lies outside (`loadPlanFiles` checks
     * real paths before reading): it is `import-outside-workspace` too.
     */
    refuseLinkedOutside(uri: URI): void {
        this.linkedOutside.add(uri.toString());
    }

    /** Whether a file lies in the folders imports must stay inside. */
    mayImport(uri: URI): boolean {
        if (this.linkedOutside.has(uri.toString())) return false;
        const containment = this.importContainment();
        return !containment || containment.roots.some(root => UriUtils.contains(root.uri, uri));
    }

    /** The imports of a document, resolved relative to it. */
    importsOf(document: LangiumDocument): readonly ResolvedImport[] {
        return this.graph().imports.get(document.uri.toString()) ?? [];
    }

    /** Every plan in the workspace. */
    allPlans(): readonly PlanFileSet[] {
        return this.graph().plans;
    }

    /** The plans a document belongs to, and the files whose names it sees. */
    scopeOf(uri: URI | string): DocumentScope {
        const key = uri.toString();
        const graph = this.graph();
        return graph.scopes.get(key) ?? this.partFileScope(graph, key);
    }

    /** The plan file set with the given root, if that root holds a plan. */
    planRootedAt(uri: URI | string): PlanFileSet | undefined {
        const key = uri.toString();
        return this.graph().plans.find(plan => plan.rootUri === key);
    }

    private graph(): Graph {
        return this.cache.get('graph', () => this.buildGraph());
    }

    private buildGraph(): Graph {
        const imports = new Map<string, ResolvedImport[]>();
        const roots: Array<{ uri: string; plan: Plan }> = [];
        for (const document of this.documents.all) {
            const file = document.parseResult?.value as PbmFile | undefined;
            if (!file?.elements) continue;
            const uri = document.uri.toString();
            imports.set(uri, file.elements.filter(isImport).map(node => this.resolveImport(document, node)));
            const plan = file.elements.find(isPlan);
            if (plan) roots.push({ uri, plan });
        }
        // By code units, not localeCompare: the order must not depend on the machine's locale.
        roots.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0));
        const plans = roots.map(root => this.collectPlan(root.uri, root.plan, imports));
        const scopes = new Map<string, DocumentScope>();
        const plansByFile = new Map<string, PlanFileSet[]>();
        for (const plan of plans) {
            for (const file of plan.files) {
                let list = plansByFile.get(file);
                if (!list) plansByFile.set(file, list = []);
                list.push(plan);
            }
        }
        for (const [file, filePlans] of plansByFile) {
            scopes.set(file, filePlans.length === 1
                ? { files: filePlans[0].files, fileSet: filePlans[0].fileSet, key: filePlans[0].key, plans: filePlans }
                : unionScope(filePlans));
        }
        return { imports, plans, scopes };
    }

    private resolveImport(document: LangiumDocument, node: Import): ResolvedImport {
        const path = node.path;
        // Any other path is never loaded (a non-plan file would crash the build): `import-not-pbm`, or `import-not-found`.
        if (!path || !isWellFormedImportPath(path)) return { node, found: false, refused: path?.trim() && !isPlanFileName(path) ? 'not-pbm' : undefined };
        const uri = UriUtils.resolvePath(UriUtils.dirname(document.uri), path.replace(/\\/g, '/'));
        if (!this.mayImport(uri)) return { node, uri, found: false, refused: 'outside' };
        return { node, uri, found: this.documents.hasDocument(uri) };
    }

    private collectPlan(rootUri: string, plan: Plan, imports: Map<string, ResolvedImport[]>): PlanFileSet {
        const files = dependencyOrder(rootUri, imports);
        return { rootUri, plan, files, fileSet: new Set(files), key: rootUri };
    }

    /** A file no plan includes sees itself and what it imports. */
    private partFileScope(graph: Graph, uri: string): DocumentScope {
        const files = dependencyOrder(uri, graph.imports);
        const scope: DocumentScope = { files, fileSet: new Set(files), key: `part:${uri}`, plans: [] };
        graph.scopes.set(uri, scope);
        return scope;
    }
}

export const PLAN_FILE_EXTENSION = '.pbm';

/** Whether a path names a plan file (Langium picks the language of a file by its extension). */
export function isPlanFileName(path: string): boolean {
    return path.endsWith(PLAN_FILE_EXTENSION);
}

/**
 * Whether an import path has the form of LANGUAGE.md §3: relative to the
 * importing file and ending in `.pbm`. The CLI's loader and the plan graph
 * both use this, so an import resolves the same way in the CLI and the editor.
 * A path with half of a surrogate pair (an edit can cut an emoji in two)
 * names no file and cannot become a URI (issue #8: it made every build fail).
 */
export function isWellFormedImportPath(path: string): boolean {
    const isAbsolute = path.startsWith('/') || path.startsWith('\\') || /^[A-Za-z]:/.test(path);
    return path.trim() !== '' && !isAbsolute && isPlanFileName(path) && !LONE_SURROGATE.test(path);
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The files reachable from `root` by imports, depth-first in source order, each once. */
function dependencyOrder(root: string, imports: Map<string, ResolvedImport[]>): string[] {
    const order: string[] = [];
    const seen = new Set<string>();
    // Iterative DFS: a plan may import thousands of files, recursion could overflow.
    const stack: string[] = [root];
    while (stack.length > 0) {
        const uri = stack.pop()!;
        if (seen.has(uri)) continue;
        seen.add(uri);
        order.push(uri);
        const targets = (imports.get(uri) ?? []).filter(i => i.found && i.uri).map(i => i.uri!.toString());
        for (let i = targets.length - 1; i >= 0; i--) {
            if (!seen.has(targets[i])) stack.push(targets[i]);
        }
    }
    return order;
}

function unionScope(plans: PlanFileSet[]): DocumentScope {
    const files: string[] = [];
    const fileSet = new Set<string>();
    for (const plan of plans) {
        for (const file of plan.files) {
            if (!fileSet.has(file)) {
                fileSet.add(file);
                files.push(file);
            }
        }
    }
    return { files, fileSet, key: plans.map(p => p.key).join('|'), plans };
}
