/**
 * The CLI runs its bundle with V8's code cache (packages/language/src/node/compile-cache.ts):
 * the first run writes the cache into the user's cache folder, later runs use it, and a
 * cache that is damaged, unwritable or switched off never changes what the user sees.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, cliEnvironment, REPO_ROOT, TempFolder } from './cli-helpers.js';

const BIN = join(REPO_ROOT, 'packages/cli/bin/pbm.cjs');
const PLAN = join(REPO_ROOT, 'examples/acme-2026.pbm');

function check(cache: string): { status: number | null; stdout: string; stderr: string } {
    const result = spawnSync(process.execPath, [BIN, 'check', PLAN, '--format', 'json'], {
        encoding: 'utf8', env: { ...cliEnvironment(), PBM_COMPILE_CACHE: cache }, timeout: 60_000
    });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the code cache of the CLI bundle', () => {
    let folder: TempFolder;
    let uncached: ReturnType<typeof check>;
    beforeAll(() => {
        assertCliBuilt();
        folder = new TempFolder();
        uncached = check('0');
    });
    afterAll(() => folder.remove());

    test('the first run writes one cache file for this Node; the second uses it and prints the same', () => {
        const cache = join(folder.path, 'cache');
        const first = check(cache);
        const files = readdirSync(cache);
        expect(files).toHaveLength(1);
        expect(files[0]).toMatch(new RegExp(`^pbm-main-node${process.versions.node}-${process.arch}-[0-9a-f]{20}\\.v8cache$`));
        const second = check(cache);
        expect(readdirSync(cache)).toEqual(files);
        for (const run of [first, second]) expect(run).toEqual(uncached);
    });

    test('a damaged cache file is ignored and replaced', () => {
        const cache = join(folder.path, 'damaged');
        check(cache);
        const [name] = readdirSync(cache);
        writeFileSync(join(cache, name!), 'not a V8 code cache');
        expect(check(cache)).toEqual(uncached);
        expect(readFileSync(join(cache, name!)).length).toBeGreaterThan(100_000);
    });

    test('a cache folder that cannot be created changes nothing', () => {
        const blocked = join(folder.path, 'a-file');
        writeFileSync(blocked, '');
        expect(check(join(blocked, 'cache'))).toEqual(uncached);
    });

    // Node's recursive mkdir never returns under /proc: a HOME there once hung the CLI.
    test.skipIf(process.platform !== 'linux')('a cache folder under /proc, where nothing can be created, changes nothing and does not hang', () => {
        expect(check('/proc/pbm-cache/nested')).toEqual(uncached);
    });

    test('the bundles run from the cache load their lazy parts with require: import() has no loader there', () => {
        for (const bundle of ['packages/cli/dist/pbm-main.cjs', 'packages/extension/dist/server-main.cjs']) {
            const text = readFileSync(join(REPO_ROOT, bundle), 'utf8');
            expect(text, bundle).not.toMatch(/\bimport\(/);
            expect(text, bundle).toContain('require("./export.cjs")');
        }
    });

    test('the same plan checked without the cache reports its findings as usual', () => {
        expect(uncached.status).toBe(0);
        expect(JSON.parse(uncached.stdout)).toContainEqual(expect.objectContaining({ code: 'kpi-off-track' }));
    });
});
