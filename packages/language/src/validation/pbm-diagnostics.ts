import type { AstNode, DiagnosticInfo, ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { diagnosticMessage, type MessageArgs } from '../i18n/messages.js';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import { CODE_INFO, type DiagnosticCode, type Severity } from './codes.js';

export interface ReportOptions<N extends AstNode> {
    /** Narrow the range to this property of the node (or to this keyword). */
    readonly property?: string;
    readonly keyword?: string;
    readonly index?: number;
    readonly range?: Range;
    /** Overrides the code's default severity (budget-execution-lag is warning or error). */
    readonly severity?: Severity;
    /** Extra data for quick fixes, sent back with the code action request. */
    readonly data?: Record<string, unknown>;
    readonly node?: N;
}

/** Anything checks report through: the live reporter below, or a collector of plan-wide issues. */
export interface IssueReporter {
    readonly lang: Lang;
    report<N extends AstNode>(code: DiagnosticCode, node: N, args: MessageArgs, options?: ReportOptions<N>): void;
}

/**
 * Raises a coded diagnostic with its message in the current language and the
 * code's default severity. Every check reports through this, so codes,
 * severities and messages cannot drift apart.
 */
export class DiagnosticReporter implements IssueReporter {
    constructor(private readonly accept: ValidationAcceptor, private readonly locale: PbmLocale) {}

    get lang(): Lang {
        return this.locale.lang;
    }

    report<N extends AstNode>(code: DiagnosticCode, node: N, args: MessageArgs, options: ReportOptions<N> = {}): void {
        const severity = options.severity ?? CODE_INFO[code].severity;
        const info: DiagnosticInfo<N, string> = {
            node,
            property: options.property,
            keyword: options.keyword,
            index: options.index,
            range: options.range,
            code,
            data: { code, ...options.data }
        };
        this.accept(severity, diagnosticMessage(this.locale.lang, code, args), info as DiagnosticInfo<N>);
    }
}
