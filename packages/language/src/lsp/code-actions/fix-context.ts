/**
 * What a quick fix is given: the diagnostic, the node it sits on, the
 * figures of its plan and the language of the titles. A fix is a function
 * from this context to the code actions it offers (none when it cannot fix
 * this occurrence safely).
 */
import type { AstNode, LangiumDocument } from 'langium';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import type { PlanFigures } from '../../figures/figures.js';
import type { Lang } from '../../i18n/locale.js';
import type { PlanModel } from '../../model/plan-model.js';
import type { PbmServices } from '../../pbm-module.js';

export interface FixContext {
    readonly services: PbmServices;
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    readonly node: AstNode;
    readonly figures?: PlanFigures;
    readonly lang: Lang;
    /** Whether the client applies LSP 3.18 snippet edits (`workspace.workspaceEdit.snippetEditSupport`). */
    readonly snippetEdits: boolean;
}

export type QuickFix = (context: FixContext) => CodeAction[];

export function modelOf(context: FixContext): PlanModel | undefined {
    return context.figures?.model;
}
