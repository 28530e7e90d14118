/**
 * Rename across the plan's files, refusing a new name that PBM would not
 * accept (not a name, or a reserved keyword) or that another declaration of
 * the same kind already has in the plan — each refusal says what to do.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type Grammar, type LangiumDocument } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import { ResponseError, type RenameParams, type WorkspaceEdit } from 'vscode-languageserver';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import { RENAME_REFUSALS as REFUSALS } from '../i18n/editor-messages.js';
import { kindNoun } from '../i18n/terms.js';
import type { PbmServices } from '../pbm-module.js';
import type { PbmPlanGraph } from '../workspace/pbm-plan-graph.js';

/** The ID terminal of pbm.langium, anchored. */
const NAME_SHAPE = /^[A-Za-z_\u3007\u3400-\u4DBF\u4E00-\u9FFF][0-9A-Za-z_\u3007\u3400-\u4DBF\u4E00-\u9FFF]*$/;

/** LSP's RequestFailed: the client shows the message to the user. */
const REQUEST_FAILED = -32803;


export class PbmRenameProvider extends DefaultRenameProvider {
    private readonly keywords: ReadonlySet<string>;
    private readonly locale: PbmLocale;
    private readonly planGraph: PbmPlanGraph;
    private readonly services: PbmServices;

    constructor(services: PbmServices) {
        super(services);
        this.services = services;
        this.locale = services.i18n.Locale;
        this.planGraph = services.shared.workspace.PlanGraph;
        this.keywords = keywordsOf(services.Grammar);
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.renameTarget(document, params);
        if (target) this.checkNewName(params.newName, target, document);
        return super.rename(document, params);
    }

    /** Throws the reason when `newName` cannot replace the name of `target`. */
    checkNewName(newName: string, target: AstNode, document: LangiumDocument): void {
        const lang: Lang = this.locale.lang;
        if (!NAME_SHAPE.test(newName)) throw refusal(REFUSALS.notAName[lang](newName));
        if (this.keywords.has(newName)) throw refusal(REFUSALS.keyword[lang](newName));
        if (this.isTaken(newName, target, document)) throw refusal(REFUSALS.taken[lang](newName, kindNoun(lang, target.$type)));
    }

    private renameTarget(document: LangiumDocument, params: RenameParams): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        return leaf ? this.references.findDeclarations(leaf)[0] : undefined;
    }

    private isTaken(newName: string, target: AstNode, document: LangiumDocument): boolean {
        const files = this.planGraph.scopeOf(AstUtils.getDocument(target).uri ?? document.uri).fileSet;
        return this.services.shared.workspace.IndexManager.allElements(target.$type)
            .some(description => description.name === newName && description.node !== target && files.has(description.documentUri.toString()));
    }
}

function keywordsOf(grammar: Grammar): Set<string> {
    const keywords = new Set<string>();
    for (const node of AstUtils.streamAllContents(grammar)) {
        if (GrammarAST.isKeyword(node)) keywords.add(node.value);
    }
    return keywords;
}

function refusal(message: string): ResponseError<void> {
    return new ResponseError(REQUEST_FAILED, message);
}
