// `npm run fuzz [-- --runs N --seed S]`: the fuzz suites of test/fuzz with many
// more cases than `npm test` runs (PBM_FUZZ_RUNS, default 2000 per property).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const env = {
    ...process.env,
    PBM_FUZZ_RUNS: option('--runs', process.env.PBM_FUZZ_RUNS ?? '2000'),
    PBM_FUZZ_SEED: option('--seed', process.env.PBM_FUZZ_SEED ?? String(Date.now() % 1_000_000))
};
console.log(`fuzz: ${env.PBM_FUZZ_RUNS} runs per property, seed ${env.PBM_FUZZ_SEED} (replay with --seed ${env.PBM_FUZZ_SEED})`);
// Many runs take longer than the 30 s a test may take in `npm test`.
const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'test/fuzz', '--testTimeout', '86400000'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
