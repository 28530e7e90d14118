/**
 * `pbm export <plan-file-or-folder> --form self-evaluation|targets|monitoring|summary
 * [--lang en|zh] [-o <out>]` (LANGUAGE.md §8.11): writes the plan's official
 * forms as .xlsx, or its work summary as .docx.
 *
 * - The argument: a plan file, or a folder holding one plan (a multi-file
 *   plan's folder); a folder of several plans is refused naming them
 *   (`plan-target.ts`, as for `report`).
 * - Output: `-o`, else `<plan name>-<form>.xlsx|docx` in the current folder;
 *   written to a temporary file and renamed, so no reader sees half a file.
 * - Language: `--lang`, else the plan's `language`, else the environment's
 *   (docs/cli.md); the notes on stderr too.
 * - Exit codes as `report`: 0 when written (a plan with errors too: they are
 *   listed in the file and counted on stderr), 1 when no plan can be read,
 *   2 for bad input (one line on stderr).
 * - The exporter (exceljs, docx, resvg) is loaded here, on demand: `pbm
 *   check` and `pbm report` never load it.
 */
import * as path from 'node:path';
import { cliLine, cliNoteText, collectDiagnosticRecords, InputError, writeFileAtomically } from 'pbm-language';
import { checkOutputFolder, checkTitleDate, lines, loadPlanIn, type LanguageChoice, type ReportResult, type ServicesFactory } from './report.js';

export type ExportFormName = 'self-evaluation' | 'targets' | 'monitoring' | 'summary';

export interface ExportRequest extends LanguageChoice {
    readonly file: string;
    readonly form: ExportFormName;
    readonly output?: string;
    readonly preparedOn?: string;
    /** The folders imports may lead into (`PlanTarget.importRoots`: a plan found in a folder given). */
    readonly importRoots?: readonly string[];
}

export async function runExport(createServices: ServicesFactory, request: ExportRequest): Promise<ReportResult> {
    const extension = request.form === 'summary' ? '.docx' : '.xlsx';
    if (request.output && path.extname(request.output).toLowerCase() !== extension) {
        throw new InputError('wrong-extension', { form: request.form, output: request.output, extension });
    }
    checkTitleDate(request.preparedOn);
    if (request.output) await checkOutputFolder(request.output);
    const loaded = await loadPlanIn(createServices, request.file, request);
    if ('exitCode' in loaded) return loaded;
    const { figures, lang } = loaded;
    const diagnostics = collectDiagnosticRecords(loaded.workspace, lang, { relativeToPlan: true });
    const output = request.output ?? `${fileNamePart(figures.name)}-${request.form}${extension}`;

    const { exportPlan } = await import('pbm-language/export');
    const file = await exportPlan(request.form, figures, diagnostics, { lang, preparedOn: request.preparedOn });
    await writeFileAtomically(output, file.bytes);

    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const notes: string[] = [];
    if (errors > 0) notes.push(cliLine(cliNoteText(lang, 'export-has-errors', { errors })));
    notes.push(cliLine(cliNoteText(lang, 'exported', { output })));
    return { stdout: '', stderr: lines(notes), exitCode: 0 };
}

/** A plan name as part of a file name: characters no file system accepts become `_`. */
function fileNamePart(name: string): string {
    // eslint-disable-next-line no-control-regex
    return name.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '_') || 'plan';
}
