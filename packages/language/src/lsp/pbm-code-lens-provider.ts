/**
 * Above each goal its score, status and money ("score 62.0% · on track ·
 * 2.55M allocated · 36.9% spent"), above each budget line its execution;
 * clicking opens the summary scrolled to that goal (`pbm.generateSummary`).
 */
import type { ConfigurationProvider, LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens, CodeLensParams, Command } from 'vscode-languageserver';
import type { BudgetFigures, GoalFigures, PlanFigures } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import * as ast from '../generated/ast.js';
import { formatPercent } from '../i18n/format.js';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import type { PbmServices } from '../pbm-module.js';
import { formatCompactAmount } from '../i18n/format.js';
import { label, statusTerm } from '../i18n/editor-terms.js';
import { editorSettings } from './pbm-settings.js';

/** The client command that opens the summary: arguments `[planFileUri, goalName?]`. */
export const GENERATE_SUMMARY_COMMAND = 'pbm.generateSummary';

export class PbmCodeLensProvider implements CodeLensProvider {
    private readonly figures: PbmFigures;
    private readonly locale: PbmLocale;
    private readonly configuration: ConfigurationProvider;

    constructor(services: PbmServices) {
        this.figures = services.shared.figures.Figures;
        this.locale = services.i18n.Locale;
        this.configuration = services.shared.workspace.ConfigurationProvider;
    }

    async provideCodeLens(document: LangiumDocument, _params: CodeLensParams): Promise<CodeLens[]> {
        if (!(await editorSettings(this.configuration)).codeLens) return [];
        const figures = this.figures.ofDocument(document.uri);
        const file = document.parseResult.value as ast.PbmFile;
        if (!figures || !file.elements) return [];
        const lang = this.locale.langOf(document.uri.toString());
        const lenses: CodeLens[] = [];
        for (const element of file.elements) {
            const range = element.$cstNode?.range;
            if (!range) continue;
            const line = { start: range.start, end: range.start };
            if (ast.isGoal(element)) {
                const goal = figures.goalFigures.get(element);
                if (goal) lenses.push({ range: line, command: this.summaryCommand(goalLensTitle(lang, goal), document, figures, goal.name) });
            } else if (ast.isBudget(element)) {
                const budget = figures.budgetFigures.get(element);
                if (budget) lenses.push({ range: line, command: this.summaryCommand(budgetLensTitle(lang, budget), document, figures) });
            }
        }
        return lenses;
    }

    private summaryCommand(title: string, document: LangiumDocument, figures: PlanFigures, goal?: string): Command {
        const planUri = figures.model.plan.$container?.$document?.uri.toString() ?? document.uri.toString();
        return { title, command: GENERATE_SUMMARY_COMMAND, arguments: goal ? [planUri, goal] : [planUri] };
    }
}

export function goalLensTitle(lang: Lang, goal: GoalFigures): string {
    const parts = [
        `${label(lang, 'lensScore')} ${formatPercent(lang, goal.score)}`,
        statusTerm(lang, goal.status),
        `${formatCompactAmount(lang, goal.allocated)} ${label(lang, 'lensAllocated')}`
    ];
    if (goal.executionRate !== null) parts.push(`${formatPercent(lang, goal.executionRate)} ${label(lang, 'lensSpent')}`);
    return parts.join(' · ');
}

export function budgetLensTitle(lang: Lang, budget: BudgetFigures): string {
    if (budget.executionRate === null || budget.amount === undefined) return label(lang, 'lensNoAmount');
    return `${label(lang, 'lensExecution')} ${formatPercent(lang, budget.executionRate)} · ${formatCompactAmount(lang, budget.spent)} / ${formatCompactAmount(lang, budget.amount)}`;
}
