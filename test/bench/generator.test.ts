/**
 * The benchmark's plans must be what a careful planner writes — clean, on
 * track — plus the few problems the generator plants on purpose; otherwise the
 * benchmark would measure error recovery instead of checking. Not timed.
 */
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { generatePlanData, toPbmFiles, type PbmFiles, type PlantedProblem } from '../../bench/generate.mjs';
import { buildFiles, type TestWorkspace } from '../helpers.js';

/** Diagnostics the generated data raises by design, beside the planted ones: a few KPIs are qualitative on purpose. */
const BY_DESIGN = new Set(['kpi-qualitative']);

interface Found {
    readonly code: string;
    readonly file: string;
    readonly line: number;
    readonly severity: number;
    readonly message: string;
}

function diagnosticsOf(workspace: TestWorkspace, pbm: PbmFiles): Found[] {
    return Object.keys(pbm.files).flatMap(file => workspace.diagnostics(file).map((d: Diagnostic) => ({
        code: String(d.code), file, line: d.range.start.line + 1, severity: d.severity ?? 1,
        message: typeof d.message === 'string' ? d.message : d.message.value
    })));
}

const where = (p: { code: string; file: string; line: number }) => `${p.code} ${p.file}:${p.line}`;

const cases: Array<{ name: string; pbm: PbmFiles }> = [
    { name: 'the S plan (one file)', pbm: toPbmFiles(generatePlanData({ lines: 1_000, seed: 7 })) },
    { name: 'a multi-file plan (plan.pbm importing goals-*.pbm, budget.pbm, monitoring-*.pbm)', pbm: toPbmFiles(generatePlanData({ goals: 12, seed: 11 }), { multiFile: true, goalsPerFile: 4 }) }
];

describe.each(cases)('$name', ({ pbm }) => {
    let built: { workspace: TestWorkspace; found: Found[] } | undefined;
    const build = async () => {
        if (!built) {
            const workspace = await buildFiles({ ...pbm.files });
            built = { workspace, found: diagnosticsOf(workspace, pbm) };
        }
        return built;
    };

    it('has the files of its shape', () => {
        const names = Object.keys(pbm.files);
        expect(names[0]).toBe('plan.pbm');
        if (names.length > 1) {
            expect(names.filter(n => /^goals-\d+\.pbm$/.test(n)).length).toBeGreaterThan(1);
            expect(names).toContain('budget.pbm');
            expect(names).toEqual(expect.arrayContaining(['monitoring-2025.pbm', 'monitoring-2026.pbm']));
        }
    });

    it('parses with no syntax errors', async () => {
        const { found } = await build();
        expect(found.filter(d => d.code === 'syntax-error').map(d => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
    });

    it('resolves every reference except the planted typo', async () => {
        const { found } = await build();
        const unresolved = found.filter(d => d.code === 'unresolved-reference').map(where).sort();
        expect(unresolved).toEqual(pbm.planted.filter(p => p.code === 'unresolved-reference').map(where).sort());
        expect(unresolved).toHaveLength(1);
    });

    it('raises no diagnostic that was not planted', async () => {
        const { found } = await build();
        const plantedCodes = new Set(pbm.planted.map(p => p.code));
        const unexpected = found.filter(d => !plantedCodes.has(d.code) && !BY_DESIGN.has(d.code));
        expect(unexpected.map(d => `${where(d)} ${d.message}`)).toEqual([]);
    });

    it('reports every planted problem in the file it was planted in', async () => {
        const { found } = await build();
        const missing = pbm.planted.filter(p => !found.some(d => d.code === p.code && d.file === p.file));
        expect(missing.map(where)).toEqual([]);
    });

    it('has errors only where they were planted', async () => {
        const { found } = await build();
        const plantedFiles = new Map<string, Set<string>>();
        for (const p of pbm.planted) plantedFiles.set(p.code, (plantedFiles.get(p.code) ?? new Set()).add(p.file));
        const stray = found.filter(d => d.severity === 1 && !plantedFiles.get(d.code)?.has(d.file));
        expect(stray.map(where)).toEqual([]);
    });

    it('makes its planted problems real in the figures: one lagging KPI, one goal whose KPI weights total 90%', async () => {
        const { workspace } = await build();
        const shared = workspace.services.shared;
        const [planSet] = shared.workspace.PlanGraph.allPlans();
        const figures = shared.figures.Figures.ofPlan(planSet);
        const lagging = [...figures.kpiFigures.values()].filter(k => k.status !== 'achieved' && k.status !== 'on-track');
        expect(lagging.map(k => k.name)).toEqual([plantedKpiName(workspace, pbm.planted, 'kpi-lag')]);
        expect(lagging[0].lag).toBeGreaterThan(figures.rules.kpiLagWarning);
        expect(lagging[0].projectedMiss).toBe(true);
        const uneven = figures.goals.filter(g => Math.abs(g.kpis.reduce((sum, k) => sum + (k.declaredWeight ?? 0), 0) - 1) > 1e-9);
        expect(uneven.map(g => g.name)).toEqual([plantedGoalName(workspace, pbm.planted, 'weights-not-100')]);
    });

    it('spends on plan: every line between 80% and 100% of its time-proportional share, none overspent', async () => {
        const { workspace } = await build();
        const shared = workspace.services.shared;
        const figures = shared.figures.Figures.ofPlan(shared.workspace.PlanGraph.allPlans()[0]);
        const elapsed = figures.elapsed!;
        const offPace = figures.budgets.filter(b => b.executionRate === null || b.executionRate / elapsed < 0.8 || b.executionRate > 1);
        expect(offPace.map(b => `${b.name} ${b.executionRate}`)).toEqual([]);
        const goalWeights = figures.goals.reduce((sum, g) => sum + (g.declaredWeight ?? 0), 0);
        expect(goalWeights).toBeCloseTo(1, 9);
    });
});

/** The name declared on the planted line (`kpi NAME` / `goal NAME`). */
function plantedName(workspace: TestWorkspace, planted: readonly PlantedProblem[], code: string, keyword: string): string {
    const problem = planted.find(p => p.code === code)!;
    const line = workspace.doc(problem.file).textDocument.getText().split('\n')[problem.line - 1];
    return new RegExp(`^\\s*${keyword} (\\S+)`).exec(line)![1];
}

const plantedKpiName = (w: TestWorkspace, p: readonly PlantedProblem[], code: string) => plantedName(w, p, code, 'kpi');
const plantedGoalName = (w: TestWorkspace, p: readonly PlantedProblem[], code: string) => plantedName(w, p, code, 'goal');
