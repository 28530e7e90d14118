/**
 * Inlay hints: the amount behind each percentage of a `funds` split
 * (`funds A 70% ≈1.68M, B 30% ≈720k`) and the elapsed share of the plan
 * period after `as of`.
 */
import { AstUtils, type AstNode, type ConfigurationProvider, type LangiumDocument } from 'langium';
import { AbstractInlayHintProvider, type InlayHintAcceptor } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { PlanFigures } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import * as ast from '../generated/ast.js';
import { formatPercent } from '../i18n/format.js';
import type { PbmLocale } from '../i18n/locale.js';
import type { PbmServices } from '../pbm-module.js';
import { formatCompactAmount } from '../i18n/format.js';
import { label } from '../i18n/editor-terms.js';
import { editorSettings } from './pbm-settings.js';

export class PbmInlayHintProvider extends AbstractInlayHintProvider {
    private readonly figures: PbmFigures;
    private readonly locale: PbmLocale;
    private readonly configuration: ConfigurationProvider;
    /** The figures of the document being hinted (set per request: hints are computed synchronously per node). */
    private current?: PlanFigures;

    constructor(services: PbmServices) {
        super();
        this.figures = services.shared.figures.Figures;
        this.locale = services.i18n.Locale;
        this.configuration = services.shared.workspace.ConfigurationProvider;
    }

    override async getInlayHints(document: LangiumDocument, params: InlayHintParams): Promise<InlayHint[] | undefined> {
        if (!(await editorSettings(this.configuration)).inlayHints) return [];
        this.current = this.figures.ofDocument(document.uri);
        try {
            return this.current ? await super.getInlayHints(document, params) : [];
        } finally {
            this.current = undefined;
        }
    }

    computeInlayHint(node: AstNode, acceptor: InlayHintAcceptor): void {
        const figures = this.current;
        if (!figures) return;
        const lang = this.locale.langOf(AstUtils.getDocument(node).uri.toString());
        if (ast.isFundShare(node) && node.share !== undefined) {
            const budget = AstUtils.getContainerOfType(node, ast.isBudget);
            const share = budget && figures.budgetFigures.get(budget)?.shares.find(s => s.goal === node.goal.ref);
            const end = node.$cstNode?.range.end;
            if (share && end) acceptor({ position: end, label: `≈${formatCompactAmount(lang, share.allocated)}`, kind: InlayHintKind.Parameter, paddingLeft: true });
        } else if (ast.isAsOfProperty(node) && figures.elapsed !== null && figures.model.plan === node.$container) {
            const end = node.$cstNode?.range.end;
            if (end) acceptor({ position: end, label: `${formatPercent(lang, figures.elapsed)} ${label(lang, 'elapsed')}`, kind: InlayHintKind.Parameter, paddingLeft: true });
        }
    }
}
