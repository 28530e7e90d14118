// The .vsix under test: `npm run package` builds packages/extension/pbm-<version>.vsix.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_WORKSPACE, ROOT } from './paths.mjs';

export function extensionVsixPath() {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages/extension/package.json'), 'utf8'));
    return path.join(ROOT, `packages/extension/pbm-${version}.vsix`);
}

/**
 * The .vsix to test: `explicit` (--vsix or PBM_E2E_VSIX) as it is; otherwise the extension's own
 * package, built first by `npm run package` unless `rebuild` is false.
 */
export function resolveVsix({ explicit = process.env.PBM_E2E_VSIX, rebuild = true, log = console.log } = {}) {
    const vsix = explicit ? path.resolve(explicit) : extensionVsixPath();
    if (!explicit && rebuild) {
        log('npm run package');
        execFileSync('npm', ['run', '-s', 'package'], { cwd: ROOT, stdio: 'inherit' });
    }
    if (!fs.existsSync(vsix)) throw new Error(`no extension package at ${vsix}${rebuild ? '' : ' (run `npm run package`, or drop --no-package)'}`);
    return vsix;
}

/** A copy of the fixture workspace: the suites edit documents, the repository's copy stays as it is. */
export function copyFixture(parent, name) {
    const target = path.join(parent, name);
    fs.cpSync(FIXTURE_WORKSPACE, target, { recursive: true });
    return target;
}
