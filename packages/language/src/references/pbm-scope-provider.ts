import { AstUtils, MultiMapScope, WorkspaceCache, type AstNodeDescription, type ReferenceInfo, type Scope, type ScopeProvider } from 'langium';
import type { PbmServices } from '../pbm-module.js';
import type { PbmIndexManager } from '../workspace/pbm-index-manager.js';
import type { PbmPlanGraph, DocumentScope } from '../workspace/pbm-plan-graph.js';

/** The files whose names are visible, in canonical order, and the key of that list (a document's scope or a plan). */
export type FileScope = Pick<DocumentScope, 'files' | 'key'>;

/**
 * Resolves names within the plan of the referencing file (LANGUAGE.md §3).
 *
 * Langium's default scope searches linearly per reference, which makes
 * linking quadratic in plan size. Here each (plan, declaration kind) gets one
 * hashed scope per workspace state, built once by walking the plan's files in
 * canonical order, so every lookup is O(1) and the first declaration of a
 * duplicated name is the one references resolve to.
 */
export class PbmScopeProvider implements ScopeProvider {
    private readonly services: PbmServices;
    private readonly scopes: WorkspaceCache<string, Scope>;

    constructor(services: PbmServices) {
        this.services = services;
        this.scopes = new WorkspaceCache(services.shared);
    }

    getScope(context: ReferenceInfo): Scope {
        const referenceType = this.services.shared.AstReflection.getReferenceType(context);
        const document = AstUtils.getDocument(context.container);
        const scope = this.planGraph.scopeOf(document.uri);
        return this.scopeFor(scope, referenceType);
    }

    /** All declarations of a kind visible in a document scope (or in one plan's files), hashed by name. */
    scopeFor(scope: FileScope, referenceType: string): Scope {
        return this.scopes.get(`${scope.key}\u0000${referenceType}`, () => new MultiMapScope(this.declarations(scope, referenceType)));
    }

    private *declarations(scope: FileScope, referenceType: string): Iterable<AstNodeDescription> {
        const index = this.services.shared.workspace.IndexManager as PbmIndexManager;
        for (const uri of scope.files) {
            yield* index.fileSymbols(uri, referenceType);
        }
    }

    private get planGraph(): PbmPlanGraph {
        return this.services.shared.workspace.PlanGraph;
    }
}
