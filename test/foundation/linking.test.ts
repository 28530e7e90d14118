/**
 * Linking of every reference kind (LANGUAGE.md §3 "Cross-references"), and
 * `unresolved-reference` on exactly the name when one does not resolve.
 */
import { describe, expect, test } from 'vitest';
import type { Reference } from 'langium';
import * as pbm from 'pbm-language';
import { buildFiles, textAt, withCode } from '../helpers.js';
import { buildParsed, lineOf } from './foundation-helpers.js';

const PLAN = `plan P { period 2026-01-01 to 2026-12-31 }
unit Ops "Operations"
unit Sales
strategy Cost
strategy Growth
goal ReduceCost {
    owner Ops
    supports Cost, Growth
    kpi CostDown { target >= 8 }
}
goal Grow {
    owner Sales
    supports Growth
    kpi Revenue { target >= 10 }
}
budget Automation { owner Ops funds ReduceCost }
budget Training { funds ReduceCost 40%, Grow 60% }
checkpoint Q1 2026-03-31 {
    measure CostDown 2
    measure Revenue 3
    spend Automation 100k
    spend Training 5k
}
review Mid 2026-06-30 {
    finding Steel { affects ReduceCost, Grow }
    action Renegotiate { addresses Steel owner Sales }
}
review Late 2026-09-30 {
    action FollowUp { addresses Steel }
}
outlook Line3 { owner Ops }
`;

interface ReferenceCase {
    /** What refers to what. */
    readonly kind: string;
    /** The reference in the parsed plan. */
    readonly find: (file: pbm.PbmFile) => Reference | undefined;
    readonly targetType: string;
    readonly targetName: string;
    /** The text of the reference in PLAN (a unique line) and how to break it. */
    readonly line: string;
    readonly broken: string;
}

const named = <T extends { name: string }>(list: readonly T[], name: string): T => {
    const found = list.find(item => item.name === name);
    if (!found) throw new Error(`no ${name}`);
    return found;
};
const goal = (file: pbm.PbmFile, name: string) => named(file.elements.filter(pbm.isGoal), name);
const budget = (file: pbm.PbmFile, name: string) => named(file.elements.filter(pbm.isBudget), name);
const reviews = (file: pbm.PbmFile) => file.elements.filter(pbm.isReview);
const action = (file: pbm.PbmFile, name: string) => named(reviews(file).flatMap(pbm.reviewActions), name);
const measures = (file: pbm.PbmFile) => file.elements.filter(pbm.isCheckpoint).flatMap(c => c.entries);

const CASES: readonly ReferenceCase[] = [
    { kind: 'goal owner → unit', find: f => pbm.goalOwner(goal(f, 'Grow'))?.unit, targetType: 'Unit', targetName: 'Sales', line: '    owner Sales', broken: '    owner Sale' },
    { kind: 'budget owner → unit', find: f => pbm.budgetOwner(budget(f, 'Automation'))?.unit, targetType: 'Unit', targetName: 'Ops', line: 'budget Automation { owner Ops funds ReduceCost }', broken: 'budget Automation { owner Opz funds ReduceCost }' },
    { kind: 'action owner → unit', find: f => pbm.actionOwner(action(f, 'Renegotiate'))?.unit, targetType: 'Unit', targetName: 'Sales', line: '    action Renegotiate { addresses Steel owner Sales }', broken: '    action Renegotiate { addresses Steel owner Procurement }' },
    { kind: 'outlook owner → unit', find: f => pbm.outlookOwner(f.elements.filter(pbm.isOutlook)[0])?.unit, targetType: 'Unit', targetName: 'Ops', line: 'outlook Line3 { owner Ops }', broken: 'outlook Line3 { owner Operations }' },
    { kind: 'supports → strategy (first of a list)', find: f => pbm.goalSupports(goal(f, 'ReduceCost'))?.strategies[0], targetType: 'Strategy', targetName: 'Cost', line: '    supports Cost, Growth', broken: '    supports Costs, Growth' },
    { kind: 'supports → strategy (second of a list)', find: f => pbm.goalSupports(goal(f, 'ReduceCost'))?.strategies[1], targetType: 'Strategy', targetName: 'Growth', line: '    supports Cost, Growth', broken: '    supports Cost, Grow' },
    { kind: 'funds → goal (single)', find: f => pbm.budgetFunds(budget(f, 'Automation'))?.shares[0].goal, targetType: 'Goal', targetName: 'ReduceCost', line: 'budget Automation { owner Ops funds ReduceCost }', broken: 'budget Automation { owner Ops funds ReduceCosts }' },
    { kind: 'funds → goal (split, second share)', find: f => pbm.budgetFunds(budget(f, 'Training'))?.shares[1].goal, targetType: 'Goal', targetName: 'Grow', line: 'budget Training { funds ReduceCost 40%, Grow 60% }', broken: 'budget Training { funds ReduceCost 40%, Growth 60% }' },
    { kind: 'affects → goal (list)', find: f => pbm.findingAffects(reviews(f).flatMap(pbm.reviewFindings)[0])?.targets[1], targetType: 'Goal', targetName: 'Grow', line: '    finding Steel { affects ReduceCost, Grow }', broken: '    finding Steel { affects ReduceCost, Growing }' },
    { kind: 'measure → kpi', find: f => measures(f).filter(pbm.isMeasure)[1]?.kpi, targetType: 'Kpi', targetName: 'Revenue', line: '    measure Revenue 3', broken: '    measure Grow 3' },
    { kind: 'spend → budget', find: f => measures(f).filter(pbm.isSpend)[1]?.budget, targetType: 'Budget', targetName: 'Training', line: '    spend Training 5k', broken: '    spend Trainings 5k' },
    { kind: 'addresses → finding (same review)', find: f => pbm.actionAddresses(action(f, 'Renegotiate'))?.finding, targetType: 'Finding', targetName: 'Steel', line: '    action Renegotiate { addresses Steel owner Sales }', broken: '    action Renegotiate { addresses Mid owner Sales }' },
    { kind: 'addresses → finding (another review)', find: f => pbm.actionAddresses(action(f, 'FollowUp'))?.finding, targetType: 'Finding', targetName: 'Steel', line: '    action FollowUp { addresses Steel }', broken: '    action FollowUp { addresses Renegotiate }' }
];

describe('every reference kind links to its declaration', () => {
    test.each(CASES)('$kind', async ({ find, targetType, targetName }) => {
        const workspace = await buildParsed({ 'plan.pbm': PLAN });
        expect(withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference')).toEqual([]);
        const reference = find(workspace.doc('plan.pbm').parseResult.value);
        expect(reference?.ref?.$type).toBe(targetType);
        expect((reference?.ref as { name?: string } | undefined)?.name).toBe(targetName);
    });
});

describe('affects names goals, KPIs and budget lines (LANGUAGE.md §8.5)', () => {
    test.each([['Revenue', 'Kpi'], ['Training', 'Budget'], ['Grow', 'Goal']])('affects %s links to the %s', async (name, type) => {
        const text = PLAN.replace('    finding Steel { affects ReduceCost, Grow }', `    finding Steel { affects ReduceCost, ${name} }`);
        const workspace = await buildParsed({ 'plan.pbm': text });
        expect(withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference')).toEqual([]);
        const reference = pbm.findingAffects(reviews(workspace.doc('plan.pbm').parseResult.value).flatMap(pbm.reviewFindings)[0])?.targets[1];
        expect(reference?.ref?.$type).toBe(type);
        expect((reference?.ref as { name?: string } | undefined)?.name).toBe(name);
    });
});

describe('unresolved-reference', () => {
    test.each(CASES)('$kind: reported on the name only, naming what is missing', async ({ line, broken, targetType }) => {
        expect(PLAN.split('\n').filter(l => l === line), 'the line to break is unique').toHaveLength(1);
        const text = PLAN.replace(line, broken);
        const workspace = await buildFiles({ 'plan.pbm': text });
        const unresolved = withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference');
        expect(unresolved).toHaveLength(1);
        const [diagnostic] = unresolved;
        const name = textAt(workspace.doc('plan.pbm'), diagnostic.range);
        // The range is exactly the name that does not resolve, on its line.
        expect(diagnostic.range.start.line + 1).toBe(lineOf(text, broken));
        expect(broken.slice(diagnostic.range.start.character, diagnostic.range.end.character)).toBe(name);
        expect(name).toMatch(/^\w+$/);
        expect(line.split(/[\s,{}%]+/)).not.toContain(name);
        expect(diagnostic.severity).toBe(1);
        expect(diagnostic.message).toContain(`'${name}'`);
        expect(diagnostic.message).toContain(pbm.kindNoun('en', targetType));
    });

    test('the message is in Chinese with the Chinese noun of the kind', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'goal G { owner 采购部 }' }, 'zh');
        const [diagnostic] = withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference');
        expect(diagnostic.message).toContain('采购部');
        expect(diagnostic.message).toContain(pbm.kindNoun('zh', 'Unit'));
    });

    test('a name of the wrong kind does not resolve (measure of a goal, owner that is a strategy)', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'strategy S\ngoal G { owner S kpi K { target >= 1 } }\ncheckpoint C 2026-01-31 { measure G 1 spend K 2 }' });
        const names = withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference').map(d => textAt(workspace.doc('plan.pbm'), d.range));
        expect(names).toEqual(['S', 'G', 'K']);
    });

    test('each unresolved name of a list is reported on its own', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'strategy A\ngoal G { supports X, A, Y }' });
        const names = withCode(workspace.diagnostics('plan.pbm'), 'unresolved-reference').map(d => textAt(workspace.doc('plan.pbm'), d.range));
        expect(names).toEqual(['X', 'Y']);
    });
});
