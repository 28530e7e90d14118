/**
 * Whole-plan diagnostics stay correct when another file of the plan changes
 * (workspace/pbm-document-builder.ts): Langium alone re-validates only the
 * files whose references point into the changed file.
 */
import { describe, expect, test } from 'vitest';
import { buildFiles } from '../helpers.js';
import { codeLines, deleteFile, diagnosticsOf, editFile } from './validation-helpers.js';

const PLAN = `plan P {
    period 2026-01-01 to 2026-12-31
}`;

/**
 * A goal with nothing to complain about but what the test is about, with its
 * own unit and strategy: no reference leaves its file, so Langium alone
 * would never re-validate it for a change elsewhere.
 */
function goal(name: string, weight: string): string {
    return `unit ${name}U
strategy ${name}S
goal ${name} "${name}" {
    owner ${name}U
    supports ${name}S
    weight ${weight}
    due 2026-12-31
    description "d"
    kpi ${name}K { unit "x" baseline 10 target >= 12 frequency yearly }
}
budget ${name}B { category personnel amount 1 funds ${name} }
budget ${name}T { category technology amount 1 funds ${name} }`;
}

const WEIGHTS = new Set(['weights-not-100']);

describe('a change in one file of a plan re-validates the others', () => {
    test('goal weights: editing the part file changes the plan file\'s diagnostics', async () => {
        // plan.pbm does not reference anything in goals.pbm: only the import ties them.
        const workspace = await buildFiles({
            'plan.pbm': `import "goals.pbm"\n${PLAN}\n${goal('A', '60%')}`,
            'goals.pbm': goal('B', '40%')
        });
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual([]);

        await editFile(workspace, 'goals.pbm', goal('B', '50%'));
        // The plan file's own weight is flagged, though plan.pbm itself did not change.
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual(['weights-not-100@10']);
        expect(codeLines(diagnosticsOf(workspace, 'goals.pbm'), WEIGHTS)).toEqual(['weights-not-100@6']);

        await editFile(workspace, 'goals.pbm', goal('B', '40%'));
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual([]);
    });

    test('a file joining a plan through an edited import is checked as part of it', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `${PLAN}\n${goal('A', '60%')}`,
            'goals.pbm': goal('B', '40%')
        });
        // goals.pbm belongs to no plan yet: its names do not resolve, and it has goals without a plan.
        expect(diagnosticsOf(workspace, 'goals.pbm').map(d => d.code)).toContain('plan-missing');
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual(['weights-not-100@9']);

        await editFile(workspace, 'plan.pbm', `import "goals.pbm"\n${PLAN}\n${goal('A', '60%')}`);
        expect(diagnosticsOf(workspace, 'goals.pbm').map(d => d.code)).toEqual([]);
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual([]);
    });

    test('a file leaving a plan through an edited import is checked on its own again', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `import "goals.pbm"\n${PLAN}\n${goal('A', '60%')}`,
            'goals.pbm': goal('B', '40%')
        });
        expect(diagnosticsOf(workspace, 'goals.pbm')).toEqual([]);

        await editFile(workspace, 'plan.pbm', `${PLAN}\n${goal('A', '60%')}`);
        expect(diagnosticsOf(workspace, 'goals.pbm').map(d => d.code)).toContain('plan-missing');
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), WEIGHTS)).toEqual(['weights-not-100@9']);
    });

    test('deleting an imported file re-validates the importing plan', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `import "goals.pbm"\n${PLAN}\n${goal('A', '60%')}`,
            'goals.pbm': goal('B', '40%')
        });
        await deleteFile(workspace, 'goals.pbm');
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), new Set(['import-not-found', 'weights-not-100'])))
            .toEqual(['import-not-found@1', 'weights-not-100@10']);
    });

    test('creating a missing imported file re-validates the importing plan', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `import "goals.pbm"\n${PLAN}\n${goal('A', '60%')}`
        });
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), new Set(['import-not-found']))).toEqual(['import-not-found@1']);

        await editFile(workspace, 'goals.pbm', goal('B', '40%'));
        expect(diagnosticsOf(workspace, 'plan.pbm')).toEqual([]);
        expect(diagnosticsOf(workspace, 'goals.pbm')).toEqual([]);
    });
});

describe('references into an edited file follow its new syntax tree', () => {
    // goals.pbm is re-parsed on an edit: its KPI is a new node. plan.pbm's `measure K` must be linked
    // to it again (the reference index says plan.pbm points into goals.pbm), else plan.pbm is checked
    // against the KPI as it was.
    test("a measure in the plan file is checked against the KPI's new unit", async () => {
        const goals = (unit: string) => `unit U\nstrategy S\ngoal G "g" {\n    owner U\n    supports S\n    due 2026-12-31\n    description "d"\n    kpi K { unit "${unit}" baseline 10 target >= 12 frequency monthly source "s" }\n}\nbudget B { category personnel amount 1 funds G }`;
        const plan = `import "goals.pbm"\nplan P {\n    period 2026-01-01 to 2026-12-31\n    as of 2026-03-31\n}\ncheckpoint C 2026-03-31 {\n    measure K 150 source "s"\n}`;
        const IMPLAUSIBLE = new Set(['measure-implausible']);
        const workspace = await buildFiles({ 'plan.pbm': plan, 'goals.pbm': goals('h') });
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), IMPLAUSIBLE)).toEqual([]);
        await editFile(workspace, 'goals.pbm', goals('%'));
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), IMPLAUSIBLE)).toEqual(['measure-implausible@7']);
        await editFile(workspace, 'goals.pbm', goals('h'));
        expect(codeLines(diagnosticsOf(workspace, 'plan.pbm'), IMPLAUSIBLE)).toEqual([]);
    });
});
