/**
 * `pbm/generateReport`: the summary report of the plan a document belongs
 * to, rendered by the report module from the same figures and diagnostics the
 * editor shows. Used by the extension's "Generate Summary" webview and its
 * "Save as…" commands. Failures come back as `{ error }` in the user's
 * language, never as a crash.
 */
import { DocumentState, UriUtils } from 'langium';
import { RequestType, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { compareDiagnosticRecords, toDiagnosticRecord, type DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import { REPORT_REQUEST_ERRORS as ERRORS } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/locale.js';
import type { PbmServices, PbmSharedServices } from '../pbm-module.js';
import { renderReport } from '../report/pbm-report.js';
import type { PlanFileSet } from '../workspace/pbm-plan-graph.js';

export interface GenerateReportParams {
    readonly uri: string;
    readonly format: 'html' | 'md' | 'json';
    readonly lang?: Lang;
    /** For the webview: HTML without scripts, styled under the webview's CSP. */
    readonly html?: { readonly mode: 'webview'; readonly nonce: string; readonly cspSource: string };
}

export type GenerateReportResult =
    | { readonly content: string; readonly planName: string; readonly planUri: string }
    | { readonly error: string };

export const GenerateReportRequest = new RequestType<GenerateReportParams, GenerateReportResult, void>('pbm/generateReport');


export function registerReportRequest(connection: Connection, shared: PbmSharedServices, services: PbmServices): void {
    connection.onRequest(GenerateReportRequest, async (params, token) => {
        try {
            const uri = URI.parse(params.uri);
            // The report shows the diagnostics too: wait until the latest text is validated.
            if (shared.workspace.LangiumDocuments.hasDocument(uri)) await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
            return await shared.workspace.WorkspaceLock.read(() => generateReport(shared, services, params));
        } catch (error) {
            return { error: ERRORS.failed[services.i18n.Locale.lang](error instanceof Error ? error.message : String(error)) };
        }
    });
}

/** Renders the report of the plan `params.uri` belongs to (the document must be built). */
export async function generateReport(shared: PbmSharedServices, services: PbmServices, params: GenerateReportParams): Promise<GenerateReportResult> {
    const lang = services.i18n.Locale.lang;
    const uri = URI.parse(params.uri);
    const fileName = UriUtils.basename(uri);
    if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return { error: ERRORS.notLoaded[lang](fileName) };
    const plan = shared.figures.Figures.plansOf(uri)[0];
    if (!plan) return { error: ERRORS.noPlan[lang](fileName) };
    const figures = shared.figures.Figures.ofPlan(plan);
    const html = params.html ? { mode: 'webview' as const, nonce: params.html.nonce, cspSource: params.html.cspSource } : undefined;
    const reportLang = params.lang ?? figures.language;
    const diagnostics = planDiagnostics(shared, plan, reportLang);
    const content = renderReport(figures, diagnostics, { format: params.format, lang: reportLang, html });
    return { content, planName: figures.name, planUri: plan.rootUri };
}

/**
 * The diagnostics of the plan's files, with paths relative to the plan file
 * (as the CLI prints them), worded in the report's language from their
 * arguments — so the report never mixes languages and nothing is validated
 * again.
 */
export function planDiagnostics(shared: PbmSharedServices, plan: PlanFileSet, lang: Lang): DiagnosticRecord[] {
    const rootDir = UriUtils.dirname(URI.parse(plan.rootUri));
    const records: DiagnosticRecord[] = [];
    for (const file of plan.files) {
        const uri = URI.parse(file);
        const document = shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) continue;
        const path = UriUtils.relative(rootDir, uri);
        for (const diagnostic of document.diagnostics ?? []) records.push(toDiagnosticRecord(path, diagnostic, lang));
    }
    return records.sort(compareDiagnosticRecords);
}
