/**
 * The figures of LANGUAGE.md §4 (figures/figures.ts), checked against values
 * computed by hand — the arithmetic is written next to each expectation.
 * Dates: from 2026-01-01, 2026-03-31 is day 89, 2026-06-30 day 180 and
 * 2026-12-31 day 364, so the elapsed share at 2026-06-30 is 180 / 364.
 */
import { describe, expect, test } from 'vitest';
import {
    effectiveWeights, lastCompletedPeriod, makeDate, wholePercents,
    type BudgetFigures, type GoalFigures, type KpiFigures, type PlanFigures
} from 'pbm-language';
import { buildPlan } from '../helpers.js';

const HALF_YEAR = 180 / 364;

async function figuresOf(text: string): Promise<PlanFigures> {
    const workspace = await buildPlan(text);
    const figures = workspace.services.shared.figures.Figures.ofDocument(workspace.doc('plan.pbm').uri);
    if (!figures) throw new Error('no plan');
    return figures;
}
const kpi = (f: PlanFigures, name: string): KpiFigures => f.goals.flatMap(g => g.kpis).find(k => k.name === name)!;
const goal = (f: PlanFigures, name: string): GoalFigures => f.goals.find(g => g.name === name)!;
const line = (f: PlanFigures, name: string): BudgetFigures => f.budgets.find(b => b.name === name)!;

function plan(body: string, header = '', profile = 'enterprise'): string {
    return `plan P { period 2026-01-01 to 2026-12-31 as of 2026-06-30 profile ${profile} ${header} }\n${body}`;
}

describe('enterprise profile: progress scoring', () => {
    const text = plan(`
goal G { due 2026-12-31
    kpi Up { baseline 0 target >= 8 }
    kpi Down { baseline 40 target <= 25 }
    kpi Exact { baseline 52 target = 45 }
    kpi UpNoBase { target >= 10 }
    kpi DownNoBase { target <= 20 }
    kpi Flat { baseline 5 target >= 5 }
    kpi FlatMissed { baseline 5 target >= 5 }
}
checkpoint Q2 2026-06-30 {
    measure Up 2.1  measure Down 35  measure Exact 48  measure UpNoBase 4  measure DownNoBase 25
    measure Flat 5  measure FlatMissed 4
}`);

    test('achievements', async () => {
        const f = await figuresOf(text);
        expect(kpi(f, 'Up').achievement).toBeCloseTo((2.1 - 0) / (8 - 0), 12);              // 0.2625
        expect(kpi(f, 'Down').achievement).toBeCloseTo((40 - 35) / (40 - 25), 12);          // 0.3333
        expect(kpi(f, 'Exact').achievement).toBeCloseTo(1 - Math.abs(48 - 45) / 45, 12);    // 0.9333
        expect(kpi(f, 'UpNoBase').achievement).toBeCloseTo(4 / 10, 12);                     // actual / target
        expect(kpi(f, 'DownNoBase').achievement).toBeCloseTo(20 / 25, 12);                  // target / actual
    });

    test('a target equal to its baseline: 1 when met, 0 when not (no division by zero)', async () => {
        const f = await figuresOf(text);
        expect(kpi(f, 'Flat').achievement).toBe(1);
        expect(kpi(f, 'FlatMissed').achievement).toBe(0);
    });

    test('expected progress, lag and status', async () => {
        const f = await figuresOf(text);
        const up = kpi(f, 'Up');
        expect(f.elapsed).toBeCloseTo(HALF_YEAR, 12);                 // 0.4945
        expect(up.expected).toBeCloseTo(HALF_YEAR, 12);
        expect(up.lag).toBeCloseTo(HALF_YEAR - 0.2625, 12);            // 0.2320 > 0.15, ≤ 0.30
        expect(up.status).toBe('at-risk');
        expect(kpi(f, 'Down').status).toBe('at-risk');                 // lag 0.4945 − 0.3333 = 0.1612
        expect(kpi(f, 'UpNoBase').status).toBe('on-track');            // lag 0.0945
        expect(kpi(f, 'Flat').status).toBe('achieved');
        expect(kpi(f, 'FlatMissed').status).toBe('off-track');         // lag 0.4945 > 0.30
    });

    test('goal and plan score: equal KPI weights, capped achievements', async () => {
        const f = await figuresOf(text);
        // (0.2625 + 0.3333 + 0.9333 + 0.4 + 0.8 + 1 + 0) / 7
        const expected = (0.2625 + 5 / 15 + (1 - 3 / 45) + 0.4 + 0.8 + 1 + 0) / 7;
        expect(goal(f, 'G').score).toBeCloseTo(expected, 12);
        expect(f.score).toBeCloseTo(100 * expected, 10);               // one goal: weight 1
        expect(goal(f, 'G').status).toBe('off-track');                 // the worst KPI
    });
});

describe('government profile: ratio scoring and the 10/50/30/10 form', () => {
    const body = `
goal G { weight 100% due 2026-12-31
    kpi Built { class output.quantity baseline 0 target >= 10 weight 50% }
    kpi Cost { class output.cost baseline 2000 target <= 1500 weight 0% }
    kpi Benefit { class benefit.social baseline 80 target >= 100 weight 30% }
    kpi Happy { class satisfaction.service baseline 70 target >= 80 weight 20% }
}
budget B { amount 100 funds G }
checkpoint Q2 2026-06-30 {
    measure Built 8  measure Cost 1600  measure Benefit 50  measure Happy 96
    spend B 60
}`;

    test('ratio scoring ignores the baseline', async () => {
        const f = await figuresOf(plan(body, '', 'government'));
        expect(kpi(f, 'Built').achievement).toBeCloseTo(8 / 10, 12);          // not (8 − 0) / (10 − 0)… the same here
        expect(kpi(f, 'Cost').achievement).toBeCloseTo(1500 / 1600, 12);      // 0.9375, not (2000 − 1600) / 500 = 0.8
        expect(kpi(f, 'Benefit').achievement).toBeCloseTo(50 / 100, 12);      // 0.5, not (50 − 80) / 20 < 0
        expect(kpi(f, 'Happy').achievement).toBeCloseTo(96 / 80, 12);         // 1.2 uncapped
    });

    test('score = 10 × min(execution, 1) + 50 × output + 30 × benefit + 10 × satisfaction', async () => {
        const f = await figuresOf(plan(body, '', 'government'));
        expect(f.government?.execution).toBeCloseTo(60 / 100, 12);
        expect(f.government?.output).toBeCloseTo(0.8, 12);                    // Cost weighs 0%
        expect(f.government?.benefit).toBeCloseTo(0.5, 12);
        expect(f.government?.satisfaction).toBe(1);                           // 1.2 capped
        expect(f.score).toBeCloseTo(10 * 0.6 + 50 * 0.8 + 30 * 0.5 + 10 * 1, 10); // 71
        expect(f.grade).toBe('fair');                                         // 60 ≤ 71 < 80
    });

    test('custom score weights and grade bands', async () => {
        const f = await figuresOf(plan(body, 'rules { score weights 20 40 30 10 grade bands 70 50 30 }', 'government'));
        expect(f.score).toBeCloseTo(20 * 0.6 + 40 * 0.8 + 30 * 0.5 + 10 * 1, 10); // 69
        expect(f.grade).toBe('good');                                             // 50 ≤ 69 < 70
        const g = await figuresOf(plan(body, 'rules { grade bands 70 50 30 }', 'government'));
        expect(g.grade).toBe('excellent');                                        // 71 ≥ 70
    });
});

describe('measures', () => {
    const text = plan(`
goal G { due 2026-12-31
    kpi Two { baseline 0 target >= 100 }
    kpi One { baseline 0 target >= 10 }
    kpi None { baseline 0 target >= 10 }
}
checkpoint Q1 2026-03-31 { measure Two 10 }
checkpoint Q2 2026-06-30 { measure Two 20  measure One 5 }
checkpoint Q3 2026-09-30 { measure Two 90  measure None 10 }`);

    test('measures after as of are ignored', async () => {
        const f = await figuresOf(text);
        expect(kpi(f, 'Two').actual).toBe(20);                 // not Q3's 90
        expect(kpi(f, 'None').actual).toBeNull();
    });

    test('no measure: no actual, achievement, lag or projection; not started; scores 0', async () => {
        const k = kpi(await figuresOf(text), 'None');
        expect([k.actual, k.achievement, k.lag, k.projection]).toEqual([null, null, null, null]);
        expect(k.status).toBe('not-started');
        expect(k.scoredAchievement).toBe(0);
    });

    test('a linear projection needs two measures', async () => {
        const f = await figuresOf(text);
        expect(kpi(f, 'One').projection).toBeNull();
        // Through (day 89, 10) and (day 180, 20): 20 + (10 / 91) × (364 − 180) = 40.2198
        expect(kpi(f, 'Two').projection).toBeCloseTo(20 + (10 / 91) * 184, 10);
        expect(kpi(f, 'Two').projectedMiss).toBe(true);        // 40.2 < 100
        expect(kpi(f, 'Two').lastMove).toBe('toward');         // 10 → 20 for >=
    });
});

describe('budget', () => {
    const text = plan(`
goal A { due 2026-12-31 weight 40% }
goal B { due 2026-12-31 weight 60% }
budget Split { amount 1M funds A 60%, B 40% }
budget Short { amount 800 funds A 50%, B 30% }
budget Open { amount 1000 funds A 60%, B }
budget Zero { amount 0 funds A }
checkpoint Q2 2026-06-30 { spend Split 500k spend Short 400 spend Zero 0 }`);

    test('execution rates, and a zero budget has none', async () => {
        const f = await figuresOf(text);
        expect(line(f, 'Split').executionRate).toBeCloseTo(500_000 / 1_000_000, 12);
        expect(line(f, 'Split').lag).toBeCloseTo(HALF_YEAR - 0.5, 12);
        expect(line(f, 'Zero').executionRate).toBeNull();
        expect(line(f, 'Open').executionRate).toBe(0);
        expect(f.executionRate).toBeCloseTo((500_000 + 400) / (1_000_000 + 800 + 1000), 12);
    });

    test('funds splits attribute amount and spend', async () => {
        const f = await figuresOf(text);
        const shares = (name: string) => line(f, name).shares.map(s => [s.goal.name, s.share]);
        expect(shares('Split')).toEqual([['A', 0.6], ['B', 0.4]]);
        // 50% + 30% scaled to 100%: 0.5 / 0.8 and 0.3 / 0.8
        expect(shares('Short').map(([, s]) => s)).toEqual([0.625, expect.closeTo(0.375, 12)]);
        // B takes what A leaves
        expect(shares('Open').map(([, s]) => s)).toEqual([0.6, expect.closeTo(0.4, 12)]);
        // A: 600k + 500 + 600 + 0; spent 300k + 250
        expect(goal(f, 'A').allocated).toBeCloseTo(600_000 + 800 * 0.625 + 600, 6);
        expect(goal(f, 'A').spent).toBeCloseTo(300_000 + 400 * 0.625, 6);
        expect(goal(f, 'A').executionRate).toBeCloseTo((300_000 + 250) / (600_000 + 500 + 600), 12);
    });

    test('funding share and its ratio to the weight', async () => {
        const f = await figuresOf(text);
        const total = 1_000_000 + 800 + 1000;
        const shareA = (600_000 + 500 + 600) / total;
        expect(goal(f, 'A').fundingShare).toBeCloseTo(shareA, 12);
        expect(goal(f, 'A').fundingWeightRatio).toBeCloseTo(shareA / 0.4, 12);
    });
});

describe('weights', () => {
    test('effectiveWeights', () => {
        expect(effectiveWeights([0.5, undefined, undefined])).toEqual([0.5, 0.25, 0.25]);   // the rest split 50%
        expect(effectiveWeights([0.6, 0.6])).toEqual([0.5, 0.5]);                          // scaled to 100%
        expect(effectiveWeights([undefined, undefined, undefined, undefined])).toEqual([0.25, 0.25, 0.25, 0.25]);
        expect(effectiveWeights([1.2, undefined])).toEqual([1, 0]);                        // nothing left
        expect(effectiveWeights([0, 0])).toEqual([0, 0]);
        expect(effectiveWeights([])).toEqual([]);
    });

    test('goal weights in the plan score', async () => {
        const f = await figuresOf(plan(`
goal A { weight 30% due 2026-12-31 kpi KA { baseline 0 target >= 10 } }
goal B { weight 70% due 2026-12-31 kpi KB { baseline 0 target >= 10 } }
checkpoint Q2 2026-06-30 { measure KA 10 measure KB 5 }`));
        expect(f.score).toBeCloseTo(100 * (0.3 * 1 + 0.7 * 0.5), 10);   // 65
        expect(f.grade).toBe('fair');
    });

    test('wholePercents: largest remainder, ties to the earlier share', () => {
        expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
        expect(wholePercents([0.125, 0.875])).toEqual([13, 87]);          // 12.5 / 87.5: the tie goes first
        expect(wholePercents([0.6, 0.6])).toEqual([50, 50]);              // normalised first
        expect(wholePercents([0.004, 0.996])).toEqual([0, 100]);
        expect(wholePercents([0, 0, 0])).toEqual([34, 33, 33]);           // all zero: equal shares
    });
});

describe('time', () => {
    test('lastCompletedPeriod', () => {
        const period = (frequency: 'monthly' | 'quarterly' | 'half-yearly' | 'yearly', y: number, m: number, d: number) => {
            const p = lastCompletedPeriod(frequency, makeDate(y, m, d));
            return `${p.start.iso}..${p.end.iso}`;
        };
        expect(period('monthly', 2026, 6, 30)).toBe('2026-06-01..2026-06-30');   // its last day: June is complete
        expect(period('monthly', 2026, 6, 29)).toBe('2026-05-01..2026-05-31');
        expect(period('monthly', 2026, 1, 15)).toBe('2025-12-01..2025-12-31');
        expect(period('quarterly', 2026, 6, 30)).toBe('2026-04-01..2026-06-30');
        expect(period('quarterly', 2026, 5, 15)).toBe('2026-01-01..2026-03-31');
        expect(period('half-yearly', 2026, 6, 29)).toBe('2025-07-01..2025-12-31');
        expect(period('yearly', 2026, 12, 31)).toBe('2026-01-01..2026-12-31');
        expect(period('yearly', 2026, 12, 30)).toBe('2025-01-01..2025-12-31');
        expect(period('monthly', 2028, 2, 29)).toBe('2028-02-01..2028-02-29');   // leap year
    });

    test('the period end regime starts 30 days before the end', async () => {
        expect((await figuresOf('plan P { period 2026-01-01 to 2026-12-31 as of 2026-12-01 }')).atPeriodEnd).toBe(true);
        expect((await figuresOf('plan P { period 2026-01-01 to 2026-12-31 as of 2026-11-30 }')).atPeriodEnd).toBe(false);
    });

    test('without as of, the latest checkpoint is the reporting date', async () => {
        const f = await figuresOf('plan P { period 2026-01-01 to 2026-12-31 }\ncheckpoint A 2026-03-31 { }\ncheckpoint B 2026-06-30 { }');
        expect(f.asOf?.iso).toBe('2026-06-30');
        expect(f.elapsed).toBeCloseTo(HALF_YEAR, 12);
    });
});
