/**
 * Money as the forms hold it (LANGUAGE.md §8.4), findings that explain
 * (§8.5) and the monitoring record (§8.8) as the JSON (§8.10) and the
 * Markdown report show them. The arithmetic is written next to each figure.
 */
import { describe, expect, test } from 'vitest';
import { reportOfText } from './report-helpers.js';

/**
 * A government plan at the year end: 设备 adjusted from 100万 to 90万 with
 * fiscal 80万 + carryover 10万; half-way it had spent 18万 (20% of 90万 with
 * 180/364 = 49.5% of the year gone: a red alert, 20 / 49.5 < 60%), by the
 * year end 88.02万 (97.8%). 服务 is not adjusted and has no sources.
 */
const PLAN = `plan 监控 "监控计划" {
    period 2026-01-01 to 2026-12-31
    as of 2026-12-31
    total budget 200万
    profile government
    language zh
}
unit 站 "监测站"
strategy 蓝天 "蓝天保卫战"
goal 能力 "监测能力" {
    owner 站
    supports 蓝天
    due 2026-12-31
    description "建站"
    kpi 站点 "新建站点" { class output.quantity unit "个" baseline 0 target >= 12 frequency quarterly formula "数" }
    kpi 浓度 "PM2.5 浓度" { class benefit.ecological unit "μg/m³" baseline 38 target <= 35 frequency quarterly formula "均值" }
}
budget 设备 "监测设备" {
    category equipment
    amount 100万
    adjusted 90万 reason "年中压减"
    sources fiscal 80万, carryover 10万
    funds 能力
}
budget 服务 "运维服务" { category services amount 60万 funds 能力 }
checkpoint H1 2026-06-30 {
    measure 站点 6 source "台账"
    measure 浓度 38 source "平台"
    spend 设备 18万 from fiscal source "国库"
    spend 服务 30万 source "国库"
}
checkpoint 年末 2026-12-31 {
    measure 站点 12 source "台账"
    measure 浓度 36 source "平台"
    spend 设备 60万 from fiscal source "国库"
    spend 设备 10.02万 from carryover source "国库"
    spend 服务 29万 source "国库"
}
review 自评 "年度自评" 2026-12-20 {
    finding 沙尘 "春季沙尘偏多" { affects 浓度 cause external severity medium }
    action 管控 "加强扬尘管控" { addresses 沙尘 owner 站 due 2027-03-31 }
}
`;

interface Json {
    plan: Record<string, unknown>;
    goals: Array<{ kpis: Array<Record<string, unknown>> }>;
    budgets: Array<Record<string, unknown>>;
    monitoring: Array<{ checkpoint: string; date: string; executionRate: number; alerts: Array<Record<string, unknown>> }>;
}

async function json(text: string): Promise<Json> {
    return JSON.parse((await reportOfText(text)).render({ format: 'json' })) as Json;
}

describe('money: initial, adjusted, sources (§8.4, §8.10)', () => {
    test('the plan allocates the effective budgets; initialAllocated the amounts as written', async () => {
        const { plan } = await json(PLAN);
        expect(plan.allocated).toBe(1_500_000);          // 90万 + 60万
        expect(plan.initialAllocated).toBe(1_600_000);   // 100万 + 60万
        expect(plan.spent).toBe(1_470_200);               // 88.02万 + 59万
        expect(plan.executionRate).toBeCloseTo(1_470_200 / 1_500_000, 12);
        expect(plan.totalBudget).toBe(2_000_000);
        expect(plan.totalBudgetExecutionRate).toBeCloseTo(1_470_200 / 2_000_000, 12);
        expect(plan.sources).toEqual([
            { source: 'fiscal', amount: 800_000, spent: 780_000, executionRate: 780_000 / 800_000 },
            { source: 'carryover', amount: 100_000, spent: 100_200, executionRate: 100_200 / 100_000 }
        ]);
        // The government execution row uses the effective budget: min(1, 147.02 / 150).
        expect((plan.government as { execution: number }).execution).toBeCloseTo(1_470_200 / 1_500_000, 12);
    });

    test('each line: amount as written, adjusted, the effective budget and its sources', async () => {
        const { budgets } = await json(PLAN);
        expect(budgets[0]).toMatchObject({
            name: '设备', amount: 1_000_000, adjusted: 900_000, adjustedReason: '年中压减', budget: 900_000,
            spent: 880_200, executionRate: 880_200 / 900_000, unattributedSpent: 0,
            sources: [
                { source: 'fiscal', amount: 800_000, spent: 780_000, executionRate: 0.975 },
                { source: 'carryover', amount: 100_000, spent: 100_200, executionRate: 1.002 }
            ]
        });
        expect(budgets[1]).toMatchObject({ name: '服务', amount: 600_000, adjusted: null, budget: 600_000, sources: [], unattributedSpent: 590_000 });
    });

    test('a spend from a source the line does not list counts for the line and as not from a listed source: the sources and it add up', async () => {
        const text = PLAN.replace('    spend 设备 18万 from fiscal source "国库"', '    spend 设备 18万 from fiscal source "国库"\n    spend 设备 2万 from own source "国库"');
        const { budgets } = await json(text);
        // 18 + 2 + 60 + 10.02 = 90.02万 spent; 2万 from 'own', which 设备 does not list (spend-source-unknown).
        expect(budgets[0]).toMatchObject({ spent: 900_200, unattributedSpent: 20_000 });
        const fromSources = (budgets[0].sources as Array<{ spent: number }>).reduce((total, source) => total + source.spent, 0);
        expect(fromSources + (budgets[0].unattributedSpent as number)).toBe(budgets[0].spent);
        expect((await reportOfText(text)).render({ format: 'md' })).toContain('| 来源未列明的支出 |');
    });
});

describe('the monitoring record (§8.8)', () => {
    test('a mid-year red alert appears at its checkpoint, closed at the year end', async () => {
        const { monitoring } = await json(PLAN);
        expect(monitoring.map(m => [m.checkpoint, m.date])).toEqual([['H1', '2026-06-30'], ['年末', '2026-12-31']]);
        // H1: 设备 18 / 90 = 20% against 49.5% (red); 站点 6 / 12 = 50% is on pace; 浓度 35 / 38 = 92%.
        expect(monitoring[0].alerts).toEqual([expect.objectContaining({
            code: 'budget-execution-lag', severity: 'error', level: 'red', target: '设备', kind: 'budget', value: 0.2, open: false
        })]);
        expect(monitoring[0].executionRate).toBeCloseTo(480_000 / 1_500_000, 12);
        expect(monitoring[1].alerts).toEqual([]);
    });

    test('an alert still standing at the reporting date is open', async () => {
        const lateText = PLAN.replace('as of 2026-12-31', 'as of 2026-09-30').replace(/checkpoint 年末[\s\S]*?\n}\n/, 'checkpoint Q3 2026-09-30 {\n    spend 服务 15万 source "国库"\n}\n');
        const { monitoring } = await json(lateText);
        expect(monitoring.map(m => m.checkpoint)).toEqual(['H1', 'Q3']);
        expect(monitoring[0].alerts[0]).toMatchObject({ code: 'budget-execution-lag', target: '设备', open: true });
        expect(monitoring[1].alerts[0]).toMatchObject({ code: 'budget-execution-lag', target: '设备', open: true });
    });

    test('the year-end report tells the red alert and its correction', async () => {
        const report = await reportOfText(PLAN);
        const zh = report.render({ format: 'md' });
        expect(zh).toContain('## 四、监控预警及纠偏情况');
        expect(zh).toContain('H1“监测设备”红色预警（执行进度20.0%，时间进度49.5%），经纠偏年末解除预警，截至报告日执行率达97.8%。');
        const en = report.render({ format: 'md', lang: 'en' });
        expect(en).toContain('## 4. Early warnings and corrections');
        expect(en).toContain('H1: red alert on “监测设备” (execution 20.0%, time 49.5%); corrected by 年末, execution now 97.8% at the reporting date.');
        expect(report.render({ format: 'html' })).toContain('<svg class="chart"');
    });

    test('at the year end, spending below the year-end threshold is not called in step with the calendar, and its lines are problems', async () => {
        // 设备 18 + 50 + 10.02 = 78.02万 of 90万 = 86.7%, 服务 30 + 21 = 51万 of 60万 = 85.0%; the plan 129.02万 of 150万 = 86.0%:
        // each within the yellow ratio of 100% elapsed (80%), each below the 90% year end.
        const low = PLAN.replace('    spend 服务 29万 source "国库"', '    spend 服务 21万 source "国库"').replace('    spend 设备 60万 from fiscal', '    spend 设备 50万 from fiscal');
        const report = await reportOfText(low);
        const zh = report.render({ format: 'md' });
        expect(zh).toContain('年末预算执行率未达到90.0%的要求。');
        expect(zh).not.toContain('基本匹配');
        // The problem analysis names each line below the year end.
        expect(zh).toContain('- “监测设备”年末预算执行率86.7%，未达到90.0%的要求。');
        expect(zh).toContain('- “运维服务”年末预算执行率85.0%，未达到90.0%的要求。');
        const en = report.render({ format: 'md', lang: 'en' });
        expect(en).toContain('Spending ended the period below the 90.0% execution expected by the year end.');
        expect(en).toContain('- Spending on “运维服务” ended the period at 85.0% of its budget, below the 90.0% expected by the year end.');
        expect(en).not.toContain('keeps pace');
        expect(en).not.toContain('in step');
    });

    test('two checkpoints on one date are one round of monitoring: its alert is counted once', async () => {
        const twice = PLAN.replace('checkpoint 年末 2026-12-31 {', 'checkpoint H1b 2026-06-30 {\n    measure 站点 6 source "台账"\n}\ncheckpoint 年末 2026-12-31 {');
        const { monitoring } = await json(twice);
        expect(monitoring.map(m => [m.checkpoint, m.alerts.length])).toEqual([['H1', 1], ['H1b', 1], ['年末', 0]]);
        const report = await reportOfText(twice);
        expect(report.render({ format: 'md' })).toContain('本计划共开展2次监控。共触发预警1项，截至报告日均已解除。');
        expect(report.render({ format: 'md', lang: 'en' })).toContain('The plan was monitored at 2 checkpoints. 1 early warning was raised; it was corrected by the reporting date.');
    });

    test('a KPI alert raised at the KPI\'s due date says the target was missed, never that it lags (§8.6)', async () => {
        // 站点 8 of 12 at the year end: 66.7% with all the time gone.
        const report = await reportOfText(PLAN.replace('measure 站点 12 source', 'measure 站点 8 source'));
        const data = JSON.parse(report.render({ format: 'json' })) as Json;
        expect(data.monitoring[1].alerts).toEqual([expect.objectContaining({ code: 'kpi-lag', target: '站点', open: true })]);
        expect(report.render({ format: 'md' })).toContain('年末“新建站点”指标未完成目标（完成66.7%，进度要求100.0%）');
        expect(report.render({ format: 'md', lang: 'en' })).toContain('年末: KPI target missed on “新建站点” (achievement 66.7%, expected 100.0%)');
        expect(report.render({ format: 'md', lang: 'en' })).not.toContain('KPI behind schedule');
    });

    test('the report shows execution by funding source and the total budget beside what is allocated', async () => {
        const md = (await reportOfText(PLAN)).render({ format: 'md' });
        expect(md).toContain('| 本年财政拨款 | 80.00万元 | 78.00万元 | 97.5% |');
        expect(md).toContain('| 上年结转 | 10.00万元 | 10.02万元 | 100.2% |');
        expect(md).toContain('各预算项目全年预算数（调整后）150.00万元，年初预算数160.00万元，已支出147.02万元，执行率98.0%。批复预算总额200.00万元，按此计算执行率73.5%');
    });
});

describe('findings explain a KPI (§8.5)', () => {
    test('JSON: explainedBy and the deviation analysis', async () => {
        const { goals } = await json(PLAN);
        const [stations, pm25] = goals[0].kpis;
        expect(stations.explainedBy).toEqual([]);
        expect(pm25.explainedBy).toEqual(['沙尘']);
        expect(pm25.deviation).toEqual({ findings: ['春季沙尘偏多'], actions: ['加强扬尘管控'] });
    });

    test("the report's deviation analysis (偏差原因分析及改进措施) names the finding and its action", async () => {
        const md = (await reportOfText(PLAN)).render({ format: 'md' });
        expect(md).toContain('**偏差原因分析及改进措施**');
        expect(md).toContain('- **PM2.5 浓度**：春季沙尘偏多。改进措施：加强扬尘管控。');
    });

    test('explained, the missed KPI raises no kpi-missed-unexplained', async () => {
        const explained = await reportOfText(PLAN);
        expect(explained.diagnostics.map(d => d.code)).not.toContain('kpi-missed-unexplained');
        const unexplained = await reportOfText(PLAN.replace('affects 浓度', 'affects 设备'));
        expect(unexplained.diagnostics.filter(d => d.code === 'kpi-missed-unexplained').map(d => d.message)).toHaveLength(1);
    });
});

describe('a plan not monitored yet (目标申报)', () => {
    const DECLARED = PLAN.replace('as of 2026-12-31', 'as of 2026-06-30').replace(/checkpoint[\s\S]*$/, '');

    test('no grade, no execution alerts, no monitoring record', async () => {
        const report = await reportOfText(DECLARED);
        const data = JSON.parse(report.render({ format: 'json' })) as Json;
        expect(data.plan.monitored).toBe(false);
        expect(data.plan.grade).toBeNull();
        // Nothing to project from either (§8.7 needs measures).
        expect(data.plan.projectedScore).toBeNull();
        expect(data.plan.projectedGrade).toBeNull();
        expect(data.plan.executionAlert).toBeNull();
        expect(data.monitoring).toEqual([]);
        expect(report.diagnostics.map(d => d.code)).not.toContain('budget-execution-lag');
    });

    test('the report says it has not been monitored yet', async () => {
        const report = await reportOfText(DECLARED);
        expect(report.render({ format: 'md' })).toContain('本计划尚未开展绩效监控');
        expect(report.render({ format: 'md', lang: 'en' })).toContain('The plan has not been monitored yet, so it has no score or grade.');
        // No pace verdict and no self-evaluation table without actuals.
        expect(report.render({ format: 'md', lang: 'en' })).not.toContain('Spending keeps pace with the calendar');
        // Nor in the main achievements: nothing spent is not 'in step' with the time elapsed.
        expect(report.render({ format: 'md', lang: 'en' })).not.toContain('in step with');
        expect(report.render({ format: 'md' })).not.toContain('基本匹配');
        expect(report.render({ format: 'md', lang: 'en' })).not.toContain('Performance self-evaluation');
        expect(report.render({ format: 'md', lang: 'en' })).not.toContain('Projected score');
    });
});
