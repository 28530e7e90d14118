/**
 * Runs the built CLI (`node packages/cli/bin/pbm.cjs`) as a user would, in a
 * child process. The bundle is built by `npm run build` (and by `npm ci`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(REPO_ROOT, 'packages/cli/bin/pbm.cjs');
const BUNDLE = join(REPO_ROOT, 'packages/cli/dist/pbm.cjs');

export interface CliRun {
    readonly status: number | null;
    readonly stdout: string;
    readonly stderr: string;
}

/** Fails with a clear message when the CLI has not been built. */
export function assertCliBuilt(): void {
    if (!existsSync(BUNDLE)) {
        throw new Error(`The CLI bundle ${BUNDLE} is missing: run \`npm run build\` first (\`npm ci\` runs it).`);
    }
}

/**
 * The environment pbm runs in under test: the machine's, with an English
 * locale — pbm words its lines in the environment's language (LC_ALL,
 * LC_MESSAGES, LANG) — unless a test sets one (`{ LANG: 'zh_CN.UTF-8' }`).
 */
export function cliEnvironment(locale: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = { ...process.env, PBM_DEBUG: '', LANG: 'en_US.UTF-8' };
    delete env.LC_ALL;
    delete env.LC_MESSAGES;
    return { ...env, ...locale };
}

/** Runs `pbm <args>` in a child process (asynchronously, so that tests can run side by side); `locale` sets LANG, LC_ALL… */
export function runPbm(args: readonly string[], cwd: string, locale?: Readonly<Record<string, string>>): Promise<CliRun> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnvironment(locale), stdio: ['ignore', 'pipe', 'pipe'] });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('utf8').on('data', chunk => { stdout += chunk; });
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        child.on('error', reject);
        child.on('close', status => resolve({ status, stdout, stderr }));
    });
}

/** Runs pbm and closes its standard output after the first chunk, as `pbm … | head -1` does. */
export function runPbmClosingOutputEarly(args: readonly string[], cwd: string): Promise<{ status: number | null; stderr: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd, env: cliEnvironment(), stdio: ['ignore', 'pipe', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', chunk => { stderr += chunk; });
        child.stdout.once('data', () => child.stdout.destroy());
        child.on('error', reject);
        child.on('close', status => resolve({ status, stderr }));
    });
}

/** Runs `npx <args>` (e.g. the `pbm` bin the workspace installs). */
export function runNpx(args: readonly string[], cwd: string): CliRun {
    const result = spawnSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', args, { cwd, env: cliEnvironment(), encoding: 'utf8', timeout: 120_000 });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The non-empty lines of an output. */
export function linesOf(output: string): string[] {
    return output.split('\n').filter(line => line !== '');
}

/** A throw-away folder with the given files (text, or bytes as a Buffer). */
export class TempFolder {
    readonly path = mkdtempSync(join(tmpdir(), 'pbm-cli-test-'));

    write(files: Record<string, string | Buffer>): this {
        for (const [name, content] of Object.entries(files)) {
            const file = join(this.path, name);
            mkdirSync(dirname(file), { recursive: true });
            writeFileSync(file, content);
        }
        return this;
    }

    remove(): void {
        rmSync(this.path, { recursive: true, force: true });
    }
}
