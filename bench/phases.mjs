#!/usr/bin/env node
// Where `pbm check` spends its time, phase by phase, in one process: loading
// the code, creating the services (lexer and parser set-up), then each of
// Langium's build phases (parse, index, scopes, link, index references,
// validate) on a generated plan, and a rebuild after a one-digit edit of the
// last monitoring file. Wall and CPU time per phase; a readable bundle of the
// language package is built into bench/work/dev/ (not over dist/).
//
//   node bench/phases.mjs [S|M|L|XL] [--repeat N]

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { SIZES, writePlan } from './generate.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEV = path.join(ROOT, 'bench/work/dev');
const PHASES = ['Parsed', 'IndexedContent', 'ComputedScopes', 'Linked', 'IndexedReferences', 'Validated'];

class Clock {
    constructor() {
        this.wall = performance.now();
        this.cpu = process.cpuUsage();
    }

    lap() {
        const wall = performance.now();
        const cpu = process.cpuUsage();
        const lap = { wall: wall - this.wall, cpu: (cpu.user + cpu.system - this.cpu.user - this.cpu.system) / 1000 };
        this.wall = wall;
        this.cpu = cpu;
        return lap;
    }
}

async function buildLanguageBundle() {
    mkdirSync(DEV, { recursive: true });
    const entry = path.join(DEV, 'phases-entry.mjs');
    const outfile = path.join(DEV, 'language.cjs');
    await esbuild.build({
        stdin: {
            contents: "export * from 'pbm-language'; export { NodeFileSystem } from 'langium/node'; export { DocumentState, URI } from 'langium';",
            resolveDir: ROOT, loader: 'js', sourcefile: entry
        },
        outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: false, logLevel: 'warning',
        define: { PBM_VERSION: '"dev"' }, supported: { 'import-meta': false }
    });
    return outfile;
}

function row(label, lap) {
    return `${label.padEnd(34)} ${lap.wall.toFixed(0).padStart(7)} ms wall ${lap.cpu.toFixed(0).padStart(7)} ms cpu`;
}

async function main() {
    const args = process.argv.slice(2);
    const size = (args.find(a => SIZES[a.toUpperCase()]) ?? 'L').toUpperCase();
    const repeatIndex = args.indexOf('--repeat');
    const repeat = repeatIndex >= 0 ? Number(args[repeatIndex + 1]) : 1;
    const bundle = await buildLanguageBundle();
    const plan = writePlan(size);
    console.log(`${size}: ${plan.lines} lines in ${plan.files.length} file(s)`);
    const clock = new Clock();
    const pbm = createRequire(import.meta.url)(bundle);
    console.log(row('load the code', clock.lap()));
    for (let r = 0; r < repeat; r++) {
        const { shared, Pbm } = pbm.createPbmServices(pbm.NodeFileSystem);
        console.log(row('create services (lexer, parser)', clock.lap()));
        const builder = shared.workspace.DocumentBuilder;
        const laps = [];
        for (const phase of PHASES) builder.onBuildPhase(pbm.DocumentState[phase], () => laps.push([phase, clock.lap()]));
        const workspace = await pbm.loadPlanFiles(Pbm, [plan.plan]);
        console.log(laps.map(([phase, lap], i) => row(i === 0 ? `read files + ${phase}` : phase, lap)).join('\n'));
        laps.length = 0;

        // An edit: one digit of the last monitoring file, then Langium's incremental update.
        const edited = workspace.files.at(-1).document;
        const text = edited.textDocument.getText();
        const at = text.lastIndexOf(' spend ') + 1;
        const digit = text.indexOf('.', at) - 1;
        const changed = text.slice(0, digit) + String((Number(text[digit]) + 1) % 10) + text.slice(digit + 1);
        // Langium re-reads a changed file without an open editor from disk: change it there, then restore it.
        writeFileSync(edited.uri.fsPath, changed);
        clock.lap();
        try {
            await builder.update([edited.uri], []);
        } finally {
            writeFileSync(edited.uri.fsPath, text);
        }
        console.log(`after an edit of ${path.basename(edited.uri.path)}:`);
        console.log(laps.map(([phase, lap]) => row(`  ${phase}`, lap)).join('\n'));
        const memory = process.memoryUsage();
        console.log(`heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MB, rss ${(memory.rss / 2 ** 20).toFixed(0)} MB`);
    }
}

main().catch(error => {
    console.error(error);
    process.exitCode = 1;
});
