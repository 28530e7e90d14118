/** `pbm check` (LANGUAGE.md §6, §8.11): diagnostics as compiler-style text, a JSON array or a SARIF log. */
import { cliNoteText, collectDiagnosticRecords, loadPlanFiles, type DiagnosticRecord, type LoadedWorkspace, type PbmServices } from 'pbm-language';
import { toSarif } from './sarif.js';

export interface CheckResult {
    readonly output: string;
    readonly exitCode: 0 | 1;
}

export type CheckFormat = 'text' | 'json' | 'sarif';

export async function runCheck(services: PbmServices, paths: readonly string[], format: CheckFormat, version = ''): Promise<CheckResult> {
    // One build, nothing edited or searched afterwards: no reference index needed.
    const workspace: LoadedWorkspace = await loadPlanFiles(services, paths, { referenceIndex: false });
    const diagnostics = collectDiagnosticRecords(workspace);
    const hasErrors = diagnostics.some(d => d.severity === 'error');
    const output = format === 'json' ? JSON.stringify(diagnostics, null, 2) + '\n'
        : format === 'sarif' ? JSON.stringify(toSarif(diagnostics, { cwd: process.cwd(), version }), null, 2) + '\n'
        : formatText(diagnostics, workspace.files.length, services.i18n.Locale.lang);
    return { output, exitCode: hasErrors ? 1 : 0 };
}

function formatText(diagnostics: readonly DiagnosticRecord[], fileCount: number, lang: 'en' | 'zh'): string {
    // One line per diagnostic, even when a message quotes user text with a line break in it (`"a\nb"`).
    const lines = diagnostics.map(d => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message.replace(/\r?\n|\r/g, ' ')}`);
    const count = (severity: string) => diagnostics.filter(d => d.severity === severity).length;
    lines.push(cliNoteText(lang, 'check-summary', { files: fileCount, errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint') }));
    return lines.join('\n') + '\n';
}
