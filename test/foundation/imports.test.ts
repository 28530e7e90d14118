/**
 * Imports and plan file sets (LANGUAGE.md §3): relative paths, transitive
 * imports, missing files, cycles, part files and plans per file set.
 */
import { describe, expect, test } from 'vitest';
import * as pbm from 'pbm-language';
import { buildFiles, uriOf } from '../helpers.js';
import { diagnosticsOf, editFile } from '../validation/validation-helpers.js';
import { buildParsed, seen } from './foundation-helpers.js';

const PERIOD = '{ period 2026-01-01 to 2026-12-31 }';

function ownerOf(workspace: Awaited<ReturnType<typeof buildFiles>>, file: string, goalName: string): string | undefined {
    const goal = workspace.doc(file).parseResult.value.elements.filter(pbm.isGoal).find(g => g.name === goalName);
    return goal && pbm.goalOwner(goal)?.unit.ref?.name;
}

function problems(workspace: Awaited<ReturnType<typeof buildFiles>>, ...files: string[]) {
    const core = new Set(['unresolved-reference', 'import-not-found', 'plan-missing', 'duplicate-name']);
    return files.flatMap(file => seen(workspace, file).filter(d => core.has(d.code)).map(d => ({ file, ...d })));
}

describe('import paths', () => {
    test('a file in a subfolder', async () => {
        const workspace = await buildParsed({
            'plan.pbm': `import "org/units.pbm"\nplan P ${PERIOD}\ngoal G { owner Finance }`,
            'org/units.pbm': 'unit Finance'
        });
        expect(problems(workspace, 'plan.pbm', 'org/units.pbm')).toEqual([]);
        expect(ownerOf(workspace, 'plan.pbm', 'G')).toBe('Finance');
    });

    test('a path with .. from a subfolder, and ./ ', async () => {
        const workspace = await buildParsed({
            'plans/2026/plan.pbm': `import "../../shared/units.pbm"\nimport "./goals.pbm"\nplan P ${PERIOD}`,
            'plans/2026/goals.pbm': 'goal G { owner Finance }',
            'shared/units.pbm': 'unit Finance'
        });
        expect(problems(workspace, 'plans/2026/plan.pbm', 'plans/2026/goals.pbm', 'shared/units.pbm')).toEqual([]);
        expect(ownerOf(workspace, 'plans/2026/goals.pbm', 'G')).toBe('Finance');
    });

    test('names with CJK and spaces in the path', async () => {
        const workspace = await buildParsed({
            'plan.pbm': `import "组织 机构/单位.pbm"\nplan P ${PERIOD}\ngoal G { owner 财务部 }`,
            '组织 机构/单位.pbm': 'unit 财务部'
        });
        expect(problems(workspace, 'plan.pbm')).toEqual([]);
        expect(ownerOf(workspace, 'plan.pbm', 'G')).toBe('财务部');
    });

    test('transitive: A imports B imports C, and names of C resolve in A (and in B)', async () => {
        const workspace = await buildParsed({
            'a.pbm': `import "b.pbm"\nplan P ${PERIOD}\ngoal GA { owner UC }\nbudget L { funds GB }`,
            'b.pbm': 'import "sub/c.pbm"\ngoal GB { owner UC }',
            'sub/c.pbm': 'unit UC'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm', 'sub/c.pbm')).toEqual([]);
        expect(ownerOf(workspace, 'a.pbm', 'GA')).toBe('UC');
        expect(ownerOf(workspace, 'b.pbm', 'GB')).toBe('UC');
        const plan = workspace.services.shared.workspace.PlanGraph.planRootedAt(uriOf('a.pbm'));
        expect(plan?.files).toEqual(['a.pbm', 'b.pbm', 'sub/c.pbm'].map(f => uriOf(f).toString()));
    });

    test('a missing file is import-not-found on the path string, and the rest still links', async () => {
        const text = `import "org/missing.pbm"\nimport "units.pbm"\nplan P ${PERIOD}\ngoal G { owner Finance }`;
        const workspace = await buildFiles({ 'plan.pbm': text, 'units.pbm': 'unit Finance' });
        expect(problems(workspace, 'plan.pbm', 'units.pbm')).toEqual([
            { file: 'plan.pbm', code: 'import-not-found', line: 1, text: '"org/missing.pbm"' }
        ]);
        const [diagnostic] = workspace.diagnostics('plan.pbm').filter(d => d.code === 'import-not-found');
        expect(diagnostic.message).toContain('org/missing.pbm');
        expect(ownerOf(workspace, 'plan.pbm', 'G')).toBe('Finance');
    });

    test.each([
        ['a path that is resolved from the importing file, not the plan file', { 'plan.pbm': `import "sub/b.pbm"\nplan P ${PERIOD}`, 'sub/b.pbm': 'import "c.pbm"', 'c.pbm': 'unit C' }, 'sub/b.pbm'],
        ['an empty path', { 'plan.pbm': `import ""\nplan P ${PERIOD}` }, 'plan.pbm'],
        // Paths are relative (§3): an absolute one would resolve differently on another machine.
        ['an absolute path, even to a loaded file', { 'plan.pbm': `import "/plans/units.pbm"\nplan P ${PERIOD}`, 'units.pbm': 'unit U' }, 'plan.pbm']
    ])('%s: import-not-found', async (_, files, where) => {
        const workspace = await buildFiles(files);
        expect(seen(workspace, where, 'import-not-found')).toHaveLength(1);
    });

    test.each([
        ['a path to a file of another kind', { 'plan.pbm': `import "units.txt"\nplan P ${PERIOD}` }],
        ['a path without .pbm', { 'plan.pbm': `import "units"\nplan P ${PERIOD}` }]
    ])('%s: import-not-pbm', async (_, files) => {
        const workspace = await buildFiles(files);
        expect(seen(workspace, 'plan.pbm', 'import-not-pbm')).toHaveLength(1);
    });
});

describe('cycles', () => {
    test('A ↔ B: harmless, names resolve both ways', async () => {
        const workspace = await buildParsed({
            'a.pbm': `import "b.pbm"\nplan P ${PERIOD}\nunit UA\ngoal GA { owner UB }`,
            'b.pbm': 'import "a.pbm"\nunit UB\ngoal GB { owner UA }'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm')).toEqual([]);
        expect(ownerOf(workspace, 'a.pbm', 'GA')).toBe('UB');
        expect(ownerOf(workspace, 'b.pbm', 'GB')).toBe('UA');
    });

    test('a longer cycle and a file importing itself', async () => {
        const workspace = await buildParsed({
            'a.pbm': `import "b.pbm"\nimport "a.pbm"\nplan P ${PERIOD}\ngoal GA { owner UC }`,
            'b.pbm': 'import "c.pbm"\nunit UB',
            'c.pbm': 'import "a.pbm"\nimport "b.pbm"\nunit UC\ngoal GC { owner UB }'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm', 'c.pbm')).toEqual([]);
        const plan = workspace.services.shared.workspace.PlanGraph.planRootedAt(uriOf('a.pbm'));
        expect(plan?.files).toEqual(['a.pbm', 'b.pbm', 'c.pbm'].map(f => uriOf(f).toString()));
    });
});

describe('plans and part files', () => {
    test('a part file with goals that no plan imports is plan-missing, on its first goal', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `plan P ${PERIOD}`,
            'orphan.pbm': 'unit U\ngoal First { owner U }\ngoal Second { owner U }'
        });
        expect(problems(workspace, 'plan.pbm', 'orphan.pbm')).toEqual([
            { file: 'orphan.pbm', code: 'plan-missing', line: 2, text: 'First' }
        ]);
    });

    test('a part file reached through another part file is in the plan', async () => {
        const workspace = await buildFiles({
            'plan.pbm': `import "goals.pbm"\nplan P ${PERIOD}`,
            'goals.pbm': 'import "more-goals.pbm"\ngoal G1 {}',
            'more-goals.pbm': 'goal G2 {}'
        });
        expect(problems(workspace, 'plan.pbm', 'goals.pbm', 'more-goals.pbm')).toEqual([]);
    });

    test('a part file without goals needs no plan', async () => {
        const workspace = await buildFiles({ 'units.pbm': 'unit U\nstrategy S\nbudget B { amount 1M }' });
        expect(problems(workspace, 'units.pbm')).toEqual([]);
    });

    test('a part file imported only by another part file is still plan-missing', async () => {
        const workspace = await buildFiles({
            'parts.pbm': 'import "goals.pbm"\nunit U',
            'goals.pbm': 'goal G { owner U }'
        });
        expect(problems(workspace, 'parts.pbm', 'goals.pbm').filter(d => d.code === 'plan-missing')).toEqual([
            { file: 'goals.pbm', code: 'plan-missing', line: 1, text: 'G' }
        ]);
    });

    test('two plans in one file set are duplicate-name, on the plan that is imported', async () => {
        const workspace = await buildFiles({
            'main.pbm': `import "other.pbm"\nplan Main ${PERIOD}`,
            'other.pbm': `plan Other ${PERIOD}\nunit U`
        });
        expect(problems(workspace, 'main.pbm', 'other.pbm')).toEqual([
            { file: 'other.pbm', code: 'duplicate-name', line: 1, text: 'Other' }
        ]);
        const [diagnostic] = workspace.diagnostics('other.pbm').filter(d => d.code === 'duplicate-name');
        expect(diagnostic.message).toContain("Plan 'Other' is among the files of plan 'Main' (see main.pbm line 2)");
    });

    test('the two-plans message in Chinese names both plans', async () => {
        const workspace = await buildFiles({
            'main.pbm': `import "other.pbm"\nplan 总计划 ${PERIOD}`,
            'other.pbm': `plan 分计划 ${PERIOD}`
        }, 'zh');
        const [diagnostic] = workspace.diagnostics('other.pbm').filter(d => d.code === 'duplicate-name');
        expect(diagnostic.message).toMatch(/计划“分计划”位于计划“总计划”的文件中/);
    });

    test('two plans in one file: the second is duplicate-name', async () => {
        const workspace = await buildFiles({ 'plan.pbm': `plan A ${PERIOD}\nplan B ${PERIOD}` });
        expect(problems(workspace, 'plan.pbm')).toEqual([{ file: 'plan.pbm', code: 'duplicate-name', line: 2, text: 'B' }]);
        expect(workspace.diagnostics('plan.pbm').find(d => d.code === 'duplicate-name')?.message).toContain("Plan 'B' is among the files of plan 'A' (see line 1)");
    });

    test('two separate plans in one workspace are fine, and do not see each other\'s names', async () => {
        const workspace = await buildFiles({
            'a.pbm': `plan A ${PERIOD}\nunit OnlyInA\ngoal G { owner OnlyInB }`,
            'b.pbm': `plan B ${PERIOD}\nunit OnlyInB\ngoal G { owner OnlyInA }`
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm')).toEqual([
            { file: 'a.pbm', code: 'unresolved-reference', line: 3, text: 'OnlyInB' },
            { file: 'b.pbm', code: 'unresolved-reference', line: 3, text: 'OnlyInA' }
        ]);
    });

    test('a part file shared by two plans resolves in each, and the plans stay separate', async () => {
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan A ${PERIOD}\ngoal GA { owner Shared }`,
            'b.pbm': `import "shared.pbm"\nplan B ${PERIOD}\ngoal GB { owner Shared }`,
            'shared.pbm': 'unit Shared'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm', 'shared.pbm')).toEqual([]);
        const scope = workspace.services.shared.workspace.PlanGraph.scopeOf(uriOf('shared.pbm'));
        expect(scope.plans.map(p => p.plan.name)).toEqual(['A', 'B']);
    });
});

describe('a part file shared by several plans is checked as part of each', () => {
    test('a name declared in only one of the plans is unresolved in the other, which the message names', async () => {
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan A ${PERIOD}\nunit X "in A"`,
            'b.pbm': `import "shared.pbm"\nplan B ${PERIOD}`,
            'shared.pbm': 'budget L { owner X amount 1M }'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm', 'shared.pbm')).toEqual([
            { file: 'shared.pbm', code: 'unresolved-reference', line: 1, text: 'X' }
        ]);
        const [diagnostic] = workspace.diagnostics('shared.pbm').filter(d => d.code === 'unresolved-reference');
        expect(diagnostic.message).toContain("'X'");
        expect(diagnostic.message).toContain("plan 'B'");
    });

    test('in Chinese too', async () => {
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan 甲 ${PERIOD}\nunit 财务部`,
            'b.pbm': `import "shared.pbm"\nplan 乙 ${PERIOD}`,
            'shared.pbm': 'budget L { owner 财务部 amount 1M }'
        }, 'zh');
        const [diagnostic] = workspace.diagnostics('shared.pbm').filter(d => d.code === 'unresolved-reference');
        expect(diagnostic.message).toContain('财务部');
        expect(diagnostic.message).toContain('乙');
    });

    test('declaring the name in the other plan later, in the editor, clears the error', async () => {
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan A ${PERIOD}\nunit X "in A"`,
            'b.pbm': `import "shared.pbm"\nplan B ${PERIOD}`,
            'shared.pbm': 'budget L { owner X amount 1M }'
        });
        expect(diagnosticsOf(workspace, 'shared.pbm').filter(d => d.code === 'unresolved-reference')).toHaveLength(1);
        await editFile(workspace, 'b.pbm', `import "shared.pbm"\nplan B ${PERIOD}\nunit X "in B"`);
        expect(diagnosticsOf(workspace, 'shared.pbm').filter(d => d.code === 'unresolved-reference')).toEqual([]);
    });

    test('a name declared in every plan (or in the shared files) is fine', async () => {
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan A ${PERIOD}\nunit X "in A"`,
            'b.pbm': `import "shared.pbm"\nplan B ${PERIOD}\nunit X "in B"`,
            'shared.pbm': 'import "units.pbm"\nbudget L { owner X amount 1M }\nbudget M { owner Common amount 1M }',
            'units.pbm': 'unit Common'
        });
        expect(problems(workspace, 'a.pbm', 'b.pbm', 'shared.pbm', 'units.pbm')).toEqual([]);
    });
});

describe('plan order', () => {
    test('plans are ordered by file path in code units, whatever the machine\'s locale', async () => {
        // Locale-aware ordering would put a.pbm before B.pbm; code units put 'B' (U+0042) first.
        const workspace = await buildFiles({
            'a.pbm': `import "shared.pbm"\nplan Lower ${PERIOD}`,
            'B.pbm': `import "shared.pbm"\nplan Upper ${PERIOD}`,
            'shared.pbm': 'unit Shared'
        });
        const graph = workspace.services.shared.workspace.PlanGraph;
        expect(graph.allPlans().map(p => p.plan.name)).toEqual(['Upper', 'Lower']);
        expect(graph.scopeOf(uriOf('shared.pbm')).plans.map(p => p.plan.name)).toEqual(['Upper', 'Lower']);
    });
});
