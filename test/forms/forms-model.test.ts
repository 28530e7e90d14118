/**
 * The forms model (LANGUAGE.md §8.1–8.3, 8.6, 8.7): a real-form-like plan
 * encoded with points and awards gives the published total as its awarded
 * score with the computed score beside it; a mid-year plan gives projected
 * achievements, likelihoods, a projected score and grade; at year end the
 * statuses are achieved / mostly achieved / not achieved.
 */
import { describe, expect, test } from 'vitest';
import { buildPlan, withCode } from '../helpers.js';
import { hoverAt } from '../lsp/lsp-helpers.js';
import { reportOfText } from '../report/report-helpers.js';

/**
 * A 项目支出绩效自评表 as published: execution 10 points, indicators 90;
 * 指标值 as numbers, a date and a text; the evaluator's 得分 per row, total 94.
 */
const FORM = `plan 参合2021 "城乡居民医保参合项目" {
    period 2021-01-01 to 2021-12-31
    as of 2021-12-31
    profile government
    language zh
}
unit 医保股 "医保股"
strategy 民生 "保障民生"
goal 参合 "完成参合任务" {
    owner 医保股 supports 民生 due 2021-12-31 description "全年参合。"
    kpi 参合人数 "参合人数" { class output.quantity points 15 core unit "人" target >= 8755 frequency yearly formula "参合人数" }
    kpi 建设数量 "服务点建设" { class output.quantity points 20 unit "个" target >= 12 frequency yearly formula "个数" }
    kpi 质量 "资料合格率" { class output.quality points 15 unit "%" target >= 100 frequency yearly formula "合格 ÷ 全部" }
    kpi 时效 "完成时间" { class output.timeliness points 10 target <= 2021-12-31 }
    kpi 成本 "人均成本" { class cost.economic points 10 unit "元" target <= 500 frequency yearly formula "支出 ÷ 人数" }
    kpi 效益 "群众看病负担减轻" { class benefit.social points 10 target "负担明显减轻" }
    kpi 满意度 "参合群众满意度" { class satisfaction.service points 10 unit "%" target >= 90 frequency yearly formula "满意 ÷ 调查" }
}
budget 补助 "参合补助" { category personnel amount 100万 funds 参合 }
budget 系统 "信息系统" { category technology amount 0 funds 参合 }
checkpoint 年末 2021-12-31 {
    measure 参合人数 8676 source "参合台账"
    measure 建设数量 12 source "台账"
    measure 质量 98 source "抽查"
    measure 时效 2021-12-20 source "完成报告"
    measure 成本 480 source "结算"
    measure 效益 achieved source "评价"
    measure 满意度 95 source "问卷"
    spend 补助 99.1万 source "国库"
}
review 自评 "2021 年度自评" 2021-12-31 {
    finding 死亡 "建档立卡中有新增死亡人员" { affects 参合 cause external severity low }
    action 核定 "按最新人口核定任务" { addresses 死亡 owner 医保股 due 2022-03-31 status open }
    award execution 9.9
    award 参合人数 13 reason "建档立卡中有新增死亡人员"
    award 建设数量 20
    award 质量 14
    award 时效 10
    award 成本 10
    award 效益 9 reason "群众反映报销流程仍较繁琐"
    award 满意度 8.1 reason "问卷样本不足"
}
`;

describe('a self-evaluation form encoded with points and awards', () => {
    test('the awarded score is the published total; the computed score is beside it', async () => {
        const report = await reportOfText(FORM, 'zh');
        const plan = report.figures;
        expect(plan.scoring).toBe('points');
        expect(plan.final).toBe(true);
        expect(plan.awardedScore).toBeCloseTo(94, 3);
        expect(plan.awardedGrade).toBe('excellent');
        const computed = 10 * 0.991 + 15 * 8676 / 8755 + 20 + 15 * 98 / 100 + 10 + 10 + 10 + 10;
        expect(plan.score).toBeCloseTo(computed, 3);
        expect(plan.projectedScore).toBeCloseTo(computed, 3); // final: projected = score
        expect(plan.execution).toEqual({ points: 10, earned: expect.closeTo(9.91, 6), awarded: 9.9, projected: expect.closeTo(9.91, 6) });
        const json = JSON.parse(report.render({ format: 'json' }));
        expect(json.plan).toMatchObject({ scoring: 'points', final: true, awardedScore: 94, awardedGrade: 'excellent' });
        const kpi = json.goals[0].kpis.find((k: { name: string }) => k.name === '参合人数');
        expect(kpi).toMatchObject({ points: 15, awarded: 13, core: true, cumulative: false, likelihood: null, status: 'mostly-achieved' });
        expect(kpi.earned).toBeCloseTo(15 * 8676 / 8755, 6);
        // No errors: the form adds up to 100 points.
        expect(report.diagnostics.filter(d => d.severity === 'error')).toEqual([]);
    });

    test('the execution row reads the adjusted (effective) budget (§8.4 with §8.2)', async () => {
        // 补助 adjusted from 100万 to 110万: 99.1万 spent is 90.09% of it, so the row earns 9.01 of its 10 points.
        const text = FORM.replace('amount 100万 funds 参合', 'amount 100万 adjusted 110万 reason "追加" sources fiscal 110万 funds 参合');
        const plan = (await reportOfText(text, 'zh')).figures;
        expect(plan.initialAllocated).toBe(1_000_000);
        expect(plan.allocated).toBe(1_100_000);
        expect(plan.execution?.earned).toBeCloseTo(10 * 991_000 / 1_100_000, 9);
        const computed = 10 * 991_000 / 1_100_000 + 15 * 8676 / 8755 + 20 + 15 * 98 / 100 + 10 + 10 + 10 + 10;
        expect(plan.score).toBeCloseTo(computed, 9);
    });

    test('the report shows awarded beside computed and every row where they differ', async () => {
        const report = await reportOfText(FORM, 'zh');
        const markdown = report.render({ format: 'md' });
        expect(markdown).toContain('**评价得分：94.0** — 等级：优 · 计算得分 99.5');
        expect(markdown).toContain('计算得分 99.5');
        expect(markdown).toContain('评价得分与计算得分对照');
        // The 参合人数 row: 15 points, computed 14.86, awarded 13, −1.86, with its reason.
        expect(markdown).toContain('| ★ 参合人数 | 15 | 14.86 | 13 | -1.86 | 未完成目标 | 建档立卡中有新增死亡人员 |');
        expect(markdown).toContain('| 预算执行率 | 10 | 9.91 | 9.9 | -0.01 | 未完成目标 | — |');
        // Rows whose award equals the computed points are not in the leniency view.
        expect(markdown).not.toContain('| 服务点建设 | 20 | 20 | 20 |');
    });

    test('hover on an award shows the arithmetic and the reason', async () => {
        const text = await hoverAt({ 'plan.pbm': FORM.replace('award 参合人数 13', 'award 参合人数 1|3') }, 'plan.pbm', 'en');
        expect(text).toContain('13 of 15 awarded · computed 14.86 = 15 × 8676 / 8755 · reason 建档立卡中有新增死亡人员');
    });

    test('hover on the KPI shows the same line', async () => {
        const text = await hoverAt({ 'plan.pbm': FORM.replace('kpi 参合人数', 'kpi 参合|人数') }, 'plan.pbm', 'en');
        expect(text).toContain('Points: 13 of 15 awarded · computed 14.86 = 15 × 8676 / 8755');
    });

    test('full marks for a missed target is award-lenient; a gap without reason is award-unexplained', async () => {
        const lenient = FORM.replace('award 参合人数 13 reason "建档立卡中有新增死亡人员"', 'award 参合人数 15').replace('award 质量 14', 'award 质量 12');
        const workspace = await buildPlan(lenient);
        const diagnostics = workspace.diagnostics('plan.pbm');
        expect(withCode(diagnostics, 'award-lenient').map(d => d.message)).toEqual([
            "'参合人数' is awarded its full 15 points though its target was missed (99.1% achieved). Check the award: it is what a finance reviewer checks first."
        ]);
        expect(withCode(diagnostics, 'award-unexplained').map(d => d.message)).toEqual([
            "The award 12 for '质量' differs from the 14.7 points its result earns, and gives no reason. Add reason \"…\" saying why the evaluator awarded it."
        ]);
    });
});

/** Mid-year, weights: 4 KPIs of equal weight, as of 2026-06-30 (elapsed 180 / 364). */
const MID_YEAR = `plan Mid "Mid-year" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit Ops "Ops"
strategy S "S"
goal G "G" {
    owner Ops supports S due 2026-12-31 description "d"
    kpi Two "Two measures" { unit "u" baseline 0 target >= 100 frequency quarterly }
    kpi One "One measure" { unit "u" baseline 0 target >= 10 frequency half-yearly }
    kpi Qual "Graded" { target "Certified" }
    kpi None "No measure" { unit "u" baseline 0 target >= 5 frequency yearly }
}
budget B "B" { category personnel amount 100k funds G }
budget T "T" { category technology amount 100k funds G }
checkpoint Q1 2026-03-31 { measure Two 20 source "s" }
checkpoint Q2 2026-06-30 {
    measure Two 45 source "s"
    measure One 6 source "s"
    measure Qual partial 70% source "s"
    spend B 50k source "s"
    spend T 40k source "s"
}
`;

describe('mid-year: projected achievement, likelihood, projected score and grade (§8.7)', () => {
    test('per KPI', async () => {
        const { figures } = await reportOfText(MID_YEAR);
        const elapsed = 180 / 364;
        const kpi = (name: string) => figures.goals[0].kpis.find(k => k.name === name)!;
        // Least squares through (day 89, 20) and (day 180, 45), evaluated at day 364.
        const trend = 45 + (25 / 91) * 184;
        expect(kpi('Two').projectedAchievement).toBeCloseTo(trend / 100, 9);
        expect(kpi('Two').likelihood).toBe('possible');
        expect(kpi('One').projectedAchievement).toBeCloseTo(0.6 / elapsed, 9);
        expect(kpi('One').likelihood).toBe('certain');
        expect(kpi('Qual').projectedAchievement).toBeCloseTo(0.7, 9);
        expect(kpi('Qual').likelihood).toBe('unlikely');
        expect(kpi('None').projectedAchievement).toBeNull();
        expect(kpi('None').likelihood).toBeNull();
        expect(figures.final).toBe(false);
        const projected = 100 * 0.25 * (trend / 100 + 1 + 0.7 + 0);
        expect(figures.projectedScore).toBeCloseTo(projected, 6);
        expect(figures.projectedGrade).toBe('fair');
        expect(figures.score).toBeCloseTo(100 * 0.25 * (0.45 + 0.6 + 0.7), 6);
        expect(figures.grade).toBe('poor');
    });

    test('the report leads with the projected score and grade, labelled projected, beside the score to date', async () => {
        const report = await reportOfText(MID_YEAR);
        const markdown = report.render({ format: 'md' });
        expect(markdown).toContain('**Projected score: 66.4** — projected grade: fair · score to date 43.8');
        // Each KPI's projection and likelihood stand in its achievement cell (the table keeps its columns).
        expect(markdown).toMatch(/\| Two measures \| 25\.0% \|[^\n]*45\.0%; Projected 95\.5%; possible \|/);
        expect(markdown).not.toContain('**Plan score');
        expect(markdown).toContain('grade “fair” (projected)');
        const zh = report.render({ format: 'md', lang: 'zh' });
        expect(zh).toContain('**预计得分：66.4** — 预计等级：中 · 截至目前 43.8 分');
        const json = JSON.parse(report.render({ format: 'json' }));
        expect(json.plan).toMatchObject({ final: false, projectedGrade: 'fair', awardedScore: null, awardedGrade: null, execution: null, scoring: 'weights' });
        expect(json.goals[0].kpis.map((k: { likelihood: string | null }) => k.likelihood)).toEqual(['possible', 'certain', 'unlikely', null]);
    });
});

const YEAR_END = `plan End "Year end" {
    period 2026-01-01 to 2026-12-31
    as of 2026-12-31
}
unit Ops "Ops"
strategy S "S"
goal G "G" {
    owner Ops supports S due 2026-12-31 description "d"
    kpi A "99%" { unit "u" baseline 0 target >= 100 frequency yearly }
    kpi B "75%" { unit "u" baseline 0 target >= 100 frequency yearly }
    kpi C "100%" { unit "u" baseline 0 target >= 100 frequency yearly }
    kpi D "none" { unit "u" baseline 0 target >= 100 frequency yearly }
}
goal Early "Done in June" {
    owner Ops supports S due 2026-06-30 description "d"
    kpi E "80%" { unit "u" baseline 0 target >= 10 frequency yearly }
}
budget P "P" { category personnel amount 100k funds G, Early 0% }
budget T "T" { category technology amount 100k funds G }
checkpoint Y 2026-12-31 {
    measure A 99 source "s"
    measure B 75 source "s"
    measure C 100 source "s"
    measure E 8 source "s"
    spend P 95k source "s"
    spend T 95k source "s"
}
review R "Review" 2026-12-31 {
    finding F "Why" { affects G, Early cause internal severity low }
    action X "Fix" { addresses F owner Ops due 2027-03-31 status open }
}
`;

describe('year end: statuses at and after the due date (§8.6)', () => {
    test('achieved, mostly achieved (≥ 80%), not achieved (below, or no measure)', async () => {
        const { figures } = await reportOfText(YEAR_END);
        const statuses = Object.fromEntries(figures.goals.flatMap(g => g.kpis.map(k => [k.name, k.status])));
        expect(statuses).toEqual({ A: 'mostly-achieved', B: 'not-achieved', C: 'achieved', D: 'not-achieved', E: 'mostly-achieved' });
        expect(figures.goals.map(g => g.status)).toEqual(['not-achieved', 'mostly-achieved']);
        expect(figures.goals[0].kpis.every(k => k.likelihood === null)).toBe(true);
    });

    test('`mostly achieved` is a rule', async () => {
        const { figures } = await reportOfText(YEAR_END.replace('as of 2026-12-31', 'as of 2026-12-31 rules { mostly achieved 70% }'));
        expect(figures.goals[0].kpis.find(k => k.name === 'B')!.status).toBe('mostly-achieved');
    });

    test('a KPI past its due missed its target: the message says so, never "catch up"', async () => {
        for (const lang of ['en', 'zh'] as const) {
            const workspace = await buildPlan(YEAR_END, lang);
            const lag = withCode(workspace.diagnostics('plan.pbm'), 'kpi-lag');
            expect(lag.length).toBe(2); // B (75%) and D has no measure, so no lag; E (80%) lags 20%
            for (const d of lag) {
                expect(d.message).toMatch(lang === 'en' ? /the target was missed/ : /未完成目标/);
                expect(d.message).not.toMatch(/catch-up|speed up|加快/i);
            }
        }
    });

    test('a year-to-date (cumulative) KPI is actual ÷ target, not progress from last year’s total', async () => {
        const plan = YEAR_END.replace('kpi A "99%" { unit "u" baseline 0 target >= 100', 'kpi A "Training hours" { unit "h" baseline 24 target >= 32 cumulative')
            .replace('checkpoint Y 2026-12-31 {', `checkpoint Q1 2026-03-31 { measure A 6 source "s" }
checkpoint Q2 2026-06-30 { measure A 14 source "s" }
checkpoint Q3 2026-09-30 { measure A 25 source "s" }
checkpoint Y 2026-12-31 {`).replace('measure A 99 source "s"', 'measure A 36 source "s"');
        const { figures } = await reportOfText(plan);
        const a = figures.goals[0].kpis.find(k => k.name === 'A')!;
        expect(a.achievement).toBeCloseTo(36 / 32, 9);
        expect(a.status).toBe('achieved');
    });
});
