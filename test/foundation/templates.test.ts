/**
 * The plans "PBM: New Plan" and the walkthrough open (packages/extension/
 * templates/) pass `pbm check` without an error or a warning — also with
 * the year the command puts in place of 2026 — and the sample has exactly
 * the one warning the walkthrough teaches to fix.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, runPbm, TempFolder } from './cli-helpers.js';

const TEMPLATES = 'packages/extension/templates';
const NEW_PLAN_TEMPLATES = ['enterprise-en', 'enterprise-zh', 'government-en', 'government-zh'];

describe('extension templates', () => {
    let folder: TempFolder;

    beforeAll(() => {
        assertCliBuilt();
        folder = new TempFolder();
    });
    afterAll(() => folder.remove());

    test.each(NEW_PLAN_TEMPLATES)('%s: pbm check finds no error and no warning, in 2026 and in 2031', async template => {
        const text = readFileSync(join(TEMPLATES, `${template}.pbm`), 'utf8');
        for (const [year, content] of [['2026', text], ['2031', text.replaceAll('2026', '2031')]]) {
            const file = join(folder.path, `${template}-${year}.pbm`);
            writeFileSync(file, content);
            const run = await runPbm(['check', file, '--format', 'json'], folder.path);
            const diagnostics = JSON.parse(run.stdout) as Array<{ severity: string; code: string }>;
            expect(diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code), `${template} ${year}`).toEqual([]);
            expect(run.status).toBe(0);
        }
    });

    test.each(['sample-en', 'sample-zh'])('%s: the one warning of the walkthrough, measure-missing-source', async sample => {
        const file = join(folder.path, `${sample}.pbm`);
        copyFileSync(join(TEMPLATES, `${sample}.pbm`), file);
        const run = await runPbm(['check', file, '--format', 'json'], folder.path);
        const diagnostics = JSON.parse(run.stdout) as Array<{ severity: string; code: string }>;
        expect(diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').map(d => d.code)).toEqual(['measure-missing-source']);
    });
});
