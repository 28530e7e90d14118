/**
 * Every diagnostic code of LANGUAGE.md §5 (beyond the core ones), case by
 * case: a clean plan, one edit that makes it fire, and the correction that
 * makes it go away again. The exact ranges are asserted by the fixtures
 * (fixtures.test.ts); here each code shows both sides of its rule.
 */
import { describe, expect, test } from 'vitest';
import { ALL_CODES, CODE_INFO, type DiagnosticCode } from 'pbm-language';
import { buildPlan } from '../helpers.js';
import { CLEAN_PLAN as CLEAN, edit, type Edit } from './validation-helpers.js';

interface Case {
    readonly code: DiagnosticCode;
    readonly why: string;
    /** Edits of the clean plan that make the code fire. */
    readonly bad: readonly Edit[];
    /** Further edits of the bad plan that correct it (none: the clean plan is the correction). */
    readonly fix?: readonly Edit[];
}

const CASES: readonly Case[] = [
    { code: 'goal-missing-owner', why: 'a goal without owner', bad: [['    owner Finance\n    supports Growth\n    perspective financial', '    supports Growth\n    perspective financial']] },
    { code: 'goal-missing-description', why: 'a goal without description', bad: [['    description "Key accounts."\n', '']] },
    {
        code: 'goal-vague', why: 'a vague verb and no numeric KPI',
        bad: [['goal Skills "Certify four analysts"', 'goal Skills "Strengthen the analysts"'], ['target >= 4 frequency quarterly }', 'target "Certified" }'], ['measure Certified 1 source "HR"', 'measure Certified partial 70% source "HR"'], ['measure Certified 2 source "HR"', 'measure Certified partial 70% source "HR"']],
        fix: [['goal Skills "Strengthen the analysts"', 'goal Skills "Certify four analysts"']]
    },
    { code: 'goal-without-kpi', why: 'a goal without KPI', bad: [['    kpi Certified "Analysts certified" { unit "analysts" baseline 0 target >= 4 frequency quarterly }\n', ''], ['    measure Certified 1 source "HR"\n', ''], ['    measure Certified 2 source "HR"\n', '']] },
    { code: 'kpi-missing-target', why: 'a KPI without target', bad: [['baseline 0 target >= 4 frequency', 'baseline 0 frequency']] },
    { code: 'kpi-missing-unit', why: 'a quantitative KPI without unit', bad: [['{ unit "analysts" baseline 0', '{ baseline 0']] },
    { code: 'kpi-missing-baseline', why: 'a quantitative KPI without baseline', bad: [['unit "analysts" baseline 0 target', 'unit "analysts" target']] },
    {
        code: 'kpi-qualitative', why: 'a text target',
        bad: [['target >= 4 frequency quarterly }', 'target "Certified" }'], ['measure Certified 1 source "HR"', 'measure Certified partial 70% source "HR"'], ['measure Certified 2 source "HR"', 'measure Certified partial 70% source "HR"']],
        fix: [['target "Certified" }', 'target >= 4 frequency quarterly }'], ['measure Certified partial 70% source "HR"', 'measure Certified 1 source "HR"'], ['measure Certified partial 70% source "HR"', 'measure Certified 2 source "HR"']]
    },
    { code: 'kpi-zero-target', why: '>= 0', bad: [['baseline 0 target >= 4', 'baseline 0 target >= 0']], fix: [['baseline 0 target >= 0', 'baseline 0 target >= 4']] },
    { code: 'target-direction-conflict', why: '<= above the baseline', bad: [['baseline 8 target <= 5', 'baseline 8 target <= 9']], fix: [['baseline 8 target <= 9', 'baseline 8 target >= 9']] },
    { code: 'target-already-met', why: 'target equal to baseline', bad: [['baseline 8 target <= 5', 'baseline 8 target <= 8']], fix: [['baseline 8 target <= 8', 'baseline 8 target <= 7']] },
    { code: 'target-too-ambitious', why: '(11 − 6) / 6 = 83% > 50%', bad: [['baseline 10 target >= 11', 'baseline 6 target >= 11']], fix: [['    total budget 2M\n', '    total budget 2M\n    rules { ambition limit 90% }\n']] },
    { code: 'goal-unfunded', why: 'no line funds the goal', bad: [['funds Close 50%, Skills 50%', 'funds Close']], fix: [['funds Close', 'funds Close 50%, Skills 50%']] },
    { code: 'goal-not-aligned', why: 'a goal without supports', bad: [['    owner Finance\n    supports Growth\n    perspective customer', '    owner Finance\n    perspective customer']] },
    { code: 'strategy-without-goals', why: 'a strategy nobody supports', bad: [['strategy Growth "Growth" { perspective financial }', 'strategy Growth "Growth" { perspective financial }\nstrategy Culture']] , fix: [['    supports Growth\n    perspective learning', '    supports Growth, Culture\n    perspective learning']] },
    { code: 'perspective-uncovered', why: 'no learning goal', bad: [['    perspective learning\n', '    perspective process\n']] },
    { code: 'kpi-count', why: 'six KPIs', bad: [['    kpi Sales ', '    kpi K1 "k" { target "t" }\n    kpi K2 "k" { target "t" }\n    kpi K3 "k" { target "t" }\n    kpi K4 "k" { target "t" }\n    kpi K5 "k" { target "t" }\n    kpi Sales ']], fix: [['    total budget 2M\n', '    total budget 2M\n    rules { kpi count limit 6 }\n']] },
    { code: 'class-missing', why: 'government KPI without class', bad: [['    total budget 2M\n', '    total budget 2M\n    profile government\n'], ['{ unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'], ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ formula "f" unit "analysts"']], fix: [['{ formula "f" unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']] },
    { code: 'class-invalid', why: 'output.social', bad: [['{ unit "analysts"', '{ class output.social unit "analysts"']], fix: [['class output.social', 'class benefit.social']] },
    { code: 'output-indicator-missing', why: 'government goal without output KPI', bad: [['    total budget 2M\n', '    total budget 2M\n    profile government\n'], ['{ unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"'], ['{ unit "%" baseline 80', '{ class satisfaction.service formula "f" unit "%" baseline 80'], ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']], fix: [['class satisfaction.service', 'class output.quality']] },
    { code: 'kpi-missing-formula', why: 'government quantitative KPI without formula', bad: [['    total budget 2M\n', '    total budget 2M\n    profile government\n'], ['{ unit "M CNY"', '{ class output.quantity unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'], ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']], fix: [['{ class output.quantity unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"']] },
    { code: 'goal-missing-due', why: 'a goal without due', bad: [['    weight 10%\n    due 2026-12-31\n', '    weight 10%\n']] },
    { code: 'due-outside-period', why: 'due after the period', bad: [['    weight 10%\n    due 2026-12-31', '    weight 10%\n    due 2027-01-01']], fix: [['due 2027-01-01', 'due 2026-12-31']] },
    { code: 'kpi-missing-frequency', why: 'a quantitative KPI without frequency', bad: [['target >= 4 frequency quarterly', 'target >= 4']] },
    { code: 'budget-unlinked', why: 'a line without funds', bad: [['budget Tool "Tool"', 'budget Spare "Spare" { category other amount 1 }\nbudget Tool "Tool"']], fix: [['{ category other amount 1 }', '{ category other amount 1 funds Skills }']] },
    { code: 'adjusted-unexplained', why: 'Tool cut to 280k without a reason', bad: [['{ category technology amount 300k funds', '{ category technology amount 300k adjusted 280k funds']], fix: [['adjusted 280k funds', 'adjusted 280k reason "Licence discount" funds']] },
    { code: 'sources-not-total', why: 'fiscal 500k + own 50k ≠ 600k', bad: [['amount 600k funds Revenue', 'amount 600k sources fiscal 500k, own 50k funds Revenue']], fix: [['own 50k', 'own 100k']] },
    { code: 'spend-source-unknown', why: 'spent from carry-over, the line has only fiscal money', bad: [['amount 600k funds Revenue', 'amount 600k sources fiscal 600k funds Revenue'], ['    spend Team 150k source "GL"\n    spend Tool 75k source "GL"\n}\nreview', '    spend Team 150k from carryover source "GL"\n    spend Tool 75k source "GL"\n}\nreview']], fix: [['from carryover', 'from fiscal']] },
    { code: 'allocation-not-100', why: 'a split of 70% + 20%', bad: [['funds Revenue 70%, Service 30%', 'funds Revenue 70%, Service 20%']], fix: [['Service 20%', 'Service 30%']] },
    { code: 'budget-over-total', why: '900k > 800k', bad: [['total budget 2M', 'total budget 800k']], fix: [['total budget 800k', 'total budget 900k']] },
    { code: 'weights-not-100', why: 'goal weights 40% + 40% + 20% + 10%', bad: [['    weight 30%', '    weight 40%']], fix: [['    weight 40%', '    weight 30%']] },
    { code: 'weight-zero', why: 'a 0% goal', bad: [['    weight 20%', '    weight 0%'], ['    weight 40%', '    weight 60%']] },
    { code: 'funding-priority-mismatch', why: 'low-priority Close gets 1.5M, high-priority Revenue 420k', bad: [['amount 300k funds Close 50%', 'amount 3M funds Close 50%'], ['total budget 2M', 'total budget 4M']], fix: [['    priority low', '    priority medium']] },
    { code: 'funding-weight-mismatch', why: 'Revenue weighs 40% but gets 30k / 900k = 3.3%', bad: [['funds Revenue 70%, Service 30%', 'funds Revenue 5%, Service 95%']], fix: [['    total budget 2M\n', '    total budget 2M\n    rules { funding weight ratio 15 }\n']] },
    { code: 'resource-category-missing', why: 'no technology line', bad: [['{ category technology amount', '{ category equipment amount']] },
    { code: 'overspend', why: '150k + 200k > 300k', bad: [['    spend Tool 75k source "GL"\n}\nreview', '    spend Tool 250k source "GL"\n}\nreview']], fix: [['spend Tool 250k', 'spend Tool 225k']] },
    { code: 'budget-execution-lag', why: '200k / 600k = 33% with 49.5% of the time gone', bad: [['    spend Team 150k source "GL"\n    spend Tool 75k source "GL"\n}\nreview', '    spend Team 50k source "GL"\n    spend Tool 75k source "GL"\n}\nreview']], fix: [['    as of 2026-06-30\n', '    as of 2026-06-30\n    rules { execution lag warning 60% execution lag error 50% }\n']] },
    { code: 'year-end-execution-low', why: '50% at 2026-12-20', bad: [['as of 2026-06-30', 'as of 2026-12-20']], fix: [['finding Exams "Exam dates moved" { affects Skills', 'finding Exams "Exam dates moved" { affects Skills, Revenue, Close']] },
    { code: 'kpi-lag', why: 'Certified at 25% with 49.5% expected', bad: [['measure Certified 2 source "HR"', 'measure Certified 1 source "HR"']], fix: [['    as of 2026-06-30\n', '    as of 2026-06-30\n    rules { kpi lag warning 30% }\n']] },
    { code: 'kpi-off-track', why: 'Answered trends to 84.4', bad: [['measure Answered 88 source "ACD"', 'measure Answered 84 source "ACD"']], fix: [['measure Answered 84 source "ACD"\n    measure CloseDays 6', 'measure Answered 87 source "ACD"\n    measure CloseDays 6']] },
    { code: 'kpi-wrong-direction', why: 'CloseDays 6 → 7', bad: [['measure CloseDays 7 source', 'measure CloseDays 5.5 source']], fix: [['measure CloseDays 5.5 source', 'measure CloseDays 6 source']] },
    { code: 'goal-overdue', why: 'due in March, not achieved', bad: [['    weight 10%\n    due 2026-12-31', '    weight 10%\n    due 2026-03-31']], fix: [['measure Certified 1 source "HR"', 'measure Certified 4 source "HR"'], ['measure Certified 2 source "HR"', 'measure Certified 4 source "HR"']] },
    { code: 'measure-missing-source', why: 'a spend without source', bad: [['spend Tool 75k source "GL"\n}\ncheckpoint', 'spend Tool 75k\n}\ncheckpoint']] },
    { code: 'measure-outside-period', why: 'a checkpoint in 2025', bad: [['checkpoint Q1 2026-03-31', 'checkpoint Q1 2025-12-31']], fix: [['    period 2026-01-01 to 2026-12-31', '    period 2025-12-01 to 2026-12-31']] },
    { code: 'measure-after-as-of', why: 'a checkpoint after as of', bad: [['checkpoint Q2 2026-06-30', 'checkpoint Q2 2026-07-01']], fix: [['as of 2026-06-30', 'as of 2026-07-01']] },
    { code: 'measure-duplicate', why: 'Q2 dated like Q1', bad: [['checkpoint Q2 2026-06-30', 'checkpoint Q2 2026-03-31']], fix: [['checkpoint Q2 2026-03-31', 'checkpoint Q2 2026-06-30']] },
    { code: 'measure-missing', why: 'monthly, no July measure', bad: [['baseline 80 target >= 90 frequency quarterly', 'baseline 80 target >= 90 frequency monthly'], ['as of 2026-06-30', 'as of 2026-07-31']], fix: [['review MidYear', 'checkpoint July 2026-07-15 {\n    measure Answered 89 source "ACD"\n}\nreview MidYear']] },
    { code: 'measure-implausible', why: '188% on a % KPI', bad: [['measure Answered 88 source', 'measure Answered 188 source']], fix: [['kpi Answered "Calls answered in 60 s"', 'kpi Answered "Growth of calls answered in 60 s"']] },
    { code: 'qualitative-score-band', why: 'partial 90%', bad: [['target >= 4 frequency quarterly }', 'target "Certified" }'], ['measure Certified 1 source "HR"', 'measure Certified partial 75% source "HR"'], ['measure Certified 2 source "HR"', 'measure Certified partial 90% source "HR"']], fix: [['partial 90%', 'achieved 90%']] },
    { code: 'finding-without-action', why: 'the action addresses nothing', bad: [['addresses Exams owner', 'owner']] },
    { code: 'action-incomplete', why: 'an action without owner', bad: [['addresses Exams owner Finance due', 'addresses Exams due']] },
    { code: 'action-overdue', why: 'open and due in May', bad: [['due 2026-07-31 status open', 'due 2026-05-31 status open']], fix: [['due 2026-05-31 status open', 'due 2026-05-31 status done']] },
    { code: 'affects-ambiguous', why: 'the KPI Certified renamed Skills, like the goal a finding affects', bad: [['kpi Certified "Analysts certified"', 'kpi Skills "Analysts certified"'], ['measure Certified 1 source', 'measure Skills 1 source'], ['measure Certified 2 source', 'measure Skills 2 source']] },
    { code: 'kpi-missed-unexplained', why: 'Revenue due in June, below target, no finding', bad: [['    weight 40%\n    due 2026-12-31', '    weight 40%\n    due 2026-06-30']], fix: [['affects Skills', 'affects Skills, Revenue']] },
    // v2: the forms model (LANGUAGE.md §8.1–8.3, 8.9)
    { code: 'target-date-direction', why: 'a date target with >=', bad: [['baseline 0 target >= 4 frequency quarterly', 'target >= 2026-10-31']], fix: [['target >= 2026-10-31', 'target <= 2026-10-31']] },
    { code: 'cumulative-direction', why: 'a cumulative KPI with <=', bad: [['baseline 8 target <= 5', 'baseline 8 target <= 5 cumulative']], fix: [['target <= 5 cumulative', 'target <= 5']] },
    { code: 'points-missing', why: 'one KPI with points, three without', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }']] },
    { code: 'points-not-100', why: 'points 90 and no execution row', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 90 }']], fix: [['points 90', 'points 100']] },
    { code: 'weight-ignored', why: 'weights in a points-scored plan', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }']] },
    { code: 'award-without-points', why: 'an award without points', bad: [['status open }\n}', 'status open }\n    award Sales 5\n}']] },
    { code: 'award-out-of-range', why: '120 of 100 points', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }'], ['status open }\n}', 'status open }\n    award Sales 120\n}']], fix: [['award Sales 120', 'award Sales 60']] },
    { code: 'duplicate-award', why: 'Sales awarded twice in one review', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }'], ['status open }\n}', 'status open }\n    award Sales 60\n    award Sales 50\n}']], fix: [['\n    award Sales 50', '']] },
    { code: 'award-unexplained', why: '90 where Sales earns 60, no reason', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }'], ['status open }\n}', 'status open }\n    award Sales 90\n}']], fix: [['award Sales 90', 'award Sales 90 reason "new contracts signed late"']] },
    { code: 'award-lenient', why: 'full marks at 60%', bad: [['weight 100% frequency quarterly }', 'weight 100% frequency quarterly points 100 }'], ['status open }\n}', 'status open }\n    award Sales 100 reason "r"\n}']], fix: [['award Sales 100', 'award Sales 60']] },
    { code: 'benefit-indicator-missing', why: 'only output KPIs', bad: [['    total budget 2M\n', '    total budget 2M\n    profile government\n'], ['{ unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'], ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']], fix: [['class output.quality formula "f" unit "%" baseline 80', 'class benefit.social formula "f" unit "%" baseline 80']] },
    { code: 'satisfaction-indicator-missing', why: 'only output KPIs', bad: [['    total budget 2M\n', '    total budget 2M\n    profile government\n'], ['{ unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'], ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']], fix: [['class output.quality formula "f" unit "%" baseline 80', 'class satisfaction.service formula "f" unit "%" baseline 80']] }
];

async function codesOf(text: string): Promise<string[]> {
    return (await buildPlan(text)).diagnostics('plan.pbm').map(d => String(d.code));
}

describe('diagnostic codes: fire on the edit, not on the correction', () => {
    test('the clean plan has no diagnostics', async () => {
        expect(await codesOf(CLEAN)).toEqual([]);
    });

    test('every code beyond the core ones has a case', () => {
        const covered = new Set(CASES.map(c => c.code));
        const missing = ALL_CODES.filter(code => CODE_INFO[code].family !== 'core' && !covered.has(code));
        expect(missing).toEqual([]);
    });

    test.each(CASES)('$code: $why', async ({ code, bad, fix }) => {
        const badText = edit(CLEAN, bad);
        const badCodes = await codesOf(badText);
        expect(badCodes).toContain(code);
        const goodText = fix ? edit(badText, fix) : CLEAN;
        const goodCodes = await codesOf(goodText);
        expect(goodCodes).not.toContain(code);
        // The edits keep the plan well-formed: no syntax or reference errors hide behind the result.
        for (const codes of [badCodes, goodCodes]) {
            expect(codes.filter(c => CODE_INFO[c as DiagnosticCode]?.family === 'core')).toEqual([]);
        }
    });
});
