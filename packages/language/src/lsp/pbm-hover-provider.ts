/**
 * Hover: on a declaration or a reference, its title and the figures of its
 * plan (from the figures service, never recomputed here); on a number with a
 * magnitude suffix, its full value. In the user's language.
 */
import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import { AstNodeHoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import type { BudgetFigures, GoalFigures, KpiFigures, PlanFigures } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import * as ast from '../generated/ast.js';
import { formatAmount, formatNumber, formatPercent } from '../i18n/format.js';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import { keywordEntry, renderKeywordDoc } from '../i18n/keyword-docs.js';
import { kindNoun } from '../i18n/terms.js';
import { goalOwner, unitLead } from '../model/properties.js';
import { hasMagnitudeSuffix, parseNumber } from '../model/values.js';
import type { PbmServices } from '../pbm-module.js';
import { budgetMoneyLines, kpiExplanationLines, planMoneyLines } from './pbm-hover-money.js';
import { gradeTerm, label, statusTerm, type Label } from '../i18n/editor-terms.js';
import { ruleNameOf } from './pbm-blocks.js';
import { awardHover, kpiResultLines, planResultLines } from './pbm-hover-results.js';

export class PbmHoverProvider extends AstNodeHoverProvider {
    private readonly locale: PbmLocale;
    private readonly figures: PbmFigures;

    constructor(services: PbmServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.figures = services.shared.figures.Figures;
    }

    override async getHoverContent(document: LangiumDocument, params: HoverParams): Promise<Hover | undefined> {
        return this.numberHover(document, params) ?? this.keywordHover(document, params) ?? this.awardHover(document, params)
            ?? super.getHoverContent(document, params);
    }

    /** On a keyword or a value: what it means, an example and what uses it (i18n/keyword-docs.ts). */
    private keywordHover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const keyword = leaf?.grammarSource;
        if (!leaf || !GrammarAST.isKeyword(keyword)) return undefined;
        const entry = keywordEntry(keyword.value, ruleNameOf(keyword));
        if (!entry) return undefined;
        const lang = this.locale.langOf(document.uri.toString());
        return { contents: { kind: 'markdown', value: `**${keyword.value}**\n\n${renderKeywordDoc(lang, entry)}` }, range: leaf.range };
    }

    protected override getAstNodeHoverContent(node: AstNode): MaybePromise<string | undefined> {
        const uri = AstUtils.getDocument(node).uri;
        const lang = this.locale.langOf(uri.toString());
        const figures = this.figures.ofDocument(uri);
        const lines = [heading(lang, node), ...this.details(lang, node, figures)];
        return lines.join('\n\n');
    }

    private details(lang: Lang, node: AstNode, figures: PlanFigures | undefined): string[] {
        if (ast.isUnit(node)) {
            const lead = unitLead(node);
            return lead ? [row(lang, 'lead', lead)] : [];
        }
        if (!figures) return [];
        if (ast.isPlan(node)) return this.planDetails(lang, figures);
        if (ast.isGoal(node)) return withFigures(figures.goalFigures.get(node), goal => this.goalDetails(lang, goal, figures));
        if (ast.isKpi(node)) return withFigures(figures.kpiFigures.get(node), kpi => [...this.kpiDetails(lang, kpi), ...kpiResultLines(lang, kpi, figures), ...kpiExplanationLines(lang, kpi, figures)]);
        if (ast.isBudget(node)) return withFigures(figures.budgetFigures.get(node), budget => [...this.budgetDetails(lang, budget, figures.currency), ...budgetMoneyLines(lang, budget, figures)]);
        return [];
    }

    private planDetails(lang: Lang, plan: PlanFigures): string[] {
        return [
            // A plan not monitored yet has no score or grade (planMoneyLines says why).
            row(lang, 'score', plan.monitored ? `${formatNumber(lang, plan.score, 1)} (${gradeTerm(lang, plan.grade)})` : '—'),
            ...planResultLines(lang, plan),
            row(lang, 'allocated', formatAmount(lang, plan.allocated, plan.currency)),
            row(lang, 'spent', `${formatAmount(lang, plan.spent, plan.currency)}${rate(lang, plan.executionRate)}`),
            ...planMoneyLines(lang, plan)
        ];
    }

    private goalDetails(lang: Lang, goal: GoalFigures, plan: PlanFigures): string[] {
        const owner = goalOwner(goal.goal)?.unit?.ref;
        return [
            ...(owner ? [row(lang, 'owner', owner.title ? `${owner.title} (${owner.name})` : owner.name)] : []),
            row(lang, 'weight', formatPercent(lang, goal.weight)),
            row(lang, 'score', `${formatPercent(lang, goal.score)} · ${statusTerm(lang, goal.status)}`),
            row(lang, 'allocated', formatAmount(lang, goal.allocated, plan.currency)),
            row(lang, 'spent', `${formatAmount(lang, goal.spent, plan.currency)}${rate(lang, goal.executionRate)}`)
        ];
    }

    private kpiDetails(lang: Lang, kpi: KpiFigures): string[] {
        const unit = kpi.unit ? ` ${kpi.unit}` : '';
        const value = (n: number) => `${formatNumber(lang, n, 4)}${unit}`;
        const target = kpi.targetText !== undefined ? `"${kpi.targetText}"` : kpi.targetDate ? `<= ${kpi.targetDate.iso}` : kpi.target !== undefined ? `${kpi.direction ?? ''} ${value(kpi.target)}`.trim() : '—';
        const baseline = kpi.baseline !== undefined ? value(kpi.baseline) : '—';
        const actual = kpi.qualitative
            ? kpi.latestLevel ? `${kpi.latestLevel.level} (${formatPercent(lang, kpi.latestLevel.score)}, ${kpi.latestLevel.date.iso})` : label(lang, 'noMeasure')
            : kpi.actual !== null ? `${value(kpi.actual)} (${kpi.measures[kpi.measures.length - 1].date.iso})`
                : kpi.actualDate ? `${kpi.actualDate.iso} (${kpi.dates[kpi.dates.length - 1].date.iso})` : label(lang, 'noMeasure');
        const expected = kpi.expected !== null ? ` · ${label(lang, 'expected')} ${formatPercent(lang, kpi.expected)}` : '';
        return [
            `${label(lang, 'baseline')} ${baseline} → ${label(lang, 'target')} ${target}`,
            row(lang, 'actual', actual),
            row(lang, 'achievement', `${kpi.achievement !== null ? formatPercent(lang, kpi.achievement) : '—'}${expected} · ${statusTerm(lang, kpi.status)}`)
        ];
    }

    private budgetDetails(lang: Lang, budget: BudgetFigures, currency: string): string[] {
        const funds = budget.shares.map(share => `${share.goal.name} ${formatPercent(lang, share.share, 0)}`).join(', ');
        return [
            row(lang, 'amount', budget.amount !== undefined ? formatAmount(lang, budget.amount, currency) : '—'),
            row(lang, 'spent', formatAmount(lang, budget.spent, currency)),
            row(lang, 'executionRate', budget.executionRate !== null ? formatPercent(lang, budget.executionRate) : '—'),
            ...(funds ? [row(lang, 'funds', funds)] : [])
        ];
    }

    /** On an `award` line (not on its KPI's name, which hovers the KPI): the award beside the computed points. */
    private awardHover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(params.position));
        const award = leaf && AstUtils.getContainerOfType(leaf.astNode, ast.isAward);
        if (!award || award.kpi?.$refNode === leaf) return undefined;
        const figures = this.figures.ofDocument(document.uri);
        const value = figures && awardHover(this.locale.lang, award, figures);
        return value ? { contents: { kind: 'markdown', value }, range: award.$cstNode?.range } : undefined;
    }

    /** `2.4M` → "2.4M = 2,400,000.00 CNY" (an amount) or "= 2,400,000" (any other number). */
    private numberHover(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        const offset = document.textDocument.offsetAt(params.position);
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.tokenType?.name !== 'NUMBER' || !hasMagnitudeSuffix(leaf.text)) return undefined;
        const value = parseNumber(leaf.text);
        if (value === undefined) return undefined;
        const lang = this.locale.langOf(document.uri.toString());
        const currency = isAmount(leaf.astNode) ? this.figures.ofDocument(document.uri)?.currency ?? 'CNY' : undefined;
        const full = currency ? formatAmount(lang, value, currency) : formatNumber(lang, value, 6);
        return {
            contents: { kind: 'markdown', value: `\`${leaf.text}\` = ${full}` },
            range: leaf.range
        };
    }
}

function heading(lang: Lang, node: AstNode): string {
    const name = (node as { name?: string }).name ?? '';
    const title = (node as { title?: string }).title;
    return `**${kindNoun(lang, node.$type)}** \`${name}\`${title ? ` — ${title}` : ''}`;
}

function row(lang: Lang, key: Label, value: string): string {
    return `${label(lang, key)}: ${value}`;
}

function rate(lang: Lang, executionRate: number | null): string {
    return executionRate !== null ? ` (${formatPercent(lang, executionRate)})` : '';
}

function withFigures<T>(figures: T | undefined, render: (figures: T) => string[]): string[] {
    return figures ? render(figures) : [];
}

/** Numbers that are money in the plan's currency. */
function isAmount(node: AstNode): boolean {
    return ast.isAmountProperty(node) || ast.isTotalBudgetProperty(node) || ast.isSpend(node) || ast.isPlannedBudgetProperty(node)
        || ast.isAdjustedProperty(node) || ast.isSourceShare(node);
}
