import { AstUtils, type AstNode, type DiagnosticInfo, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { diagnosticMessage, type MessageArgs } from '../i18n/messages.js';
import type { PbmLocale } from '../i18n/locale.js';
import { CODE_INFO, type DiagnosticCode, type Severity } from '../diagnostics/codes.js';
import { diagnosticData } from '../diagnostics/diagnostic-wording.js';

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
    report<N extends AstNode>(code: DiagnosticCode, node: N, args: MessageArgs, options?: ReportOptions<N>): void;
}

/**
 * Raises a coded diagnostic with the code's default severity. The check hands
 * over raw arguments; they travel in the diagnostic's `data` (`{code, args}`)
 * and the message is worded from them in the document's language — and again
 * in another language whenever one is asked for (`diagnostic-wording.ts`).
 * Every check reports through this, so codes, severities and messages cannot
 * drift apart.
 */
export class DiagnosticReporter implements IssueReporter {
    constructor(private readonly accept: ValidationAcceptor, private readonly locale: PbmLocale) {}

    report<N extends AstNode>(code: DiagnosticCode, node: N, args: MessageArgs, options: ReportOptions<N> = {}): void {
        const severity = options.severity ?? CODE_INFO[code].severity;
        const info: DiagnosticInfo<N, string> = {
            node,
            property: options.property,
            keyword: options.keyword,
            index: options.index,
            range: options.range,
            code,
            data: diagnosticData(code, args, options.data)
        };
        const lang = this.locale.langOf(AstUtils.getDocument(node).uri.toString());
        this.accept(severity, diagnosticMessage(lang, code, args), info as DiagnosticInfo<N>);
    }
}
