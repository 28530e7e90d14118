/**
 * Parsing of every construct of LANGUAGE.md §2: each declaration and each
 * property, read back through the typed accessors (`model/properties.ts`)
 * and the literal parsers (`model/values.ts`) as the checks and figures do.
 */
import { describe, expect, test } from 'vitest';
import * as pbm from 'pbm-language';
import { buildFiles } from '../helpers.js';
import { buildParsed, parseClean, readFixture, syntaxErrors } from './foundation-helpers.js';

const PLAN_HEAD = 'plan P { period 2026-01-01 to 2026-12-31 }\n';

function only<T extends pbm.Element>(file: pbm.PbmFile, guard: (node: unknown) => node is T): T {
    const found = file.elements.filter(guard);
    expect(found).toHaveLength(1);
    return found[0];
}

describe('the example of LANGUAGE.md §2', () => {
    test('parses and links without syntax errors or unresolved references', async () => {
        const workspace = await buildParsed({
            'plan.pbm': readFixture('spec-example/plan.pbm'),
            'company.pbm': readFixture('spec-example/company.pbm')
        });
        for (const name of ['plan.pbm', 'company.pbm']) {
            const codes = workspace.diagnostics(name).map(d => d.code);
            expect(codes).not.toContain('unresolved-reference');
            expect(codes).not.toContain('duplicate-name');
            expect(codes).not.toContain('invalid-date');
        }
        const file = workspace.doc('plan.pbm').parseResult.value;
        const kinds = file.elements.map(element => element.$type);
        expect(kinds).toEqual(['Import', 'Plan', 'Unit', 'Unit', 'Strategy', 'Goal', 'Budget', 'Budget', 'Checkpoint', 'Review', 'Outlook']);
    });
});

describe('plan', () => {
    test('every plan property, and every rules key with a non-default value', async () => {
        const file = await parseClean(`
            plan Acme2026 "Acme — 2026" {
                organization "Acme Co., Ltd."
                period 2026-01-01 to 2026-12-31
                as of 2026-06-30
                currency CNY
                total budget 12M
                profile government
                language zh
                rules {
                    ambition limit 40%
                    kpi lag warning 10%
                    kpi count limit 7
                    execution lag warning 85%
                    execution lag error 55%
                    year-end execution 95%
                    funding weight ratio 4
                    grade bands 85 75 55
                    score weights 20 40 30 10
                    qualitative scores 90% 60% 20%
                    execution points 5
                    grade scores 100% 85% 60% 30% 0%
                    mostly achieved 75%
                }
            }`);
        const plan = only(file, pbm.isPlan);
        expect(plan.name).toBe('Acme2026');
        expect(plan.title).toBe('Acme — 2026');
        expect(pbm.planOrganization(plan)).toBe('Acme Co., Ltd.');
        expect([pbm.planPeriod(plan)?.start, pbm.planPeriod(plan)?.end]).toEqual(['2026-01-01', '2026-12-31']);
        expect(pbm.planAsOf(plan)?.date).toBe('2026-06-30');
        expect(pbm.planCurrency(plan)).toBe('CNY');
        expect(pbm.parseNumber(pbm.planTotalBudget(plan)?.amount)).toBe(12_000_000);
        expect(pbm.planProfile(plan)).toBe('government');
        expect(pbm.planLanguage(plan)).toBe('zh');
        expect(pbm.planRules(plan)).toHaveLength(13);
        expect(pbm.resolveRules(plan)).toEqual({
            ambitionLimit: 0.4,
            kpiLagWarning: 0.1,
            kpiCountLimit: 7,
            executionLagWarning: 0.85,
            executionLagError: 0.55,
            yearEndExecution: 0.95,
            fundingWeightRatio: 4,
            gradeBands: [85, 75, 55],
            scoreWeights: [20, 40, 30, 10],
            qualitativeScores: [0.9, 0.6, 0.2],
            executionPoints: 5,
            gradeScores: [1, 0.85, 0.6, 0.3, 0],
            mostlyAchieved: 0.75
        });
    });

    test('a plan needs no title, and its properties may be in any order', async () => {
        const file = await parseClean('plan P { language en currency USD as of 2026-03-31 period 2026-01-01 to 2026-12-31 profile enterprise }');
        const plan = only(file, pbm.isPlan);
        expect(plan.title).toBeUndefined();
        expect(plan.properties.map(p => p.$type)).toEqual(['LanguageProperty', 'CurrencyProperty', 'AsOfProperty', 'PeriodProperty', 'ProfileProperty']);
        expect(pbm.planPeriod(plan)?.end).toBe('2026-12-31');
        expect(pbm.planLanguage(plan)).toBe('en');
    });

    test('a key that is not a rule is a syntax error', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'plan P { rules { ambition level 50% } }' });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });

    // LANGUAGE.md §1: the words of a multi-word keyword are separated by any whitespace.
    test.each([
        ['as of', 'as\n    of 2026-06-30', (plan: pbm.Plan) => pbm.planAsOf(plan)?.date, '2026-06-30'],
        ['total budget', 'total\t\tbudget 5M', (plan: pbm.Plan) => pbm.parseNumber(pbm.planTotalBudget(plan)?.amount), 5_000_000],
        ['kpi lag warning', 'rules { kpi\nlag\r\n  warning 20% }', (plan: pbm.Plan) => pbm.resolveRules(plan).kpiLagWarning, 0.2],
        ['kpi count limit', 'rules { kpi   count\n\n limit 3 }', (plan: pbm.Plan) => pbm.resolveRules(plan).kpiCountLimit, 3],
        ['execution lag error', 'rules { execution\nlag\terror 50% }', (plan: pbm.Plan) => pbm.resolveRules(plan).executionLagError, 0.5],
        ['year-end execution', 'rules { year-end\n execution 70% }', (plan: pbm.Plan) => pbm.resolveRules(plan).yearEndExecution, 0.7],
        ['grade bands', 'rules { grade /* cut-offs */ bands 95 85 70 }', (plan: pbm.Plan) => pbm.resolveRules(plan).gradeBands, [95, 85, 70]]
    ])('the keyword "%s" split over whitespace, line breaks and comments', async (_, property, read, expected) => {
        const plan = only(await parseClean(`plan P {\n    ${property}\n}`), pbm.isPlan);
        expect(read(plan)).toEqual(expected);
    });
});

describe('unit and strategy', () => {
    test.each([
        ['unit U "Finance" { lead "Zhang Wei" }', 'Finance', 'Zhang Wei'],
        ['unit U { lead "Zhang Wei" }', undefined, 'Zhang Wei'],
        ['unit U "Finance"', 'Finance', undefined],
        ['unit U', undefined, undefined],
        ['unit U {}', undefined, undefined]
    ])('%s', async (text, title, lead) => {
        // The declaration after it must still be read as one: optional braces must not swallow it.
        const file = await parseClean(`${text}\nstrategy Next`);
        const unit = only(file, pbm.isUnit);
        expect([unit.name, unit.title, pbm.unitLead(unit)]).toEqual(['U', title, lead]);
        expect(file.elements.filter(pbm.isStrategy).map(s => s.name)).toEqual(['Next']);
    });

    test.each([
        ['strategy S "Cost leader" { perspective financial }', 'Cost leader', 'financial'],
        ['strategy S { perspective customer }', undefined, 'customer'],
        ['strategy S "Cost leader"', 'Cost leader', undefined],
        ['strategy S', undefined, undefined]
    ])('%s', async (text, title, perspective) => {
        const file = await parseClean(`${text}\nunit Next`);
        const strategy = only(file, pbm.isStrategy);
        expect([strategy.name, strategy.title, pbm.strategyPerspective(strategy)?.value]).toEqual(['S', title, perspective]);
        expect(file.elements.filter(pbm.isUnit).map(u => u.name)).toEqual(['Next']);
    });

    test.each(['financial', 'customer', 'process', 'learning'])('perspective %s', async perspective => {
        const strategy = only(await parseClean(`strategy S { perspective ${perspective} }`), pbm.isStrategy);
        expect(pbm.strategyPerspective(strategy)?.value).toBe(perspective);
    });
});

describe('goal and kpi', () => {
    const GOAL = `${PLAN_HEAD}
        unit Ops
        strategy Cost
        strategy Quality
        goal G "Reduce cost" {
            owner Ops
            supports Cost, Quality
            perspective process
            priority medium
            weight 40%
            start 2026-02-01
            due 2026-11-30
            description "Automate lines 1-2."
            kpi Down "Cost reduction" {
                unit "%"
                baseline 0
                target >= 8
                weight 70%
                frequency half-yearly
                source "ERP"
                formula "(a - b) / a"
                class output.cost
            }
            kpi ISO { target "Certified" weight 30% }
        }`;

    test('every goal property, read through the accessors', async () => {
        const goal = only(await parseClean(GOAL), pbm.isGoal);
        expect(goal.title).toBe('Reduce cost');
        expect(pbm.goalOwner(goal)?.unit.ref?.name).toBe('Ops');
        expect(pbm.goalSupports(goal)?.strategies.map(s => s.ref?.name)).toEqual(['Cost', 'Quality']);
        expect(pbm.goalPerspective(goal)?.value).toBe('process');
        expect(pbm.goalPriority(goal)?.value).toBe('medium');
        expect(pbm.parsePercent(pbm.goalWeight(goal)?.value)).toBe(0.4);
        expect(pbm.goalStart(goal)?.date).toBe('2026-02-01');
        expect(pbm.goalDue(goal)?.date).toBe('2026-11-30');
        expect(pbm.goalDescription(goal)?.value).toBe('Automate lines 1-2.');
        expect(pbm.goalKpis(goal).map(k => k.name)).toEqual(['Down', 'ISO']);
    });

    test('every kpi property; a string target makes the KPI qualitative', async () => {
        const [down, iso] = pbm.goalKpis(only(await parseClean(GOAL), pbm.isGoal));
        expect(down.title).toBe('Cost reduction');
        expect(pbm.kpiUnit(down)?.value).toBe('%');
        expect(pbm.parseNumber(pbm.kpiBaseline(down)?.value)).toBe(0);
        expect(pbm.normaliseOperator(pbm.kpiTarget(down)?.op)).toBe('>=');
        expect(pbm.parseNumber(pbm.kpiTarget(down)?.value)).toBe(8);
        expect(pbm.parsePercent(pbm.kpiWeight(down)?.value)).toBe(0.7);
        expect(pbm.kpiFrequency(down)?.value).toBe('half-yearly');
        expect(pbm.kpiSource(down)?.value).toBe('ERP');
        expect(pbm.kpiFormula(down)?.value).toBe('(a - b) / a');
        expect([pbm.kpiClass(down)?.level1, pbm.kpiClass(down)?.level2]).toEqual(['output', 'cost']);
        expect(pbm.isQualitativeKpi(down)).toBe(false);
        expect(iso.title).toBeUndefined();
        expect(pbm.kpiTarget(iso)?.text).toBe('Certified');
        expect(pbm.isQualitativeKpi(iso)).toBe(true);
    });

    test('properties in reverse order give the same values', async () => {
        const goal = only(await parseClean(`${PLAN_HEAD}unit Ops
            goal G {
                kpi K { class benefit.social formula "f" source "s" frequency monthly weight 100% target <= 3 baseline 9 unit "days" }
                description "d" due 2026-11-30 start 2026-02-01 weight 40% priority low perspective learning owner Ops
            }`), pbm.isGoal);
        const [kpi] = pbm.goalKpis(goal);
        expect(pbm.goalOwner(goal)?.unit.ref?.name).toBe('Ops');
        expect(pbm.goalDue(goal)?.date).toBe('2026-11-30');
        expect(pbm.goalPriority(goal)?.value).toBe('low');
        expect(pbm.kpiUnit(kpi)?.value).toBe('days');
        expect(pbm.normaliseOperator(pbm.kpiTarget(kpi)?.op)).toBe('<=');
        expect(pbm.parseNumber(pbm.kpiBaseline(kpi)?.value)).toBe(9);
        expect(pbm.kpiFrequency(kpi)?.value).toBe('monthly');
    });

    test.each(['monthly', 'quarterly', 'half-yearly', 'yearly'])('frequency %s', async frequency => {
        const goal = only(await parseClean(`goal G { kpi K { frequency ${frequency} } }`), pbm.isGoal);
        expect(pbm.kpiFrequency(pbm.goalKpis(goal)[0])?.value).toBe(frequency);
    });

    test.each(['high', 'medium', 'low'])('priority %s', async priority => {
        const goal = only(await parseClean(`goal G { priority ${priority} }`), pbm.isGoal);
        expect(pbm.goalPriority(goal)?.value).toBe(priority);
    });

    test('a goal needs no title and may be empty', async () => {
        const goal = only(await parseClean('goal G {}'), pbm.isGoal);
        expect([goal.name, goal.title, goal.members]).toEqual(['G', undefined, []]);
    });

    test('a goal without braces is a syntax error (braces are only optional for unit and strategy)', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'goal G "title"\nunit U' });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });

    test.each([
        ['at the top level', 'kpi K { target >= 1 }'],
        ['inside a budget', 'budget B { kpi K { target >= 1 } }'],
        ['inside a kpi', 'goal G { kpi K { kpi L { } } }'],
        ['a finding inside a goal', 'goal G { finding F { } }'],
        ['an action at the top level', 'action A { status open }']
    ])('nesting is fixed: a block %s is a syntax error', async (_, text) => {
        const workspace = await buildFiles({ 'plan.pbm': text });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });
});

describe('budget', () => {
    test.each(['personnel', 'equipment', 'technology', 'materials', 'services', 'marketing', 'training', 'other'])('category %s', async category => {
        const budget = only(await parseClean(`budget B { category ${category} }`), pbm.isBudget);
        expect(pbm.budgetCategory(budget)?.value).toBe(category);
    });

    test('every budget property with a single goal funded', async () => {
        const budget = only(await parseClean(`${PLAN_HEAD}unit Ops\ngoal G {}\nbudget B "Automation" { category equipment amount 2.4M owner Ops funds G }`), pbm.isBudget);
        expect(budget.title).toBe('Automation');
        expect(pbm.parseNumber(pbm.budgetAmount(budget)?.value)).toBe(2_400_000);
        expect(pbm.budgetOwner(budget)?.unit.ref?.name).toBe('Ops');
        const shares = pbm.budgetFunds(budget)!.shares;
        expect(shares.map(s => [s.goal.ref?.name, s.share])).toEqual([['G', undefined]]);
    });

    test('a funds split, with an ASCII and a full-width comma', async () => {
        const budget = only(await parseClean(`${PLAN_HEAD}goal A {}\ngoal B {}\ngoal C {}\nbudget L { funds A 50%, B 30％，C 20% }`), pbm.isBudget);
        const shares = pbm.budgetFunds(budget)!.shares;
        expect(shares.map(s => [s.goal.ref?.name, pbm.parsePercent(s.share)])).toEqual([['A', 0.5], ['B', 0.3], ['C', 0.2]]);
    });
});

describe('checkpoint', () => {
    const CHECKPOINT = `${PLAN_HEAD}
        goal G { kpi Cost { target >= 8 } kpi ISO { target "Certified" } }
        budget B { amount 1M funds G }
        checkpoint Q1 2026-03-31 {
            measure Cost 2.1 source "ERP Q1 close"
            measure Cost 2.2
            measure ISO partial 70% source "auditor"
            measure ISO achieved
            measure ISO missed 10%
            measure ISO partial source "memo"
            spend B 900k source "GL 6601"
            spend B 80_000
        }`;

    test('numeric and qualitative measures with and without score and source, and spends', async () => {
        const checkpoint = only(await parseClean(CHECKPOINT), pbm.isCheckpoint);
        expect([checkpoint.name, checkpoint.date]).toEqual(['Q1', '2026-03-31']);
        const entries = checkpoint.entries.map(entry => pbm.isMeasure(entry)
            ? ['measure', entry.kpi.ref?.name, pbm.parseNumber(entry.value), entry.level, pbm.parsePercent(entry.score), entry.source]
            : ['spend', entry.budget.ref?.name, pbm.parseNumber(entry.value), entry.source]);
        expect(entries).toEqual([
            ['measure', 'Cost', 2.1, undefined, undefined, 'ERP Q1 close'],
            ['measure', 'Cost', 2.2, undefined, undefined, undefined],
            ['measure', 'ISO', undefined, 'partial', 0.7, 'auditor'],
            ['measure', 'ISO', undefined, 'achieved', undefined, undefined],
            ['measure', 'ISO', undefined, 'missed', 0.1, undefined],
            ['measure', 'ISO', undefined, 'partial', undefined, 'memo'],
            ['spend', 'B', 900_000, 'GL 6601'],
            ['spend', 'B', 80_000, undefined]
        ]);
    });

    test('a checkpoint needs its date', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'checkpoint Q1 { }' });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });
});

describe('review, finding, action and outlook', () => {
    const REVIEW = `${PLAN_HEAD}
        unit Procurement
        goal A {}
        goal B {}
        review MidYear "Mid-year review" 2026-06-30 {
            finding Steel "Steel prices rose" { affects A, B cause external severity high }
            finding Data { cause data severity low }
            action Renegotiate "Renegotiate contracts" { addresses Steel owner Procurement due 2026-09-30 status open }
            action Clean { addresses Data status done }
        }
        review Q1 2026-03-31 {}
        outlook Line3 "Extend automation" { owner Procurement due 2027-06-30 budget 1.8M }
        outlook Later {}`;

    test('a review with nested findings and actions, with and without title', async () => {
        const file = await parseClean(REVIEW);
        const [midYear, q1] = file.elements.filter(pbm.isReview);
        expect([midYear.name, midYear.title, midYear.date]).toEqual(['MidYear', 'Mid-year review', '2026-06-30']);
        expect([q1.name, q1.title, q1.date, q1.members]).toEqual(['Q1', undefined, '2026-03-31', []]);
        const [steel, data] = pbm.reviewFindings(midYear);
        expect(steel.title).toBe('Steel prices rose');
        expect(pbm.findingAffects(steel)?.targets.map(g => g.ref?.name)).toEqual(['A', 'B']);
        expect([pbm.findingCause(steel)?.value, pbm.findingSeverity(steel)?.value]).toEqual(['external', 'high']);
        expect([data.title, pbm.findingCause(data)?.value, pbm.findingSeverity(data)?.value]).toEqual([undefined, 'data', 'low']);
        const [renegotiate, clean] = pbm.reviewActions(midYear);
        expect(pbm.actionAddresses(renegotiate)?.finding.ref).toBe(steel);
        expect(pbm.actionOwner(renegotiate)?.unit.ref?.name).toBe('Procurement');
        expect(pbm.actionDue(renegotiate)?.date).toBe('2026-09-30');
        expect(pbm.actionStatus(renegotiate)?.value).toBe('open');
        expect([pbm.actionAddresses(clean)?.finding.ref, pbm.actionStatus(clean)?.value]).toEqual([data, 'done']);
    });

    test.each(['external', 'internal', 'data', 'communication'])('cause %s', async cause => {
        const review = only(await parseClean(`review R 2026-01-01 { finding F { cause ${cause} } }`), pbm.isReview);
        expect(pbm.findingCause(pbm.reviewFindings(review)[0])?.value).toBe(cause);
    });

    test.each(['open', 'done', 'dropped'])('status %s', async status => {
        const review = only(await parseClean(`review R 2026-01-01 { action A { status ${status} } }`), pbm.isReview);
        expect(pbm.actionStatus(pbm.reviewActions(review)[0])?.value).toBe(status);
    });

    test('outlook items; `budget` inside an outlook is its planned amount, not a declaration', async () => {
        const file = await parseClean(REVIEW);
        const [line3, later] = file.elements.filter(pbm.isOutlook);
        expect(line3.title).toBe('Extend automation');
        expect(pbm.outlookOwner(line3)?.unit.ref?.name).toBe('Procurement');
        expect(pbm.outlookDue(line3)?.date).toBe('2027-06-30');
        expect(pbm.parseNumber(pbm.outlookBudget(line3)?.amount)).toBe(1_800_000);
        expect([later.title, later.properties]).toEqual([undefined, []]);
        expect(file.elements.filter(pbm.isBudget)).toEqual([]);
    });
});

describe('import', () => {
    test('imports anywhere in the file, in source order', async () => {
        const file = await parseClean('import "a.pbm"\nunit U\nimport "sub/b.pbm"');
        expect(file.elements.filter(pbm.isImport).map(i => i.path)).toEqual(['a.pbm', 'sub/b.pbm']);
    });
});
