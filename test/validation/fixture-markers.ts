/**
 * Reads the expected diagnostics written inline in a fixture (the format is
 * described in test/fixtures/validation/README.md): a comment line with
 * carets under the offending text of the line above, then the codes.
 *
 *     goal G "Improve service" {
 *     //   ^ goal-missing-owner goal-missing-due
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import { CODE_INFO, type DiagnosticCode } from 'pbm-language';

export interface ExpectedDiagnostic {
    readonly code: string;
    readonly severity: string;
    /** `line:column-line:column`, 1-based, end column exclusive. */
    readonly range: string;
}

const MARKER = /^(\s*\/\/\s*)(\^+)\s+(\S.*?)\s*$/;
const SEVERITIES = ['', 'error', 'warning', 'info', 'hint'];

export function isMarkerLine(line: string): boolean {
    return MARKER.test(line);
}

/** The expected diagnostics of one fixture file, as `code severity range` strings (sorted). */
export function expectedDiagnostics(text: string): string[] {
    const lines = text.split(/\r?\n/);
    const expected: string[] = [];
    let target = -1;
    lines.forEach((line, index) => {
        const match = MARKER.exec(line);
        if (!match) {
            target = index;
            return;
        }
        if (target < 0) throw new Error(`line ${index + 1}: a marker needs a line above it`);
        const start = match[1].length;
        const end = start + match[2].length;
        for (const token of match[3].split(/\s+/)) {
            const [code, severity] = token.split(':');
            if (!(code in CODE_INFO)) throw new Error(`line ${index + 1}: unknown code '${code}'`);
            const range = `${target + 1}:${start + 1}-${target + 1}:${end + 1}`;
            expected.push(describe({ code, severity: severity ?? CODE_INFO[code as DiagnosticCode].severity, range }));
        }
    });
    return expected.sort();
}

/** The actual diagnostics in the same form. */
export function actualDiagnostics(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => describe({
        code: String(d.code),
        severity: SEVERITIES[d.severity ?? 1],
        range: `${d.range.start.line + 1}:${d.range.start.character + 1}-${d.range.end.line + 1}:${d.range.end.character + 1}`
    })).sort();
}

function describe(d: ExpectedDiagnostic): string {
    return `${d.range} ${d.code} ${d.severity}`;
}
