/**
 * Quick fixes for the diagnostics of LANGUAGE.md §5, tied to the
 * diagnostic's `code`: the registry (lsp/code-actions/registry.ts) holds one
 * fix per code, each in its own file. Every fix produces a plan in which its
 * diagnostic is gone and no new error appears: templates use values that
 * are valid (the plan's first unit, the plan's end date, empty texts to fill
 * in) and stubs carry what their own checks ask for.
 */
import { CstUtils, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command, Position } from 'vscode-languageserver';
import type { PbmFigures } from '../figures/pbm-figures.js';
import type { PbmLocale } from '../i18n/locale.js';
import type { PbmServices } from '../pbm-module.js';
import type { FixContext } from './code-actions/fix-context.js';
import type { PbmQuickFixRegistry } from './code-actions/registry.js';

export class PbmCodeActionProvider implements CodeActionProvider {
    private readonly services: PbmServices;
    private readonly figures: PbmFigures;
    private readonly locale: PbmLocale;
    private readonly registry: PbmQuickFixRegistry;
    /** Whether the client applies snippet edits (LSP 3.18); learnt at `initialize`. */
    private snippetEdits = false;

    constructor(services: PbmServices) {
        this.services = services;
        this.figures = services.shared.figures.Figures;
        this.locale = services.i18n.Locale;
        this.registry = services.lsp.QuickFixRegistry;
        if (services.shared.lsp.Connection) {
            services.shared.lsp.LanguageServer.onInitialize(params => {
                this.snippetEdits = params.capabilities.workspace?.workspaceEdit?.snippetEditSupport === true;
            });
        }
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        const plan = this.figures.plansOf(document.uri)[0];
        const figures = plan ? this.figures.ofPlan(plan) : undefined;
        for (const diagnostic of params.context.diagnostics) {
            const code = String(diagnostic.code ?? (diagnostic.data as { code?: string })?.code);
            const fix = this.registry.fixFor(code);
            const node = fix && this.nodeAt(document, diagnostic.range.start);
            if (!fix || !node) continue;
            const context: FixContext = { services: this.services, document, diagnostic, node, figures, lang: this.locale.langOf(document.uri.toString()), snippetEdits: this.snippetEdits };
            actions.push(...fix(context));
        }
        return actions;
    }

    private nodeAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
        return leaf?.astNode ?? document.parseResult.value;
    }
}
