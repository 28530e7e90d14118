/**
 * Quick fixes (lsp/pbm-code-actions.ts): each is applied to the files and
 * the workspace rebuilt; the diagnostic it fixes must be gone and no new
 * error may appear. The inserted text is checked where its form matters.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-types';
import type { Lang } from 'pbm-language';
import { buildFiles, uriOf, type TestWorkspace } from '../helpers.js';
import { CLEAN_PLAN, edit, type Edit } from './validation-helpers.js';

type Files = Record<string, string>;

/** The quick fixes offered for the diagnostics with `code` in `file` (the first such diagnostic, or the one on `line`). */
async function fixesFor(workspace: TestWorkspace, file: string, code: string, line?: number): Promise<{ diagnostic: Diagnostic; actions: CodeAction[] }> {
    const diagnostic = workspace.diagnostics(file).find(d => d.code === code && (line === undefined || d.range.start.line + 1 === line));
    if (!diagnostic) throw new Error(`no ${code} in ${file}: ${workspace.diagnostics(file).map(d => d.code).join(', ')}`);
    const provider = workspace.services.lsp.CodeActionProvider!;
    const actions = await provider.getCodeActions(workspace.doc(file), {
        textDocument: { uri: uriOf(file).toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    }) as CodeAction[];
    return { diagnostic, actions: actions ?? [] };
}

/** Applies a code action's workspace edit to the files. */
function apply(files: Files, action: CodeAction): Files {
    const result = { ...files };
    for (const [uri, edits] of Object.entries(action.edit?.changes ?? {})) {
        const name = Object.keys(files).find(file => uriOf(file).toString() === uri);
        if (!name) throw new Error(`edit of an unknown file ${uri}`);
        result[name] = TextDocument.applyEdits(TextDocument.create(uri, 'pbm', 1, files[name]), edits);
    }
    return result;
}

const errorsOf = (workspace: TestWorkspace, files: Files) =>
    Object.keys(files).flatMap(file => workspace.diagnostics(file).filter(d => d.severity === 1).map(d => `${file} ${d.code} ${d.message}`));

/**
 * Builds the files, applies the fix titled `title` for the first `code`
 * diagnostic of `file`, rebuilds, and checks the diagnostic is gone and no
 * error is new. Returns the fixed files.
 */
async function applyFix(files: Files, file: string, code: string, title: string | RegExp, options: { line?: number; lang?: Lang } = {}): Promise<Files> {
    const before = await buildFiles(files, options.lang);
    const { diagnostic, actions } = await fixesFor(before, file, code, options.line);
    const action = actions.find(a => typeof title === 'string' ? a.title === title : title.test(a.title));
    expect(action, `fix '${title}' among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
    expect(action!.kind).toBe('quickfix');
    expect(action!.diagnostics).toEqual([diagnostic]);
    const fixed = apply(files, action!);
    const after = await buildFiles(fixed, options.lang);
    const same = (d: Diagnostic) => d.code === code && d.message === diagnostic.message;
    expect(after.diagnostics(file).filter(same)).toEqual([]);
    const oldErrors = new Set(errorsOf(before, files));
    expect(errorsOf(after, fixed).filter(e => !oldErrors.has(e))).toEqual([]);
    return fixed;
}

const plan = (...edits: Edit[]): Files => ({ 'plan.pbm': edit(CLEAN_PLAN, edits) });

describe('goal-not-aligned: add a strategy the goal supports', () => {
    const files = (): Files => ({
        'plan.pbm': CLEAN_PLAN
            .replace('strategy Growth "Growth" { perspective financial }', 'strategy Growth "Growth" { perspective financial }\nstrategy Service "Service" { perspective customer }')
            .replace('    supports Growth\n    perspective customer', '    perspective customer')
    });

    test("one fix per strategy, the goal's perspective first; none preferred", async () => {
        const workspace = await buildFiles(files());
        const { actions } = await fixesFor(workspace, 'plan.pbm', 'goal-not-aligned');
        expect(actions.map(a => a.title)).toEqual(["Add 'supports Service'", "Add 'supports Growth'"]);
        expect(actions.every(a => !a.isPreferred)).toBe(true);
    });

    test('applied, the goal supports the strategy and the warning is gone', async () => {
        const fixed = await applyFix(files(), 'plan.pbm', 'goal-not-aligned', "Add 'supports Service'");
        expect(fixed['plan.pbm']).toMatch(/\n    supports Service\n/);
    });

    test('in Chinese', async () => {
        await applyFix(files(), 'plan.pbm', 'goal-not-aligned', '添加“supports Growth”', { lang: 'zh' });
    });
});

describe('add a missing property', () => {
    test('owner: the plan\'s first unit, at the goal\'s property indentation', async () => {
        const fixed = await applyFix(plan(['    owner Finance\n    supports Growth\n    perspective financial', '    supports Growth\n    perspective financial']),
            'plan.pbm', 'goal-missing-owner', "Add 'owner Finance'");
        expect(fixed['plan.pbm']).toContain('    description "Key accounts."\n    owner Finance\n    kpi Sales');
    });

    test('due: the plan\'s end date', async () => {
        const fixed = await applyFix(plan(['    weight 10%\n    due 2026-12-31\n', '    weight 10%\n']), 'plan.pbm', 'goal-missing-due', "Add 'due 2026-12-31'");
        expect(fixed['plan.pbm']).toContain('    description "CMA."\n    due 2026-12-31\n    kpi Certified');
    });

    test('description, in a goal that starts with a KPI: above the KPIs', async () => {
        const files = { 'plan.pbm': CLEAN_PLAN.replace('goal Skills "Certify four analysts" {\n    owner Finance', 'goal Skills "Certify four analysts" {\n    kpi Extra "Extra" { target "t" }\n    owner Finance').replace('    description "CMA."\n', '') };
        const fixed = await applyFix(files, 'plan.pbm', 'goal-missing-description', `Add 'description ""'`);
        expect(fixed['plan.pbm']).toContain('goal Skills "Certify four analysts" {\n    description ""\n    kpi Extra');
    });

    test('unit: inside a one-line KPI block', async () => {
        const fixed = await applyFix(plan(['{ unit "analysts" baseline 0', '{ baseline 0']), 'plan.pbm', 'kpi-missing-unit', `Add 'unit ""'`);
        expect(fixed['plan.pbm']).toContain('kpi Certified "Analysts certified" { baseline 0 target >= 4 frequency quarterly unit "" }');
    });

    test('baseline: the first measured value, in a multi-line KPI block', async () => {
        const files = plan(['kpi Sales "Revenue" { unit "M CNY" baseline 10 target >= 11 weight 100% frequency quarterly }',
            'kpi Sales "Revenue" {\n        unit "M CNY"\n        target >= 11\n        weight 100%\n        frequency quarterly\n    }']);
        const fixed = await applyFix(files, 'plan.pbm', 'kpi-missing-baseline', "Add 'baseline 10.3'");
        expect(fixed['plan.pbm']).toContain('        frequency quarterly\n        baseline 10.3\n    }');
    });

    test('baseline 0 without measures', async () => {
        await applyFix(plan(['unit "analysts" baseline 0 target', 'unit "analysts" target'], ['    measure Certified 1 source "HR"\n', ''], ['    measure Certified 2 source "HR"\n', '']),
            'plan.pbm', 'kpi-missing-baseline', "Add 'baseline 0'");
    });

    test('frequency: quarterly', async () => {
        await applyFix(plan(['target >= 4 frequency quarterly', 'target >= 4']), 'plan.pbm', 'kpi-missing-frequency', "Add 'frequency quarterly'");
    });

    test('formula (government profile)', async () => {
        const gov = plan(['    total budget 2M\n', '    total budget 2M\n    profile government\n'],
            ['{ unit "M CNY"', '{ class output.quantity unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'],
            ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"']);
        await applyFix(gov, 'plan.pbm', 'kpi-missing-formula', `Add 'formula ""'`);
    });

    test('source of a measure and of a spend, after the value', async () => {
        const fixed = await applyFix(plan(['measure Sales 10.3 source "ERP"', 'measure Sales 10.3']), 'plan.pbm', 'measure-missing-source', `Add 'source ""'`);
        expect(fixed['plan.pbm']).toContain('    measure Sales 10.3 source ""\n');
        await applyFix(plan(['spend Tool 75k source "GL"\n}\ncheckpoint', 'spend Tool 75k\n}\ncheckpoint']), 'plan.pbm', 'measure-missing-source', `Add 'source ""'`);
    });

    test('owner and due of an action, in one fix', async () => {
        const fixed = await applyFix(plan(['addresses Exams owner Finance due 2026-07-31 status open', 'addresses Exams status open']),
            'plan.pbm', 'action-incomplete', "Add 'owner Finance, due 2026-12-31'");
        expect(fixed['plan.pbm']).toContain('{ addresses Exams status open owner Finance due 2026-12-31 }');
    });

    test('titles in Chinese', async () => {
        await applyFix(plan(['target >= 4 frequency quarterly', 'target >= 4']), 'plan.pbm', 'kpi-missing-frequency', '添加“frequency quarterly”', { lang: 'zh' });
    });
});

describe('create a stub for an unresolved reference', () => {
    test('a unit, at the end of the file', async () => {
        const fixed = await applyFix(plan(['    owner Finance\n    supports Growth\n    perspective customer', '    owner Finanse\n    supports Growth\n    perspective customer']),
            'plan.pbm', 'unresolved-reference', "Create unit 'Finanse'");
        expect(fixed['plan.pbm'].endsWith('\n\nunit Finanse\n')).toBe(true);
    });

    test('a strategy', async () => {
        await applyFix(plan(['    supports Growth\n    perspective learning', '    supports Culture\n    perspective learning']), 'plan.pbm', 'unresolved-reference', "Create strategy 'Culture'");
    });

    test('a goal, with a due date and a KPI so that it has no error of its own', async () => {
        const fixed = await applyFix(plan(['funds Close 50%, Skills 50%', 'funds Close 50%, Skills 40%, Audit 10%']), 'plan.pbm', 'unresolved-reference', "Create goal 'Audit'");
        expect(fixed['plan.pbm']).toContain('goal Audit {\n    weight 0%\n    due 2026-12-31\n    kpi AuditKpi {');
    });

    test('a name a finding affects (a goal, KPI or budget line): a goal', async () => {
        const fixed = await applyFix(plan(['affects Skills', 'affects Skills, Audit']), 'plan.pbm', 'unresolved-reference', "Create goal 'Audit'");
        expect(fixed['plan.pbm']).toContain('goal Audit {');
    });

    test('a goal in a government plan gets an output indicator', async () => {
        const gov = plan(['    total budget 2M\n', '    total budget 2M\n    profile government\n'],
            ['{ unit "M CNY"', '{ class output.quantity formula "f" unit "M CNY"'], ['{ unit "%" baseline 80', '{ class output.quality formula "f" unit "%" baseline 80'],
            ['{ unit "days"', '{ class output.timeliness formula "f" unit "days"'], ['{ unit "analysts"', '{ class output.quantity formula "f" unit "analysts"'],
            ['funds Close 50%, Skills 50%', 'funds Close 50%, Skills 40%, Audit 10%']);
        await applyFix(gov, 'plan.pbm', 'unresolved-reference', '新建绩效目标“Audit”', { lang: 'zh' });
    });

    test('a budget line', async () => {
        await applyFix(plan(['spend Tool 75k source "GL"\n}\ncheckpoint', 'spend Tool 75k source "GL"\n    spend Travel 5k source "GL"\n}\ncheckpoint']),
            'plan.pbm', 'unresolved-reference', "Create budget line 'Travel'");
    });

    test('a KPI, in a goal of choice', async () => {
        const files = plan(['measure Sales 10.3 source "ERP"', 'measure Sales 10.3 source "ERP"\n    measure Churn 4.5 source "CRM"']);
        const fixed = await applyFix(files, 'plan.pbm', 'unresolved-reference', "Create KPI 'Churn' in goal 'Service'");
        expect(fixed['plan.pbm']).toContain('    kpi Answered "Calls answered in 60 s" { unit "%" baseline 80 target >= 90 frequency quarterly }\n    kpi Churn { unit "" baseline 4.5 target >= 4.5 frequency quarterly }\n}');
        // In a goal whose KPIs carry weights, the new KPI weighs 0% so the weights still total 100%.
        const weighted = await applyFix(files, 'plan.pbm', 'unresolved-reference', "Create KPI 'Churn' in goal 'Revenue'");
        expect(weighted['plan.pbm']).toContain('kpi Churn { unit "" baseline 4.5 target >= 4.5 weight 0% frequency quarterly }');
    });

    test('a finding, in the review of the action', async () => {
        const fixed = await applyFix(plan(['{ addresses Exams owner', '{ addresses Exam owner']), 'plan.pbm', 'unresolved-reference', "Create finding 'Exam' in review 'MidYear'");
        expect(fixed['plan.pbm']).toContain('status open }\n    finding Exam { }\n}');
    });
});

describe('rescale to 100% in whole percents (largest remainder)', () => {
    test('goal weights across the files of a plan', async () => {
        const files: Files = {
            'plan.pbm': edit(CLEAN_PLAN, [['plan Clean "Clean" {', 'import "more.pbm"\nplan Clean "Clean" {'], ['    weight 30%', '    weight 40%']]),
            'more.pbm': 'goal Extra "Extra" {\n    owner Finance\n    supports Growth\n    perspective process\n    weight 10%\n    due 2026-12-31\n    description "x"\n    kpi ExtraK { unit "x" baseline 1 target >= 1.2 frequency yearly }\n}\nbudget ExtraB { category other amount 1 funds Extra }\n'
        };
        // 40 + 40 + 20 + 10 + 10 = 120%: 33.3 · 33.3 · 16.7 · 8.3 · 8.3 → 33 · 33 · 17 · 9 · 8
        const fixed = await applyFix(files, 'plan.pbm', 'weights-not-100', 'Rescale weights to 100%: 33% · 33% · 17% · 9% · 8%');
        expect(fixed['more.pbm']).toContain('    weight 8%\n');
        expect(fixed['plan.pbm'].match(/^ {4}weight \d+%$/gm)).toEqual(['    weight 33%', '    weight 33%', '    weight 17%', '    weight 9%']);
    });

    test('KPI weights of a goal, giving the unweighted KPI its share', async () => {
        const files = plan(['{ unit "M CNY" baseline 10 target >= 11 weight 100% frequency quarterly }', '{ unit "M CNY" baseline 10 target >= 11 weight 60% frequency quarterly }\n    kpi Margin "Margin" { unit "%" baseline 30 target >= 31 weight 60% frequency quarterly }\n    kpi Cash "Cash" { unit "M CNY" baseline 2 target >= 3 frequency quarterly }']);
        // 60 + 60 + nothing left: 50 · 50 · 0
        const fixed = await applyFix(files, 'plan.pbm', 'weights-not-100', 'Rescale weights to 100%: 50% · 50% · 0%');
        expect(fixed['plan.pbm']).toContain('kpi Cash "Cash" { unit "M CNY" baseline 2 target >= 3 frequency quarterly weight 0% }');
    });

    test('a funds split that totals 80%', async () => {
        const fixed = await applyFix(plan(['funds Revenue 70%, Service 30%', 'funds Revenue 50%, Service 30%']), 'plan.pbm', 'allocation-not-100', 'Rescale the split to 100%: 63% · 37%');
        expect(fixed['plan.pbm']).toContain('funds Revenue 63%, Service 37% }');
    });

    test('a funds split with a goal without share', async () => {
        const fixed = await applyFix(plan(['funds Close 50%, Skills 50%', 'funds Close 70%, Skills']), 'plan.pbm', 'allocation-not-100', '将资金分配调整为合计 100%：70% · 30%', { lang: 'zh' });
        expect(fixed['plan.pbm']).toContain('funds Close 70%, Skills 30% }');
    });
});

describe('stubs for whole-plan problems', () => {
    test('a budget line funding an unfunded goal', async () => {
        const fixed = await applyFix(plan(['funds Close 50%, Skills 50%', 'funds Close']), 'plan.pbm', 'goal-unfunded', "Add a budget line funding 'Skills'");
        expect(fixed['plan.pbm']).toContain('budget SkillsBudget {\n    category other\n    amount 0\n    funds Skills\n}\n');
    });

    test('an action addressing a finding, in its review', async () => {
        const fixed = await applyFix(plan(['{ addresses Exams owner', '{ owner']), 'plan.pbm', 'finding-without-action', "Add an action addressing 'Exams'");
        expect(fixed['plan.pbm']).toContain('    action ExamsAction {\n        addresses Exams\n        owner Finance\n        due 2026-12-31\n        status open\n    }\n}');
    });
});

describe('no fix edits what the parser had to recover', () => {
    test('an entry cut short: no source is appended behind its dangling keyword', async () => {
        const workspace = await buildFiles(plan(['measure Sales 10.3 source "ERP"', 'measure Sales 10.3 source']));
        expect(workspace.diagnostics('plan.pbm').map(d => d.code)).toContain('syntax-error');
        const { actions } = await fixesFor(workspace, 'plan.pbm', 'measure-missing-source');
        expect(actions).toEqual([]);
    });

    test('a goal with a syntax error gets no property; a clean goal of the same file still does', async () => {
        const files = plan(['    owner Finance\n    supports Growth\n    perspective financial', '    supports Growth\n    perspective financial\n    weight ='],
            ['    owner Finance\n    supports Growth\n    perspective customer', '    supports Growth\n    perspective customer']);
        const workspace = await buildFiles(files);
        const owners = workspace.diagnostics('plan.pbm').filter(d => d.code === 'goal-missing-owner');
        expect(owners.length).toBe(2);
        const offered = await Promise.all(owners.map(d => fixesFor(workspace, 'plan.pbm', 'goal-missing-owner', d.range.start.line + 1)));
        expect(offered.map(o => o.actions.map(a => a.title))).toEqual([[], ["Add 'owner Finance'"]]);
    });

    test('a file whose last block is not closed gets nothing appended', async () => {
        const workspace = await buildFiles(plan(['funds Close 50%, Skills 50%', 'funds Close'], ['status open }\n}\n', 'status open }\n']));
        const { actions } = await fixesFor(workspace, 'plan.pbm', 'goal-unfunded');
        expect(actions).toEqual([]);
    });
});

describe('forms model (LANGUAGE.md §8.2, §8.3)', () => {
    const POINTS = `plan P "Points" {
    period 2026-01-01 to 2026-12-31
    as of 2026-12-31
    profile government
}
unit U "U"
strategy S "S"
goal G "G" {
    owner U supports S due 2026-12-31 description "d"
    kpi A "A" { class output.quantity unit "u" target >= 10 frequency yearly formula "f" points 50 }
    kpi B "B" { class benefit.social unit "u" target >= 10 frequency yearly formula "f" points 30 }
    kpi C "C" { class satisfaction.service unit "u" target >= 10 frequency yearly formula "f" points 15 }
}
budget L "L" { category personnel amount 100 funds G }
budget T "T" { category technology amount 100 funds G }
checkpoint Y 2026-12-31 {
    measure A 8 source "s"
    measure B 10 source "s"
    measure C 10 source "s"
    spend L 100 source "s"
    spend T 100 source "s"
}
review R "R" 2026-12-31 {
    finding F "F" { affects G cause internal severity low }
    action X "X" { addresses F owner U due 2027-01-31 status open }
    award A 30
}
`;

    test('points-not-100: rescale the indicators to 90 beside the execution row\'s 10', async () => {
        const fixed = await applyFix({ 'plan.pbm': POINTS }, 'plan.pbm', 'points-not-100',
            "Rescale the indicators' points to 90 (execution 10): 47.37 · 28.42 · 14.21");
        expect(fixed['plan.pbm']).toContain('points 47.37 }');
        expect(fixed['plan.pbm']).toContain('points 28.42 }');
        expect(fixed['plan.pbm']).toContain('points 14.21 }');
    });

    test('award-unexplained: add a reason to the award', async () => {
        const files = { 'plan.pbm': POINTS.replace('points 15 }', 'points 10 }') };
        const fixed = await applyFix(files, 'plan.pbm', 'award-unexplained', `Add 'reason ""' to the award`);
        expect(fixed['plan.pbm']).toContain('award A 30 reason ""');
    });

    test('titles in Chinese', async () => {
        await applyFix({ 'plan.pbm': POINTS }, 'plan.pbm', 'points-not-100', '将各指标分值调整为合计 90 分（预算执行率 10 分）：47.37 · 28.42 · 14.21', { lang: 'zh' });
    });
});

describe('money (§8.4): a reason for an adjustment, sources that total the budget', () => {
    test('adjusted-unexplained: reason "" after the adjusted amount', async () => {
        const fixed = await applyFix(plan(['{ category technology amount 300k funds', '{ category technology amount 300k adjusted 280k funds']),
            'plan.pbm', 'adjusted-unexplained', `Add 'reason ""' to the adjustment`);
        expect(fixed['plan.pbm']).toContain('amount 300k adjusted 280k reason "" funds');
    });

    test('sources-not-total: the difference goes on a new other source (preferred) or every source is rescaled', async () => {
        const files = plan(['amount 600k funds Revenue', 'amount 600k sources fiscal 500k, own 50k funds Revenue']);
        const workspace = await buildFiles(files);
        const { actions } = await fixesFor(workspace, 'plan.pbm', 'sources-not-total');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ["Put the difference on 'other': other 50000", true],
            ['Rescale the sources to the budget: fiscal 545454.55, own 54545.45', false]
        ]);
        const onOther = await applyFix(files, 'plan.pbm', 'sources-not-total', /^Put the difference/);
        expect(onOther['plan.pbm']).toContain('sources fiscal 500k, own 50k, other 50000 funds');
        const rescaled = await applyFix(files, 'plan.pbm', 'sources-not-total', /^Rescale/);
        expect(rescaled['plan.pbm']).toContain('sources fiscal 545454.55, own 54545.45 funds');
    });

    test('sources-not-total: an existing other source is lowered, in 万 like the others, in Chinese', async () => {
        const files = plan(['amount 600k funds Revenue', 'amount 60万 adjusted 55万 reason "压减" sources fiscal 50万, other 10万 funds Revenue']);
        const fixed = await applyFix(files, 'plan.pbm', 'sources-not-total', '将差额计入其他资金：other 5万', { lang: 'zh' });
        expect(fixed['plan.pbm']).toContain('sources fiscal 50万, other 5万 funds');
    });
});
