/**
 * `pbm/exportForm`: the editor's "PBM: Export …" commands. The server writes
 * the official form (.xlsx) or the work summary (.docx) of the plan a
 * document belongs to — from the same figures and diagnostics the editor
 * shows, unsaved edits included — to the path the user chose. The exporter
 * (exceljs, docx) is loaded on the first export only (a bundle of its own
 * beside the server's), so the server's start-up does not pay for it.
 * Failures come back as `{ error }` in the user's language, never as a crash.
 */
import { DocumentState, UriUtils } from 'langium';
import { RequestType, type Connection } from 'vscode-languageserver';
import { URI } from 'vscode-uri';
import { EXPORT_REQUEST_ERRORS as ERRORS, REPORT_REQUEST_ERRORS } from '../i18n/editor-messages.js';
import type { Lang } from '../i18n/locale.js';
import { InputError } from '../node/plan-files.js';
import { writeFileAtomically } from '../node/write-file.js';
import type { PbmServices, PbmSharedServices } from '../pbm-module.js';
import { planDiagnostics } from './pbm-report-request.js';

export type ExportFormId = 'self-evaluation' | 'targets' | 'monitoring' | 'summary';
const FORMS: ReadonlySet<string> = new Set<ExportFormId>(['self-evaluation', 'targets', 'monitoring', 'summary']);

export interface ExportFormParams {
    readonly uri: string;
    readonly form: ExportFormId;
    /** Where to write (a file-system path the user chose). */
    readonly output: string;
    readonly lang?: Lang;
}

export type ExportFormResult = { readonly path: string; readonly planName: string; readonly errors: number } | { readonly error: string };

export const ExportFormRequest = new RequestType<ExportFormParams, ExportFormResult, void>('pbm/exportForm');

export function registerExportRequest(connection: Connection, shared: PbmSharedServices, services: PbmServices): void {
    connection.onRequest(ExportFormRequest, async (params, token) => {
        const lang = services.i18n.Locale.lang;
        try {
            if (!FORMS.has(params.form)) return { error: ERRORS.unknownForm[lang](String(params.form)) };
            const uri = URI.parse(params.uri);
            if (shared.workspace.LangiumDocuments.hasDocument(uri)) await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
            const fileName = UriUtils.basename(uri);
            if (!shared.workspace.LangiumDocuments.hasDocument(uri)) return { error: REPORT_REQUEST_ERRORS.notLoaded[lang](fileName) };
            const plan = shared.figures.Figures.plansOf(uri)[0];
            if (!plan) return { error: REPORT_REQUEST_ERRORS.noPlan[lang](fileName) };
            const figures = shared.figures.Figures.ofPlan(plan);
            const formLang = params.lang ?? figures.language;
            const diagnostics = planDiagnostics(shared, plan, formLang);
            const { exportPlan } = await import('pbm-language/export');
            const file = await exportPlan(params.form, figures, diagnostics, { lang: formLang });
            await writeFileAtomically(params.output, file.bytes);
            return { path: params.output, planName: figures.name, errors: diagnostics.filter(d => d.severity === 'error').length };
        } catch (error) {
            // A file that cannot be written says why in the editor's language.
            const reason = error instanceof InputError ? error.text(lang) : error instanceof Error ? error.message : String(error);
            return { error: ERRORS.failed[lang](reason) };
        }
    });
}
