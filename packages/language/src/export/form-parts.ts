/**
 * What the three workbook forms share: the title and header block (项目名称,
 * 主管部门, 实施单位), the 年度总体目标 block, the indicator rows grouped by
 * 一级/二级指标, how a target value is displayed, and the note and sheet that
 * list a plan's errors. All figures come from `form-figures.ts` or the
 * figures module; all words from `i18n/export-text.ts` and the report text.
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import type { GoalFigures, KpiFigures, PlanFigures } from '../figures/figures.js';
import { exportText, type ExportText } from '../i18n/export-text.js';
import { term, termOrValue } from '../i18n/vocabulary.js';
import type { Lang } from '../i18n/locale.js';
import * as props from '../model/properties.js';
import { ReportFormatter } from '../report/report-format.js';
import type { ReportText } from '../i18n/report-text.js';
import * as ast from '../generated/ast.js';
import { actionsFor, type SourceRow } from './form-figures.js';
import { FORMAT, number, SheetBuilder, text, type CellValue, type FormSheet } from './form-model.js';

/** What every form builder needs: the figures, the words and formats of the form's language. */
export class FormContext {
    readonly f: ReportFormatter;
    readonly x: ExportText;
    /** Amounts in 万元 (Chinese forms of CNY plans), else in the plan's currency. */
    readonly wan: boolean;

    constructor(readonly figures: PlanFigures, readonly diagnostics: readonly DiagnosticRecord[], readonly lang: Lang) {
        this.f = new ReportFormatter(lang, figures.currency);
        this.x = exportText(lang);
        this.wan = lang === 'zh' && figures.currency === 'CNY';
    }

    get t(): ReportText {
        return this.f.text;
    }

    /** Before the plan period's end the forms say "as of"; at or after it they are the year's. */
    get final(): boolean {
        const { asOf, end } = this.figures;
        return !asOf || !end || asOf.day >= end.day;
    }

    asOfText(): string {
        return this.f.date(this.figures.asOf?.iso);
    }

    /**
     * An amount of money as the form's number: in 万元 where the form says so.
     * Rounded to the cent first, so that a sum such as 90,000.01 yuan is
     * stored as 9.000001 (万元), not 9.000001000000001.
     */
    money(value: number | null | undefined): CellValue | undefined {
        if (value === null || value === undefined) return undefined;
        const cents = Math.round(value * 100);
        return number(this.wan ? cents / 1_000_000 : cents / 100, FORMAT.money);
    }

    moneyUnit(): string {
        return this.wan ? this.x.tenThousandYuan : this.figures.currency;
    }
}

export function label(named: { readonly name?: string; readonly title?: string }): string {
    return named.title ?? named.name ?? '';
}

// ---------------------------------------------------------------- header

/** Title, year line (and, before the year's end, the reporting date) and the 项目名称 / 主管部门 / 实施单位 rows, across the sheet's width. */
export function putHeader(sheet: SheetBuilder, ctx: FormContext, formTitle: string, showAsOf = true): void {
    const { figures, x } = ctx;
    sheet.putWide(text(formTitle), 'title', 'center').next();
    const year = figures.start?.year ?? figures.asOf?.year;
    const yearLine = [year === undefined ? '' : x.year(String(year)), ctx.final || !showAsOf ? '' : x.asOf(ctx.asOfText())].join(' ').trim();
    sheet.putWide(text(yearLine), 'subtitle', 'center').next();

    const half = Math.floor((sheet.columnCount - 1) / 2);
    // The 实施单位 label takes two columns where one is too narrow for it.
    const labelCols = sheet.widthOf(half + 1) < 12 ? 2 : 1;
    sheet.put(1, text(x.projectName), 'label', {}, 'center')
        .put(2, text(label({ name: figures.name, title: figures.title })), 'text', { cols: sheet.columnCount - 1 }).next();
    const organization = props.planOrganization(figures.model.plan);
    sheet.put(1, text(x.department), 'label', {}, 'center')
        .put(2, text(organization), 'text', { cols: half - 1 })
        .put(half + 1, text(x.implementer), 'label', { cols: labelCols }, 'center')
        .put(half + 1 + labelCols, text(implementers(figures) ?? organization), 'text', { cols: sheet.columnCount - half - labelCols }).next();
}

/** The units that own the plan's goals (实施单位), in plan order; undefined when no goal has an owner. */
function implementers(figures: PlanFigures): string | undefined {
    const units: ast.Unit[] = [];
    for (const goal of figures.goals) {
        const unit = props.goalOwner(goal.goal)?.unit?.ref;
        if (unit && !units.includes(unit)) units.push(unit);
    }
    return units.length === 0 ? undefined : units.map(label).join('、');
}

// ---------------------------------------------------------------- 年度总体目标

/** One row per goal under a label spanning them: the goal, and (when `result` is given) what it achieved. */
export function putGoals(sheet: SheetBuilder, ctx: FormContext, heading: string, split: number | undefined,
    result?: (goal: GoalFigures) => string, headings?: readonly [string, string]): void {
    const goals = ctx.figures.goals;
    const width = sheet.columnCount;
    const rows = Math.max(1, goals.length) + (headings ? 1 : 0);
    sheet.put(1, text(heading), 'label', { rows }, 'center');
    if (headings && split !== undefined) {
        sheet.put(2, text(headings[0]), 'header', { cols: split - 1 }, 'center')
            .put(split + 1, text(headings[1]), 'header', { cols: width - split }, 'center').next();
    }
    if (goals.length === 0) {
        sheet.put(2, undefined, 'text', { cols: width - 1 }).next();
        return;
    }
    goals.forEach((goal, i) => {
        const description = props.goalDescription(goal.goal)?.value;
        const expected = `${i + 1}. ${label(goal.goal)}${description ? `${ctx.t.colon}${description}` : ''}`;
        if (result && split !== undefined) {
            sheet.put(2, text(expected), 'text', { cols: split - 1 }).put(split + 1, text(result(goal)), 'text', { cols: width - split });
        } else {
            sheet.put(2, text(expected), 'text', { cols: width - 1 });
        }
        sheet.next();
    });
}

/** 实际完成情况 of a goal: its status and the share of its points it earned. */
export function goalResult(ctx: FormContext, goal: GoalFigures): string {
    // v2 adds statuses (§8.6); until the report's words have them, the status is named as written.
    const status = termOrValue(ctx.lang, 'status', goal.status);
    return ctx.x.goalResult(status, ctx.f.percent(goal.score));
}

// ---------------------------------------------------------------- indicators

export interface IndicatorRow {
    readonly kpi: KpiFigures;
    readonly goal: GoalFigures;
    readonly level1: string;
    readonly level2: string;
}

/** 一级指标 in the forms' order; 成本指标 (`cost.*`, the 2021 指引) follows 产出指标, whose share it counts in (§8.1). */
const CLASS_ORDER = ['output', 'cost', 'benefit', 'satisfaction'];
const SUBCLASS_ORDER = ['quantity', 'quality', 'timeliness', 'cost', 'economic', 'social', 'ecological', 'sustainable', 'service'];

/**
 * The plan's KPIs as indicator rows. Government KPIs with a `class` sit under
 * their 一级/二级指标, grouped in the template's order (产出, 效益, 满意度);
 * other KPIs under their goal's perspective (一级) and their goal (二级), in plan order.
 */
export function indicatorRows(ctx: FormContext): IndicatorRow[] {
    const rows: Array<IndicatorRow & { readonly order: readonly number[] }> = [];
    let index = 0;
    for (const goal of ctx.figures.goals) {
        for (const kpi of goal.kpis) {
            const indicatorClass = props.kpiClass(kpi.kpi);
            const classed = ctx.figures.profile === 'government' && kpi.indicatorClass !== undefined;
            // A cost KPI scores in the output share (figures) but is a 成本指标 of its own on the form.
            const formClass = indicatorClass?.level1 === 'cost' ? 'cost' : kpi.indicatorClass!;
            const level1 = classed ? ctx.t.indicatorClass[formClass] : perspectiveOf(ctx, goal);
            const level2 = classed ? level2Text(ctx, formClass, indicatorClass?.level2) : label(goal.goal);
            const order = classed
                ? [0, CLASS_ORDER.indexOf(formClass), rank(SUBCLASS_ORDER, indicatorClass?.level2), index]
                : [1, 0, 0, index];
            rows.push({ kpi, goal, level1, level2, order });
            index++;
        }
    }
    return rows.sort((a, b) => compareKeys(a.order, b.order));
}

function level2Text(ctx: FormContext, level1: string, level2: string | undefined): string {
    if (!level2) return ctx.x.noClass;
    if (level1 === 'cost') return termOrValue(ctx.lang, 'costLevel2', level2);
    return ctx.t.indicatorSubclass[level2] ?? level2;
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
    return 0;
}

function rank(order: readonly string[], value: string | undefined): number {
    const i = value === undefined ? -1 : order.indexOf(value);
    return i < 0 ? order.length : i;
}

function perspectiveOf(ctx: FormContext, goal: GoalFigures): string {
    return goal.perspective ? ctx.t.perspective[goal.perspective] ?? goal.perspective : ctx.x.noClass;
}

/**
 * The 绩效指标 block: its label down the left, a header row (the 一级, 二级 and
 * 三级指标 headings, then `headings`), and one row per indicator whose cells
 * from column 4 on `putRow` fills. Returns the header row's number.
 */
export function putIndicatorTable(sheet: SheetBuilder, ctx: FormContext, headings: readonly string[],
    putRow: (row: IndicatorRow) => void): number {
    const { x } = ctx;
    const rows = indicatorRows(ctx);
    const header = sheet.row;
    sheet.put(1, text(x.indicators), 'label', { rows: 1 + Math.max(1, rows.length) }, 'center');
    [x.level1, x.level2, x.level3, ...headings].forEach((heading, i) => sheet.put(i + 2, text(heading), 'header', {}, 'center'));
    sheet.next();
    if (rows.length === 0) {
        sheet.put(2, undefined, 'text', { cols: sheet.columnCount - 1 }).next();
        return header;
    }
    putIndicatorLevels(sheet, rows, sheet.row);
    for (const row of rows) {
        putRow(row);
        sheet.next();
    }
    return header;
}

/** The label of a funding-source row. */
export function sourceLabel(ctx: FormContext, row: SourceRow): string {
    return row === 'fiscal' ? ctx.x.fiscal : row === 'carryover' ? ctx.x.carryover : ctx.x.otherFunds;
}

/**
 * Puts the 一级 and 二级指标 cells of the indicator rows starting at `firstRow`,
 * each merged down over the consecutive rows that share it, as the template prints them.
 */
function putIndicatorLevels(sheet: SheetBuilder, rows: readonly IndicatorRow[], firstRow: number): void {
    const saved = sheet.row;
    for (const [col, key] of [[2, (r: IndicatorRow) => r.level1], [3, (r: IndicatorRow) => `${r.level1}\u0000${r.level2}`]] as const) {
        let start = 0;
        for (let i = 1; i <= rows.length; i++) {
            if (i < rows.length && key(rows[i]) === key(rows[start])) continue;
            sheet.row = firstRow + start;
            sheet.put(col, text(col === 2 ? rows[start].level1 : rows[start].level2), 'text', { rows: i - start }, 'center');
            start = i;
        }
    }
    sheet.row = saved;
}

/** The indicator's name, marked when it is a core indicator (v2 `core`). */
export function indicatorName(kpi: KpiFigures): string {
    return (kpi as KpiFigures & { core?: boolean }).core ? `★${label(kpi.kpi)}` : label(kpi.kpi);
}

/**
 * A KPI's target as a number whose display carries the operator and, with
 * `withUnit`, the unit (`≥12处`): the cell holds 12, so it can be summed and
 * compared, and reads as the form prints it. A qualitative target is text.
 */
export function targetCell(ctx: FormContext, kpi: KpiFigures, withOperator: boolean, withUnit: boolean): CellValue | undefined {
    if (kpi.targetText !== undefined) return text(kpi.targetText);
    // A date target (时效, §8.1) is done by its date: `≤ 2026年10月31日`, or the date alone beside its 指标性质.
    if (kpi.targetDate) return text(withOperator ? ctx.f.target(kpi) : ctx.f.date(kpi.targetDate.iso));
    if (kpi.target === undefined) return undefined;
    const operator = withOperator && kpi.direction ? ctx.x.operator[kpi.direction] : undefined;
    return number(kpi.target, quantityFormat(kpi.target, operator, withUnit ? kpi.unit : undefined, ctx.lang));
}

/** A measured (or projected) value in the KPI's unit, as a number. */
export function quantityCell(ctx: FormContext, kpi: KpiFigures, value: number | null, maxDecimals = 4): CellValue | undefined {
    return number(value, quantityFormat(value ?? 0, undefined, kpi.unit, ctx.lang, maxDecimals));
}

/** 实际完成值: the latest measure as a number; a qualitative KPI's grade and score, or a date KPI's date, as text. */
export function actualCell(ctx: FormContext, kpi: KpiFigures): CellValue | undefined {
    if (kpi.qualitative) return kpi.latestLevel ? text(ctx.f.actual(kpi)) : undefined;
    if (kpi.targetDate) return kpi.actualDate ? text(ctx.f.actual(kpi)) : undefined;
    return quantityCell(ctx, kpi, kpi.actual);
}

/**
 * An Excel number format showing `value` with its own decimals (up to `maxDecimals`),
 * thousands grouped, and literal text around it. Literals are quoted, so a
 * `%` unit is printed, not applied; a unit that cannot be quoted is left out.
 */
export function quantityFormat(value: number, operator: string | undefined, unit: string | undefined, lang: Lang, maxDecimals = 4): string {
    const decimals = Math.min(maxDecimals, (String(Math.abs(value)).split('.')[1] ?? '').replace(/e.*$/, '').length);
    const body = decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
    const trimmed = unit?.trim();
    const quotable = (s: string) => !/["\\\r\n]/.test(s);
    const prefix = operator ? `"${operator}"` : '';
    const suffix = trimmed && quotable(trimmed) ? (trimmed === '%' || lang === 'zh' ? `"${trimmed}"` : `" ${trimmed}"`) : '';
    return `${prefix}${body}${suffix}`;
}

/** The 偏差原因 of findings, and the 改进/纠偏措施 that address them, as two texts. */
export function causesAndActions(ctx: FormContext, findings: readonly ast.Finding[]): { causes: string; actions: string } {
    const actions = findings.flatMap(finding => actionsFor(finding, ctx.figures)).map(action => {
        const status = props.actionStatus(action)?.value;
        // A closed action is marked 已完成 / 已取消 (the vocabulary's words); an open one is not.
        const suffix = status === 'done' || status === 'dropped' ? term(ctx.lang, 'actionStatus', status) : undefined;
        return suffix ? `${label(action)}${ctx.t.paren(suffix)}` : label(action);
    });
    const separator = ctx.lang === 'zh' ? '；' : '; ';
    return { causes: findings.map(label).join(separator), actions: actions.join(separator) };
}

// ---------------------------------------------------------------- errors

export function errorCount(ctx: FormContext): number {
    return ctx.diagnostics.filter(d => d.severity === 'error').length;
}

/** The note under a form whose plan has errors, pointing to the sheet that lists them. */
export function putErrorNote(sheet: SheetBuilder, ctx: FormContext): void {
    const errors = errorCount(ctx);
    if (errors === 0) return;
    sheet.next().putWide(text(ctx.x.errorsNote(errors, ctx.x.sheets.problems)), 'note').next();
}

/** A sheet listing the plan's errors and warnings, in plan order; none when the plan has no errors. */
export function problemsSheet(ctx: FormContext): FormSheet | undefined {
    if (errorCount(ctx) === 0) return undefined;
    const { x, t } = ctx;
    const sheet = new SheetBuilder(x.sheets.problems, [10, 24, 90], false);
    sheet.put(1, text(x.problemColumns.severity), 'header', {}, 'center')
        .put(2, text(x.problemColumns.location), 'header', {}, 'center')
        .put(3, text(x.problemColumns.message), 'header', {}, 'center').next();
    for (const d of ctx.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning')) {
        sheet.put(1, text(t.diagnosticSeverity[d.severity]), 'text', {}, 'center')
            .put(2, text(`${d.file}:${d.line}`), 'text')
            .put(3, text(d.message), 'text').next();
    }
    return sheet.build([1, 1]);
}
