// code-server (VS Code's workbench + node server) in throw-away state, bound to 127.0.0.1 only.
// Each server runs in a process group of its own (a new session, like setsid) so that stopping it
// also stops its extension hosts and language servers: kill(-pgid), never anything by name.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER_ENTRY } from './paths.mjs';

/** User settings of the test profile: nothing that reaches out, nothing that gets in the way. */
const USER_SETTINGS = {
    'workbench.startupEditor': 'none',
    'files.autoSave': 'off',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'git.enabled': false,
    'chat.commandCenter.enabled': false,
    'window.commandCenter': false
};

/**
 * Fresh user data, extensions dir and config under a SHORT temp path (code-server puts a unix
 * socket in the user data dir, and socket paths are limited to ~100 bytes).
 */
export function createServerState() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pbm-e2e-'));
    const state = {
        dir,
        config: path.join(dir, 'config.yaml'),
        userDataDir: path.join(dir, 'u'),
        extensionsDir: path.join(dir, 'x')
    };
    fs.mkdirSync(path.join(state.userDataDir, 'User'), { recursive: true });
    fs.mkdirSync(state.extensionsDir);
    fs.writeFileSync(path.join(state.userDataDir, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
    // Always our own config: never read or write ~/.config/code-server.
    fs.writeFileSync(state.config, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    return state;
}

export function removeServerState(state) {
    fs.rmSync(state.dir, { recursive: true, force: true });
}

function stateArgs(state) {
    return ['--config', state.config, '--user-data-dir', state.userDataDir, '--extensions-dir', state.extensionsDir];
}

/** No marketplace: the workbench must not try to reach one. */
const serverEnv = (extra = {}) => ({ ...process.env, EXTENSIONS_GALLERY: '{}', ...extra });

/** `code-server --install-extension <vsix>` into the state's extensions dir; returns its output. */
export function installExtension(state, vsix) {
    if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}): run \`bash test/e2e/setup.sh\``);
    return execFileSync(process.execPath, [CODE_SERVER_ENTRY, ...stateArgs(state), '--install-extension', vsix],
        { env: serverEnv(), encoding: 'utf8', timeout: 120_000 });
}

const running = new Set();

let passThrough;

/**
 * Whether this code-server passes options straight to its VS Code server (`--vscode-option`,
 * listed by `--help` in the newest releases; 4.100.3 refuses it as unknown).
 */
export function supportsVscodeOptions() {
    passThrough ??= execFileSync(process.execPath, [CODE_SERVER_ENTRY, '--help'], { env: serverEnv(), encoding: 'utf8', timeout: 30_000 })
        .includes('--vscode-option');
    return passThrough;
}

/**
 * Starts code-server on a free loopback port with `folder` open; resolves with its URL once it
 * listens. `env` is added to the server's environment (the extension host inherits it);
 * `vscodeOptions` go to VS Code's server as `--vscode-option` (check supportsVscodeOptions first).
 */
export async function startCodeServer(state, { log, env = {}, vscodeOptions = [], startTimeoutMs = 60_000 }) {
    const out = fs.openSync(log, 'w');
    const child = spawn(process.execPath, [CODE_SERVER_ENTRY, ...stateArgs(state),
        '--bind-addr', '127.0.0.1:0', '--auth', 'none', '--disable-telemetry', '--disable-update-check',
        '--disable-workspace-trust', '--disable-getting-started-override',
        ...vscodeOptions.flatMap(option => ['--vscode-option', option])],
    { detached: true, stdio: ['ignore', out, out], env: serverEnv(env) });
    fs.closeSync(out);
    const server = { pid: child.pid, log, exited: false, stop: () => stopServer(server) };
    running.add(server);
    child.on('exit', () => { server.exited = true; });
    const deadline = Date.now() + startTimeoutMs;
    while (Date.now() < deadline && !server.exited) {
        const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(fs.readFileSync(log, 'utf8'));
        if (match) {
            server.url = match[1];
            return server;
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    await stopServer(server);
    throw new Error(`code-server did not start within ${startTimeoutMs / 1000}s; its log (${log}):\n${fs.readFileSync(log, 'utf8')}`);
}

/** SIGTERM to the server's process group, SIGKILL if it is still there after 5 s. */
export async function stopServer(server) {
    if (!running.delete(server)) return;
    signalGroup(server.pid, 'SIGTERM');
    for (let i = 0; i < 50 && groupAlive(server.pid); i++) await new Promise(resolve => setTimeout(resolve, 100));
    signalGroup(server.pid, 'SIGKILL');
}

/** For exit paths that cannot wait (process 'exit', a second Ctrl+C): kill every server now. */
export function killAllServersNow() {
    for (const server of running) signalGroup(server.pid, 'SIGKILL');
    running.clear();
}

function signalGroup(pgid, signal) {
    try { process.kill(-pgid, signal); } catch { /* already gone */ }
}

function groupAlive(pgid) {
    try { process.kill(-pgid, 0); return true; } catch { return false; }
}

/** The workbench URL that opens `folder` (a path on the server machine, which is this one). */
export function workbenchUrl(server, folder, payload) {
    const url = new URL(server.url);
    url.searchParams.set('folder', path.resolve(folder));
    if (payload) url.searchParams.set('payload', JSON.stringify(payload));
    return url.href;
}
