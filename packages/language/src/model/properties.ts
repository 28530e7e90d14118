/**
 * Typed access to the properties of a block. Properties are AST nodes in one
 * list per block (see pbm.langium); when a property is given twice the first
 * occurrence is the one used (LANGUAGE.md §2) and `duplicate-property` flags
 * the others.
 */
import type { AstNode } from 'langium';
import * as ast from '../generated/ast.js';

/** The first element of `list` of the given AST type. */
export function firstOfType<T extends AstNode>(list: readonly AstNode[] | undefined, type: { $type: string }): T | undefined {
    if (!list) return undefined;
    for (const item of list) {
        if (item.$type === type.$type) return item as T;
    }
    return undefined;
}

/** The properties (not nested blocks) of any block, in source order. */
export function propertiesOf(node: AstNode): readonly AstNode[] {
    if (ast.isGoal(node)) return node.members.filter(m => !ast.isKpi(m));
    if (ast.isReview(node)) return [];
    if (ast.isRulesProperty(node)) return node.rules;
    if ('properties' in node && Array.isArray(node.properties)) return node.properties as AstNode[];
    return [];
}

// ---------------------------------------------------------------- file level

export function plansOf(file: ast.PbmFile): ast.Plan[] {
    return file.elements.filter(ast.isPlan);
}
export function importsOf(file: ast.PbmFile): ast.Import[] {
    return file.elements.filter(ast.isImport);
}

// ---------------------------------------------------------------- plan

export function planPeriod(plan: ast.Plan): ast.PeriodProperty | undefined {
    return firstOfType(plan.properties, ast.PeriodProperty);
}
export function planAsOf(plan: ast.Plan): ast.AsOfProperty | undefined {
    return firstOfType(plan.properties, ast.AsOfProperty);
}
export function planCurrency(plan: ast.Plan): string | undefined {
    return firstOfType<ast.CurrencyProperty>(plan.properties, ast.CurrencyProperty)?.code;
}
export function planOrganization(plan: ast.Plan): string | undefined {
    return firstOfType<ast.OrganizationProperty>(plan.properties, ast.OrganizationProperty)?.value;
}
export function planTotalBudget(plan: ast.Plan): ast.TotalBudgetProperty | undefined {
    return firstOfType(plan.properties, ast.TotalBudgetProperty);
}
export function planProfile(plan: ast.Plan | undefined): 'enterprise' | 'government' {
    const value = plan && firstOfType<ast.ProfileProperty>(plan.properties, ast.ProfileProperty)?.value;
    return value === 'government' ? 'government' : 'enterprise';
}
export function planLanguage(plan: ast.Plan | undefined): 'en' | 'zh' | undefined {
    const value = plan && firstOfType<ast.LanguageProperty>(plan.properties, ast.LanguageProperty)?.value;
    return value === 'zh' || value === 'en' ? value : undefined;
}
export function planRules(plan: ast.Plan | undefined): readonly ast.Rule[] {
    return (plan && firstOfType<ast.RulesProperty>(plan.properties, ast.RulesProperty)?.rules) ?? [];
}

// ---------------------------------------------------------------- goals and KPIs

export function goalKpis(goal: ast.Goal): ast.Kpi[] {
    return goal.members.filter(ast.isKpi);
}
export function goalOwner(goal: ast.Goal): ast.OwnerProperty | undefined {
    return firstOfType(goal.members, ast.OwnerProperty);
}
export function goalSupports(goal: ast.Goal): ast.SupportsProperty | undefined {
    return firstOfType(goal.members, ast.SupportsProperty);
}
export function goalPerspective(goal: ast.Goal): ast.PerspectiveProperty | undefined {
    return firstOfType(goal.members, ast.PerspectiveProperty);
}
export function goalPriority(goal: ast.Goal): ast.PriorityProperty | undefined {
    return firstOfType(goal.members, ast.PriorityProperty);
}
export function goalWeight(goal: ast.Goal): ast.WeightProperty | undefined {
    return firstOfType(goal.members, ast.WeightProperty);
}
export function goalStart(goal: ast.Goal): ast.StartProperty | undefined {
    return firstOfType(goal.members, ast.StartProperty);
}
export function goalDue(goal: ast.Goal): ast.DueProperty | undefined {
    return firstOfType(goal.members, ast.DueProperty);
}
export function goalDescription(goal: ast.Goal): ast.DescriptionProperty | undefined {
    return firstOfType(goal.members, ast.DescriptionProperty);
}

export function kpiUnit(kpi: ast.Kpi): ast.MeasureUnitProperty | undefined {
    return firstOfType(kpi.properties, ast.MeasureUnitProperty);
}
export function kpiBaseline(kpi: ast.Kpi): ast.BaselineProperty | undefined {
    return firstOfType(kpi.properties, ast.BaselineProperty);
}
export function kpiTarget(kpi: ast.Kpi): ast.TargetProperty | undefined {
    return firstOfType(kpi.properties, ast.TargetProperty);
}
export function kpiWeight(kpi: ast.Kpi): ast.WeightProperty | undefined {
    return firstOfType(kpi.properties, ast.WeightProperty);
}
export function kpiFrequency(kpi: ast.Kpi): ast.FrequencyProperty | undefined {
    return firstOfType(kpi.properties, ast.FrequencyProperty);
}
export function kpiSource(kpi: ast.Kpi): ast.SourceProperty | undefined {
    return firstOfType(kpi.properties, ast.SourceProperty);
}
export function kpiFormula(kpi: ast.Kpi): ast.FormulaProperty | undefined {
    return firstOfType(kpi.properties, ast.FormulaProperty);
}
export function kpiClass(kpi: ast.Kpi): ast.ClassProperty | undefined {
    return firstOfType(kpi.properties, ast.ClassProperty);
}
export function kpiPoints(kpi: ast.Kpi): ast.PointsProperty | undefined {
    return firstOfType(kpi.properties, ast.PointsProperty);
}
export function kpiCumulative(kpi: ast.Kpi): ast.CumulativeProperty | undefined {
    return firstOfType(kpi.properties, ast.CumulativeProperty);
}
export function isCoreKpi(kpi: ast.Kpi): boolean {
    return firstOfType(kpi.properties, ast.CoreProperty) !== undefined;
}
/** A KPI whose target is a string is qualitative (graded achieved/partial/missed). */
export function isQualitativeKpi(kpi: ast.Kpi): boolean {
    return kpiTarget(kpi)?.text !== undefined;
}

// ---------------------------------------------------------------- budget

export function budgetCategory(budget: ast.Budget): ast.CategoryProperty | undefined {
    return firstOfType(budget.properties, ast.CategoryProperty);
}
export function budgetAmount(budget: ast.Budget): ast.AmountProperty | undefined {
    return firstOfType(budget.properties, ast.AmountProperty);
}
export function budgetOwner(budget: ast.Budget): ast.OwnerProperty | undefined {
    return firstOfType(budget.properties, ast.OwnerProperty);
}
export function budgetFunds(budget: ast.Budget): ast.FundsProperty | undefined {
    return firstOfType(budget.properties, ast.FundsProperty);
}
export function budgetAdjusted(budget: ast.Budget): ast.AdjustedProperty | undefined {
    return firstOfType(budget.properties, ast.AdjustedProperty);
}
export function budgetSources(budget: ast.Budget): ast.SourcesProperty | undefined {
    return firstOfType(budget.properties, ast.SourcesProperty);
}

// ---------------------------------------------------------------- review

export function reviewFindings(review: ast.Review): ast.Finding[] {
    return review.members.filter(ast.isFinding);
}
export function reviewActions(review: ast.Review): ast.Action[] {
    return review.members.filter(ast.isAction);
}
export function reviewAwards(review: ast.Review): ast.Award[] {
    return review.members.filter(ast.isAward);
}
export function findingAffects(finding: ast.Finding): ast.AffectsProperty | undefined {
    return firstOfType(finding.properties, ast.AffectsProperty);
}
export function findingCause(finding: ast.Finding): ast.CauseProperty | undefined {
    return firstOfType(finding.properties, ast.CauseProperty);
}
export function findingSeverity(finding: ast.Finding): ast.SeverityProperty | undefined {
    return firstOfType(finding.properties, ast.SeverityProperty);
}
export function actionAddresses(action: ast.Action): ast.AddressesProperty | undefined {
    return firstOfType(action.properties, ast.AddressesProperty);
}
export function actionOwner(action: ast.Action): ast.OwnerProperty | undefined {
    return firstOfType(action.properties, ast.OwnerProperty);
}
export function actionDue(action: ast.Action): ast.DueProperty | undefined {
    return firstOfType(action.properties, ast.DueProperty);
}
export function actionStatus(action: ast.Action): ast.StatusProperty | undefined {
    return firstOfType(action.properties, ast.StatusProperty);
}

// ---------------------------------------------------------------- outlook and unit

export function outlookOwner(outlook: ast.Outlook): ast.OwnerProperty | undefined {
    return firstOfType(outlook.properties, ast.OwnerProperty);
}
export function outlookDue(outlook: ast.Outlook): ast.DueProperty | undefined {
    return firstOfType(outlook.properties, ast.DueProperty);
}
export function outlookBudget(outlook: ast.Outlook): ast.PlannedBudgetProperty | undefined {
    return firstOfType(outlook.properties, ast.PlannedBudgetProperty);
}
export function unitLead(unit: ast.Unit): string | undefined {
    return firstOfType<ast.LeadProperty>(unit.properties, ast.LeadProperty)?.value;
}
export function strategyPerspective(strategy: ast.Strategy): ast.PerspectiveProperty | undefined {
    return firstOfType(strategy.properties, ast.PerspectiveProperty);
}
