#!/usr/bin/env node
// End-to-end tests of the packaged extension in a real VS Code workbench (code-server), docs/e2e.md.
//
//   npm run test:e2e [-- options]        (after `bash test/e2e/setup.sh`)
//
// 1. packages the extension (`npm run package` → packages/extension/pbm-<version>.vsix);
// 2. installs the .vsix into a throw-away code-server profile (`--install-extension`);
// 3. runs the extension-host suite (test/e2e/suite, mocha + the vscode API) and the UI suite
//    (test/e2e/ui, Playwright driving the workbench like a user), each against its own code-server
//    on 127.0.0.1 (a free port) and its own copy of the fixture workspace (test/e2e/workspace);
// 4. always stops its code-server process groups, also on failure, timeout and Ctrl+C.
// Exit code 0 when both suites pass. Screenshots and logs: test/e2e/artifacts/.
//
// Options: --suite host|ui|all (default all)   --vsix FILE (skip packaging, test this .vsix)
//          --no-package (test the existing packages/extension/pbm-<version>.vsix)
//          --timeout SECONDS per suite (default 300)   --verbose (workbench logs too)
//          --serve (install, start code-server on the fixture and wait: debug by hand in a browser)
//          --update-screenshots (after a passing UI suite, copy its screenshots to
//            packages/extension/images/, where the extension's README shows them)
// Env: PBM_E2E_HEADED=1 shows the browser (needs a display), CHROMIUM=path, PBM_E2E_HOME (.e2e).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createServerState, installExtension, killAllServersNow, removeServerState, startCodeServer, workbenchUrl } from './lib/code-server.mjs';
import { copyFixture, resolveVsix } from './lib/extension-package.mjs';
import { compileHostSuite, hostSuiteVscodeOptions, runHostSuite } from './lib/host-suite.mjs';
import { ARTIFACTS, CODE_SERVER_ENTRY, E2E_DIR, E2E_HOME, ROOT } from './lib/paths.mjs';

const { values: options } = parseArgs({
    options: {
        suite: { type: 'string', default: 'all' },
        vsix: { type: 'string' },
        'no-package': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '300' },
        verbose: { type: 'boolean', default: false },
        serve: { type: 'boolean', default: false },
        'update-screenshots': { type: 'boolean', default: false }
    }
});
if (!['host', 'ui', 'all'].includes(options.suite)) usage(`--suite must be host, ui or all, not '${options.suite}'`);
const suiteTimeoutMs = Number(options.timeout) * 1000;
if (!(suiteTimeoutMs > 0)) usage(`--timeout must be a number of seconds, not '${options.timeout}'`);

function usage(reason) {
    console.error(`e2e: ${reason}`);
    process.exit(2);
}

const log = message => console.log(`e2e: ${message}`);
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(0)}s`;

// --- never leave a code-server behind ---------------------------------------------------------
let uiChild;    // `node --test` and its test process, in a process group of their own
let liveState;
const uiRunning = () => uiChild && uiChild.exitCode === null && uiChild.signalCode === null;
process.on('exit', () => {
    killAllServersNow();
    if (uiRunning()) signalGroup(uiChild.pid, 'SIGKILL');
    if (liveState) removeServerState(liveState);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, async () => {
        console.error(`e2e: ${signal}, stopping the UI suite and code-server`);
        // SIGTERM first: Playwright closes its browser on it; what is left gets SIGKILL on exit.
        if (uiRunning()) {
            signalGroup(uiChild.pid, 'SIGTERM');
            await new Promise(resolve => { uiChild.once('close', resolve); setTimeout(resolve, 5000); });
        }
        process.exit(130);   // the 'exit' handler kills the server process groups
    });
}

function signalGroup(pgid, signal) {
    try { process.kill(-pgid, signal); } catch { /* already gone */ }
}

// --- the two suites ------------------------------------------------------------------------------
/** Leaves only this run's screenshots and logs (and nothing else is ever deleted there). */
function clearArtifacts() {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const name of fs.readdirSync(ARTIFACTS)) {
        if (/^(FAILED-.*\.png|screenshot-.*\.png|.*\.log|logs-(host|ui))$/.test(name)) fs.rmSync(path.join(ARTIFACTS, name), { recursive: true, force: true });
    }
}

/** The code-server and extension host logs of a run, next to the screenshots. */
function keepLogs(state, suite) {
    const target = path.join(ARTIFACTS, `logs-${suite}`);
    fs.rmSync(target, { recursive: true, force: true });
    const logs = path.join(state.userDataDir, 'logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, target, { recursive: true });
}

async function hostSuite(state, testsPath) {
    const resultFile = path.join(state.dir, 'host-result.json');
    const server = await startCodeServer(state, {
        log: path.join(ARTIFACTS, 'code-server-host.log'),
        env: { PBM_E2E_RESULT_FILE: resultFile, PBM_E2E_EXTENSIONS_DIR: state.extensionsDir },
        vscodeOptions: hostSuiteVscodeOptions()
    });
    log(`extension-host suite against ${server.url} (pid ${server.pid})`);
    try {
        const code = await runHostSuite(server, {
            workspace: copyFixture(state.dir, 'ws-host'), testsPath, timeoutMs: suiteTimeoutMs,
            screenshot: path.join(ARTIFACTS, 'FAILED-extension-host.png'), verbose: options.verbose
        });
        const counts = fs.existsSync(resultFile) ? JSON.parse(fs.readFileSync(resultFile, 'utf8')) : { passes: 0, failures: 1 };
        return { name: 'extension host', ok: code === 0 && counts.failures === 0, passed: counts.passes, failed: code === 0 ? counts.failures : Math.max(counts.failures, 1) };
    } finally {
        await server.stop();
        keepLogs(state, 'host');
    }
}

async function uiSuite(state) {
    const server = await startCodeServer(state, { log: path.join(ARTIFACTS, 'code-server-ui.log') });
    log(`UI suite against ${server.url} (pid ${server.pid})`);
    try {
        const output = await runNodeTests(path.join(E2E_DIR, 'ui/workbench.test.mjs'), {
            PBM_E2E_URL: server.url, PBM_E2E_WORKSPACE: copyFixture(state.dir, 'ws-ui'), PBM_E2E_ARTIFACTS: ARTIFACTS
        });
        const count = label => Number(new RegExp(`^ℹ ${label} (\\d+)$`, 'm').exec(output.text)?.[1] ?? 0);
        const failed = count('fail') + count('cancelled');
        return { name: 'UI', ok: output.code === 0 && failed === 0, passed: count('pass'), failed: output.code === 0 ? failed : Math.max(failed, 1) };
    } finally {
        await server.stop();
        keepLogs(state, 'ui');
    }
}

/** `node --test` on one file; echoes its output and returns it with the exit code. */
function runNodeTests(file, env) {
    return new Promise(resolve => {
        uiChild = spawn(process.execPath, ['--test', '--test-reporter=spec', `--test-timeout=${suiteTimeoutMs}`, file],
            { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'], detached: true });
        let text = '';
        uiChild.stdout.on('data', chunk => { text += chunk; process.stdout.write(chunk); });
        const timer = setTimeout(() => { console.error('e2e: UI suite TIMEOUT'); signalGroup(uiChild.pid, 'SIGTERM'); }, suiteTimeoutMs + 30_000);
        uiChild.on('close', code => { clearTimeout(timer); resolve({ code, text }); });
    });
}

// --- main ------------------------------------------------------------------------------------------
async function main() {
    if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`code-server is not installed in ${E2E_HOME}: run \`bash test/e2e/setup.sh\` first`);
    clearArtifacts();
    const vsix = resolveVsix({ explicit: options.vsix ?? process.env.PBM_E2E_VSIX, rebuild: !options['no-package'], log });
    const testsPath = options.suite !== 'ui' && !options.serve ? compileHostSuite() : undefined;
    const state = liveState = createServerState();
    try {
        log(`installing ${path.relative(ROOT, vsix)} into a fresh profile (${state.dir})`);
        fs.writeFileSync(path.join(ARTIFACTS, 'install-extension.log'), installExtension(state, vsix));
        if (options.serve) return await serve(state);
        const results = [];
        if (options.suite !== 'ui') results.push(await hostSuite(state, testsPath));
        if (options.suite !== 'host') results.push(await uiSuite(state));
        if (options['update-screenshots']) updateScreenshots(results);
        for (const result of results) log(`${result.name} suite: ${result.ok ? 'PASSED' : 'FAILED'} (${result.passed} passed, ${result.failed} failed)`);
        const passed = results.reduce((sum, result) => sum + result.passed, 0);
        const failed = results.reduce((sum, result) => sum + result.failed, 0);
        log(`done in ${elapsed()}; screenshots and logs in ${path.relative(ROOT, ARTIFACTS)}/`);
        console.log(`e2e: ${passed} passed, ${failed} failed`);
        return results.every(result => result.ok) ? 0 : 1;
    } finally {
        removeServerState(state);
        liveState = undefined;
    }
}

/** The UI suite's screenshot-<name>.png, for the extension's README. */
function updateScreenshots(results) {
    if (!results.some(result => result.name === 'UI' && result.ok)) {
        log('screenshots NOT updated: the UI suite did not pass');
        return;
    }
    const images = path.join(ROOT, 'packages/extension/images');
    for (const name of fs.readdirSync(ARTIFACTS).filter(name => name.startsWith('screenshot-'))) {
        fs.copyFileSync(path.join(ARTIFACTS, name), path.join(images, name));
        log(`updated packages/extension/images/${name}`);
    }
}

/** --serve: a workbench with the packaged extension on a copy of the fixture, until Ctrl+C. */
async function serve(state) {
    const server = await startCodeServer(state, { log: path.join(ARTIFACTS, 'code-server-serve.log') });
    log(`open ${workbenchUrl(server, copyFixture(state.dir, 'ws-serve'))}  (Ctrl+C stops it)`);
    await new Promise(() => {});
}

main().then(code => process.exit(code), error => {
    console.error(`e2e: ${error.message}`);
    process.exit(1);
});
