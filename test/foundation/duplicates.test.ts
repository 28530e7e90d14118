/**
 * `duplicate-name` (names unique per kind within a plan, LANGUAGE.md §2/§3)
 * and `duplicate-property` (each property once per block; the first counts).
 */
import { describe, expect, test } from 'vitest';
import * as pbm from 'pbm-language';
import { buildFiles, textAt, withCode } from '../helpers.js';
import { buildParsed, lineOf, seen } from './foundation-helpers.js';

const PLAN = 'plan P { period 2026-01-01 to 2026-12-31 }\n';

/** One declaration of each kind named X, and a second one as it would be written. */
const KINDS: ReadonlyArray<[string, string, string]> = [
    ['unit', 'unit X "first"', 'unit X "second"'],
    ['strategy', 'strategy X { perspective financial }', 'strategy X'],
    ['goal', 'goal X { due 2026-12-31 }', 'goal X { }'],
    ['KPI (in two goals)', 'goal A { kpi X { target >= 1 } }', 'goal B { kpi X { target >= 2 } }'],
    ['KPI (in one goal)', 'goal A { kpi X { target >= 1 }', '  kpi X { target >= 2 } }'],
    ['budget line', 'budget X { amount 1M }', 'budget X { amount 2M }'],
    ['checkpoint', 'checkpoint X 2026-03-31 { }', 'checkpoint X 2026-06-30 { }'],
    ['review', 'review X 2026-03-31 { }', 'review X "again" 2026-06-30 { }'],
    ['finding (in two reviews)', 'review R1 2026-03-31 { finding X { } }', 'review R2 2026-06-30 { finding X { } }'],
    ['action (in one review)', 'review R1 2026-03-31 { action X { status open }', '  action X { status done } }'],
    ['outlook item', 'outlook X { }', 'outlook X { }']
];

/** The range of the name X in `second`, written on the line after `before`. */
function secondNameRange(before: string, second: string) {
    const line = before.split('\n').length - 1;
    const column = second.indexOf('X');
    return { start: { line, character: column }, end: { line, character: column + 1 } };
}

describe('duplicate-name', () => {
    test.each(KINDS)('%s: in one file, flagged on the name of the second', async (_, first, second) => {
        const before = `${PLAN}${first}\n`;
        const text = `${before}${second}\n`;
        const workspace = await buildFiles({ 'plan.pbm': text });
        const duplicates = withCode(workspace.diagnostics('plan.pbm'), 'duplicate-name');
        expect(duplicates.map(d => d.range)).toEqual([secondNameRange(before, second)]);
        expect(duplicates[0].message).toContain(`'X'`);
        expect(duplicates[0].message).toContain(`line ${lineOf(text, first)}`);
    });

    test.each(KINDS.filter(([kind]) => !kind.includes('in one')))('%s: across files, flagged in the later file of the plan', async (_, first, second) => {
        const workspace = await buildFiles({
            'plan.pbm': `import "a.pbm"\nimport "b.pbm"\n${PLAN}`,
            'a.pbm': first,
            'b.pbm': second
        });
        expect(withCode(workspace.diagnostics('a.pbm'), 'duplicate-name')).toEqual([]);
        const [duplicate] = withCode(workspace.diagnostics('b.pbm'), 'duplicate-name');
        expect(textAt(workspace.doc('b.pbm'), duplicate.range)).toBe('X');
        expect(duplicate.message).toContain('a.pbm');
    });

    test('the canonical order is depth-first in import order, not the order files are listed in', async () => {
        // plan imports [a, b]; a imports c. Canonical order: plan, a, c, b. So b's X is the duplicate.
        const workspace = await buildFiles({
            'b.pbm': 'unit X "in b"',
            'plan.pbm': `import "a.pbm"\nimport "b.pbm"\n${PLAN}goal G { owner X }`,
            'c.pbm': 'unit X "in c"',
            'a.pbm': 'import "c.pbm"'
        });
        expect(withCode(workspace.diagnostics('c.pbm'), 'duplicate-name')).toEqual([]);
        expect(seen(workspace, 'b.pbm', 'duplicate-name')).toEqual([{ code: 'duplicate-name', line: 1, text: 'X' }]);
        const goal = workspace.doc('plan.pbm').parseResult.value.elements.filter(pbm.isGoal)[0];
        expect(pbm.goalOwner(goal)?.unit.ref?.title).toBe('in c');
    });

    test('a declaration in the plan file comes before one in an imported file', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `import "units.pbm"\n${PLAN}unit X "in plan"`,
            'units.pbm': 'unit X "imported"\ngoal G { owner X }'
        });
        expect(withCode(workspace.diagnostics('plan.pbm'), 'duplicate-name')).toEqual([]);
        expect(seen(workspace, 'units.pbm', 'duplicate-name')).toEqual([{ code: 'duplicate-name', line: 1, text: 'X' }]);
        const goal = workspace.doc('units.pbm').parseResult.value.elements.filter(pbm.isGoal)[0];
        expect(pbm.goalOwner(goal)?.unit.ref?.title).toBe('in plan');
    });

    test('references resolve to the first declaration', async () => {
        const workspace = await buildFiles({ 'plan.pbm': `${PLAN}unit X "first"\nunit X "second"\ngoal G { owner X }` });
        const goal = workspace.doc('plan.pbm').parseResult.value.elements.filter(pbm.isGoal)[0];
        expect(pbm.goalOwner(goal)?.unit.ref?.title).toBe('first');
    });

    test('a name used three times is flagged twice', async () => {
        const workspace = await buildFiles({ 'plan.pbm': `${PLAN}unit X\nunit X\nunit X` });
        expect(seen(workspace, 'plan.pbm', 'duplicate-name').map(d => d.line)).toEqual([3, 4]);
    });

    test('the same name for declarations of different kinds is fine, and each reference finds its kind', async () => {
        const workspace = await buildParsed({
            'plan.pbm': `${PLAN}
                unit X
                strategy X
                goal X { owner X supports X kpi X { target >= 1 } }
                budget X { funds X }
                checkpoint X 2026-03-31 { measure X 1 spend X 2 }
                review X 2026-06-30 { finding X { affects X } action X { addresses X owner X } }
                outlook X { owner X }`
        });
        expect(withCode(workspace.diagnostics('plan.pbm'), 'duplicate-name')).toEqual([]);
        expect(withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference')).toEqual([]);
        const file = workspace.doc('plan.pbm').parseResult.value;
        const goal = file.elements.filter(pbm.isGoal)[0];
        const checkpoint = file.elements.filter(pbm.isCheckpoint)[0];
        const review = file.elements.filter(pbm.isReview)[0];
        expect(pbm.goalOwner(goal)?.unit.ref?.$type).toBe('Unit');
        expect(pbm.goalSupports(goal)?.strategies[0].ref?.$type).toBe('Strategy');
        expect(pbm.budgetFunds(file.elements.filter(pbm.isBudget)[0])?.shares[0].goal.ref?.$type).toBe('Goal');
        expect(checkpoint.entries.filter(pbm.isMeasure)[0].kpi.ref?.$type).toBe('Kpi');
        expect(checkpoint.entries.filter(pbm.isSpend)[0].budget.ref?.$type).toBe('Budget');
        expect(pbm.actionAddresses(pbm.reviewActions(review)[0])?.finding.ref?.$type).toBe('Finding');
    });

    test('the same name in two separate plans is fine', async () => {
        const workspace = await buildFiles({ 'a.pbm': `${PLAN}goal X {}`, 'b.pbm': `plan Q {}\ngoal X {}` });
        expect(withCode(workspace.diagnostics('a.pbm'), 'duplicate-name')).toEqual([]);
        expect(withCode(workspace.diagnostics('b.pbm'), 'duplicate-name')).toEqual([]);
    });

    test('the message is in Chinese with --lang zh', async () => {
        const workspace = await buildFiles({ 'plan.pbm': `${PLAN}goal 降本 {}\ngoal 降本 {}` }, 'zh');
        const [duplicate] = withCode(workspace.diagnostics('plan.pbm'), 'duplicate-name');
        expect(duplicate.message).toContain('降本');
        expect(duplicate.message).toContain('第 2 行');
    });
});

describe('duplicate-property', () => {
    /** A block with one property given twice: the block before, the first and the second occurrence, after, and the keyword. */
    const BLOCKS: ReadonlyArray<[string, string, string, string, string, string]> = [
        ['plan', 'plan P {', 'period 2026-01-01 to 2026-12-31', 'period 2026-01-01 to 2026-06-30', '}', 'period'],
        ['plan (multi-word)', 'plan P {', 'as of 2026-06-30', 'as\n of 2026-07-31', '}', 'as of'],
        ['plan rules', 'plan P {', 'rules { }', 'rules { ambition limit 20% }', '}', 'rules'],
        ['rules', 'plan P { rules {', 'kpi lag warning 10%', 'kpi lag warning 20%', '} }', 'kpi lag warning'],
        ['unit', 'unit U {', 'lead "A"', 'lead "B"', '}', 'lead'],
        ['strategy', 'strategy S {', 'perspective financial', 'perspective customer', '}', 'perspective'],
        ['goal', 'unit U\ngoal G {', 'due 2026-06-30', 'due 2026-12-31', '}', 'due'],
        ['kpi', 'goal G { kpi K {', 'target >= 5', 'target <= 3', '} }', 'target'],
        ['budget', 'goal G {}\nbudget B {', 'funds G', 'funds G 100%', '}', 'funds'],
        ['finding', 'review R 2026-06-30 { finding F {', 'severity high', 'severity low', '} }', 'severity'],
        ['action', 'review R 2026-06-30 { action A {', 'status open', 'status done', '} }', 'status'],
        ['outlook', 'outlook O {', 'budget 1M', 'budget 2M', '}', 'budget']
    ];

    test.each(BLOCKS)('%s: flagged on the second occurrence only, naming the property', async (_, open, first, second, close, keyword) => {
        const text = `${open}\n    ${first}\n    ${second}\n${close}`;
        const workspace = await buildFiles({ 'plan.pbm': text });
        const duplicates = withCode(workspace.diagnostics('plan.pbm'), 'duplicate-property');
        expect(duplicates).toHaveLength(1);
        expect(textAt(workspace.doc('plan.pbm'), duplicates[0].range)).toBe(second);
        expect(duplicates[0].message).toContain(`'${keyword}'`);
    });

    test('properties given once each are not duplicates, nor are KPIs, findings or actions in one block', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'goal G { weight 40% kpi A { weight 50% } kpi B { weight 50% } }\nreview R 2026-06-30 { finding F {} finding H {} action A1 {} action A2 {} }' });
        expect(withCode(workspace.diagnostics('plan.pbm'), 'duplicate-property')).toEqual([]);
    });

    describe('the first occurrence is the one used', () => {
        const TEXT = `${PLAN.replace('}', 'as of 2026-03-31 as of 2026-09-30 rules { ambition limit 20% ambition limit 80% } }')}
            unit First
            unit Second
            goal G {
                owner First
                owner Second
                kpi K { target >= 5 target <= 3 baseline 1 baseline 2 }
            }
            budget B { amount 1M amount 2M funds G 100% }
            outlook O { budget 1M budget 3M }`;

        test('owner links to the first unit named', async () => {
            const workspace = await buildFiles({ 'plan.pbm': TEXT });
            const goal = workspace.doc('plan.pbm').parseResult.value.elements.filter(pbm.isGoal)[0];
            expect(pbm.goalOwner(goal)?.unit.ref?.name).toBe('First');
            // The second one is still linked (no unresolved-reference), only flagged as a duplicate.
            expect(withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference')).toEqual([]);
        });

        test('values: target, baseline, amount, outlook budget, as of and rules', async () => {
            const workspace = await buildFiles({ 'plan.pbm': TEXT });
            const file = workspace.doc('plan.pbm').parseResult.value;
            const kpi = pbm.goalKpis(file.elements.filter(pbm.isGoal)[0])[0];
            const plan = file.elements.filter(pbm.isPlan)[0];
            expect(pbm.normaliseOperator(pbm.kpiTarget(kpi)?.op)).toBe('>=');
            expect(pbm.parseNumber(pbm.kpiBaseline(kpi)?.value)).toBe(1);
            expect(pbm.parseNumber(pbm.budgetAmount(file.elements.filter(pbm.isBudget)[0])?.value)).toBe(1_000_000);
            expect(pbm.parseNumber(pbm.outlookBudget(file.elements.filter(pbm.isOutlook)[0])?.amount)).toBe(1_000_000);
            expect(pbm.planAsOf(plan)?.date).toBe('2026-03-31');
            expect(pbm.resolveRules(plan).ambitionLimit).toBe(0.2);
            // as of, ambition limit, owner, target, baseline, amount, outlook budget.
            expect(withCode(workspace.diagnostics('plan.pbm'), 'duplicate-property')).toHaveLength(7);
        });
    });
});
