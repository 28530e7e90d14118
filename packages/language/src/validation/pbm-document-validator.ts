import {
    AstUtils, Cancellation, DefaultDocumentValidator, interruptAndCheck, type AstNode, type LangiumDocument, type ParseResult,
    type ValidationAcceptor, type ValidationOptions
} from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { diagnosticMessage } from '../i18n/messages.js';
import { kindNoun } from '../i18n/terms.js';
import type { PbmServices } from '../pbm-module.js';
import { Code } from './codes.js';

/** How many AST nodes are validated between two chances for the server to handle other messages. */
const NODES_BETWEEN_INTERRUPTS = 256;

/**
 * Gives the lexer's, parser's and linker's errors the stable codes of
 * LANGUAGE.md §5 (`syntax-error`, `unresolved-reference`) and messages in the
 * user's language. The custom checks run after them, on the recovered tree,
 * so a broken goal does not hide the diagnostics of the rest of the file.
 */
export class PbmDocumentValidator extends DefaultDocumentValidator {
    private readonly services: PbmServices;

    constructor(services: PbmServices) {
        super(services);
        this.services = services;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.markAs(diagnostics, start, Code.SyntaxError);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.markAs(diagnostics, start, Code.SyntaxError);
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const lang = this.services.i18n.Locale.lang;
        const reflection = this.services.shared.AstReflection;
        for (let i = start; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const data = diagnostic.data as { containerType: string; property: string; refText: string };
            const targetType = reflection.getReferenceType({
                container: { $type: data.containerType } as never,
                property: data.property,
                reference: undefined as never
            });
            diagnostic.message = diagnosticMessage(lang, Code.UnresolvedReference, { name: data.refText, kind: kindNoun(lang, targetType) });
            diagnostic.code = Code.UnresolvedReference;
            diagnostic.data = { ...data, code: Code.UnresolvedReference, targetType };
        }
    }

    /**
     * A part file imported by several plans is checked against each of them;
     * where two plans find the same problem, the user sees it once.
     */
    protected override async validateAst(rootNode: AstNode, options: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateAst(rootNode, options, cancelToken);
        const seen = new Set<string>();
        return diagnostics.filter(diagnostic => {
            const { start, end } = diagnostic.range;
            const key = `${diagnostic.code}|${start.line}:${start.character}-${end.line}:${end.character}|${diagnostic.severity}|${diagnostic.message}`;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
        });
    }

    /**
     * Langium's walk, without an `await` per node and per check (issue #7):
     * checks are called directly (see `PbmValidationRegistry`) and awaited
     * only when one returns a promise; the build yields to the event loop
     * (and notices cancellation) every few hundred nodes instead of every node.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        let visited = 0;
        const nodes = AstUtils.streamAst(rootNode).iterator();
        for (const node of nodes) {
            if (++visited % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                for (const check of this.validationRegistry.getChecks(node.$type, options.categories)) {
                    const result = check(node, acceptor, cancelToken);
                    if (result) await result;
                }
            }
            if (!nodeOptions.validateChildren) nodes.prune();
        }
        await interruptAndCheck(cancelToken);
    }

    private markAs(diagnostics: Diagnostic[], start: number, code: string): void {
        for (let i = start; i < diagnostics.length; i++) {
            diagnostics[i].code = code;
            diagnostics[i].data = { ...(diagnostics[i].data ?? {}), code };
        }
    }
}
