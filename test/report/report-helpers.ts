/**
 * Report test helpers: load a plan from disk (the examples) or from text,
 * the way the CLI and the editor do, and render its report.
 */
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem, URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import {
    collectDiagnosticRecords, compareDiagnosticRecords, createPbmServices, loadPlanFiles, renderReport, toDiagnosticRecord,
    type DiagnosticRecord, type Lang, type PbmServices, type PlanFigures, type PbmFile, type ReportOptions
} from 'pbm-language';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface LoadedReport {
    readonly figures: PlanFigures;
    readonly diagnostics: readonly DiagnosticRecord[];
    render(options: ReportOptions): string;
}

function servicesIn(lang: Lang, fileSystem: typeof NodeFileSystem | typeof EmptyFileSystem): PbmServices {
    const { Pbm } = createPbmServices(fileSystem);
    Pbm.i18n.Locale.lang = lang;
    return Pbm;
}

/** `forReaders`: the diagnostics naming files from the plan's folder, as `pbm report` gives them to Markdown and HTML. */
function loaded(figures: PlanFigures | undefined, diagnostics: readonly DiagnosticRecord[], forReaders = diagnostics): LoadedReport {
    if (!figures) throw new Error('no plan found');
    return { figures, diagnostics, render: options => renderReport(figures, options.format === 'json' ? diagnostics : forReaders, options) };
}

/**
 * Loads a plan file (a path relative to the repository root, shown that way
 * in the diagnostics) with its imports, diagnostics worded in `lang`.
 */
export async function loadReport(file: string, lang: Lang): Promise<LoadedReport> {
    const services = servicesIn(lang, NodeFileSystem);
    const previous = process.cwd();
    process.chdir(REPO_ROOT);
    try {
        const workspace = await loadPlanFiles(services, [file]);
        const input = workspace.files.find(f => f.isInput)!;
        const plan = services.shared.workspace.PlanGraph.planRootedAt(input.document.uri);
        return loaded(plan && services.shared.figures.Figures.ofPlan(plan), collectDiagnosticRecords(workspace),
            collectDiagnosticRecords(workspace, undefined, { relativeToPlan: true }));
    } finally {
        process.chdir(previous);
    }
}

/** Builds a one-file plan from text (as `plan.pbm`) and prepares its report. */
export async function reportOfText(text: string, lang: Lang = 'en'): Promise<LoadedReport> {
    const services = servicesIn(lang, EmptyFileSystem);
    const uri = URI.file('/plans/plan.pbm');
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
    const diagnostics = (document.diagnostics ?? []).map(d => toDiagnosticRecord('plan.pbm', d)).sort(compareDiagnosticRecords);
    return loaded(services.shared.figures.Figures.ofDocument(uri), diagnostics);
}
