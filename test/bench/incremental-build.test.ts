/**
 * After an edit, the plan's other files are re-validated but re-linked only
 * when their links can have changed (workspace/pbm-document-builder.ts; the
 * edit-latency fix of issue #7). What a user sees must stay exactly what a
 * full rebuild shows.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { Checkpoint, Goal, PbmFile, Spend } from 'pbm-language';
import { describe, expect, it } from 'vitest';
import { buildFiles, codesAt, type TestWorkspace } from '../helpers.js';
import { diagnosticsOf, editFile } from '../validation/validation-helpers.js';

const PLAN = `import "goals.pbm"
import "monitoring.pbm"
plan P {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
unit Ops { lead "Li" }
strategy Lean { perspective process }`;

const GOALS = `goal G1 "Cut downtime" {
    owner Ops
    supports Lean
    weight 100%
    due 2026-12-31
    description "d"
    kpi Downtime { unit "h" baseline 40 target <= 30 frequency monthly source "MES" }
}
budget B1 { category personnel amount 100 owner Ops funds G1 }
budget B2 { category technology amount 100 owner Ops funds G1 }`;

const monitoring = (downtime: string, extra = '') => `checkpoint M1 2026-06-30 {
    measure Downtime ${downtime} source "MES"
    spend B1 50 source "GL"
    spend B2 50 source "GL"${extra}
}`;

/** Which files reach each build phase during one edit. */
async function phasesOfEdit(workspace: TestWorkspace, name: string, text: string): Promise<Record<'linked' | 'validated', string[]>> {
    const builder = workspace.services.shared.workspace.DocumentBuilder;
    const seen = { linked: [] as string[], validated: [] as string[] };
    const file = (document: LangiumDocument) => document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1);
    const listeners = [
        builder.onDocumentPhase(DocumentState.Linked, document => { seen.linked.push(file(document)); }),
        builder.onDocumentPhase(DocumentState.Validated, document => { seen.validated.push(file(document)); })
    ];
    try {
        await editFile(workspace, name, text);
    } finally {
        listeners.forEach(listener => listener.dispose());
    }
    order.splice(0, order.length, ...seen.validated);
    return { linked: seen.linked.sort(), validated: seen.validated.sort() };
}

/** The files in the order the last edit validated them. */
const order: string[] = [];

/** The current tree of a file (an edit replaces the document's parse result). */
function fileOf(workspace: TestWorkspace, name: string): PbmFile {
    return workspace.services.shared.workspace.LangiumDocuments.getDocument(workspace.doc(name).uri)!.parseResult.value as PbmFile;
}

async function plan(files: Partial<Record<'plan.pbm' | 'goals.pbm' | 'monitoring.pbm', string>> = {}): Promise<TestWorkspace> {
    return buildFiles({ 'plan.pbm': PLAN, 'goals.pbm': GOALS, 'monitoring.pbm': monitoring('35'), ...files });
}

describe('an edit re-links only what it can affect', () => {
    it('a changed figure re-links its own file and re-validates the whole plan', async () => {
        const workspace = await plan();
        expect(codesAt(diagnosticsOf(workspace, 'goals.pbm'))).toEqual([]);
        const phases = await phasesOfEdit(workspace, 'monitoring.pbm', monitoring('39'));
        expect(phases).toEqual({ linked: ['monitoring.pbm'], validated: ['goals.pbm', 'monitoring.pbm', 'plan.pbm'] });
        // The KPI, declared in goals.pbm, now lags: its warning appears without goals.pbm changing.
        expect(codesAt(diagnosticsOf(workspace, 'goals.pbm'))).toEqual(['kpi-lag@7']);
    });

    it('the edited file is validated first, before its plan mates', async () => {
        const workspace = await plan();
        await phasesOfEdit(workspace, 'monitoring.pbm', monitoring('36'));
        expect(order[0]).toBe('monitoring.pbm');
        await phasesOfEdit(workspace, 'goals.pbm', GOALS.replace('baseline 40', 'baseline 41'));
        expect(order[0]).toBe('goals.pbm');
    });

    it('a file whose references point into the changed file is re-linked to the new declarations', async () => {
        const workspace = await plan();
        const phases = await phasesOfEdit(workspace, 'goals.pbm', GOALS.replace('weight 100%', 'weight 90%'));
        // monitoring.pbm measures a KPI and spends on budget lines of goals.pbm; plan.pbm is only re-validated.
        expect(phases.linked).toEqual(['goals.pbm', 'monitoring.pbm']);
        expect(phases.validated).toEqual(['goals.pbm', 'monitoring.pbm', 'plan.pbm']);
        const measure = (fileOf(workspace, 'monitoring.pbm').elements[0] as Checkpoint).entries[0];
        const kpi = (fileOf(workspace, 'goals.pbm').elements[0] as Goal).members.at(-1);
        expect('kpi' in measure && measure.kpi.ref).toBe(kpi);
    });

    it('a new declaration resolves an unresolved reference in an untouched file', async () => {
        const workspace = await plan({ 'monitoring.pbm': monitoring('35', '\n    spend B3 10 source "GL"') });
        expect(codesAt(diagnosticsOf(workspace, 'monitoring.pbm'))).toEqual(['unresolved-reference@5']);
        const phases = await phasesOfEdit(workspace, 'plan.pbm', `${PLAN}\nbudget B3 { category other amount 100 owner Ops funds G1 }`);
        expect(phases.linked).toContain('monitoring.pbm');
        expect(codesAt(diagnosticsOf(workspace, 'monitoring.pbm'))).toEqual([]);
    });

    it('an unresolved reference stays unresolved, without re-linking, when no name changed', async () => {
        const workspace = await plan({ 'monitoring.pbm': monitoring('35', '\n    spend B3 10 source "GL"') });
        const phases = await phasesOfEdit(workspace, 'plan.pbm', PLAN.replace('"Li"', '"Wang"'));
        expect(phases.linked).toEqual(['plan.pbm', 'goals.pbm'].sort());
        expect(codesAt(diagnosticsOf(workspace, 'monitoring.pbm'))).toEqual(['unresolved-reference@5']);
    });

    it('a name declared again earlier in the plan takes over the references, and the later one is the duplicate', async () => {
        const workspace = await plan();
        // plan.pbm comes first in the plan's file order: its B1 becomes the one `spend B1` means.
        await phasesOfEdit(workspace, 'plan.pbm', `${PLAN}\nbudget B1 { category other amount 100 owner Ops funds G1 }`);
        const spend = (fileOf(workspace, 'monitoring.pbm').elements[0] as Checkpoint).entries[1] as Spend;
        expect(spend.budget.ref?.$container).toBe(fileOf(workspace, 'plan.pbm'));
        expect(codesAt(diagnosticsOf(workspace, 'goals.pbm'))).toContain('duplicate-name@9');
    });
});
