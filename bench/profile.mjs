#!/usr/bin/env node
// Profiles `pbm check` on a generated plan and lists where the time goes.
// Builds a readable (unminified) CLI bundle into bench/work/dev/ — not over
// the shipped dist/ files, which others may be building at the same time —
// runs it under `node --cpu-prof`, and prints the functions with the most
// self time, grouped by source file.
//
//   node bench/profile.mjs [S|M|L|XL] [--top N] [--report] [--cli packages/cli/src/main.ts]
//   (--report profiles `pbm report --format html` instead of `pbm check`)
//   node bench/profile.mjs --summarise some.cpuprofile

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { SIZES, writePlan } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.join(ROOT, 'bench/work/dev');

/** Self time per function and per file (ms) of a V8 .cpuprofile. */
export function summariseProfile(file, top = 25) {
    const profile = JSON.parse(readFileSync(file, 'utf8'));
    const byId = new Map(profile.nodes.map(node => [node.id, node]));
    const self = new Map();
    const dt = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
        const node = byId.get(profile.samples[i]);
        self.set(node, (self.get(node) ?? 0) + (dt[i] ?? 0) / 1000);
    }
    const functions = new Map();
    const files = new Map();
    for (const [node, ms] of self) {
        const frame = node.callFrame;
        const where = `${frame.url ? path.basename(frame.url) : ''}:${frame.lineNumber + 1}`;
        const key = `${frame.functionName || '(anonymous)'} ${where}`;
        functions.set(key, (functions.get(key) ?? 0) + ms);
        const source = sourceOf(frame);
        files.set(source, (files.get(source) ?? 0) + ms);
    }
    // Inclusive time: every function on the stack of a sample, counted once per sample.
    const parent = new Map();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node);
    const inclusive = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
        const seen = new Set();
        for (let node = byId.get(profile.samples[i]); node; node = parent.get(node.id)) {
            const frame = node.callFrame;
            const key = `${frame.functionName || '(anonymous)'} ${frame.url ? path.basename(frame.url) : ''}:${frame.lineNumber + 1}`;
            if (seen.has(key)) continue;
            seen.add(key);
            inclusive.set(key, (inclusive.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
        }
    }
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    const list = map => [...map].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, ms]) => `${ms.toFixed(0).padStart(7)} ms ${(ms / total * 100).toFixed(1).padStart(5)}%  ${k}`);
    const named = new Map([...inclusive].filter(([k]) => !k.startsWith('(anonymous)') && !/^(processTicksAndRejections|runMicrotasks|main) /.test(k)));
    return [`total ${total.toFixed(0)} ms`, '', 'self time by function:', ...list(functions), '', 'inclusive time by function:', ...list(named)].join('\n');
}

function sourceOf(frame) {
    return frame.url ? path.basename(frame.url) : frame.functionName || '(native)';
}

async function buildDevCli(entry) {
    mkdirSync(DEV, { recursive: true });
    const outfile = path.join(DEV, 'pbm.cjs');
    await esbuild.build({
        entryPoints: [path.join(ROOT, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20',
        minify: false, keepNames: false, sourcemap: 'inline', logLevel: 'warning',
        define: { PBM_VERSION: '"dev"' }, supported: { 'import-meta': false },
        // As in scripts/bundle.mjs: resvg is a native module, loaded from node_modules.
        external: ['@resvg/resvg-js']
    });
    return outfile;
}

async function main() {
    const args = process.argv.slice(2);
    const topIndex = args.indexOf('--top');
    const top = topIndex >= 0 ? Number(args[topIndex + 1]) : 25;
    if (args[0] === '--summarise') {
        console.log(summariseProfile(args[1], top));
        return;
    }
    const size = (args.find(a => SIZES[a.toUpperCase()]) ?? 'L').toUpperCase();
    const cliIndex = args.indexOf('--cli');
    const cli = await buildDevCli(cliIndex >= 0 ? args[cliIndex + 1] : 'packages/cli/src/main.ts');
    const plan = existsSync(path.join(ROOT, `bench/work/${size}/plan.pbm`)) ? path.join(ROOT, `bench/work/${size}/plan.pbm`) : writePlan(size).plan;
    const profiles = path.join(DEV, `profile-${size}`);
    rmSync(profiles, { recursive: true, force: true });
    const command = args.includes('--report') ? ['report', plan, '--format', 'html', '-o', path.join(DEV, 'report.html')] : ['check', plan];
    const run = spawnSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profiles}`, '--cpu-prof-interval', '200', cli, ...command], { encoding: 'utf8', maxBuffer: 1 << 30 });
    console.log((run.stdout || run.stderr).trim().split('\n').at(-1));
    const file = path.join(profiles, readdirSync(profiles)[0]);
    console.log(`profile: ${path.relative(process.cwd(), file)}`);
    console.log(summariseProfile(file, top));
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
