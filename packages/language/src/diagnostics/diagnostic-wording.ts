/**
 * A diagnostic's `data` holds its code and the raw arguments of its message
 * (`{code, args}`, plus what a quick fix needs), so the message can be worded
 * again in any language without validating anything again: the language
 * server re-words when the message language changes, the report words its
 * appendix in the report's language, and any LSP client can do the same.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/locale.js';
import type { MessageArgs } from '../i18n/message-args.js';
import { diagnosticMessage } from '../i18n/messages.js';
import { ALL_CODES, type DiagnosticCode } from './codes.js';

export interface DiagnosticData {
    readonly code: DiagnosticCode;
    readonly args: MessageArgs;
    readonly [fixData: string]: unknown;
}

const KNOWN_CODES: ReadonlySet<string> = new Set(ALL_CODES);

export function diagnosticData(code: DiagnosticCode, args: MessageArgs, fixData?: Record<string, unknown>): DiagnosticData {
    return { ...fixData, code, args };
}

/** The data of a PBM diagnostic, if it carries its arguments. */
export function dataOf(diagnostic: Pick<Diagnostic, 'data'>): DiagnosticData | undefined {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    return data && typeof data.code === 'string' && KNOWN_CODES.has(data.code) && typeof data.args === 'object' && data.args !== null
        ? data as DiagnosticData
        : undefined;
}

/** The diagnostic's message in `lang` (its own message when it carries no arguments). */
export function wordDiagnostic(diagnostic: Diagnostic, lang: Lang): string {
    const data = dataOf(diagnostic);
    if (data) return diagnosticMessage(lang, data.code, data.args);
    return typeof diagnostic.message === 'string' ? diagnostic.message : String(diagnostic.message);
}

/** Re-words every diagnostic in place; true when a message changed. */
export function rewordDiagnostics(diagnostics: Diagnostic[], lang: Lang): boolean {
    let changed = false;
    for (const diagnostic of diagnostics) {
        const message = wordDiagnostic(diagnostic, lang);
        if (message !== diagnostic.message) {
            diagnostic.message = message;
            changed = true;
        }
    }
    return changed;
}
