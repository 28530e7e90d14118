/**
 * Loads imported files that are not in the workspace. In single-file mode
 * (no folder open) only the opened file is loaded, so its imports would be
 * `import-not-found` although they exist next to it: after each build, this
 * service adds the imported files that exist on disk and rebuilds, through
 * the workspace lock like any other change.
 *
 * It never loads a file the plan graph refuses: outside the workspace folders
 * (reported as `import-outside-workspace`), or not a `.pbm` file.
 */
import { DocumentState, type FileSystemProvider, type LangiumDocument, type URI } from 'langium';
import type { PbmSharedServices } from '../pbm-module.js';
import type { PbmPlanGraph } from '../workspace/pbm-plan-graph.js';

export class PbmImportLoader {
    private readonly shared: PbmSharedServices;
    private readonly planGraph: PbmPlanGraph;
    private readonly fileSystem: FileSystemProvider;
    /** Files whose loading is scheduled, so that one build does not schedule them twice. */
    private readonly scheduled = new Set<string>();

    constructor(shared: PbmSharedServices) {
        this.shared = shared;
        this.planGraph = shared.workspace.PlanGraph;
        this.fileSystem = shared.workspace.FileSystemProvider;
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.IndexedContent, documents => this.loadMissingImports(documents));
    }

    /** The imports of `documents` that exist on disk, may be loaded, and are not loaded yet. */
    missingImports(documents: readonly LangiumDocument[]): URI[] {
        const missing = new Map<string, URI>();
        for (const document of documents) {
            for (const { uri, found, refused } of this.planGraph.importsOf(document)) {
                if (!uri || found || refused || this.scheduled.has(uri.toString()) || missing.has(uri.toString())) continue;
                if (uri.scheme === 'file' && this.existsOnDisk(uri)) missing.set(uri.toString(), uri);
            }
        }
        return [...missing.values()];
    }

    private loadMissingImports(documents: readonly LangiumDocument[]): void {
        const uris = this.missingImports(documents);
        if (uris.length === 0) return;
        for (const uri of uris) this.scheduled.add(uri.toString());
        // A new write: it cancels the build that is running (like a keystroke would) and rebuilds with the imports loaded.
        void this.shared.workspace.WorkspaceLock.write(token => this.shared.workspace.DocumentBuilder.update(uris, [], token))
            .finally(() => uris.forEach(uri => this.scheduled.delete(uri.toString())));
    }

    private existsOnDisk(uri: URI): boolean {
        try {
            return this.fileSystem.existsSync(uri) && this.fileSystem.statSync(uri).isFile;
        } catch {
            return false;
        }
    }
}
