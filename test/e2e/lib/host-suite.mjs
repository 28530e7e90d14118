// Runs the extension-host suite (test/e2e/suite, compiled to .e2e/suite) inside code-server's node
// extension host, the way @vscode/test-electron runs it in desktop VS Code: the workbench URL carries
// extensionDevelopmentPath + extensionTestsPath in its `payload`, and in this automation mode the
// workbench reports the extension host's console through window.codeAutomationLog and the result
// through window.codeAutomationExit(code), which Playwright lets us receive.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { supportsVscodeOptions, workbenchUrl } from './code-server.mjs';
import { E2E_DIR, HOST_SUITE_OUT, ROOT } from './paths.mjs';

/** tsc → .e2e/suite (CommonJS); the suite's package.json makes that folder the harness extension. */
export function compileHostSuite() {
    fs.rmSync(HOST_SUITE_OUT, { recursive: true, force: true });
    const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
    execFileSync(process.execPath, [tsc, '-p', path.join(E2E_DIR, 'suite/tsconfig.json')], { stdio: 'inherit' });
    fs.copyFileSync(path.join(E2E_DIR, 'suite/package.json'), path.join(HOST_SUITE_OUT, 'package.json'));
    return path.join(HOST_SUITE_OUT, 'index.js');
}

/**
 * The VS Code server options the suite's server needs. A built VS Code newer than 1.100 honours
 * extensionDevelopmentPath / extensionTestsPath in the URL payload only with the smoke-test driver
 * enabled (the server's --enable-smoke-test-driver → developmentOptions.enableSmokeTestDriver);
 * code-server does not model that option but passes it through with --vscode-option, which 4.100.3
 * does not have and (VS Code 1.100) does not need.
 */
export function hostSuiteVscodeOptions() {
    return supportsVscodeOptions() ? ['enable-smoke-test-driver'] : [];
}

// Workbench chatter that says nothing about the tests.
// The newest workbench adds its chat and agent host's ([AgentHost], [ChatModelSelection], …).
const NOISE = /connection token|Creating a socket|builtin extensions|Service Worker|ChatSessionStore|Updating additional|^\[(AgentHost|ChatModelSelection|AccountPolicyGate|reconnection-grace-time)\b|authentication provider 'github'/;

/**
 * Opens the workbench on `workspace` with the suite as extensionTestsPath; resolves with the exit
 * code the workbench reports (0 pass, 1 fail) or 124 after `timeoutMs`.
 */
export async function runHostSuite(server, { workspace, testsPath, timeoutMs, screenshot, verbose }) {
    const remote = file => `vscode-remote://${new URL(server.url).host}${path.resolve(file)}`;
    const payload = [
        // A harness extension: VS Code runs extensionTestsPath only with a development extension.
        // The extension under test is the installed .vsix, loaded as a user would have it.
        ['extensionDevelopmentPath', remote(path.dirname(testsPath))],
        ['extensionTestsPath', remote(testsPath)],
        ['skipWelcome', 'true']
    ];
    const browser = await launchBrowser();
    let finish;
    const result = new Promise(resolve => { finish = resolve; });
    await browser.page.exposeFunction('codeAutomationLog', (type, args) => {
        const line = format(...(Array.isArray(args) ? args : [args]));
        if (verbose || !NOISE.test(line)) (type === 'error' ? console.error : console.log)(line);
    });
    await browser.page.exposeFunction('codeAutomationExit', code => finish(code));
    browser.page.on('pageerror', error => console.error('[workbench page error]', String(error)));
    const timer = setTimeout(() => {
        console.error(`extension host suite: TIMEOUT, no result after ${timeoutMs / 1000}s`);
        finish(124);
    }, timeoutMs);
    try {
        await browser.page.goto(workbenchUrl(server, workspace, payload));
        const code = await result;
        if (code !== 0 && screenshot) await browser.page.screenshot({ path: screenshot }).catch(() => {});
        return code;
    } finally {
        clearTimeout(timer);
        await browser.close();
    }
}
