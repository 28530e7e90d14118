/**
 * 项目支出绩效运行监控表 (performance monitoring, 双监控): header, 项目资金 rows
 * (plan total, funding sources, each budget line) with 年初预算数 | 全年预算数 |
 * 执行数 | 执行率 | 时间进度 | 偏差原因, 年度总体目标 with what is achieved so
 * far, and the indicator rows with 年度指标值 | 实际完成值 | 全年预计完成值 |
 * 完成目标可能性 | 偏差原因 | 纠偏措施.
 */
import { capitalise } from '../i18n/format.js';
import { executionAlert, type BudgetFigures } from '../figures/figures.js';
import { lineExplainedBy } from '../figures/explanations.js';
import { explainingFindings, SOURCE_ROWS, sourceTotals } from './form-figures.js';
import { FORMAT, number, SheetBuilder, text, type FormSheet } from './form-model.js';
import {
    actualCell, causesAndActions, goalResult, indicatorName, label, putErrorNote, putGoals, putHeader, putIndicatorTable,
    quantityCell, sourceLabel, targetCell, type FormContext
} from './form-parts.js';

/** A projection is an estimate: two decimals at most. */
const PROJECTION_DECIMALS = 2;

/** label | 一级 | 二级 | 三级指标 | 指标值 | 完成值 | 预计 | 可能性 | 偏差原因 | 纠偏措施. */
const WIDTHS = [12, 12, 16, 26, 13, 14, 13, 11, 30, 30];

export function monitoringSheet(ctx: FormContext): FormSheet {
    const sheet = new SheetBuilder(ctx.x.sheets.monitoring, WIDTHS, true);
    putHeader(sheet, ctx, ctx.x.forms.monitoring);
    putMoney(sheet, ctx);
    putGoals(sheet, ctx, ctx.x.overallGoal, 5, goal => goalResult(ctx, goal),
        [ctx.x.expectedGoal, ctx.final ? ctx.x.actualResult : ctx.x.actualResultAsOf(ctx.asOfText())]);
    const indicatorHeader = putIndicators(sheet, ctx);
    putErrorNote(sheet, ctx);
    return sheet.build([indicatorHeader, indicatorHeader]);
}

function putMoney(sheet: SheetBuilder, ctx: FormContext): void {
    const { x, figures } = ctx;
    const budgets = figures.budgets;
    sheet.put(1, text(x.funds(ctx.moneyUnit())), 'label', { rows: 2 + SOURCE_ROWS.length + budgets.length }, 'center')
        .put(2, undefined, 'header', { cols: 2 });
    [x.initialBudget, x.adjustedBudget, ctx.final ? x.executed : x.executedTo(ctx.asOfText()), x.executionRate, x.timeProgress]
        .forEach((heading, i) => sheet.put(i + 4, text(heading), 'header', {}, 'center'));
    sheet.put(9, text(x.deviationCause), 'header', { cols: 2 }, 'center').next();

    // The plan's spending is explained by every finding that explains one of its lines (§8.5).
    const planFindings = [...new Set(budgets.flatMap(budget => lineExplainedBy(figures.explanations, budget.budget)))];
    putMoneyRow(sheet, ctx, x.totalFunds, figures.initialAllocated, figures.allocated, figures.spent, figures.executionRate,
        alertCause(ctx, spendingAlert(ctx, figures.executionRate), causesAndActions(ctx, planFindings).causes));
    const sources = sourceTotals(figures);
    for (const { row } of SOURCE_ROWS) {
        const totals = sources?.get(row);
        putMoneyRow(sheet, ctx, sourceLabel(ctx, row),
            totals?.initial, totals?.amount, totals?.spent, totals && totals.amount > 0 ? totals.spent / totals.amount : null, '');
    }
    for (const budget of budgets) {
        putMoneyRow(sheet, ctx, label(budget.budget), budget.initialAmount, budget.amount, budget.spent, budget.executionRate,
            budgetCause(ctx, budget));
    }
}

function putMoneyRow(sheet: SheetBuilder, ctx: FormContext, name: string, initial: number | undefined, budget: number | undefined,
    spent: number | undefined, rate: number | null, cause: string): void {
    sheet.put(2, text(name), 'text', { cols: 2 })
        .put(4, ctx.money(initial), 'number')
        .put(5, ctx.money(budget), 'number')
        .put(6, ctx.money(spent), 'number')
        .put(7, number(rate, FORMAT.percent), 'number')
        .put(8, number(rate === null ? null : ctx.figures.elapsed, FORMAT.percent), 'number')
        .put(9, text(cause), 'text', { cols: 2 }).next();
}

/** A line's spending alert (红色/黄色预警) and the findings about the goals it funds. */
function budgetCause(ctx: FormContext, budget: BudgetFigures): string {
    const { figures } = ctx;
    const alert = spendingAlert(ctx, budget.executionRate);
    if (!alert) return '';
    // The findings that affect the line or a goal it funds (§8.5).
    return alertCause(ctx, alert, causesAndActions(ctx, lineExplainedBy(figures.explanations, budget.budget)).causes);
}

/** A red or yellow spending alert; none for a plan not monitored yet (§8.8). */
function spendingAlert(ctx: FormContext, rate: number | null): 'red' | 'yellow' | undefined {
    const { figures } = ctx;
    return figures.monitored ? executionAlert(rate, figures.elapsed, figures.rules) : undefined;
}

function alertCause(ctx: FormContext, alert: 'red' | 'yellow' | undefined, causes: string): string {
    if (!alert) return '';
    const word = capitalise(ctx.t.alert[alert]);
    return causes ? `${word}${ctx.t.colon}${causes}` : word;
}

function putIndicators(sheet: SheetBuilder, ctx: FormContext): number {
    const { x, figures } = ctx;
    const headings = [x.annualTarget, ctx.final ? x.actualValue : x.actualTo(ctx.asOfText()), x.projectedValue, x.likelihood, x.deviationCause, x.correction];
    return putIndicatorTable(sheet, ctx, headings, ({ kpi }) => {
        const { causes, actions } = causesAndActions(ctx, explainingFindings(kpi, figures));
        const chance = kpi.likelihood;
        sheet.put(4, text(indicatorName(kpi)), 'text')
            .put(5, targetCell(ctx, kpi, true, true), 'number')
            .put(6, actualCell(ctx, kpi), 'number')
            .put(7, quantityCell(ctx, kpi, kpi.projection, PROJECTION_DECIMALS), 'number')
            .put(8, text(chance ? x.likelihoodWords[chance] : undefined), 'text', {}, 'center')
            .put(9, text(causes), 'text')
            .put(10, text(actions), 'text');
    });
}
