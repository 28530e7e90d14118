#!/usr/bin/env node
// A/B timing of two builds of the CLI on the same command, runs alternating
// (A, B, A, B, …) so that a machine getting busier or quieter affects both
// alike. Prints the median and spread of wall and CPU time (GNU time) per
// build, and B against A.
//
//   node bench/ab.mjs [--runs N] A/pbm.cjs B/pbm.cjs -- check bench/work/L/plan.pbm
//   (save a build before a change with: cp packages/cli/dist/pbm.cjs /tmp/before.cjs)

import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { summarise } from './stats.mjs';

function main() {
    const args = process.argv.slice(2);
    const runsAt = args.indexOf('--runs');
    const runs = runsAt >= 0 ? Number(args.splice(runsAt, 2)[1]) : 7;
    const dash = args.indexOf('--');
    const builds = dash >= 0 ? args.slice(0, dash) : args;
    const command = dash >= 0 ? args.slice(dash + 1) : [];
    if (builds.length < 1 || command.length === 0) {
        console.error('node bench/ab.mjs [--runs N] A/pbm.cjs [B/pbm.cjs …] -- <pbm arguments>');
        process.exit(2);
    }
    const samples = builds.map(() => ({ wall: [], cpu: [] }));
    for (const build of builds) spawnSync(process.execPath, [build, ...command], { stdio: 'ignore' });   // warm the page cache
    for (let i = 0; i < runs; i++) {
        builds.forEach((build, b) => {
            const start = performance.now();
            const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, build, ...command], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
            samples[b].wall.push(performance.now() - start);
            const [user, system] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
            samples[b].cpu.push((user + system) * 1000);
        });
    }
    const results = samples.map(s => ({ wall: summarise(s.wall), cpu: summarise(s.cpu) }));
    results.forEach((r, b) => {
        const versus = b === 0 ? '' : `   wall ${percent(r.wall.median, results[0].wall.median)}, cpu ${percent(r.cpu.median, results[0].cpu.median)} against A`;
        console.log(`${String.fromCharCode(65 + b)} ${builds[b]}: wall ${r.wall.median} ms (${r.wall.min}–${r.wall.max}), cpu ${r.cpu.median} ms (${r.cpu.min}–${r.cpu.max})${versus}`);
    });
}

function percent(value, base) {
    const change = (value / base - 1) * 100;
    return `${change >= 0 ? '+' : ''}${change.toFixed(1)}%`;
}

main();
