/**
 * The report's headline numbers recomputed from its own JSON (LANGUAGE.md
 * §4), and the same numbers found in the Markdown and HTML: the three
 * formats tell one story.
 */
import type { Lang } from 'pbm-language';
import { beforeAll, describe, expect, test } from 'vitest';
import { loadReport, type LoadedReport } from './report-helpers.js';

interface KpiJson { name: string; weight: number; achievement: number | null; scoredAchievement: number; status: string }
interface GoalJson { name: string; title: string | null; weight: number; score: number; allocated: number; spent: number; executionRate: number | null; status: string; kpis: KpiJson[] }
interface BudgetJson { name: string; amount: number | null; spent: number; executionRate: number | null; funds: Array<{ goal: string; allocated: number; spent: number }> }
interface ReportJson {
    plan: { score: number; final: boolean; projectedScore: number; awardedScore: number | null; profile: string; allocated: number; spent: number; executionRate: number | null; goalStatusCounts: Record<string, number> };
    goals: GoalJson[];
    budgets: BudgetJson[];
}

const CASES: ReadonlyArray<{ file: string; lang: Lang }> = [
    { file: 'examples/acme-2026.pbm', lang: 'en' },
    { file: 'examples/zh-annual-2026.pbm', lang: 'zh' },
    { file: 'examples/gov-drinking-water.pbm', lang: 'en' },
    { file: 'examples/multi-file/plan.pbm', lang: 'en' }
];

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe.each(CASES)('$file', ({ file, lang }) => {
    let report: LoadedReport;
    let json: ReportJson;

    beforeAll(async () => {
        report = await loadReport(file, lang);
        json = JSON.parse(report.render({ format: 'json', lang })) as ReportJson;
    });

    test('plan spent and allocated are the sums over the budget lines; the execution rate is their ratio', () => {
        expect(json.plan.spent).toBeCloseTo(sum(json.budgets.map(b => b.spent)), 6);
        expect(json.plan.allocated).toBeCloseTo(sum(json.budgets.map(b => b.amount ?? 0)), 6);
        expect(json.plan.executionRate).toBeCloseTo(json.plan.spent / json.plan.allocated, 12);
    });

    test('a budget line\'s execution rate is spent / amount', () => {
        for (const budget of json.budgets) {
            expect(budget.executionRate, budget.name).toBeCloseTo(budget.spent / budget.amount!, 12);
        }
    });

    test('a goal\'s allocated and spent are what the funds splits attribute to it', () => {
        for (const goal of json.goals) {
            const shares = json.budgets.flatMap(b => b.funds.filter(f => f.goal === goal.name));
            expect(goal.allocated, goal.name).toBeCloseTo(sum(shares.map(s => s.allocated)), 6);
            expect(goal.spent, goal.name).toBeCloseTo(sum(shares.map(s => s.spent)), 6);
        }
    });

    test('a goal\'s score is Σ KPI weight × achievement capped to [0, 1]', () => {
        for (const goal of json.goals) {
            const expected = sum(goal.kpis.map(k => k.weight * Math.min(1, Math.max(0, k.achievement ?? 0))));
            expect(goal.score, goal.name).toBeCloseTo(expected, 12);
        }
    });

    test('enterprise plans score Σ goal weight × goal score × 100', () => {
        if (json.plan.profile !== 'enterprise') return;
        expect(json.plan.score).toBeCloseTo(100 * sum(json.goals.map(g => g.weight * g.score)), 9);
    });

    test('the goal status counts add up to the goals', () => {
        expect(sum(Object.values(json.plan.goalStatusCounts))).toBe(json.goals.length);
        for (const [status, count] of Object.entries(json.plan.goalStatusCounts)) {
            expect(json.goals.filter(g => g.status === status).length, status).toBe(count);
        }
    });

    test('Markdown and HTML show the plan score and every goal score of the JSON', () => {
        const markdown = report.render({ format: 'md', lang });
        const html = report.render({ format: 'html', lang });
        // The first card is the plan's result (§8.7): projected before the period ends, awarded where awards exist;
        // the score to date (or the computed score) stands beside it in the card's detail.
        const lead = (!json.plan.final ? json.plan.projectedScore : json.plan.awardedScore ?? json.plan.score).toFixed(1);
        const score = json.plan.score.toFixed(1);
        expect(markdown).toContain(`${lead}**`);
        expect(html).toContain(`<div class="card-value">${lead}</div>`);
        if (lead !== score) expect(markdown).toContain(` ${score}`);
        for (const goal of json.goals) {
            const percent = `${(goal.score * 100).toFixed(1)}%`;
            expect(markdown, goal.name).toContain(`**${percent}**`);
            const section = html.slice(html.indexOf(`id="goal-${goal.name}"`));
            expect(section.slice(0, 2000), goal.name).toContain(`<strong>${percent}</strong>`);
        }
    });
});
