/**
 * A v1 plan means what it meant (LANGUAGE.md §8): the figures of §6 of every
 * example, as the code before v2 computed them (v1-figures.json, taken from
 * the golden JSON reports of that version), are unchanged — and a plan
 * without `adjusted` or `sources` allocates its initial amounts.
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
        }))).toEqual(before.goals);
        expect(json.budgets.map(budget => pick(budget, Object.keys(before.budgets[0])))).toEqual(before.budgets);
        expect(json.plan.initialAllocated).toBe(json.plan.allocated);
        expect(json.budgets.every(budget => budget.adjusted === null && budget.budget === budget.amount)).toBe(true);
    });
});
