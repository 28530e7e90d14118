/**
 * Keeps whole-plan diagnostics correct when another file of the plan
 * changes. Langium re-validates only the documents whose references point
 * into a changed file; but a plan's goal-weight total, its funding, its
 * duplicate measures... depend on every file of the plan, whether they
 * reference each other or not. So a change in any file of a plan rebuilds
 * the plan's other files too, including files that join or leave the plan
 * through an edited `import`.
 */
import { DefaultDocumentBuilder, DocumentState, interruptAndCheck, URI, type BuildOptions, type Cancellation, type LangiumDocument } from 'langium';
import type { PbmSharedServices } from '../pbm-module.js';
import type { PbmPlanGraph } from './pbm-plan-graph.js';

export class PbmDocumentBuilder extends DefaultDocumentBuilder {
    /** Lazy: the plan graph's cache subscribes to this builder, so it cannot exist before it. */
    private readonly planGraph: () => PbmPlanGraph;
    private affected?: { readonly changed: Set<string>; readonly uris: ReadonlySet<string> };

    constructor(services: PbmSharedServices) {
        super(services);
        this.planGraph = () => services.workspace.PlanGraph;
    }

    /**
     * Also relinks the documents that share a plan with a changed file, or
     * import one (a file that appeared, or was deleted). Langium asks this
     * before the plan graph is rebuilt, so the graph is the one before the
     * change: files leaving a plan are still in it and get rebuilt. Files
     * joining a plan are added in `buildDocuments`, once the graph is new.
     */
    protected override shouldRelink(document: LangiumDocument, changedUris: Set<string>): boolean {
        return super.shouldRelink(document, changedUris) || this.affectedBy(changedUris).has(document.uri.toString());
    }

    protected override async buildDocuments(documents: LangiumDocument[], options: BuildOptions, cancelToken: Cancellation.CancellationToken): Promise<void> {
        this.affected = undefined;
        await this.parse(documents, cancelToken);
        const joined = this.planMatesOutside(documents);
        for (const document of joined) this.resetToState(document, DocumentState.ComputedScopes);
        await super.buildDocuments(joined.length > 0 ? [...documents, ...joined] : documents, options, cancelToken);
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
