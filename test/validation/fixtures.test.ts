/**
 * Data-driven validation tests: every `.pbm` in test/fixtures/validation (a
 * folder there is one workspace of several files) marks the diagnostics it
 * must produce inline (README.md there). Each file must produce exactly
 * those — same code, severity and range; nothing missing, nothing extra — in
 * English and in Chinese.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFiles } from '../helpers.js';
import { actualDiagnostics, expectedDiagnostics } from './fixture-markers.js';

const FIXTURES = join(__dirname, '..', 'fixtures', 'validation');

/** Each fixture: a single file, or a folder whose files are built together. */
function fixtures(): Array<{ name: string; files: Record<string, string> }> {
    return readdirSync(FIXTURES).sort().flatMap(entry => {
        const path = join(FIXTURES, entry);
        if (statSync(path).isDirectory()) return [{ name: `${entry}/`, files: readFolder(path, path) }];
        return entry.endsWith('.pbm') ? [{ name: entry, files: { [entry]: readFileSync(path, 'utf8') } }] : [];
    });
}

function readFolder(root: string, folder: string): Record<string, string> {
    const files: Record<string, string> = {};
    for (const entry of readdirSync(folder).sort()) {
        const path = join(folder, entry);
        if (statSync(path).isDirectory()) Object.assign(files, readFolder(root, path));
        else if (entry.endsWith('.pbm')) files[relative(root, path).split('\\').join('/')] = readFileSync(path, 'utf8');
    }
    return files;
}

describe.each(fixtures())('fixture $name', ({ files }) => {
    test.each(['en', 'zh'] as const)('exactly the marked diagnostics (%s)', async lang => {
        const workspace = await buildFiles(files, lang);
        for (const [name, text] of Object.entries(files)) {
            const diagnostics = workspace.diagnostics(name);
            expect({ file: name, diagnostics: actualDiagnostics(diagnostics) })
                .toEqual({ file: name, diagnostics: expectedDiagnostics(text) });
            for (const diagnostic of diagnostics) {
                expect(diagnostic.message).not.toMatch(/undefined|NaN|\[object/);
            }
        }
    });
});
