/**
 * Each column of the forms reads one figure (LANGUAGE.md §8.10). A plan
 * scored by classes: 分值 per government class split by weight, 得分 =
 * 分值 × capped achievement, 年初预算数 = 全年预算数 without adjustments,
 * blank source rows. A points-scored plan: its points and the evaluator's
 * awards, the computed score beside each award. Adjusted budgets and funding
 * sources: 年初预算数 the amount as written, 全年预算数 the adjusted one.
 */
import type { PlanFigures } from 'pbm-language';
import { buildFormWorkbook, sheetGrid } from 'pbm-language/export';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport, reportOfText, type LoadedReport } from '../report/report-helpers.js';

let report: LoadedReport;

beforeAll(async () => {
    report = await loadReport('examples/gov-drinking-water.pbm', 'zh');
});

function grid(form: 'self-evaluation' | 'monitoring' | 'targets', figures: PlanFigures) {
    return sheetGrid(buildFormWorkbook(form, figures, report.diagnostics, 'zh').sheets[0]);
}

function row(rows: ReturnType<typeof grid>, col: number, value: string) {
    const found = rows.filter(r => r[col] === value);
    expect(found, value).toHaveLength(1);
    return found[0];
}

describe('a plan scored by classes (gov-drinking-water, mid-year)', () => {
    test('分值: each government class\'s points are split over its KPIs by their weight in the plan', () => {
        const rows = grid('self-evaluation', report.figures);
        const government = report.figures.government!;
        for (const indicatorClass of ['output', 'benefit', 'satisfaction'] as const) {
            const kpis = report.figures.goals.flatMap(g => g.kpis.filter(k => k.indicatorClass === indicatorClass).map(k => ({ k, g })));
            const classWeight = kpis.reduce((total, { k, g }) => total + g.weight * k.weight, 0);
            let points = 0;
            for (const { k, g } of kpis) {
                const cells = row(rows, 3, k.kpi.title!);
                expect(cells[6]).toBeCloseTo(government.maxPoints[indicatorClass] * g.weight * k.weight / classWeight, 12);
                points += cells[6] as number;
            }
            expect(points).toBeCloseTo(government.maxPoints[indicatorClass], 9);
        }
    });

    test('年初预算数 = 全年预算数 = the allocated total; the source rows are blank', () => {
        const rows = grid('self-evaluation', report.figures);
        expect(row(rows, 1, '年度资金总额').slice(3, 5)).toEqual([5140, 5140]);
        for (const source of ['其中：当年财政拨款', '上年结转资金', '其他资金']) expect(row(rows, 1, source).slice(3, 6)).toEqual([null, null, null]);
    });

    test('偏差原因 and 纠偏措施 name the findings about a lagging KPI\'s goal and their actions; an achieved KPI has none', () => {
        const rows = grid('monitoring', report.figures);
        const lagging = row(rows, 3, '新建集中供水工程数量');
        expect(lagging[8]).toBe('2 处工程因用地协调滞后未按期开工；工程进度款拨付滞后，资金支出进度低于序时进度；6 月中旬持续强降雨，3 处管网工程停工 12 天');
        expect(lagging[9]).toBe('会同乡镇政府成立用地协调专班，逐村签订用地协议；按月审核工程计量，进度款 10 个工作日内拨付；汛后增加施工班组，压茬推进管网铺设');
        expect(lagging[7]).toBe('确定能');
        const achieved = row(rows, 3, '工程竣工验收合格率');
        expect(achieved.slice(8, 10)).toEqual([null, null]);
        expect(row(rows, 3, '工程按期完工率')[7]).toBe('有可能');
    });
});

describe('a points-scored plan with awards (gov-points-2026, year end)', () => {
    let points: LoadedReport;
    beforeAll(async () => {
        points = await loadReport('examples/gov-points-2026.pbm', 'zh');
    });
    const sheet = (form: 'self-evaluation' | 'targets') => sheetGrid(buildFormWorkbook(form, points.figures, points.diagnostics, 'zh').sheets[0]);

    test('分值 are the KPIs\' points, 得分 the awards; an award that differs from the result names the computed score and the reason', () => {
        const rows = sheet('self-evaluation');
        expect(row(rows, 3, '★新增和改善受益人口').slice(6, 9)).toEqual([15, 13,
            '评价得分，按完成情况计算为 14.86 分。评分理由：建档立卡户中有新增死亡人员，受益人口少 79 人。偏差原因：建档立卡户中有新增死亡人员，受益人口未达年初目标；2 处工程因水源调整并入城乡供水一体化项目，未再维修。改进措施：2027 年按最新人口数据核定受益人口目标；年初即与城乡供水一体化项目核对维修清单。']);
        // Full marks at 118 of 120 (award-lenient): the award stands, the computed 14.75 beside it.
        expect(row(rows, 3, '★维修养护工程处数').slice(6, 8)).toEqual([15, 15]);
        expect(row(rows, 3, '★维修养护工程处数')[8]).toMatch(/^评价得分，按完成情况计算为 14\.75 分。偏差原因/);
        // An award equal to what the result earns needs no note.
        expect(row(rows, 3, '维修工程验收合格率').slice(6, 9)).toEqual([10, 10, null]);
    });

    test('the execution row, 总分 and 等级 are the awarded ones, the computed total beside them', () => {
        const rows = sheet('self-evaluation');
        expect(row(rows, 1, '年度资金总额').slice(3, 9)).toEqual([500, 500, 489, 10, 0.978, 9.8]);
        expect(row(rows, 0, '总分').slice(6, 9)).toEqual([100, 96.3, '按完成情况计算 97.89 分（其中预算执行率 9.78 分）']);
        expect(row(rows, 0, '等级')[6]).toBe('优');
    });

    test('a date target (时效) is its date, done by: ≤ in the self-evaluation, the date beside 指标性质 in the targets form', () => {
        expect(row(sheet('self-evaluation'), 3, '维修养护完成时间').slice(4, 6)).toEqual(['≤ 2026年11月30日', '2026年11月25日']);
        expect(row(sheet('targets'), 3, '维修养护完成时间').slice(4, 8)).toEqual(['≤', '2026年11月30日', null, 5]);
    });
});

describe('adjusted budgets and funding sources (gov-monitoring-2026)', () => {
    let money: LoadedReport;
    beforeAll(async () => {
        money = await loadReport('examples/gov-monitoring-2026.pbm', 'zh');
    });
    const sheet = (form: 'self-evaluation' | 'monitoring' | 'targets') => sheetGrid(buildFormWorkbook(form, money.figures, money.diagnostics, 'zh').sheets[0]);

    test('年初预算数 is the amount as written, 全年预算数 the adjusted one, for the plan and each line', () => {
        expect(row(sheet('self-evaluation'), 1, '年度资金总额').slice(3, 6)).toEqual([210, 202, 199.02]);
        const rows = sheet('monitoring');
        expect(row(rows, 1, '年度资金总额').slice(3, 6)).toEqual([210, 202, 199.02]);
        expect(row(rows, 1, '乡镇空气质量监测设备购置').slice(3, 6)).toEqual([100, 90, 88.02]);
        expect(row(rows, 1, '专项工作聘用人员经费').slice(3, 6)).toEqual([30, 32, 32]);
        expect(row(rows, 1, '大气污染走航监测服务').slice(3, 6)).toEqual([60, 60, 59]);
        expect(row(sheet('targets'), 1, '年度资金总额')[3]).toBe(210);
    });

    test('the source rows split the adjusted budget; their 年初预算数 is unknown once a sourced line is adjusted', () => {
        const rows = sheet('monitoring');
        expect(row(rows, 1, '其中：当年财政拨款').slice(3, 6)).toEqual([null, 175, 172.5]);
        expect(row(rows, 1, '上年结转资金').slice(3, 6)).toEqual([null, 10, 9.52]);
        expect(row(rows, 1, '其他资金').slice(3, 6)).toEqual([null, 17, 17]);
        expect(row(sheet('targets'), 1, '其中：当年财政拨款')[3]).toBeNull();
    });
});

describe('money in 万元', () => {
    test('an amount with cents is stored as its exact 万元 figure, without floating-point noise from the sums', async () => {
        const plan = [
            'plan P "P" { period 2026-01-01 to 2026-12-31 as of 2026-12-31 profile government currency CNY language zh }',
            'goal G "建设" { kpi K "完成数" { class output.quantity unit "个" target >= 1 } }',
            'budget B "设备" { category equipment amount 100_000.01 sources fiscal 10_000.01, other 90_000 funds G }',
            'budget C "服务" { category services amount 0.3 sources fiscal 0.1, other 0.2 funds G }',
            'checkpoint Q4 2026-12-31 { measure K 1 source "台账" spend B 0.1 from fiscal source "国库" spend C 0.2 from fiscal source "国库" }',
            ''
        ].join('\n');
        const loaded = await reportOfText(plan, 'zh');
        const rows = sheetGrid(buildFormWorkbook('monitoring', loaded.figures, loaded.diagnostics, 'zh').sheets[0]);
        expect(row(rows, 1, '设备').slice(3, 6)).toEqual([10.000001, 10.000001, 0.00001]);
        expect(row(rows, 1, '年度资金总额').slice(3, 6)).toEqual([10.000031, 10.000031, 0.00003]);
        expect(row(rows, 1, '其中：当年财政拨款').slice(3, 6)).toEqual([1.000011, 1.000011, 0.00003]);
        expect(row(rows, 1, '其他资金').slice(3, 6)).toEqual([9.00002, 9.00002, 0]);
    });
});
