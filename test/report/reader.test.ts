/**
 * The report as the finance manager reads it (issue 18): the body — every
 * section before the appendix — holds no checker output (codes, file
 * positions, plan syntax, CLI hints), no zero lists, one date style, one
 * name per item, the same status for a KPI wherever it appears, and counts
 * that agree with the appendix. Checked on every example in both languages.
 */
import { ALL_CODES, type Lang } from 'pbm-language';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport, type LoadedReport } from './report-helpers.js';

interface Named { name: string; title: string | null }
interface ReportJson {
    plan: Named;
    goals: Array<Named & { status: string; kpis: Array<Named & { status: string; weight: number }> }>;
    budgets: Named[];
    findings: Array<Named & { cause: string | null }>;
    actions: Named[];
}

const EXAMPLES = ['examples/acme-2026.pbm', 'examples/zh-annual-2026.pbm', 'examples/gov-drinking-water.pbm', 'examples/multi-file/plan.pbm'];
const CASES = EXAMPLES.flatMap(file => (['en', 'zh'] as const).map(lang => ({ file, lang })));

const HEADINGS: Readonly<Record<Lang, readonly string[]>> = {
    en: ['1. Abstract', '2. Main achievements', '3. Goal achievement', '4. Early warnings and corrections', '5. Problem analysis', '6. Improvement measures', '7. Outlook', '8. Appendix'],
    zh: ['一、摘要', '二、主要成效', '三、目标达成情况', '四、监控预警及纠偏情况', '五、问题分析', '六、改进措施', '七、未来规划', '八、附录']
};

/** The Markdown between a top-level heading and the next. */
function section(markdown: string, heading: string): string {
    const start = markdown.indexOf(`## ${heading}`);
    const end = markdown.indexOf('\n## ', start + 3);
    return markdown.slice(start, end < 0 ? undefined : end);
}

describe.each(CASES)('the report of $file in $lang', ({ file, lang }) => {
    let report: LoadedReport;
    let markdown: string;
    let body: string;
    let json: ReportJson;

    beforeAll(async () => {
        report = await loadReport(file, lang);
        markdown = report.render({ format: 'md', lang });
        body = markdown.slice(0, markdown.indexOf(`## ${HEADINGS[lang][7]}`));
        json = JSON.parse(report.render({ format: 'json', lang })) as ReportJson;
    });

    test('has the sections of a work summary, achievements right after the abstract', () => {
        expect(markdown.match(/^## .*/gm)!.map(line => line.slice(3))).toEqual(HEADINGS[lang]);
    });

    test('the body holds no checker output: codes, file positions, plan syntax or CLI hints', () => {
        for (const code of ALL_CODES.filter(code => code.includes('-'))) expect(body, code).not.toMatch(new RegExp(`(^|[^\\w-])${code}([^\\w-]|$)`));
        expect(body).not.toMatch(/\.pbm\b/);
        expect(body).not.toContain('pbm report');
        expect(body).not.toMatch(/source "|addresses [\p{L}_]+ (的|action)|funds [\p{L}_]+ (的|budget)/u);
        expect(body).not.toMatch(/\\?[<>]=/);
        expect(body).not.toMatch(/(Plan checks|计划检查)/);
    });

    test('one date style everywhere, no <br> in table cells', () => {
        expect(markdown).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
        expect(markdown).not.toContain('<br>');
    });

    test('no list of zeros', () => {
        if (lang === 'zh') expect(body).not.toMatch(/(?<![\d.,])0[个项条]/);
        else expect(body).not.toMatch(/\b0 (achieved|on track|at risk|off track|not started|done|open|dropped)\b/);
    });

    test('gaps are in percentage points', () => {
        expect(body).not.toMatch(/偏差 |\(\d+(\.\d+)?% behind/);
        const lagging = json.goals.flatMap(goal => goal.kpis).filter(kpi => kpi.weight > 0 && (kpi.status === 'at-risk' || kpi.status === 'off-track'));
        if (lagging.length > 0) expect(body).toContain(lang === 'zh' ? '个百分点' : 'percentage points');
    });

    test('one name per item: titles, never the identifier of an item that has a title', () => {
        const items: Named[] = [json.plan, ...json.goals, ...json.goals.flatMap(goal => goal.kpis), ...json.budgets, ...json.findings, ...json.actions];
        // Titles, descriptions and other plan text may contain an identifier by chance: remove every title first.
        let text = body;
        for (const title of items.flatMap(item => item.title ? [item.title] : []).sort((a, b) => b.length - a.length)) text = text.split(title).join('');
        for (const item of items.filter(item => item.title && item.title !== item.name && item.name.length > 1)) {
            expect(text, item.name).not.toMatch(new RegExp(`(^|[^\\p{L}\\p{N}_])${item.name}([^\\p{L}\\p{N}_]|$)`, 'u'));
        }
    });

    test('a KPI behind the calendar in the problem analysis has that status in its goal table too', () => {
        const analysis = section(markdown, HEADINGS[lang][4]);
        for (const goal of json.goals) {
            for (const kpi of goal.kpis) {
                const label = kpi.title ?? kpi.name;
                const listed = analysis.includes(`“${label}”`);
                const behind = kpi.weight > 0 && (kpi.status === 'at-risk' || kpi.status === 'off-track');
                if (behind) expect(listed, label).toBe(true);
                if (listed && !behind) expect(kpi.status, label).toBe('not-started');
            }
        }
    });

    test('the appendix counts the checks it lists', () => {
        const intro = lang === 'zh' ? /计划检查共发现(\d+)项/ : /everything the plan checks found, (\d+) in all/;
        const count = intro.exec(markdown)?.[1];
        if (report.diagnostics.length === 0) return expect(count).toBeUndefined();
        expect(Number(count)).toBe(report.diagnostics.length);
        const after = markdown.slice(markdown.search(intro)).split('\n');
        const table = after.slice(1, after.findIndex((line, i) => i > 0 && line.startsWith('#'))).filter(line => line.startsWith('| ') && !line.startsWith('| ---'));
        expect(table.length - 1).toBe(report.diagnostics.length);
    });

    test('findings sit under the group of their cause', () => {
        const analysis = section(markdown, HEADINGS[lang][4]);
        const groups: Readonly<Record<string, string>> = lang === 'zh'
            ? { external: '外部因素影响', internal: '内部管理问题', data: '数据质量问题', communication: '沟通协调问题' }
            : { external: 'External factors', internal: 'Internal management', data: 'Data quality', communication: 'Communication and coordination' };
        for (const finding of json.findings) {
            const at = analysis.indexOf(`**${finding.title ?? finding.name}**`);
            expect(at, finding.name).toBeGreaterThan(0);
            const heading = analysis.slice(0, at).match(/^### .*/gm)!.pop()!;
            expect(heading, finding.name).toContain(groups[finding.cause ?? ''] ?? (lang === 'zh' ? '其他问题' : 'Other findings'));
        }
    });
});
