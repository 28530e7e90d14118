import { DocumentState, WorkspaceCache, type LangiumDocuments } from 'langium';
import { URI } from 'vscode-uri';
import type { PbmFile } from '../generated/ast.js';
import { collectPlanModel, type PlanModel } from '../model/plan-model.js';
import type { PbmSharedServices } from '../pbm-module.js';
import type { PbmPlanGraph, PlanFileSet } from '../workspace/pbm-plan-graph.js';
import { computePlanFigures, type PlanFigures } from './figures.js';

/**
 * Computes each plan's figures once per workspace state and shares them with
 * the validator, hover, code lens and report. The cache is dropped on every
 * change and again once the changed documents are linked, so it never serves
 * figures of a stale tree after a rebuild.
 */
export class PbmFigures {
    private readonly documents: LangiumDocuments;
    private readonly planGraph: PbmPlanGraph;
    private readonly cache: WorkspaceCache<string, PlanFigures>;

    constructor(shared: PbmSharedServices) {
        this.documents = shared.workspace.LangiumDocuments;
        this.planGraph = shared.workspace.PlanGraph;
        this.cache = new WorkspaceCache(shared);
        shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Linked, () => this.cache.clear());
    }

    /** The figures of one plan. */
    ofPlan(plan: PlanFileSet): PlanFigures {
        return this.cache.get(plan.key, () => computePlanFigures(this.modelOf(plan)));
    }

    /** The figures of the (first) plan a document belongs to, if any. */
    ofDocument(uri: URI | string): PlanFigures | undefined {
        const plan = this.planGraph.scopeOf(uri).plans[0];
        return plan ? this.ofPlan(plan) : undefined;
    }

    /** Every plan a document belongs to (a shared part file may be in several). */
    plansOf(uri: URI | string): readonly PlanFileSet[] {
        return this.planGraph.scopeOf(uri).plans;
    }

    modelOf(plan: PlanFileSet): PlanModel {
        const files: PbmFile[] = [];
        for (const uri of plan.files) {
            const file = this.documents.getDocument(URI.parse(uri))?.parseResult.value as PbmFile | undefined;
            if (file?.elements) files.push(file);
        }
        return collectPlanModel(plan.plan, files);
    }
}
