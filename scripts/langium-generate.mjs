// Runs `langium generate` on Node 20 (see object-group-by.mjs).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// langium-cli's package.json has no export for its bin; it sits in the root node_modules.
const cli = fileURLToPath(new URL('../node_modules/langium-cli/bin/langium.js', import.meta.url));
const polyfill = new URL('./object-group-by.mjs', import.meta.url);
const result = spawnSync(process.execPath,
    ['--import', polyfill.href, cli, 'generate', ...process.argv.slice(2)],
    { stdio: 'inherit' });
process.exit(result.status ?? 1);
