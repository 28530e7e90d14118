#!/usr/bin/env node
// The extension-host suite (test/e2e/suite) in desktop VS Code through @vscode/test-electron — for
// machines that can download VS Code (these CI machines cannot: there, `npm run test:e2e` runs the
// same suite in code-server). Same harness as under code-server: the packaged .vsix is installed
// into a throw-away extensions dir, and the suite's folder is the development extension that
// carries extensionTestsPath. See docs/e2e.md.
//
//   npm run test:vscode [-- --no-package] [-- --vsix FILE]
// Env: PBM_VSCODE_VERSION (default 1.100.3, the VS Code of code-server 4.100.3; "stable" works too),
//      PBM_E2E_GREP (run only the tests whose title matches). Linux without a display: xvfb-run -a.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { copyFixture, resolveVsix } from './lib/extension-package.mjs';
import { compileHostSuite } from './lib/host-suite.mjs';
import { E2E_HOME, requireTool } from './lib/paths.mjs';

const { values: options } = parseArgs({
    options: { vsix: { type: 'string' }, 'no-package': { type: 'boolean', default: false } }
});
const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = requireTool('@vscode/test-electron');

const vsix = resolveVsix({ explicit: options.vsix ?? process.env.PBM_E2E_VSIX, rebuild: !options['no-package'] });
const testsPath = compileHostSuite();
// realpath: on macOS the temp dir is a symlink, and the suite compares the extension's real path.
const scratch = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'pbm-vscode-')));
const extensionsDir = path.join(scratch, 'x');
const userDataDir = path.join(scratch, 'u');
let exitCode = 1;
try {
    let vscodeExecutablePath;
    try {
        vscodeExecutablePath = await downloadAndUnzipVSCode({
            version: process.env.PBM_VSCODE_VERSION ?? '1.100.3',
            cachePath: path.join(E2E_HOME, 'vscode-test')
        });
    } catch (error) {
        throw new Error(`could not download VS Code (${error.message}). Without access to VS Code's download site, run the same suite in code-server: npm run test:e2e -- --suite host`);
    }
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    const install = spawnSync(cli, [...cliArgs, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, '--install-extension', vsix], { encoding: 'utf8', stdio: 'inherit' });
    if (install.status !== 0) throw new Error(`installing ${vsix} failed`);
    await runTests({
        vscodeExecutablePath,
        // A harness extension: VS Code runs extensionTestsPath only with a development extension.
        extensionDevelopmentPath: path.dirname(testsPath),
        extensionTestsPath: testsPath,
        extensionTestsEnv: { PBM_E2E_EXTENSIONS_DIR: extensionsDir, PBM_E2E_GREP: process.env.PBM_E2E_GREP ?? '' },
        // runTests adds --skip-welcome, --disable-workspace-trust etc., and keeps these two dirs.
        launchArgs: [copyFixture(scratch, 'ws'), '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir]
    });
    exitCode = 0;
} catch (error) {
    console.error(`test:vscode: ${error.message ?? error}`);
} finally {
    fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(exitCode);
