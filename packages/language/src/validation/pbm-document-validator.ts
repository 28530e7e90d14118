import {
    AstUtils, Cancellation, DefaultDocumentValidator, type AstNode, type LangiumDocument, type ParseResult, type ValidationAcceptor,
    type ValidationOptions
} from 'langium';
import type { RootCstNode } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from '../i18n/locale.js';
import { unclosedBlockMessage } from '../i18n/unclosed-block.js';
import { findUnclosedBlocks, mayHaveUnclosedBlock } from '../parser/unclosed-blocks.js';
import { arg, splitBilingual } from '../i18n/message-args.js';
import { diagnosticMessage } from '../i18n/messages.js';
import { diagnosticData } from '../diagnostics/diagnostic-wording.js';
import { forEachNodeInterruptibly } from '../model/ast-walk.js';
import type { PbmServices } from '../pbm-module.js';
import { Code } from '../diagnostics/codes.js';
import type { PbmValidationRegistry } from './pbm-validation-registry.js';
import { isCheckpoint, isPbmFile, type PbmFile } from '../generated/ast.js';
import { checkpointInputs, KeptCheckpointDiagnostics, type CheckpointContext } from './kept-checkpoint-diagnostics.js';
import { CHECKPOINT_CHECKS } from './pbm-validator.js';
import { PlanContexts } from './plan-context.js';
import type { PbmDocumentBuilder } from '../workspace/pbm-document-builder.js';

/**
 * Gives the lexer's, parser's and linker's errors the stable codes of
 * LANGUAGE.md §5 (`syntax-error`, `unresolved-reference`) and messages in the
 * user's language. The custom checks run after them, on the recovered tree,
 * so a broken goal does not hide the diagnostics of the rest of the file.
 */
export class PbmDocumentValidator extends DefaultDocumentValidator {
    private readonly services: PbmServices;
    private readonly keptCheckpoints = new KeptCheckpointDiagnostics();
    private readonly planContexts: PlanContexts;

    constructor(services: PbmServices) {
        super(services);
        this.services = services;
        this.planContexts = new PlanContexts(services.shared.figures.Figures);
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLexingErrors(parseResult, diagnostics, options);
        this.markAsSyntaxErrors(diagnostics, start, parseResult);
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processParsingErrors(parseResult, diagnostics, options);
        this.markAsSyntaxErrors(diagnostics, start, parseResult);
        if (diagnostics.length > start) this.nameUnclosedBlocks(parseResult, diagnostics.slice(start));
    }

    /**
     * A parser error caused by a missing `}` names the block left open and
     * the line it starts on, and carries in its `data` where the `}` goes
     * (for the quick fix). Lexing again costs one pass over a file that
     * has a syntax error and more `{` than `}` characters, never over others.
     */
    private nameUnclosedBlocks(parseResult: ParseResult, parserDiagnostics: Diagnostic[]): void {
        const text = (parseResult.value.$cstNode as RootCstNode | undefined)?.fullText;
        if (text === undefined || !mayHaveUnclosedBlock(text)) return;
        const document = TextDocument.create('file:///unclosed.pbm', 'pbm', 0, text);
        const lang = this.langOf(parseResult);
        const unclaimed = [...parserDiagnostics];
        for (const unclosed of findUnclosedBlocks(text, this.services.parser.Lexer.tokenize(text).tokens)) {
            const index = unclaimed.findIndex(d => document.offsetAt(d.range.start) >= unclosed.insertAt);
            const diagnostic = unclaimed.splice(index >= 0 ? index : unclaimed.length - 1, 1)[0];
            if (!diagnostic) return;
            const block = unclosed.blocks[0];
            const insertAt = document.positionAt(unclosed.insertAt);
            const line = document.positionAt(block.offset).line + 1;
            const word = (l: Lang) => unclosedBlockMessage(l, block.keyword, block.name, line, insertAt.line + 1);
            const args = { detail: { $: 'text' as const, en: word('en'), zh: word('zh') } };
            const unclosedData = { keyword: block.keyword, name: block.name, line, insertAt, closers: unclosed.blocks.map(b => b.indent) };
            diagnostic.data = diagnosticData(Code.SyntaxError, args, { ...(diagnostic.data as Record<string, unknown> | undefined), unclosed: unclosedData });
            diagnostic.message = diagnosticMessage(lang, Code.SyntaxError, args);
        }
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const start = diagnostics.length;
        super.processLinkingErrors(document, diagnostics, options);
        const lang = this.services.i18n.Locale.langOf(document.uri.toString());
        const reflection = this.services.shared.AstReflection;
        for (let i = start; i < diagnostics.length; i++) {
            const diagnostic = diagnostics[i];
            const data = diagnostic.data as { containerType: string; property: string; refText: string };
            const targetType = reflection.getReferenceType({
                container: { $type: data.containerType } as never,
                property: data.property,
                reference: undefined as never
            });
            const args = { name: data.refText, kind: arg.kind(targetType) };
            diagnostic.message = diagnosticMessage(lang, Code.UnresolvedReference, args);
            diagnostic.code = Code.UnresolvedReference;
            diagnostic.data = diagnosticData(Code.UnresolvedReference, args, { ...data, targetType });
        }
    }

    /** Every diagnostic links to its entry in the diagnostics reference, where the server knows it. */
    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const diagnostics = await super.validateDocument(document, options, cancelToken);
        const reference = this.services.i18n.DiagnosticsReference;
        for (const diagnostic of diagnostics) {
            const href = reference.hrefOf(String(diagnostic.code));
            if (href) diagnostic.codeDescription = { href };
        }
        return diagnostics;
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
     * (and notices cancellation) every few hundred nodes instead of every
     * node, and walks the tree with plain loops (`model/ast-walk.ts`).
     * A checkpoint entry whose checks would read what they read last time
     * reports what they found then (issue #21, `kept-checkpoint-diagnostics.ts`).
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('validating')) return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        const validate = (accept: ValidationAcceptor) => (node: AstNode): boolean | Promise<boolean> => {
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            const checked = nodeOptions.validateNode ? this.runChecks(node, options, accept, cancelToken) : undefined;
            return checked ? checked.then(() => nodeOptions.validateChildren) : nodeOptions.validateChildren;
        };
        if (!isPbmFile(rootNode)) return forEachNodeInterruptibly(rootNode, cancelToken, validate(acceptor));
        // The file's own checks, then each declaration's: the order of a walk of the whole tree.
        let validateChildren = validate(acceptor)(rootNode);
        if (validateChildren instanceof Promise) validateChildren = await validateChildren;
        if (validateChildren === false) return;
        // Only an editor's builds keep checkpoint diagnostics (a `pbm` command builds once).
        const keepsCheckpoints = (this.services.shared.workspace.DocumentBuilder as PbmDocumentBuilder).editsFollow;
        let context: CheckpointContext | undefined;
        for (const element of rootNode.elements) {
            if (!isCheckpoint(element) || !keepsCheckpoints) {
                await forEachNodeInterruptibly(element, cancelToken, validate(acceptor));
            } else {
                context ??= this.checkpointContext(rootNode, options);
                await this.keptCheckpoints.validate(element, context, acceptor, (node, accept) => validate(accept)(node), cancelToken);
            }
        }
    }

    /** What the checks of a checkpoint of this file read besides the checkpoint and its entries' targets (kept-checkpoint-diagnostics.ts). */
    private checkpointContext(file: PbmFile, options: ValidationOptions): CheckpointContext {
        const registry = this.validationRegistry as PbmValidationRegistry;
        return {
            inputs: checkpointInputs(this.planContexts.figuresOf(file), this.services.i18n.Locale.langOf(AstUtils.getDocument(file).uri.toString())),
            checks: Object.keys(CHECKPOINT_CHECKS).flatMap(type => registry.checksOf(type, options.categories))
        };
    }

    /** The node's checks in order; a promise only when a check returns one (then the later ones wait for it). */
    private runChecks(node: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> | undefined {
        const checks = (this.validationRegistry as PbmValidationRegistry).checksOf(node.$type, options.categories);
        for (let i = 0; i < checks.length; i++) {
            const result = checks[i](node, acceptor, cancelToken);
            if (result) return (async () => {
                await result;
                for (const check of checks.slice(i + 1)) await check(node, acceptor, cancelToken);
            })();
        }
        return undefined;
    }

    /** The lexer and parser word their messages in both languages (`bilingual`): keep both in `data`, show the document's. */
    private markAsSyntaxErrors(diagnostics: Diagnostic[], start: number, parseResult: ParseResult): void {
        const lang = this.langOf(parseResult);
        for (let i = start; i < diagnostics.length; i++) {
            const message = diagnostics[i].message;
            const args = { detail: splitBilingual(typeof message === 'string' ? message : message.value) };
            diagnostics[i].code = Code.SyntaxError;
            diagnostics[i].data = diagnosticData(Code.SyntaxError, args, diagnostics[i].data as Record<string, unknown> | undefined);
            diagnostics[i].message = diagnosticMessage(lang, Code.SyntaxError, args);
        }
    }

    private langOf(parseResult: ParseResult): Lang {
        const uri = parseResult.value?.$document?.uri.toString();
        return uri === undefined ? this.services.i18n.Locale.lang : this.services.i18n.Locale.langOf(uri);
    }
}
