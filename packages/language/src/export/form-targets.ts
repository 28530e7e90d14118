/**
 * 项目支出绩效目标表 (performance targets), as filed with the budget: header,
 * 项目资金, 总体目标, and the indicator rows 一级 | 二级 | 三级指标 | 指标性质 |
 * 指标值 | 度量单位 | 分值 | 基期值.
 */
import { kpiPoints, SOURCE_ROWS, sourceTotals } from './form-figures.js';
import { FORMAT, number, SheetBuilder, text, type FormSheet } from './form-model.js';
import {
    indicatorName, putErrorNote, putGoals, putHeader, putIndicatorTable, quantityFormat, sourceLabel, targetCell, type FormContext
} from './form-parts.js';

/** label | 一级 | 二级 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 分值 | 基期值. */
const WIDTHS = [12, 11, 16, 34, 9, 13, 10, 9, 12];

export function targetsSheet(ctx: FormContext): FormSheet {
    const sheet = new SheetBuilder(ctx.x.sheets.targets, WIDTHS, false);
    putHeader(sheet, ctx, ctx.x.forms.targets, false);
    putMoney(sheet, ctx);
    putGoals(sheet, ctx, ctx.x.overallGoal, undefined);
    const indicatorHeader = putIndicators(sheet, ctx);
    putErrorNote(sheet, ctx);
    return sheet.build([indicatorHeader, indicatorHeader]);
}

/** 年度资金总额 and the funding sources, each with its amount (the budget as filed: 年初预算数). */
function putMoney(sheet: SheetBuilder, ctx: FormContext): void {
    const { x, figures } = ctx;
    const sources = sourceTotals(figures);
    sheet.put(1, text(x.funds(ctx.moneyUnit())), 'label', { rows: 1 + SOURCE_ROWS.length }, 'center')
        .put(2, text(x.totalFunds), 'text', { cols: 2 })
        .put(4, ctx.money(figures.initialAllocated), 'number')
        .put(5, undefined, 'text', { cols: 5 }).next();
    for (const { row } of SOURCE_ROWS) {
        sheet.put(2, text(sourceLabel(ctx, row)), 'text', { cols: 2 })
            .put(4, ctx.money(sources?.get(row)?.initial), 'number')
            .put(5, undefined, 'text', { cols: 5 }).next();
    }
}

function putIndicators(sheet: SheetBuilder, ctx: FormContext): number {
    const { x, figures } = ctx;
    return putIndicatorTable(sheet, ctx, [x.targetKind, x.targetValue, x.unitOfMeasure, x.points, x.baseline], ({ kpi }) => {
        const kind = kpi.targetText !== undefined ? x.operatorWords.text : kpi.targetDate ? x.operatorWords.date : kpi.direction ? x.operatorWords[kpi.direction] : undefined;
        sheet.put(4, text(indicatorName(kpi)), 'text')
            .put(5, text(kind), 'text', {}, 'center')
            .put(6, targetCell(ctx, kpi, false, false), 'number')
            .put(7, text(kpi.unit), 'text', {}, 'center')
            .put(8, number(kpiPoints(kpi, figures), FORMAT.points), 'number')
            .put(9, number(kpi.baseline, quantityFormat(kpi.baseline ?? 0, undefined, undefined, ctx.lang)), 'number');
    });
}
