/**
 * A checkpoint entry whose checks would read what they read last time
 * reports the diagnostics found then instead of being checked again
 * (validation/kept-checkpoint-diagnostics.ts, issue #21). Each test edits
 * something a checkpoint's checks read — the KPI or line an entry names, the
 * plan's dates, the message language — and expects the diagnostics of a
 * fresh build; random edits are compared with fresh builds in
 * incremental-link.test.ts.
 */
import { describe, expect, test, vi } from 'vitest';
import { CHECKPOINT_CHECKS } from '../../packages/language/src/validation/pbm-validator.js';
import type { PbmValidationRegistry } from '../../packages/language/src/validation/pbm-validation-registry.js';
import { buildFiles, type TestWorkspace } from '../helpers.js';
import { diagnosticsOf, editFile } from '../validation/validation-helpers.js';

const PLAN = [
    'plan P { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }',
    'unit Ops "Operations" { lead "Li" }',
    'goal G "Faster service" {',
    '    owner Ops',
    '    kpi K "Hours to answer" { unit "h" baseline 200 target <= 100 frequency quarterly source "log" }',
    '}',
    'budget B "Help desk" { category services amount 100k sources fiscal 100k funds G }',
    'checkpoint Q1 2026-03-31 { measure K 150 source "log" spend B 20k from fiscal source "ledger" }',
    'checkpoint Q2 2026-06-30 { measure K 130 source "log" spend B 30k source "ledger" }',
    ''
].join('\n');

function shown(workspace: TestWorkspace): string[] {
    return diagnosticsOf(workspace, 'plan.pbm').map(d => `${d.code} ${d.range.start.line}:${d.range.start.character} ${d.message}`);
}

async function expectFreshAfter(edited: string, lang: 'en' | 'zh' = 'en'): Promise<string[]> {
    const workspace = await buildFiles({ 'plan.pbm': PLAN }, lang);
    await editFile(workspace, 'plan.pbm', edited);
    const fresh = await buildFiles({ 'plan.pbm': edited }, lang);
    expect(shown(workspace)).toEqual(shown(fresh));
    return shown(fresh).map(line => line.split(' ')[0]);
}

describe("a checkpoint's diagnostics follow what its checks read", () => {
    test('the KPI an entry names: a unit that becomes % makes 150 implausible', async () => {
        const codes = await expectFreshAfter(PLAN.replace('unit "h"', 'unit "%"'));
        expect(codes).toContain('measure-implausible');
    });

    test("the line a spend names: a source the line no longer lists", async () => {
        const codes = await expectFreshAfter(PLAN.replace('sources fiscal 100k', 'sources own 100k'));
        expect(codes).toContain('spend-source-unknown');
    });

    test("the plan's as-of date: a checkpoint after it", async () => {
        const codes = await expectFreshAfter(PLAN.replace('as of 2026-06-30', 'as of 2026-05-31'));
        expect(codes).toContain('measure-after-as-of');
    });

    test('lines added above move the kept diagnostics with their checkpoint', async () => {
        const edited = PLAN.replace('    owner Ops', '    owner Ops\n\n\n    description "Answer the public faster"');
        const workspace = await buildFiles({ 'plan.pbm': PLAN.replace(/ source "log"/g, '') });
        await editFile(workspace, 'plan.pbm', edited.replace(/ source "log"/g, ''));
        const fresh = await buildFiles({ 'plan.pbm': edited.replace(/ source "log"/g, '') });
        expect(shown(workspace)).toEqual(shown(fresh));
        expect(shown(fresh).filter(line => line.startsWith('measure-missing-source'))).toHaveLength(2);
    });

    test('the message language', async () => {
        const workspace = await buildFiles({ 'plan.pbm': PLAN.replace(/ source "log"/g, '') }, 'zh');
        workspace.services.i18n.Locale.lang = 'en';
        await editFile(workspace, 'plan.pbm', PLAN.replace(/ source "log"/g, '').replace('baseline 200', 'baseline 210'));
        const message = diagnosticsOf(workspace, 'plan.pbm').find(d => d.code === 'measure-missing-source')!.message;
        expect(message).toMatch(/has no source/);
        expect(message).not.toMatch(/[\u4e00-\u9fff]/);
    });
});

/** The node types whose checks the validation after editing PLAN into `edited` looked up: once per node checked. */
async function typesCheckedAfter(edited: string): Promise<string[]> {
    const workspace = await buildFiles({ 'plan.pbm': PLAN });
    const checksOf = vi.spyOn(workspace.services.validation.ValidationRegistry as PbmValidationRegistry, 'checksOf');
    await editFile(workspace, 'plan.pbm', edited);
    return checksOf.mock.calls.map(([type]) => type);
}

describe('what is checked again', () => {
    test('an edit of a unit checks no checkpoint entry again', async () => {
        const types = await typesCheckedAfter(PLAN.replace('"Operations"', '"Operations office"'));
        expect(types).toContain('Unit');
        // Once for the list of checks a kept checkpoint was checked with, never per entry (the plan has two of each).
        expect(types.filter(type => type === 'Measure')).toHaveLength(1);
        expect(types.filter(type => type === 'Spend')).toHaveLength(1);
    });

    test('an edit of a goal checks the entries that name its KPIs again, and only those', async () => {
        const types = await typesCheckedAfter(PLAN.replace('"Faster service"', '"Faster public service"'));
        expect(types.filter(type => type === 'Measure')).toHaveLength(3);
        expect(types.filter(type => type === 'Spend')).toHaveLength(1);
    });

    test('the registry holds exactly the listed checks for checkpoints, measures and spends', async () => {
        const workspace = await buildFiles({ 'plan.pbm': PLAN });
        const registry = workspace.services.validation.ValidationRegistry as PbmValidationRegistry;
        for (const [type, names] of Object.entries(CHECKPOINT_CHECKS)) {
            expect(registry.checksOf(type).length, type).toBe(names.length);
        }
    });
});
