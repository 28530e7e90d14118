import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/locale.js';
import type { MessageArgs } from '../i18n/message-args.js';
import { dataOf, wordDiagnostic } from './diagnostic-wording.js';

/**
 * One diagnostic as `pbm check --format json` prints it (and the report's
 * appendix lists it) (1-based lines and columns, end exclusive). `args` are
 * the message's raw arguments, so a client can word it in another language.
 */
export interface DiagnosticRecord {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly code: string;
    readonly message: string;
    readonly args: MessageArgs;
}

const SEVERITIES = ['error', 'error', 'warning', 'info', 'hint'] as const;

/** The record of a diagnostic, its message worded in `lang` (as it was worded when `lang` is not given). */
export function toDiagnosticRecord(file: string, diagnostic: Diagnostic, lang?: Lang): DiagnosticRecord {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: SEVERITIES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? 'syntax-error'),
        message: lang === undefined
            ? (typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message))
            : wordDiagnostic(diagnostic, lang),
        args: dataOf(diagnostic)?.args ?? {}
    };
}

export function compareDiagnosticRecords(a: DiagnosticRecord, b: DiagnosticRecord): number {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column
        || a.endLine - b.endLine || a.endColumn - b.endColumn || compare(a.code, b.code) || compare(a.message, b.message);
}

function compare(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
