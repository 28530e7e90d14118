/**
 * What the report says about a plan, as a reader sees it: the top problems
 * of the abstract and their order, the grouping of problems, overdue
 * actions, determinism, language and profile choices.
 */
import { ALL_CODES } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import { PROBLEM_GROUPS, problemGroupOfCause, problemGroupOfCode } from '../../packages/language/src/report/problem-groups.js';
import { reportOfText } from './report-helpers.js';

const PLAN_HEADER = `
plan P "Test plan" {
    organization "Test Org"
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency CNY
}
unit U "Unit" { lead "Lead" }
strategy S "Strategy" { perspective financial }
`;

function goal(name: string, kpis: string, extra = ''): string {
    return `goal ${name} "Goal ${name}" {
    owner U  supports S  perspective financial  priority high  due 2026-12-31  description "d"  ${extra}
    ${kpis}
}
`;
}

function kpi(name: string, target = 100): string {
    return `kpi ${name} "KPI ${name}" { unit "t" baseline 0 target >= ${target} frequency quarterly source "s" }`;
}

/** The Content-Security-Policy a page declares. */
function policyOf(html: string): string | undefined {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1];
    return meta?.replace(/&#39;/g, "'");
}

/** The numbered lines under the abstract's "main problems". */
function topProblems(markdown: string): string[] {
    const start = markdown.indexOf('**The main problems');
    const section = markdown.slice(start, markdown.indexOf('## 2.'));
    return section.split('\n').filter(line => /^\d\. /.test(line)).map(line => line.slice(3));
}

describe('top problems of the abstract', () => {
    test('errors first, then red problems by the size of their gap', async () => {
        const report = await reportOfText(PLAN_HEADER
            + goal('G1', kpi('K1'), 'weight 50%')
            + goal('G2', kpi('K2'), 'weight 50%')
            + `budget B1 "Line B1" { category other amount 1000 owner U funds G1 }
budget B2 "Line B2" { category other amount 1000 owner Nobody funds G2 }
checkpoint Q2 2026-06-30 {
    measure K1 5 source "s"
    measure K2 40 source "s"
    spend B1 100 source "s"
    spend B2 450 source "s"
}
review R "Review" 2026-06-30 {
    finding F "Finding F" { affects G1 cause external severity high }
    action A "Action A" { addresses F owner U due 2026-09-30 status open }
}
`);
        const problems = topProblems(report.render({ format: 'md' }));
        expect(problems).toHaveLength(3);
        // The error is counted, not quoted: the checker's words stay in the appendix.
        expect(problems[0]).toBe('The plan file has 1 error, so some figures may be incomplete (see the appendix, data quality).');
        // K1: 5% achieved vs 49.5% expected (lag 44.5%) beats B1: 10% spent vs 49.5% (lag 39.5%).
        expect(problems[1]).toMatch(/^“KPI K1” \(goal: Goal G1\) is off track: 5\.0% achieved against 49\.5% expected by now, 44\.5 percentage points behind\.$/);
        expect(problems[2]).toMatch(/^Spending on “Line B1” is at 10\.0% of its amount .* \(red alert\)/);
    });

    test('no more than two problems of one kind while others are waiting', async () => {
        const report = await reportOfText(PLAN_HEADER
            + goal('G1', [kpi('K1'), kpi('K2'), kpi('K3')].join('\n'))
            + `budget B1 "Line B1" { category other amount 1000 owner U funds G1 }
checkpoint Q2 2026-06-30 {
    measure K1 1 source "s"
    measure K2 2 source "s"
    measure K3 3 source "s"
    spend B1 200 source "s"
}
`);
        const problems = topProblems(report.render({ format: 'md' }));
        expect(problems.map(p => p.slice(0, 8))).toEqual(['“KPI K1”', '“KPI K2”', 'Spending']);
    });

    test('a plan without problems says so', async () => {
        const report = await reportOfText(PLAN_HEADER + goal('G1', kpi('K1')) + `budget B1 "Line B1" { category other amount 1000 owner U funds G1 }
checkpoint Q2 2026-06-30 { measure K1 60 source "s" spend B1 500 source "s" }
`);
        expect(report.render({ format: 'md' })).toContain('No significant problems were found.');
    });
});

describe('problem analysis', () => {
    test('every diagnostic code and finding cause belongs to one of the four groups', () => {
        for (const code of ALL_CODES) expect(PROBLEM_GROUPS, code).toContain(problemGroupOfCode(code));
        for (const cause of ['external', 'internal', 'data', 'communication', undefined]) {
            expect(PROBLEM_GROUPS, String(cause)).toContain(problemGroupOfCause(cause));
        }
        expect(problemGroupOfCode('goal-missing-owner')).toBe('communication');
        expect(problemGroupOfCode('budget-execution-lag')).toBe('budget');
        expect(problemGroupOfCode('measure-missing-source')).toBe('data');
        expect(problemGroupOfCode('target-too-ambitious')).toBe('targets');
    });

    test('findings are grouped by their cause; the groups a plan does not need are left out', async () => {
        const report = await reportOfText(PLAN_HEADER + goal('G1', kpi('K1')) + `
budget B1 "Line B1" { category other amount 1000 owner U funds G1 }
checkpoint Q2 2026-06-30 { measure K1 60 spend B1 500 source "s" }
review R "Review" 2026-06-30 {
    finding Rain "Heavy rain stopped the works" { affects G1 cause external severity high }
    finding F "Nobody told sales" { affects G1 cause communication severity medium }
}
`);
        const markdown = report.render({ format: 'md' });
        // Section 4 is the monitoring record (early warnings and corrections): the problem analysis is 5.
        const analysis = markdown.slice(markdown.indexOf('## 5.'), markdown.indexOf('## 6.'));
        expect(analysis.match(/^### .*/gm)).toEqual(['### 5.1 External factors', '### 5.2 Data quality', '### 5.3 Communication and coordination']);
        const external = analysis.slice(analysis.indexOf('### 5.1'), analysis.indexOf('### 5.2'));
        expect(external).toContain('**Heavy rain stopped the works**');
        const communication = analysis.slice(analysis.indexOf('### 5.3'));
        expect(communication).toContain('**Nobody told sales**');
        expect(communication).toContain('No action addresses this finding yet.');
        // The measure without a source is counted in plain words, not quoted from the checker.
        const data = analysis.slice(analysis.indexOf('### 5.2'), analysis.indexOf('### 5.3'));
        expect(data).toBe('### 5.2 Data quality\n\nThe plan\'s data has 1 further point to complete or check; the appendix lists it.\n\n');
        for (const d of report.diagnostics) expect(analysis).not.toContain(d.message.slice(0, 30));
        const appendix = markdown.slice(markdown.indexOf('### 8.3 Data quality'), markdown.indexOf('### 8.4'));
        expect(appendix).toContain('- 1 measure or spending record does not say where the figure comes from. Affected: KPI K1.');
    });

    test('a KPI behind the calendar is named with its gap in percentage points and the finding that explains it', async () => {
        const report = await reportOfText(PLAN_HEADER + goal('G1', kpi('K1')) + `
checkpoint Q2 2026-06-30 { measure K1 25 source "s" }
review R "Review" 2026-06-30 {
    finding Steel "Steel prices up 12%" { affects G1 cause external severity high }
}
`, 'zh');
        const markdown = report.render({ format: 'md', lang: 'zh' });
        const progress = markdown.slice(markdown.indexOf('### （一）进度与预算执行偏差'), markdown.indexOf('### （二）'));
        expect(progress).toContain('- “KPI K1”（所属目标：Goal G1）存在风险：完成25.0%，按时间进度应完成49.5%，落后24.5个百分点。原因：“Steel prices up 12%”（外部原因）。');
        // The goal table says the same status.
        expect(markdown).toMatch(/\| KPI K1 \| 100\.0% \| 0 t \| ≥ 100 t \| 25 t \| 25\.0%(?:；[^|]*)? \| 49\.5% \| 存在风险 \|/);
        expect(markdown.slice(markdown.indexOf('### （二）'))).toMatch(/^### （二）外部因素影响/);
    });
});

describe('improvement measures', () => {
    test('an open action past its due date is marked overdue; done and dropped ones are not', async () => {
        const report = await reportOfText(PLAN_HEADER + goal('G1', kpi('K1')) + `
review R "Review" 2026-04-01 {
    finding F "Finding" { affects G1 cause internal severity low }
    action Late "Late action" { addresses F owner U due 2026-05-01 status open }
    action Done "Done action" { addresses F owner U due 2026-05-01 status done }
    action Dropped "Dropped action" { addresses F owner U due 2026-05-01 status dropped }
    action Future "Future action" { addresses F owner U due 2026-09-01 status open }
}
`);
        const markdown = report.render({ format: 'md' });
        expect(markdown).toContain('4 improvement actions are recorded: 1 done, 2 open and 1 dropped. Past their due date: “Late action” (1 May 2026).');
        expect(markdown).toMatch(/\| Late action \| Finding \| Unit \(Lead\) \| 1 May 2026 \| open · overdue \|/);
        expect(markdown).toMatch(/\| Future action \| .* \| open \|/);
        const json = JSON.parse(report.render({ format: 'json' })) as { actions: Array<{ name: string; overdue: boolean }> };
        expect(json.actions.filter(a => a.overdue).map(a => a.name)).toEqual(['Late']);
    });
});

describe('rendering choices', () => {
    const plan = PLAN_HEADER + goal('G1', kpi('K1')) + `budget B1 "Line B1" { category other amount 2400000 owner U funds G1 }
checkpoint Q2 2026-06-30 { measure K1 60 source "s" spend B1 1234567 source "s" }
`;

    test('the same plan gives byte-identical output in every format', async () => {
        const first = await reportOfText(plan);
        const second = await reportOfText(plan);
        for (const format of ['md', 'html', 'json'] as const) {
            expect(second.render({ format })).toBe(first.render({ format }));
        }
    });

    test('amounts: thousands separators and currency in English, 万元 in Chinese', async () => {
        const report = await reportOfText(plan);
        expect(report.render({ format: 'md', lang: 'en' })).toContain('1,234,567.00 CNY');
        expect(report.render({ format: 'md', lang: 'zh' })).toContain('123.46万元');
    });

    test('the language defaults to the plan\'s, and --lang overrides it', async () => {
        const report = await reportOfText(plan.replace('currency CNY', 'currency CNY\n    language zh'));
        expect(report.render({ format: 'md' })).toMatch(/^# Test Org2026年度预算绩效管理工作总结/);
        expect(report.render({ format: 'md', lang: 'en' })).toMatch(/^# 2026 Budget Performance Summary — Test Org/);
    });

    test('a date to print is passed in, never read from the clock', async () => {
        const report = await reportOfText(plan);
        expect(report.render({ format: 'md' })).not.toContain('prepared on');
        expect(report.render({ format: 'md', preparedOn: '2026-07-05' })).toContain('prepared on 5 July 2026');
    });

    test('the webview page carries the nonce and a strict policy; the standalone page its own policy', async () => {
        const report = await reportOfText(plan);
        const webview = report.render({ format: 'html', html: { mode: 'webview', nonce: 'n0nce', cspSource: 'vscode-resource:' } });
        expect(policyOf(webview)).toBe("default-src 'none'; style-src vscode-resource: 'nonce-n0nce'; img-src vscode-resource: data:; script-src 'nonce-n0nce'");
        expect(webview).toContain('<style nonce="n0nce">');
        const standalone = report.render({ format: 'html' });
        expect(policyOf(standalone)).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        expect(standalone).not.toContain('nonce');
    });

    test('the government profile shows the self-evaluation table and KPIs by indicator class', async () => {
        const report = await reportOfText(`
plan P "Gov" { period 2026-01-01 to 2026-12-31  as of 2026-06-30  profile government  language zh }
unit U { lead "L" }
goal G "项目目标" { owner U due 2026-12-31
    kpi Q "完成数量" { class output.quantity unit "处" baseline 0 target >= 10 frequency quarterly formula "f" source "s" }
    kpi E "受益人口" { class benefit.social unit "万人" baseline 0 target >= 2 frequency quarterly formula "f" source "s" }
    kpi M "群众满意度" { class satisfaction.service unit "%" baseline 80 target >= 90 frequency yearly formula "f" source "s" }
}
budget B "资金" { category other amount 100万 owner U funds G }
checkpoint Q2 2026-06-30 { measure Q 5 source "s" measure E 1 source "s" measure M 90 source "s" spend B 50万 source "s" }
`);
        const markdown = report.render({ format: 'md' });
        expect(markdown).toContain('| 评价内容 | 分值 | 完成情况 | 得分 |');
        expect(markdown).toMatch(/\| 预算执行率 \| 10\.0 \| 50\.0% \| 5\.0 \|/);
        expect(markdown).toMatch(/\| 数量指标 \| 完成数量 \|/);
        expect(markdown).toMatch(/\| 服务对象满意度指标 \| 群众满意度 \|/);
    });
});
