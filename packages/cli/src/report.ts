/**
 * `pbm report <plan-file-or-folder> [--format md|html|json] [--lang en|zh] [-o <out>]`
 * (LANGUAGE.md §6): renders the work-summary report of a plan.
 *
 * - The argument: a plan file, or a folder holding one plan; a folder of
 *   several plans is refused naming them, unless `-o <folder>` asks for one
 *   report per plan (`runReportCommand`, `plan-target.ts`).
 * - Format: `--format`, else from the extension of `-o` (`.html`/`.htm`,
 *   `.json`, `.md`), else Markdown.
 * - Language: `--lang`, else the plan's `language`, else the environment's
 *   (`LANG`…, docs/cli.md), else English; the diagnostics in the report and
 *   the notes on stderr are worded in the same language.
 * - A plan with errors is still reported (exit 0; the errors are listed in
 *   the appendix and counted on stderr) — `pbm check` is the gate.
 * - A file that cannot be parsed at all — syntax errors, and no complete
 *   `plan NAME … { … }` declaration recovered from them (the parser's
 *   recovery may make a plan out of stray words) — exits 1 with the syntax
 *   errors.
 * - A file without a `plan` but without syntax errors is a part file: exit 2
 *   with a one-line reason, like a missing file or a missing output folder.
 * - `-o` writes a temporary file beside the target and renames it, so a
 *   reader never sees half a report. A Markdown report's charts are saved
 *   as SVG images in `<name>-charts/` beside it, and linked.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import {
    cliLine, cliNoteText, collectDiagnosticRecords, InputError, ioReasonOf, loadPlanFiles, planLanguage, renderMarkdownWithCharts, renderReport,
    type ChartFile, type Lang, type LoadedFile, type LoadedWorkspace, type PbmServices, type Plan, type PlanFigures, type ReportFormat,
    writeFileAtomically
} from 'pbm-language';
import { findPlanTarget, isFolder, onePlanFile, outputNameFor } from './plan-target.js';

export interface ReportRequest {
    readonly file: string;
    readonly format?: ReportFormat;
    /** `--lang`: the language asked for. */
    readonly lang?: Lang;
    /** The language when neither `--lang` nor the plan names one (the environment's; default English). */
    readonly defaultLang?: Lang;
    /** Told the language of the output once the plan is read, so that a later error is worded in it too. */
    readonly onLanguage?: (lang: Lang) => void;
    readonly output?: string;
    /** `--title-date`: the date printed on the report. */
    readonly preparedOn?: string;
    /** The folders imports may lead into (`PlanTarget.importRoots`). */
    readonly importRoots?: readonly string[];
    /** Refuse imports whose real path leaves those folders (`pbm mcp`, `LoadOptions.confineRealPaths`). */
    readonly confineRealPaths?: boolean;
}

/** Where a plan's imports may lead (`LoadOptions`): the folder given, and for `pbm mcp` by real path. */
export type PlanPlace = Pick<ReportRequest, 'importRoots' | 'confineRealPaths'>;

export interface ReportResult {
    /** The report, when it goes to stdout. */
    readonly stdout: string;
    /** One-line notes (errors in the plan, where the report was written). */
    readonly stderr: string;
    readonly exitCode: 0 | 1;
}

/** Creates services whose diagnostics are worded in `lang`. */
export type ServicesFactory = (lang: Lang) => PbmServices;

/** `pbm report <plan-file-or-folder>`: the request with the argument as given, before it is resolved to plan files. */
export type ReportCommand = Omit<ReportRequest, 'file' | 'importRoots' | 'confineRealPaths'> & { readonly target: string };

/**
 * Resolves the argument to its plan files: one plan is reported as asked; a
 * folder of several plans needs `-o <folder>` (one report per plan, named
 * after its plan file) and is refused otherwise, naming the plans.
 */
export async function runReportCommand(createServices: ServicesFactory, command: ReportCommand): Promise<ReportResult> {
    const target = await findPlanTarget(createServices(command.lang ?? 'en'), command.target);
    const { target: _given, ...options } = command;
    // `-o <folder>` is for a folder of plans; for a plan file, -o names the report file (an existing folder there is an error).
    const outputFolder = target.isFolder && command.output !== undefined && (await isFolder(command.output) || /[\\/]$/.test(command.output))
        ? command.output : undefined;
    if (outputFolder === undefined) {
        const file = onePlanFile(target, command.output === undefined ? 'report' : 'report-to-folder');
        return runReport(createServices, { ...options, file, importRoots: target.importRoots });
    }
    if (!await isFolder(outputFolder)) throw new InputError('output-into-missing-folder', { folder: outputFolder });
    const results: ReportResult[] = [];
    for (const file of target.planFiles) {
        const output = path.join(outputFolder, outputNameFor(target, file, command.format ?? 'md'));
        results.push(await runReport(createServices, { ...options, file, output, importRoots: target.importRoots }));
    }
    return {
        stdout: '',
        stderr: results.map(result => result.stderr).join(''),
        exitCode: results.some(result => result.exitCode === 1) ? 1 : 0
    };
}

export async function runReport(createServices: ServicesFactory, request: ReportRequest): Promise<ReportResult> {
    const format = request.format ?? formatOfOutput(request.output) ?? 'md';
    checkTitleDate(request.preparedOn);
    if (request.output) await checkOutputFolder(request.output);

    const loaded = await loadPlanIn(createServices, request.file, request);
    if ('exitCode' in loaded) return loaded;
    const { lang } = loaded;
    // Diagnostics carry their arguments: worded in the report's language without loading the plan again.
    // A document for readers names files from the plan's folder; JSON keeps the paths as given (LANGUAGE.md §6).
    const diagnostics = collectDiagnosticRecords(loaded.workspace, lang, { relativeToPlan: format !== 'json' });
    const options = { lang, preparedOn: request.preparedOn };
    let report: string;
    let charts: readonly ChartFile[] = [];
    if (format === 'md' && request.output) {
        // Beside a Markdown file, the charts are saved as SVG images it links to.
        const folder = `${path.basename(request.output, path.extname(request.output))}-charts`;
        ({ markdown: report, charts } = renderMarkdownWithCharts(loaded.figures, diagnostics, options, n => `${folder}/chart-${n}.svg`));
    } else {
        report = renderReport(loaded.figures, diagnostics, { ...options, format, html: { mode: 'standalone' } });
    }
    const errors = diagnostics.filter(d => d.severity === 'error').length;
    const notes: string[] = [];
    if (errors > 0) notes.push(cliLine(cliNoteText(lang, 'report-has-errors', { errors })));
    if (request.output) {
        await writeCharts(request.output, charts);
        await writeFileAtomically(request.output, report);
        notes.push(cliLine(cliNoteText(lang, 'report-written', { output: request.output })));
        return { stdout: '', stderr: lines(notes), exitCode: 0 };
    }
    return { stdout: report, stderr: lines(notes), exitCode: 0 };
}

export interface LoadedPlan {
    readonly services: PbmServices;
    readonly workspace: LoadedWorkspace;
    readonly file: LoadedFile;
    readonly figures?: PlanFigures;
    /** The `language` the plan declares, if it does. */
    readonly declaredLanguage?: Lang;
}

/** How a command that reads one plan picks its language (docs/cli.md). */
export type LanguageChoice = Pick<ReportRequest, 'lang' | 'defaultLang' | 'onLanguage'>;

/**
 * Loads a plan for output (report, export), in the output's language:
 * `--lang`, else the plan's own `language`, else the default (the
 * environment's). A file without a readable plan gives the result to return
 * instead.
 */
export async function loadPlanIn(createServices: ServicesFactory, file: string, choice: LanguageChoice & PlanPlace):
    Promise<(LoadedPlan & { readonly figures: PlanFigures; readonly lang: Lang }) | ReportResult> {
    const loaded = await loadPlan(createServices(choice.lang ?? 'en'), file, choice);
    if (!loaded.figures) return unparseable(loaded, file, choice.lang ?? choice.defaultLang ?? 'en');
    const lang = choice.lang ?? loaded.declaredLanguage ?? choice.defaultLang ?? 'en';
    choice.onLanguage?.(lang);
    return { ...loaded, figures: loaded.figures, lang };
}

/** `--title-date YYYY-MM-DD`. */
export function checkTitleDate(preparedOn: string | undefined): void {
    if (preparedOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(preparedOn)) throw new InputError('title-date', { value: preparedOn });
}

/** Loads a plan file (and its imports) and computes its figures, unless no plan can be read from it. */
export async function loadPlan(services: PbmServices, file: string, place: PlanPlace = {}): Promise<LoadedPlan> {
    // A one-shot report needs no reference index (find references, incremental rebuilds): skipping it saves ≈ 10% of the build.
    const workspace = await loadPlanFiles(services, [file], { referenceIndex: false, importRoots: place.importRoots, confineRealPaths: place.confineRealPaths });
    const input = workspace.files.find(f => f.isInput)!;
    const plan = services.shared.workspace.PlanGraph.planRootedAt(input.document.uri);
    const { parserErrors, lexerErrors } = input.document.parseResult;
    const parsed = plan && (parserErrors.length + lexerErrors.length === 0 || isCompleteDeclaration(plan.plan));
    const figures = parsed ? services.shared.figures.Figures.ofPlan(plan) : undefined;
    return { services, workspace, file: input, figures, declaredLanguage: parsed ? planLanguage(plan.plan) : undefined };
}

/** Whether a plan declaration was read up to its closing brace, rather than pieced together by error recovery. */
function isCompleteDeclaration(plan: Plan): boolean {
    const text = plan.$cstNode?.text.trimEnd() ?? '';
    return text.includes('{') && text.endsWith('}');
}

/** No plan in the file: exit 1 with its syntax errors if it has any, else it is a part file (exit 2). */
function unparseable(loaded: LoadedPlan, file: string, lang: Lang): ReportResult {
    const syntaxErrors = collectDiagnosticRecords(loaded.workspace, lang)
        .filter(d => d.code === 'syntax-error' && d.file === loaded.file.displayPath);
    if (syntaxErrors.length === 0) throw new InputError('no-plan-declaration', { file });
    const report = syntaxErrors.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
    report.push(cliLine(cliNoteText(lang, 'plan-unreadable', { file })));
    return { stdout: '', stderr: lines(report), exitCode: 1 };
}

function formatOfOutput(output: string | undefined): ReportFormat | undefined {
    const extension = output ? path.extname(output).toLowerCase() : '';
    if (extension === '.html' || extension === '.htm') return 'html';
    if (extension === '.json') return 'json';
    if (extension === '.md' || extension === '.markdown') return 'md';
    return undefined;
}

export async function checkOutputFolder(output: string): Promise<void> {
    const folder = path.dirname(path.resolve(output));
    let stat;
    try {
        stat = await fs.stat(folder);
    } catch {
        throw new InputError('output-folder-missing', { output, folder: path.dirname(output) });
    }
    if (!stat.isDirectory()) throw new InputError('output-parent-not-folder', { output, folder: path.dirname(output) });
}

/**
 * The charts' folder, one level below the report's (which exists: checkOutputFolder). Not
 * `mkdir -p`: Node's recursive mkdir never returns under a folder like /proc.
 */
async function makeChartFolder(folder: string): Promise<void> {
    try {
        await fs.mkdir(folder);
    } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code === 'EEXIST' && await isFolder(folder)) return;
        throw new InputError('cannot-write', { output: folder, ...ioReasonOf(error) });
    }
}

/** Writes the chart images of a Markdown report into their folder beside it, replacing earlier ones. */
async function writeCharts(output: string, charts: readonly ChartFile[]): Promise<void> {
    if (charts.length === 0) return;
    const folder = path.join(path.dirname(output), path.dirname(charts[0].path));
    await makeChartFolder(folder);
    for (const old of await fs.readdir(folder)) {
        if (/^chart-\d+\.svg$/.test(old)) await fs.rm(path.join(folder, old), { force: true });
    }
    for (const chart of charts) await writeFileAtomically(path.join(path.dirname(output), chart.path), chart.svg);
}

/** Lines of text for a stream, each ending in a line break; nothing for none. */
export function lines(items: readonly string[]): string {
    return items.length === 0 ? '' : items.join('\n') + '\n';
}
