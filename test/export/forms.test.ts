/**
 * The workbook forms of every example, in both languages: the .xlsx read
 * back with exceljs holds the form model cell for cell (text as text,
 * figures as numbers with their formats, the merged ranges, A4 print setup,
 * a CJK font named); the figures are those of `pbm report --format json`;
 * and the cell grid matches its golden file. After a deliberate change,
 * regenerate with `UPDATE_GOLDEN=1 npx vitest run test/export/forms.test.ts`
 * and review the diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import type { Lang } from 'pbm-language';
import { buildFormWorkbook, exportPlan, sheetGrid, sheetMerges, cellAddress, type FormWorkbook, type WorkbookForm } from 'pbm-language/export';
import { describe, expect, test } from 'vitest';
import { loadReport, type LoadedReport } from '../report/report-helpers.js';
import { EXAMPLES, readWorkbook } from './export-helpers.js';

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const FORMS: readonly WorkbookForm[] = ['self-evaluation', 'targets', 'monitoring'];
const LANGS: readonly Lang[] = ['en', 'zh'];
const CASES = FORMS.flatMap(form => LANGS.map(lang => ({ form, lang })));

type Grid = Array<Array<string | number | null>>;

describe.each(EXAMPLES)('$name', ({ name, file }) => {
    const loaded = new Map<Lang, Promise<LoadedReport>>();
    const load = (lang: Lang) => loaded.get(lang) ?? loaded.set(lang, loadReport(file, lang)).get(lang)!;

    test.each(CASES)('$form ($lang): the workbook holds the form model, and the grid its golden', async ({ form, lang }) => {
        const report = await load(lang);
        const model = buildFormWorkbook(form, report.figures, report.diagnostics, lang);
        const workbook = await readWorkbook((await exportPlan(form, report.figures, report.diagnostics, { lang })).bytes);
        expectWorkbookHolds(workbook, model, lang);

        const dump = model.sheets.map(sheet => ({ name: sheet.name, merges: sheetMerges(sheet), formats: formatsOf(sheet), grid: sheetGrid(sheet) }));
        const golden = join(GOLDEN, `${name}.${form}.${lang}.json`);
        const actual = JSON.stringify(dump, null, 1) + '\n';
        if (UPDATE) {
            mkdirSync(GOLDEN, { recursive: true });
            writeFileSync(golden, actual);
        } else {
            expect(existsSync(golden), `${golden} is missing: UPDATE_GOLDEN=1 creates it`).toBe(true);
            expect(actual, `${golden} (UPDATE_GOLDEN=1 regenerates it)`).toBe(readFileSync(golden, 'utf8'));
        }
    });

    test.each(LANGS)('self-evaluation (%s): money, indicators, 分值, 得分 and 总分 are the JSON report\'s figures', async lang => {
        const report = await load(lang);
        const json = JSON.parse(report.render({ format: 'json', lang }));
        const grid = sheetGrid(buildFormWorkbook('self-evaluation', report.figures, report.diagnostics, lang).sheets[0]);
        const wan = lang === 'zh' && json.plan.currency === 'CNY' ? 10_000 : 1;
        const words = lang === 'zh' ? ZH : EN;

        const money = rowWith(grid, 1, words.totalFunds);
        expect(money[3]).toBeCloseTo(json.plan.initialAllocated / wan, 9);
        expect(money[4]).toBeCloseTo(json.plan.allocated / wan, 9);
        expect(money[5]).toBeCloseTo(json.plan.spent / wan, 9);
        if (json.plan.executionRate === null) expect(money[7]).toBeNull();
        else expect(money[7]).toBeCloseTo(json.plan.executionRate, 12);
        // The execution row: its points and award in a points-scored plan (§8.2, 8.3), else the government part's.
        const executionPoints = json.plan.execution?.points ?? json.plan.government?.maxPoints.execution ?? 0;
        const executionScore = json.plan.execution ? json.plan.execution.awarded ?? json.plan.execution.earned : json.plan.government?.points.execution ?? 0;
        expect(money[6]).toBeCloseTo(executionPoints, 9);
        expect(money[8]).toBeCloseTo(executionScore, 9);

        let points = executionPoints;
        let earned = executionScore;
        for (const goal of json.goals) {
            for (const kpi of goal.kpis) {
                const row = rowWith(grid, 3, kpi.title ?? kpi.name);
                if (!kpi.targetDate) expect(row[4], `${kpi.name} target`).toEqual(kpi.qualitative ? kpi.targetText : kpi.target ?? null);
                if (!kpi.qualitative && !kpi.targetDate) expect(row[5], `${kpi.name} actual`).toEqual(kpi.actual);
                if (json.plan.scoring === 'points') expect(row[6], `${kpi.name} points`).toBe(kpi.points);
                points += row[6] as number;
                earned += row[7] as number;
                // 得分 = the evaluator's award where one counts, else 分值 × capped achievement.
                expect(row[7] as number).toBeCloseTo(kpi.awarded ?? (row[6] as number) * kpi.scoredAchievement, 9);
            }
        }
        expect(points).toBeCloseTo(100, 9);
        expect(earned).toBeCloseTo(json.plan.awardedScore ?? json.plan.score, 9);
        const total = rowWith(grid, 0, words.total);
        expect(total[6]).toBeCloseTo(100, 9);
        expect(total[7]).toBeCloseTo(json.plan.awardedScore ?? json.plan.score, 12);
        expect(rowWith(grid, 0, words.grade)[6]).toBe(words.grades[(json.plan.awardedGrade ?? json.plan.grade) as keyof typeof words.grades]);
    });

    test('targets and monitoring: budgets, targets, actuals and projections are the JSON report\'s', async () => {
        const lang = (await load('en')).figures.language;
        const report = await load(lang);
        const json = JSON.parse(report.render({ format: 'json', lang }));
        const wan = lang === 'zh' && json.plan.currency === 'CNY' ? 10_000 : 1;
        const targets = sheetGrid(buildFormWorkbook('targets', report.figures, report.diagnostics, lang).sheets[0]);
        const monitoring = sheetGrid(buildFormWorkbook('monitoring', report.figures, report.diagnostics, lang).sheets[0]);
        const words = lang === 'zh' ? ZH : EN;
        expect(rowWith(targets, 1, words.totalFunds)[3]).toBeCloseTo(json.plan.initialAllocated / wan, 9);
        for (const budget of json.budgets) {
            const row = rowWith(monitoring, 1, budget.title ?? budget.name);
            // 年初预算数 the amount as written, 全年预算数 the effective budget (§8.4).
            expect(row[3]).toBeCloseTo(budget.amount / wan, 9);
            expect(row[4]).toBeCloseTo(budget.budget / wan, 9);
            expect(row[5]).toBeCloseTo(budget.spent / wan, 9);
            expect(row[6]).toEqual(budget.executionRate);
        }
        for (const kpi of json.goals.flatMap((g: { kpis: unknown[] }) => g.kpis)) {
            const target = rowWith(targets, 3, kpi.title ?? kpi.name);
            if (!kpi.targetDate) expect(target[5]).toEqual(kpi.qualitative ? kpi.targetText : kpi.target ?? null);
            expect(target[6]).toEqual(kpi.unit ?? null);
            expect(target[8]).toEqual(kpi.baseline ?? null);
            const monitored = rowWith(monitoring, 3, kpi.title ?? kpi.name);
            if (!kpi.qualitative && !kpi.targetDate) expect(monitored[5]).toEqual(kpi.actual);
            expect(monitored[6]).toEqual(kpi.projection);
        }
    });
});

const EN = { totalFunds: 'Total funds for the year', total: 'Total', grade: 'Grade', grades: { excellent: 'excellent', good: 'good', fair: 'fair', poor: 'poor' } };
const ZH = { totalFunds: '年度资金总额', total: '总分', grade: '等级', grades: { excellent: '优', good: '良', fair: '中', poor: '差' } };

/** The row whose cell in column `col` (0-based) is `value`; fails when there is none or more than one. */
function rowWith(grid: Grid, col: number, value: string): Grid[number] {
    const rows = grid.filter(row => row[col] === value || (typeof row[col] === 'string' && (row[col] as string).replace(/^★/, '') === value));
    expect(rows.length, `one row with '${value}' in column ${col + 1}`).toBe(1);
    return rows[0];
}

describe('numbers never show as ###', () => {
    // A spreadsheet cannot wrap a number: a column too narrow for it shows ###. The English
    // monitoring form's target of `≥1,200 accounts` did so in a 13-character column.
    test('acme-2026 monitoring (en): every number fits its column, as it reads', async () => {
        const report = await loadReport('examples/acme-2026.pbm', 'en');
        const workbook = await readWorkbook((await exportPlan('monitoring', report.figures, report.diagnostics, { lang: 'en' })).bytes);
        const sheet = workbook.worksheets[0];
        const target = sheet.getColumn(findCell(sheet, cell => cell.value === 1200 && String(cell.numFmt).includes('accounts')).col);
        expect(target.width).toBeGreaterThanOrEqual('≥1,200 accounts'.length + 1);
        const money = sheet.getColumn(findCell(sheet, cell => cell.value === 26_450_000).col);
        expect(money.width).toBeGreaterThanOrEqual('26,450,000.00'.length + 1);
    });
});

function findCell(sheet: ExcelJS.Worksheet, match: (cell: ExcelJS.Cell) => boolean): ExcelJS.Cell {
    let found: ExcelJS.Cell | undefined;
    sheet.eachRow(row => row.eachCell(cell => { if (!found && match(cell)) found = cell; }));
    if (!found) throw new Error('no such cell');
    return found;
}

function formatsOf(sheet: FormWorkbook['sheets'][number]): Record<string, string> {
    const formats: Record<string, string> = {};
    for (const cell of sheet.cells) if (cell.value?.kind === 'number') formats[cellAddress(cell.row, cell.col)] = cell.value.format;
    return formats;
}

function expectWorkbookHolds(workbook: ExcelJS.Workbook, model: FormWorkbook, lang: Lang): void {
    expect(workbook.worksheets.map(w => w.name)).toEqual(model.sheets.map(s => s.name));
    expect(workbook.created?.toISOString()).toBe(model.date.toISOString());
    expect(workbook.modified?.toISOString()).toBe(model.date.toISOString());
    for (const sheet of model.sheets) {
        const worksheet = workbook.getWorksheet(sheet.name)!;
        for (const cell of sheet.cells) {
            const written = worksheet.getCell(cell.row, cell.col);
            const where = `${sheet.name}!${cellAddress(cell.row, cell.col)}`;
            if (cell.value === undefined) {
                expect(written.value ?? null, where).toBeNull();
            } else if (cell.value.kind === 'text') {
                expect(written.type, where).toBe(ExcelJS.ValueType.String);
                expect(written.value, where).toBe(cell.value.text);
            } else {
                expect(written.type, where).toBe(ExcelJS.ValueType.Number);
                expect(written.value, where).toBe(cell.value.value);
                expect(written.numFmt, where).toBe(cell.value.format);
            }
            expect(written.font?.name, where).toBe(lang === 'zh' ? '宋体' : 'Calibri');
        }
        expect([...worksheet.model.merges].sort()).toEqual(sheetMerges(sheet).sort());
        const lastRow = Math.max(...sheet.cells.map(c => c.row + c.rows - 1));
        expect(worksheet.pageSetup).toMatchObject({
            paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
            orientation: sheet.landscape ? 'landscape' : 'portrait',
            printArea: `A1:${cellAddress(lastRow, sheet.widths.length)}`
        });
    }
}
