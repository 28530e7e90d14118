import { describe, expect, test } from 'vitest';
import { BASE_PLAN, hoverAt } from './lsp-helpers.js';

const MONITORED = BASE_PLAN + `checkpoint Q1 2026-03-31 {
    measure Cost 95 source "ERP"
    spend Tools 600k source "GL"
}
`;

describe('hover', () => {
    test('a goal: owner, weight, score and status, money', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('goal Cut', 'goal C|ut') });
        expect(text).toContain('**goal** `Cut` — Cut costs');
        expect(text).toContain('Owner: Operations (Ops)');
        expect(text).toContain('Weight: 100.0%');
        // (100 - 95) / (100 - 90) = 50% achieved, capped score 50%.
        expect(text).toContain('Score: 50.0%');
        expect(text).toContain('Allocated: 2,400,000.00 CNY');
        expect(text).toContain('Spent: 600,000.00 CNY (25.0%)');
    });

    test('a KPI through a reference: baseline → target, latest actual, achievement vs expected', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('measure Cost 95', 'measure Co|st 95') });
        expect(text).toContain('**KPI** `Cost` — Unit cost');
        expect(text).toContain('Baseline 100 CNY → Target <= 90 CNY');
        expect(text).toContain('Latest actual: 95 CNY (2026-03-31)');
        expect(text).toMatch(/Achievement: 50\.0% · expected 49\.\d% · on track/);
    });

    test('a budget line: amount, spent, execution rate, goals funded', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('spend Tools', 'spend To|ols') });
        expect(text).toContain('Amount: 2,400,000.00 CNY');
        expect(text).toContain('Spent: 600,000.00 CNY');
        expect(text).toContain('Execution rate: 25.0%');
        expect(text).toContain('Funds: Cut 100%');
    });

    test('a KPI without measure says so', async () => {
        const text = await hoverAt({ 'plan.pbm': BASE_PLAN.replace('kpi Cost', 'kpi Co|st') });
        expect(text).toContain('Latest actual: no measure yet');
        expect(text).toContain('not started');
    });

    test.each([
        ['amount 2.|4M', '`2.4M` = 2,400,000.00 CNY'],
        ['spend Tools 60|0k', '`600k` = 600,000.00 CNY']
    ])('a number with a magnitude suffix (%s) shows its full value', async (marked, expected) => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace(marked.replace('|', ''), marked) });
        expect(text).toBe(expected);
    });

    test('a baseline with 万 is a plain number, not money', async () => {
        const text = await hoverAt({ 'plan.pbm': BASE_PLAN.replace('baseline 100 ', 'baseline 1|2万 ') });
        expect(text).toBe('`12万` = 120,000');
    });

    test('in Chinese', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('goal Cut', 'goal C|ut') }, 'plan.pbm', 'zh');
        expect(text).toContain('**绩效目标** `Cut`');
        expect(text).toContain('责任单位: Operations (Ops)');
        expect(text).toContain('进展正常');
    });

    test('the plan: score, grade and money', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('plan P', 'plan |P') });
        expect(text).toContain('**plan** `P` — Test plan');
        expect(text).toContain('Score: 50 (poor)');
        expect(text).toContain('Spent: 600,000.00 CNY (25.0%)');
    });

    test('a unit through a reference: its lead', async () => {
        const text = await hoverAt({ 'plan.pbm': MONITORED.replace('owner Ops', 'owner O|ps') });
        expect(text).toBe('**unit** `Ops` — Operations\n\nLead: Li');
    });
});

describe('hover: money as the forms hold it and findings that explain (§8.4, §8.5)', () => {
    const V2 = `plan P "P" {
    period 2026-01-01 to 2026-12-31
    as of 2026-12-31
    total budget 1.2M
}
unit Ops "Operations"
goal Cut "Cut costs" {
    owner Ops
    due 2026-12-31
    kpi Cost "Unit cost" { unit "CNY" baseline 100 target <= 90 frequency yearly }
}
budget Tools "Tooling" {
    category equipment
    amount 1M
    adjusted 900k reason "Tender savings"
    sources fiscal 800k, carryover 100k
    funds Cut
}
checkpoint Year 2026-12-31 {
    measure Cost 94 source "ERP"
    spend Tools 600k from fiscal source "GL"
    spend Tools 50k from carryover source "GL"
}
review Annual "Annual review" 2026-12-20 {
    finding Steel "Steel prices rose 12%" { affects Cost cause external severity high }
    action Retender "Re-tender the steel contracts" { addresses Steel owner Ops due 2027-03-31 }
}
`;

    test('a budget line: initial and adjusted budget with its reason, spending by funding source', async () => {
        const text = await hoverAt({ 'plan.pbm': V2.replace('spend Tools 600k', 'spend To|ols 600k') });
        expect(text).toContain('Initial budget: 1,000,000.00 CNY');
        expect(text).toContain('Adjusted budget: 900,000.00 CNY (reason: Tender savings)');
        expect(text).toContain('Execution rate: 72.2%');
        expect(text).toContain('Funding sources: current-year fiscal appropriation 600,000.00 CNY / 800,000.00 CNY (75.0%); carry-over from prior years 50,000.00 CNY / 100,000.00 CNY (50.0%)');
    });

    test('a KPI explained by a finding shows the finding and its actions, in Chinese too', async () => {
        const marked = { 'plan.pbm': V2.replace('kpi Cost', 'kpi Co|st') };
        const text = await hoverAt(marked);
        expect(text).toContain('Explained by: Steel prices rose 12% (`Steel`)');
        expect(text).toContain('Measures: Re-tender the steel contracts (`Retender`)');
        const zh = await hoverAt(marked, 'plan.pbm', 'zh');
        expect(zh).toContain('原因说明: Steel prices rose 12% (`Steel`)');
        expect(zh).toContain('改进措施: Re-tender the steel contracts (`Retender`)');
    });

    test('the plan: the approved total budget beside what is allocated', async () => {
        const text = await hoverAt({ 'plan.pbm': V2.replace('plan P', 'plan |P') });
        expect(text).toContain('Allocated: 900,000.00 CNY');
        expect(text).toContain('Initially allocated: 1,000,000.00 CNY');
        expect(text).toContain('Approved total budget: 1,200,000.00 CNY (54.2% of the total budget)');
    });

    test('a plan without checkpoints says it is not monitored yet', async () => {
        const text = await hoverAt({ 'plan.pbm': V2.replace('plan P', 'plan |P').replace(/checkpoint Year[\s\S]*?\n}\n/, '') });
        expect(text).toContain('Not monitored yet');
        expect(text).toContain('Score: —');
    });

    test('mid-year, a plan without checkpoints has no projected score either', async () => {
        const text = await hoverAt({ 'plan.pbm': V2.replace('plan P', 'plan |P').replace('as of 2026-12-31', 'as of 2026-06-30').replace(/checkpoint Year[\s\S]*?\n}\n/, '') });
        expect(text).toContain('Not monitored yet');
        expect(text).toContain('Score: —');
        // Nothing to project from before the first checkpoint.
        expect(text).not.toContain('Projected score');
    });
});
