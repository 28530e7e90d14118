/**
 * A v1 plan means what it meant (LANGUAGE.md §8): the figures of §6 of every
 * example, as the code before v2 computed them (v1-figures.json, taken from
 * the golden JSON reports of that version), are unchanged — and a plan
 * without `adjusted` or `sources` allocates its initial amounts.
 *
 * The one intended difference is listed below: the one status rule of issue
 * #19 (§8.6) calls a KPI that `kpi-off-track` warns about "at risk", never
 * "on track", and its goal with it. Scores, grades and money are unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadReport } from '../report/report-helpers.js';

const BEFORE = JSON.parse(readFileSync(new URL('./v1-figures.json', import.meta.url), 'utf8')) as Record<string, {
    plan: Record<string, unknown>;
    goals: Array<Record<string, unknown> & { kpis: Array<Record<string, unknown>> }>;
    budgets: Array<Record<string, unknown>>;
}>;

const FILES: Readonly<Record<string, string>> = {
    'acme-2026': 'examples/acme-2026.pbm',
    'zh-annual-2026': 'examples/zh-annual-2026.pbm',
    'gov-drinking-water': 'examples/gov-drinking-water.pbm',
    'multi-file': 'examples/multi-file/plan.pbm'
};

/** Intended v1 → v2 differences: example → [goal, KPI or undefined for the goal, v1 status, v2 status]. */
const V2_STATUS_CHANGES: Readonly<Record<string, ReadonlyArray<readonly [string, string | undefined, string, string]>>> = {
    'acme-2026': [
        ['GrowRevenue', 'GrossMargin', 'on-track', 'at-risk'], ['GrowRevenue', undefined, 'on-track', 'at-risk'],
        ['SmartFactory', 'Oee', 'on-track', 'at-risk'], ['SmartFactory', undefined, 'on-track', 'at-risk']
    ],
    'gov-drinking-water': [
        ['工程建设', '按期完工率', 'on-track', 'at-risk'], ['工程建设', undefined, 'on-track', 'at-risk']
    ]
};

/** The v1 figures with the intended v2 status changes applied (each checked to be a change of what v1 said). */
function expectedGoals(name: string, goals: Array<Record<string, unknown> & { kpis: Array<Record<string, unknown>> }>) {
    const copy = structuredClone(goals);
    for (const [goalName, kpiName, before, after] of V2_STATUS_CHANGES[name] ?? []) {
        const goal = copy.find(g => g.name === goalName);
        const row = kpiName === undefined ? goal : goal?.kpis.find(k => k.name === kpiName);
        expect(row?.status, `${goalName}${kpiName ? '/' + kpiName : ''} in v1`).toBe(before);
        row!.status = after;
    }
    return copy;
}

function pick(object: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
    return Object.fromEntries(keys.map(key => [key, object[key]]));
}

describe.each(Object.keys(FILES))('v1 example %s', name => {
    test('gives the figures it gave before v2', async () => {
        const report = await loadReport(FILES[name], 'en');
        const json = JSON.parse(report.render({ format: 'json' })) as {
            plan: Record<string, unknown>;
            goals: Array<Record<string, unknown> & { kpis: Array<Record<string, unknown>> }>;
            budgets: Array<Record<string, unknown>>;
        };
        const before = BEFORE[name];
        expect(pick(json.plan, Object.keys(before.plan))).toEqual(before.plan);
        expect(json.goals.map(goal => ({
            ...pick(goal, Object.keys(before.goals[0]).filter(key => key !== 'kpis')),
            kpis: goal.kpis.map(kpi => pick(kpi, Object.keys(before.goals[0].kpis[0])))
        }))).toEqual(expectedGoals(name, before.goals));
        expect(json.budgets.map(budget => pick(budget, Object.keys(before.budgets[0])))).toEqual(before.budgets);
        expect(json.plan.initialAllocated).toBe(json.plan.allocated);
        expect(json.budgets.every(budget => budget.adjusted === null && budget.budget === budget.amount)).toBe(true);
    });
});
