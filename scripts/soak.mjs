// `npm run soak [-- --ops N --seed S]`: the language-server soak test of
// test/soak with many more operations than `npm test` runs (PBM_SOAK_OPS,
// default 20000; PBM_SOAK_SEED). Build first: it starts the bundled server
// (packages/extension/dist/server.cjs). Prints the figures of the run
// (requests answered, heap samples) on a `soak:` line.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
if (!existsSync('packages/extension/dist/server.cjs')) {
    console.error('soak: build the server first (npm run build)');
    process.exit(2);
}
const env = {
    ...process.env,
    PBM_SOAK_OPS: option('--ops', process.env.PBM_SOAK_OPS ?? '20000'),
    PBM_SOAK_SEED: option('--seed', process.env.PBM_SOAK_SEED ?? String(Date.now() % 1_000_000)),
    PBM_SOAK_PROGRESS: '1'
};
console.log(`soak: ${env.PBM_SOAK_OPS} operations, seed ${env.PBM_SOAK_SEED} (replay with --seed ${env.PBM_SOAK_SEED})`);
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/soak', '--testTimeout', '86400000'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
