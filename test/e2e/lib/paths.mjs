// Where the end-to-end tests keep things, and how they load the tools test/e2e/setup.sh installed.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const ROOT = path.resolve(E2E_DIR, '../..');
/** The git-ignored install folder (setup.sh); PBM_E2E_HOME moves it, as it does for setup.sh. */
export const E2E_HOME = process.env.PBM_E2E_HOME ?? path.join(ROOT, '.e2e');
/** Screenshots and logs of the last run (git-ignored). */
export const ARTIFACTS = process.env.PBM_E2E_ARTIFACTS ?? path.join(E2E_DIR, 'artifacts');
export const FIXTURE_WORKSPACE = path.join(E2E_DIR, 'workspace');
/** Which workbench (setup.sh's PBM_E2E_HOST): host = code-server 4.100.3 on Node 20, host-latest = the newest on Node 24. */
export const E2E_HOST = process.env.PBM_E2E_HOST ?? 'host';
export const CODE_SERVER_ENTRY = path.join(E2E_HOME, E2E_HOST, 'node_modules/code-server/out/node/entry.js');
/** The compiled extension-host suite (test/e2e/suite/tsconfig.json's outDir). */
export const HOST_SUITE_OUT = path.join(E2E_HOME, 'suite');

const requireFromTools = createRequire(path.join(E2E_HOME, 'package.json'));

/** A package installed by setup.sh into .e2e/node_modules (not resolvable from test/e2e itself). */
export function requireTool(name) {
    try {
        return requireFromTools(name);
    } catch (error) {
        throw new Error(`${name} is not installed in ${E2E_HOME}: run \`bash test/e2e/setup.sh\` first (${error.message})`);
    }
}
