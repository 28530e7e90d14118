import { diagnosticsOf, type LoadedWorkspace } from './node/plan-files.js';
import type { Diagnostic } from 'vscode-languageserver-types';

/** One diagnostic as `pbm check --format json` prints it (and the report's appendix lists it) (1-based lines and columns, end exclusive). */
export interface DiagnosticRecord {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly code: string;
    readonly message: string;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** All diagnostics of the loaded files, sorted by file, line, column (then the rest, for stable output). */
export function collectDiagnosticRecords(workspace: LoadedWorkspace): DiagnosticRecord[] {
    const result: DiagnosticRecord[] = [];
    for (const file of workspace.files) {
        for (const diagnostic of diagnosticsOf(file)) {
            result.push(toDiagnosticRecord(file.displayPath, diagnostic));
        }
    }
    return result.sort(compareDiagnosticRecords);
}

export function toDiagnosticRecord(file: string, diagnostic: Diagnostic): DiagnosticRecord {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? 'syntax-error'),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value
    };
}

export function compareDiagnosticRecords(a: DiagnosticRecord, b: DiagnosticRecord): number {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column
        || a.endLine - b.endLine || a.endColumn - b.endColumn || compare(a.code, b.code) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
