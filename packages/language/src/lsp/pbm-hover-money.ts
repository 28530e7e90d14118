/**
 * Hover lines for money as the forms hold it (LANGUAGE.md §8.4) and for the
 * findings that explain (§8.5): a line's initial and adjusted budget and its
 * funding sources, a plan's approved total beside what is allocated, a KPI's
 * or line's explaining findings. Figures from the figures service only.
 */
import { kpiDeviation, lineExplainedBy } from '../figures/explanations.js';
import type { BudgetFigures, KpiFigures, PlanFigures } from '../figures/figures.js';
import type * as ast from '../generated/ast.js';
import { formatAmount, formatPercent } from '../i18n/format.js';
import { fundingSourceName } from '../i18n/funding-sources.js';
import type { Lang } from '../i18n/locale.js';
import { moneyWord as word } from '../i18n/money-terms.js';


/** The plan's approved total beside what is allocated, and whether it has been monitored. */
export function planMoneyLines(lang: Lang, plan: PlanFigures): string[] {
    const lines: string[] = [];
    if (plan.initialAllocated !== plan.allocated) lines.push(`${word(lang, 'initialAllocated')}: ${formatAmount(lang, plan.initialAllocated, plan.currency)}`);
    if (plan.totalBudget !== undefined && plan.totalBudget > 0) {
        lines.push(`${word(lang, 'totalBudget')}: ${formatAmount(lang, plan.totalBudget, plan.currency)} (${formatPercent(lang, plan.spent / plan.totalBudget)} ${word(lang, 'ofTotal')})`);
    }
    if (!plan.monitored) lines.push(`*${word(lang, 'notMonitored')}*`);
    return lines;
}

/** A line's initial and adjusted budget, its sources with what was spent from each, and what explains it. */
export function budgetMoneyLines(lang: Lang, line: BudgetFigures, plan: PlanFigures): string[] {
    const amount = (value: number) => formatAmount(lang, value, plan.currency);
    const lines: string[] = [];
    if (line.adjusted !== undefined) {
        const reason = line.adjustedReason !== undefined ? `${word(lang, 'reason')}: ${line.adjustedReason}` : word(lang, 'noReason');
        if (line.initialAmount !== undefined) lines.push(`${word(lang, 'initial')}: ${amount(line.initialAmount)}`);
        lines.push(`${word(lang, 'adjusted')}: ${amount(line.adjusted)} (${reason})`);
    }
    if (line.sources.length > 0) {
        const sources = line.sources.map(source => `${fundingSourceName(lang, source.source)} ${amount(source.spent)} / ${amount(source.amount)}`
            + (source.executionRate !== null ? ` (${formatPercent(lang, source.executionRate)})` : ''));
        if (line.unattributedSpent > 0) sources.push(`${word(lang, 'unattributed')} ${amount(line.unattributedSpent)}`);
        lines.push(`${word(lang, 'sources')}: ${sources.join('; ')}`);
    }
    const findings = lineExplainedBy(plan.explanations, line.budget);
    if (findings.length > 0) lines.push(`${word(lang, 'explainedBy')}: ${findings.map(titled).join('; ')}`);
    return lines;
}

/** A KPI's 偏差原因分析及改进措施: the findings that explain it and the actions addressing them. */
export function kpiExplanationLines(lang: Lang, kpi: KpiFigures, plan: PlanFigures): string[] {
    const deviation = kpiDeviation(plan.explanations, kpi.kpi);
    if (deviation.findings.length === 0) return [];
    const lines = [`${word(lang, 'explainedBy')}: ${deviation.findings.map(titled).join('; ')}`];
    if (deviation.actions.length > 0) lines.push(`${word(lang, 'measures')}: ${deviation.actions.map(titled).join('; ')}`);
    return lines;
}

function titled(node: ast.Finding | ast.Action): string {
    return node.title ? `${node.title} (\`${node.name}\`)` : `\`${node.name}\``;
}
