/**
 * Workspace trust (issue #8): the extension runs no code from the workspace —
 * the server is the extension's own bundle, started by the client with its
 * fixed path; no setting names a program or a path to run; plans are data —
 * so it declares full support for untrusted (Restricted Mode) workspaces. It
 * reads plans and their imports through the Node file system, which virtual
 * workspaces (e.g. a GitHub repository opened remotely) do not offer, so it
 * declares no support for those, with a translated reason.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const EXTENSION = 'packages/extension';
/** The one source that uses node:vm: it runs PBM's own bundles with V8's code cache. */
const COMPILE_CACHE = 'compile-cache.ts';
const manifest = JSON.parse(readFileSync(`${EXTENSION}/package.json`, 'utf8'));
const nls = JSON.parse(readFileSync(`${EXTENSION}/package.nls.json`, 'utf8'));
const nlsZh = JSON.parse(readFileSync(`${EXTENSION}/package.nls.zh-cn.json`, 'utf8'));

function sources(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) return entry.name === 'generated' ? [] : sources(path);
        return entry.name.endsWith('.ts') ? [path] : [];
    });
}

describe('workspace trust', () => {
    test('untrusted workspaces: supported in full (no "limited" settings to restrict)', () => {
        expect(manifest.capabilities.untrustedWorkspaces).toEqual({ supported: true });
    });

    test('virtual workspaces: not supported, with the reason in English and Chinese', () => {
        expect(manifest.capabilities.virtualWorkspaces).toEqual({ supported: false, description: '%pbm.virtualWorkspaces%' });
        expect(nls['pbm.virtualWorkspaces']).toMatch(/disk/);
        expect(nlsZh['pbm.virtualWorkspaces']).toMatch(/[\u4e00-\u9fff]/);
    });

    test('no setting names a program, a path or a command: every setting is a boolean or a choice', () => {
        for (const [key, setting] of Object.entries(manifest.contributes.configuration.properties as Record<string, { type: string; enum?: string[] }>)) {
            expect(setting.type === 'boolean' || (setting.type === 'string' && Array.isArray(setting.enum)), key).toBe(true);
        }
    });

    test('the client starts the server bundled in the extension, by a fixed path', () => {
        const client = readFileSync(`${EXTENSION}/src/extension.ts`, 'utf8');
        expect(client).toMatch(/const module = context\.asAbsolutePath\(path\.join\('dist', 'server\.cjs'\)\);/);
        expect(client).not.toMatch(/getConfiguration\([^)]*\)\.get<string>\('(?:server|path|command)/);
    });

    test('neither the extension nor the language runs code: no child processes, eval, Function or vm in their sources', () => {
        const files = [...sources(`${EXTENSION}/src`), ...sources('packages/language/src'), ...sources('packages/cli/src')];
        expect(files.length).toBeGreaterThan(50);
        for (const file of files.filter(file => !file.endsWith(COMPILE_CACHE))) {
            const text = readFileSync(file, 'utf8');
            expect(text, file).not.toMatch(/child_process|\beval\(|new Function\(|from 'node:vm'|from 'vm'|require\(/);
        }
    });

    test('vm runs only the bundles PBM ships: the launchers name them by fixed paths beside themselves', () => {
        for (const [launcher, bundle] of [['packages/cli/src/launcher.ts', 'pbm-main.cjs'], ['packages/language/src/server/launcher.ts', 'server-main.cjs']]) {
            const text = readFileSync(launcher, 'utf8');
            expect(text).toContain(`runWithCompileCache(path.join(__dirname, '${bundle}'));`);
            expect(text.match(/runWithCompileCache\(/g)).toHaveLength(1);
        }
        const cache = readFileSync(`packages/language/src/node/${COMPILE_CACHE}`, 'utf8');
        expect(cache).not.toMatch(/child_process|\beval\(|new Function\(/);
        // One script: the bundle's own source, read from the file it was given.
        expect(cache.match(/new vm\.Script\(/g)).toHaveLength(1);
        expect(cache).toContain('new vm.Script(Module.wrap(source), { filename: file, cachedData })');
        const callers = [...sources(`${EXTENSION}/src`), ...sources('packages/language/src'), ...sources('packages/cli/src')]
            .filter(file => readFileSync(file, 'utf8').includes('runWithCompileCache('));
        expect(callers.map(file => file.replace(/\\/g, '/')).sort()).toEqual([
            'packages/cli/src/launcher.ts', `packages/language/src/node/${COMPILE_CACHE}`, 'packages/language/src/server/launcher.ts'
        ]);
    });

    test.skipIf(!existsSync(`${EXTENSION}/dist/server-main.cjs`))('the server bundle reaches child_process only through the LSP library\'s unused module-path helpers', () => {
        const bundle = readFileSync(`${EXTENSION}/dist/server-main.cjs`, 'utf8');
        const uses = [...bundle.matchAll(/require\("child_process"\)/g)];
        expect(uses.length).toBeLessThanOrEqual(1);
        for (const use of uses) expect(bundle.slice(Math.max(0, use.index! - 500), use.index! + 500)).toMatch(/resolveGlobalNodePath|uriToFilePath/);
        expect(bundle).not.toMatch(/\beval\(/);
    });
});
