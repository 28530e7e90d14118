/**
 * Each v2 column of the forms reads one figure field (LANGUAGE.md §8.10)
 * when the figures carry it, and falls back to the v1 figures until then:
 * 分值 per government class split by weight, 得分 = 分值 × capped achievement,
 * 年初预算数 = the allocated total, blank source rows, likelihood from the
 * projection, 偏差原因 from the findings about the KPI's goal.
 */
import type { PlanFigures } from 'pbm-language';
import { buildFormWorkbook, sheetGrid } from 'pbm-language/export';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport, type LoadedReport } from '../report/report-helpers.js';

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

describe('v1 figures (today)', () => {
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

describe('v2 figures (when they land)', () => {
    /** The gov example's figures with the v2 fields of §8.10 added, as the figures module will give them. */
    function withV2(figures: PlanFigures): PlanFigures {
        const finding = figures.model.findings[3];
        return {
            ...figures,
            execution: { points: 10, earned: 4.68, awarded: 4.5, projected: 4.68 },
            initialAllocated: 52_000_000,
            awardedScore: 91.2,
            awardedGrade: 'excellent',
            budgets: figures.budgets.map((b, i) => ({
                ...b,
                adjusted: i === 0 ? 20_000_000 : null,
                sources: i === 0 ? [{ source: 'fiscal', amount: 18_000_000, spent: 7_000_000 }, { source: 'own', amount: 2_000_000, spent: 1_400_000 }] : []
            })),
            goals: figures.goals.map(g => ({
                ...g,
                kpis: g.kpis.map(k => ({ ...k, points: 4.5, earned: 4, awarded: k.name === '管网长度' ? 3.5 : null, likelihood: 'unlikely', explainedBy: k.name === '管网长度' ? [finding.name] : [] }))
            }))
        } as unknown as PlanFigures;
    }

    test('self-evaluation: 分值, 得分 (awarded before earned), execution row, 年初预算数, sources, 总分 and 等级 read the v2 fields', () => {
        const rows = grid('self-evaluation', withV2(report.figures));
        expect(row(rows, 3, '新建及改造供水管网长度').slice(6, 9)).toEqual([4.5, 3.5, '偏差原因：部分乡镇水质检测数据未及时上传监管平台。改进措施：检测数据由检测中心直报平台，乡镇不再二次录入（已完成）。']);
        expect(row(rows, 3, '新建集中供水工程数量').slice(6, 9)).toEqual([4.5, 4, null]);
        expect(row(rows, 1, '年度资金总额').slice(3, 9)).toEqual([5200, 5140, 2404, 10, report.figures.executionRate, 4.5]);
        expect(row(rows, 1, '其中：当年财政拨款').slice(3, 6)).toEqual([1800, 1800, 700]);
        expect(row(rows, 1, '其他资金').slice(3, 6)).toEqual([200, 200, 140]);
        expect(row(rows, 0, '总分')[7]).toBe(91.2);
        expect(row(rows, 0, '等级')[6]).toBe('优');
    });

    test('monitoring: a line\'s 年初预算数 is its amount, 全年预算数 its adjusted amount; 完成目标可能性 reads likelihood', () => {
        const rows = grid('monitoring', withV2(report.figures));
        expect(row(rows, 1, '集中供水工程新建施工').slice(3, 5)).toEqual([2200, 2000]);
        expect(row(rows, 1, '供水管材管件采购').slice(3, 5)).toEqual([980, 980]);
        expect(row(rows, 3, '新建集中供水工程数量')[7]).toBe('可能性小');
    });
});
