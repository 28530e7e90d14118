/**
 * 项目支出绩效自评表 (project expenditure performance self-evaluation), laid
 * out like the Ministry of Finance template: header, 项目资金 rows with 年初预算数 |
 * 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, 年度总体目标, the indicator rows
 * 一级 | 二级 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
 * 偏差原因分析及改进措施, then 总分 and 等级.
 */
import { termOrValue } from '../i18n/vocabulary.js';
import { formatNumber } from '../i18n/format.js';
import type { KpiFigures } from '../figures/figures.js';
import {
    executionComputed, executionEarned, executionPoints, explainingFindings, kpiComputed, kpiEarned, kpiPoints, planGrade, planTotal,
    SOURCE_ROWS, sourceTotals, totalPoints
} from './form-figures.js';
import { FORMAT, number, SheetBuilder, text, type FormSheet } from './form-model.js';
import {
    actualCell, causesAndActions, goalResult, indicatorName, putErrorNote, putGoals, putHeader, putIndicatorTable, sourceLabel,
    targetCell, type FormContext
} from './form-parts.js';

/** Column widths (characters): label | 一级 | 二级 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因. */
const WIDTHS = [12, 11, 16, 28, 14, 14, 10, 11, 44];

export function selfEvaluationSheet(ctx: FormContext): FormSheet {
    const sheet = new SheetBuilder(ctx.x.sheets.selfEvaluation, WIDTHS, true);
    putHeader(sheet, ctx, ctx.x.forms.selfEvaluation);
    putMoney(sheet, ctx);
    putGoals(sheet, ctx, ctx.x.overallGoal, 5, goal => goalResult(ctx, goal), [ctx.x.expectedGoal, ctx.x.actualResult]);
    const indicatorHeader = putIndicators(sheet, ctx);
    putTotal(sheet, ctx);
    putErrorNote(sheet, ctx);
    return sheet.build([indicatorHeader, indicatorHeader]);
}

function putMoney(sheet: SheetBuilder, ctx: FormContext): void {
    const { x, figures } = ctx;
    sheet.put(1, text(x.funds(ctx.moneyUnit())), 'label', { rows: 1 + 1 + SOURCE_ROWS.length }, 'center')
        .put(2, undefined, 'header', { cols: 2 })
        .put(4, text(x.initialBudget), 'header', {}, 'center')
        .put(5, text(x.adjustedBudget), 'header', {}, 'center')
        .put(6, text(ctx.final ? x.executed : x.executedTo(ctx.asOfText())), 'header', {}, 'center')
        .put(7, text(x.points), 'header', {}, 'center')
        .put(8, text(x.executionRate), 'header', {}, 'center')
        .put(9, text(x.earned), 'header', {}, 'center').next();
    sheet.put(2, text(x.totalFunds), 'text', { cols: 2 })
        .put(4, ctx.money(figures.initialAllocated), 'number')
        .put(5, ctx.money(figures.allocated), 'number')
        .put(6, ctx.money(figures.spent), 'number')
        .put(7, number(executionPoints(figures), FORMAT.points), 'number')
        .put(8, number(figures.executionRate, FORMAT.percent), 'number')
        .put(9, number(executionEarned(figures), FORMAT.points), 'number').next();
    const sources = sourceTotals(figures);
    for (const { row } of SOURCE_ROWS) {
        const totals = sources?.get(row);
        sheet.put(2, text(sourceLabel(ctx, row)), 'text', { cols: 2 })
            .put(4, ctx.money(totals?.initial), 'number')
            .put(5, ctx.money(totals?.amount), 'number')
            .put(6, ctx.money(totals?.spent), 'number')
            .put(7, text('—'), 'text', {}, 'center')
            .put(8, number(totals && totals.amount > 0 ? totals.spent / totals.amount : undefined, FORMAT.percent), 'number')
            .put(9, text('—'), 'text', {}, 'center').next();
    }
}

function putIndicators(sheet: SheetBuilder, ctx: FormContext): number {
    const { x, figures } = ctx;
    const headings = [x.annualTarget, ctx.final ? x.actualValue : x.actualTo(ctx.asOfText()), x.points, x.earned, x.deviationAnalysis];
    return putIndicatorTable(sheet, ctx, headings, ({ kpi }) => {
        const { causes, actions } = causesAndActions(ctx, explainingFindings(kpi, figures));
        const notes = [awardNote(ctx, kpi), causes ? x.deviation(causes, actions) : undefined].filter(note => note !== undefined);
        sheet.put(4, text(indicatorName(kpi)), 'text')
            .put(5, targetCell(ctx, kpi, true, true), 'number')
            .put(6, actualCell(ctx, kpi), 'number')
            .put(7, number(kpiPoints(kpi, figures), FORMAT.points), 'number')
            .put(8, number(kpiEarned(kpi, figures), FORMAT.points), 'number')
            .put(9, text(notes.length > 0 ? notes.join(ctx.lang === 'zh' ? '' : ' ') : undefined), 'text');
    });
}

/** The 得分 cell holds the evaluator's award (§8.3); the score the result earns stands beside it, with the award's reason. */
function awardNote(ctx: FormContext, kpi: KpiFigures): string | undefined {
    if (kpi.awarded === null) return undefined;
    const computed = kpiComputed(kpi, ctx.figures);
    // An award equal to what the result earns needs no note (to the hundredth the form shows).
    if (Math.abs(kpi.awarded - computed) < 0.005 && !kpi.awardReason) return undefined;
    return ctx.x.awarded(points(ctx, computed), kpi.awardReason);
}

const points = (ctx: FormContext, value: number) => formatNumber(ctx.lang, value, 2);

function putTotal(sheet: SheetBuilder, ctx: FormContext): void {
    const { x, figures } = ctx;
    sheet.put(1, text(x.totalScore), 'label', { cols: 6 }, 'center')
        .put(7, number(totalPoints(figures), FORMAT.points), 'number')
        .put(8, number(planTotal(figures), FORMAT.points), 'number')
        .put(9, text(computedTotal(ctx)), 'text').next();
    sheet.put(1, text(x.grade), 'label', { cols: 6 }, 'center')
        .put(7, text(termOrValue(ctx.lang, 'grade', planGrade(figures))), 'text', { cols: 3 }, 'center').next();
}

/** Beside an awarded 总分 (the official result), the computed one. */
function computedTotal(ctx: FormContext): string | undefined {
    const { figures } = ctx;
    if (figures.awardedScore === null) return undefined;
    const execution = figures.execution?.awarded !== null && figures.execution?.awarded !== undefined ? points(ctx, executionComputed(figures)) : undefined;
    return ctx.x.computedTotal(points(ctx, figures.score), execution);
}
