/**
 * `pbm export` (LANGUAGE.md §8.11): a plan's official forms as an .xlsx
 * workbook (`self-evaluation` 项目支出绩效自评表, `targets` 绩效目标表,
 * `monitoring` 绩效运行监控表) and its work summary as a .docx document
 * (`summary`, from the same report model as the Markdown and HTML report).
 * Every figure is read from the plan's figures; nothing is computed twice.
 * Loaded only when a form is exported (the CLI imports it lazily), so
 * checking and reporting never load exceljs, docx or resvg.
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import type { PlanFigures } from '../figures/figures.js';
import type { Lang } from '../i18n/locale.js';
import { buildReportDocument } from '../report/report-document.js';
import { buildReportModel } from '../report/report-model.js';
import { writeSummaryDocx } from './docx-writer.js';
import type { FormSheet, FormWorkbook } from './form-model.js';
import { monitoringSheet } from './form-monitoring.js';
import { FormContext, label, problemsSheet } from './form-parts.js';
import { selfEvaluationSheet } from './form-self-evaluation.js';
import { targetsSheet } from './form-targets.js';
import { writeWorkbook } from './xlsx-writer.js';

export type ExportForm = 'self-evaluation' | 'targets' | 'monitoring' | 'summary';
export type WorkbookForm = Exclude<ExportForm, 'summary'>;

export const EXPORT_FORMS: readonly ExportForm[] = ['self-evaluation', 'targets', 'monitoring', 'summary'];

export interface ExportOptions {
    /** The form's language; default: the plan's `language`. */
    readonly lang?: Lang;
    /** `YYYY-MM-DD`: the date the summary is dated (as `pbm report --title-date`). */
    readonly preparedOn?: string;
}

export interface ExportedFile {
    readonly bytes: Uint8Array;
    readonly extension: 'xlsx' | 'docx';
}

const SHEETS: Readonly<Record<WorkbookForm, (ctx: FormContext) => FormSheet>> = {
    'self-evaluation': selfEvaluationSheet,
    'targets': targetsSheet,
    'monitoring': monitoringSheet
};

/** A workbook form as its neutral grid of cells (what the .xlsx holds), for writing and for tests. */
export function buildFormWorkbook(form: WorkbookForm, figures: PlanFigures, diagnostics: readonly DiagnosticRecord[], lang: Lang): FormWorkbook {
    const ctx = new FormContext(figures, diagnostics, lang);
    const problems = problemsSheet(ctx);
    const title = `${label({ name: figures.name, title: figures.title })} — ${ctx.x.forms[form === 'self-evaluation' ? 'selfEvaluation' : form]}`;
    return { title, lang, date: documentDate(figures), sheets: problems ? [SHEETS[form](ctx), problems] : [SHEETS[form](ctx)] };
}

export async function exportPlan(form: ExportForm, figures: PlanFigures, diagnostics: readonly DiagnosticRecord[],
    options: ExportOptions = {}): Promise<ExportedFile> {
    const lang = options.lang ?? figures.language;
    if (form === 'summary') {
        const model = buildReportModel(figures, diagnostics, { lang, preparedOn: options.preparedOn });
        return { bytes: await writeSummaryDocx(buildReportDocument(model), { date: documentDate(figures, options.preparedOn) }), extension: 'docx' };
    }
    return { bytes: await writeWorkbook(buildFormWorkbook(form, figures, diagnostics, lang)), extension: 'xlsx' };
}

/** The date a file's properties carry: the date it is prepared on, else the plan's reporting date, else its period's end. */
function documentDate(figures: PlanFigures, preparedOn?: string): Date {
    const iso = preparedOn ?? figures.asOf?.iso ?? figures.end?.iso ?? figures.start?.iso ?? '2000-01-01';
    return new Date(`${iso}T00:00:00Z`);
}
