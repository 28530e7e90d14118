/**
 * `pbm/planStatus`: what the editor's status bar shows for the plan a
 * document belongs to — its result (score, grade, projection, award: the
 * fields of the JSON report) and its open alerts (errors and warnings of all
 * its files). The status bar refreshes after every burst of edits; asking
 * for the whole JSON report there rendered every checkpoint entry each time
 * (≈ 1 s of CPU on a 50,000-line plan), while these fields are read from the
 * figures the code lens has already computed.
 */
import { DocumentState } from 'langium';
import { DiagnosticSeverity, RequestType, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import type { PbmSharedServices } from '../pbm-module.js';
import { planResultJson } from '../report/render-json.js';
import type { PlanFileSet } from '../workspace/pbm-plan-graph.js';

export interface PlanStatusParams {
    readonly uri: string;
}

export type PlanStatus = ReturnType<typeof planResultJson> & {
    readonly name: string;
    readonly monitored: boolean;
    /** Errors and warnings in the plan's files. */
    readonly alerts: number;
};

/** `null`: the document is not loaded or belongs to no plan (a part file on its own): the status bar shows nothing. */
export const PlanStatusRequest = new RequestType<PlanStatusParams, PlanStatus | null, void>('pbm/planStatus');

export function registerPlanStatusRequest(connection: Connection, shared: PbmSharedServices): void {
    connection.onRequest(PlanStatusRequest, async (params, token) => {
        const uri = URI.parse(params.uri);
        if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return null;
        // The alerts are the latest text's diagnostics: wait until it is validated.
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
        return shared.workspace.WorkspaceLock.read(() => planStatus(shared, uri));
    });
}

export function planStatus(shared: PbmSharedServices, uri: URI): PlanStatus | null {
    const plan = shared.figures.Figures.plansOf(uri)[0];
    if (!plan) return null;
    const figures = shared.figures.Figures.ofPlan(plan);
    return { name: figures.name, monitored: figures.monitored, ...planResultJson(figures), alerts: openAlerts(shared, plan) };
}

function openAlerts(shared: PbmSharedServices, plan: PlanFileSet): number {
    let alerts = 0;
    for (const file of plan.files) {
        const diagnostics = shared.workspace.LangiumDocuments.getDocument(URI.parse(file))?.diagnostics ?? [];
        alerts += diagnostics.filter(d => d.severity === DiagnosticSeverity.Error || d.severity === DiagnosticSeverity.Warning).length;
    }
    return alerts;
}
