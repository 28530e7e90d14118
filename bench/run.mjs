#!/usr/bin/env node
// `npm run bench` (issue #7): measures PBM on organisation-sized plans and
// compares it with the plain-text tools its users would otherwise pick, on
// the same data. Prints a table and writes bench/results.json.
//
//   node bench/run.mjs [--sizes S,M,L,L1,XL] [--runs N] [--quick] [--no-lsp] [--no-peers] [--no-report] [--seed N]
//                      [--cli FILE] [--server FILE] [--out results.json]   (another build, e.g. before a change)
//
// Measured, as median and p95 of repeated runs:
//   - `pbm check` and `pbm report --format html`, whole process, per size;
//   - the bundled language server over a real LSP connection (stdio):
//     open → first diagnostics, one-character edits → diagnostics, completion,
//     hover and code-action latency, resident memory;
//   - bundle sizes and server start-up (spawn → initialize response);
//   - peers on the equivalent data: `hledger bal --budget -Y`, `bean-check`;
//   - the floor: reading the same data as JSON and `JSON.parse`.
// Timings are wall-clock on a shared machine: see BENCHMARKS.md for context.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRandom, SIZES, writePlan } from './generate.mjs';
import { LspSession } from './lsp-client.mjs';
import { summarise } from './stats.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// --cli and --server measure other builds (e.g. before/after a change); by default, this tree's.
let CLI = path.join(ROOT, 'packages/cli/bin/pbm.cjs');
let SERVER = path.join(ROOT, 'packages/extension/dist/server.cjs');
const BUNDLES = {
    client: path.join(ROOT, 'packages/extension/dist/extension.cjs'),
    server: path.join(ROOT, 'packages/extension/dist/server-main.cjs'),
    cli: path.join(ROOT, 'packages/cli/dist/pbm-main.cjs')
};
const RESULTS = path.join(ROOT, 'bench/results.json');

/** The targets of issue #21 (medians unless noted; a 2-core machine); #7's that still hold are kept. */
const TARGETS = [
    { id: 'check-L-vs-bean-check', text: 'pbm check L ≤ bean-check', value: r => ratio(r.sizes.L?.check, r.sizes.L?.beanCheck), cpu: r => cpuRatio(r.sizes.L?.check, r.sizes.L?.beanCheck), limit: 1, unit: '×' },
    { id: 'check-L1-vs-bean-check', text: 'pbm check L1 (one file) ≤ bean-check', value: r => ratio(r.sizes.L1?.check, r.sizes.L1?.beanCheck), cpu: r => cpuRatio(r.sizes.L1?.check, r.sizes.L1?.beanCheck), limit: 1, unit: '×' },
    { id: 'check-S-vs-bean-check', text: 'pbm check S ≤ 1.5 × bean-check', value: r => ratio(r.sizes.S?.check, r.sizes.S?.beanCheck), limit: 1.5, unit: '×' },
    { id: 'check-XL-over-L', text: 'pbm check XL / L ≤ 2.3', value: r => ratio(r.sizes.XL?.check, r.sizes.L?.check), cpu: r => cpuRatio(r.sizes.XL?.check, r.sizes.L?.check), limit: 2.3, unit: '×' },
    { id: 'edit-M-p95', text: 'edit → diagnostics M p95 ≤ 100 ms', value: r => r.sizes.M?.lsp?.edit?.p95, cpu: r => r.sizes.M?.lsp?.editCpu?.p95, limit: 100, unit: 'ms' },
    { id: 'edit-L1-p95', text: 'edit → diagnostics L1 (one file) p95 ≤ 200 ms', value: r => r.sizes.L1?.lsp?.edit?.p95, cpu: r => r.sizes.L1?.lsp?.editCpu?.p95, limit: 200, unit: 'ms' },
    { id: 'edit-XL-p95', text: 'edit → diagnostics XL p95 ≤ 300 ms', value: r => r.sizes.XL?.lsp?.edit?.p95, cpu: r => r.sizes.XL?.lsp?.editCpu?.p95, limit: 300, unit: 'ms' },
    { id: 'completion-L-p95', text: 'completion L p95 ≤ 100 ms', value: r => r.sizes.L?.lsp?.completion?.p95, limit: 100, unit: 'ms' },
    { id: 'hover-L-p95', text: 'hover L p95 ≤ 100 ms', value: r => r.sizes.L?.lsp?.hover?.p95, limit: 100, unit: 'ms' },
    { id: 'report-L', text: 'pbm report L ≤ 2 × pbm check', value: r => ratio(r.sizes.L?.report, r.sizes.L?.check), cpu: r => cpuRatio(r.sizes.L?.report, r.sizes.L?.check), limit: 2, unit: '×' },
    { id: 'export-L', text: 'pbm export L ≤ 2 × pbm check', value: r => ratio(r.sizes.L?.export, r.sizes.L?.check), cpu: r => cpuRatio(r.sizes.L?.export, r.sizes.L?.check), limit: 2, unit: '×' },
    { id: 'rss-XL', text: 'server RSS XL ≤ 300 MB', value: r => mb(r.sizes.XL?.lsp?.memory?.rss), limit: 300, unit: 'MB' },
    { id: 'client-bundle', text: 'client bundle ≤ 100 KB', value: r => kb(r.bundles.client), limit: 100, unit: 'KB' },
    { id: 'server-bundle', text: 'server bundle ≤ 2 MB', value: r => mb(r.bundles.server), limit: 2, unit: 'MB' },
    { id: 'server-ready', text: 'server ready ≤ 500 ms', value: r => r.serverStartup?.median, limit: 500, unit: 'ms' }
];

// ------------------------------------------------------------------ options

function parseOptions(argv) {
    const options = { sizes: Object.keys(SIZES), runs: 5, quick: false, lsp: true, peers: true, report: true, seed: 7, edits: 20, requests: 30, out: RESULTS };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        const value = () => {
            if (argv[i + 1] === undefined) throw new Error(`option '${arg}' needs a value`);
            return argv[++i];
        };
        if (arg === '--sizes') options.sizes = value().split(',').map(s => s.trim().toUpperCase());
        else if (arg === '--runs') options.runs = Math.max(1, Number(value()));
        else if (arg === '--seed') options.seed = Number(value());
        else if (arg === '--quick') options.quick = true;
        else if (arg === '--no-lsp') options.lsp = false;
        else if (arg === '--no-peers') options.peers = false;
        else if (arg === '--no-report') options.report = false;
        else if (arg === '--cli') CLI = path.resolve(value());
        else if (arg === '--server') SERVER = BUNDLES.server = path.resolve(value());
        else if (arg === '--out') options.out = path.resolve(value());
        else if (arg === '--help' || arg === '-h') {
            console.log('node bench/run.mjs [--sizes S,M,L,L1,XL] [--runs N] [--quick] [--no-lsp] [--no-peers] [--no-report] [--seed N] [--cli FILE] [--server FILE] [--out FILE]');
            process.exit(0);
        } else throw new Error(`unknown option '${arg}' (try --help)`);
    }
    for (const size of options.sizes) {
        if (!SIZES[size]) throw new Error(`unknown size '${size}': use ${Object.keys(SIZES).join(', ')}`);
    }
    if (options.quick) {
        if (!argv.includes('--sizes')) options.sizes = ['S', 'M'];
        if (!argv.includes('--runs')) options.runs = 2;
        options.edits = 5;
        options.requests = 8;
    }
    return options;
}

// ------------------------------------------------------------------ statistics


function ratio(a, b) {
    return a?.median && b?.median ? a.median / b.median : undefined;
}

function cpuRatio(a, b) {
    return a?.cpu && b?.cpu ? a.cpu / b.cpu : undefined;
}

const mb = bytes => (bytes === undefined || Number.isNaN(bytes) ? undefined : bytes / 1024 / 1024);
const kb = bytes => (bytes === undefined ? undefined : bytes / 1024);

// ------------------------------------------------------------------ whole-process timing

/**
 * Runs a command `runs` times after one untimed warm-up run (so every tool
 * reads its input from a warm page cache) and summarises the wall-clock times.
 * `accept` checks the exit code and output of the warm-up run.
 */
function timeProcess(command, args, { runs, accept = r => r.status === 0, cwd = ROOT, env = process.env }) {
    const warmUp = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (warmUp.error) return { skipped: `${command} could not run: ${warmUp.error.message}` };
    if (!accept(warmUp)) {
        return { skipped: `${path.basename(command)} ${args.join(' ')} exited ${warmUp.status}: ${(warmUp.stderr || warmUp.stdout || '').trim().split('\n').slice(-2).join(' ')}` };
    }
    const samples = [];
    const cpu = [];
    for (let i = 0; i < runs; i++) {
        if (GNU_TIME) {
            // GNU time reports the child's CPU time (user + system): the work done, whatever else runs on the machine.
            const start = performance.now();
            const timed = spawnSync(GNU_TIME, ['-f', '%U %S', command, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
            samples.push(performance.now() - start);
            const [user, system] = timed.stderr.trim().split('\n').at(-1).split(' ').map(Number);
            if (Number.isFinite(user + system)) cpu.push((user + system) * 1000);
        } else {
            const start = performance.now();
            spawnSync(command, args, { cwd, env, stdio: 'ignore' });
            samples.push(performance.now() - start);
        }
    }
    return { ...summarise(samples), ...(cpu.length ? { cpu: summarise(cpu).median } : {}) };
}

/** GNU time, when installed, to read each run's CPU time. */
const GNU_TIME = ['/usr/bin/time'].find(file => existsSync(file) && spawnSync(file, ['-f', '%U', 'true'], { encoding: 'utf8' }).status === 0);

function versionOf(command, args) {
    const result = spawnSync(command, args, { encoding: 'utf8' });
    return result.error ? undefined : (result.stdout || result.stderr).trim().split('\n')[0];
}

// ------------------------------------------------------------------ the measurements

/**
 * `pbm check` as users run it: from the second run on, its bundle comes from V8's code cache
 * (packages/language/src/node/compile-cache.ts); `cold` switches the cache off, as on a first run.
 */
function measureCheck(plan, runs, { cold = false } = {}) {
    // The generated plans carry planted errors: `pbm check` must exit 1 and report the planted typo.
    return timeProcess(process.execPath, [CLI, 'check', plan.plan], {
        runs, env: cold ? { ...process.env, PBM_COMPILE_CACHE: '0' } : process.env,
        accept: r => r.status === 1 && /unresolved-reference .*BudgetTypo/.test(r.stdout)
    });
}

/** `pbm export --form self-evaluation` (exceljs), the heaviest export. */
function measureExport(plan, runs, scratch) {
    const out = path.join(scratch, `export-${plan.size}.xlsx`);
    const result = timeProcess(process.execPath, [CLI, 'export', plan.plan, '--form', 'self-evaluation', '-o', out], {
        runs, accept: r => (r.status === 0 || r.status === 1) && existsSync(out) && statSync(out).size > 0
    });
    if (!result.skipped) result.bytes = statSync(out).size;
    return result;
}

function measureReport(plan, runs, scratch) {
    const out = path.join(scratch, `report-${plan.size}.html`);
    const result = timeProcess(process.execPath, [CLI, 'report', plan.plan, '--format', 'html', '-o', out], {
        runs, accept: r => (r.status === 0 || r.status === 1) && existsSync(out) && statSync(out).size > 0
    });
    if (result.skipped) result.skipped = `pbm report is not available yet (${result.skipped})`;
    else result.bytes = statSync(out).size;
    return result;
}

function measurePeers(plan, runs, peers) {
    if (!peers) return {};
    const note = 'not installed (run bench/setup.sh)';
    return {
        hledger: peers.hledger ? timeProcess('hledger', ['-f', path.join(plan.dir, 'ledger.journal'), 'bal', '--budget', '-Y'], { runs }) : { skipped: `hledger ${note}` },
        // Without its pickle cache bean-check parses and books every time, as pbm check does.
        beanCheck: peers.beancount ? timeProcess('bean-check', ['--no-cache', path.join(plan.dir, 'ledger.beancount')], { runs }) : { skipped: `bean-check ${note}` },
        beanCheckCached: peers.beancount ? timeProcess('bean-check', [path.join(plan.dir, 'ledger.beancount')], { runs }) : { skipped: `bean-check ${note}` }
    };
}

/** The floor: reading the plan's data as JSON and parsing it, in this process and as a whole node process. */
function measureJsonFloor(plan, runs) {
    const file = path.join(plan.dir, 'plan.json');
    const samples = [];
    for (let i = 0; i <= runs; i++) {
        const start = performance.now();
        JSON.parse(readFileSync(file, 'utf8'));
        if (i > 0) samples.push(performance.now() - start);
    }
    const script = `JSON.parse(require('fs').readFileSync(${JSON.stringify(file)}, 'utf8'))`;
    return { inProcess: summarise(samples), process: timeProcess(process.execPath, ['-e', script], { runs }) };
}

function bundleSizes() {
    const sizes = {};
    for (const [name, file] of Object.entries(BUNDLES)) sizes[name] = existsSync(file) ? statSync(file).size : undefined;
    return sizes;
}

async function measureServerStartup(runs) {
    const samples = [];
    for (let i = 0; i <= runs; i++) {
        const session = await LspSession.start(SERVER);
        if (i > 0) samples.push(session.ready);
        await session.stop();
    }
    return summarise(samples);
}

/** The files a user edits in a plan: the one file, or a goals file, the budget and this year's monitoring. */
function editedFiles(plan) {
    if (plan.files.length === 1) return [plan.plan];
    return ['goals-01.pbm', 'budget.pbm', plan.files.filter(f => f.startsWith('monitoring-')).at(-1)].map(f => path.join(plan.dir, f));
}

/**
 * A one-character edit a planner makes: one digit of a number changed (not a
 * digit of a date or a name, which would turn the edit into a different error).
 */
function digitEdit(text, random) {
    const lines = text.split('\n');
    for (let attempt = 0; attempt < 1000; attempt++) {
        const lineIndex = Math.floor(random() * lines.length);
        const numbers = [...lines[lineIndex].matchAll(/(?<=\s)-?\d+(?:[._]\d+)*(?=\s|$|%)/g)].filter(m => !/^\d{4}-/.test(m[0]));
        if (numbers.length === 0) continue;
        const number = numbers[Math.floor(random() * numbers.length)];
        const digits = [...number[0]].map((c, i) => (/\d/.test(c) ? i : -1)).filter(i => i >= 0);
        const at = digits[Math.floor(random() * digits.length)];
        const old = number[0][at];
        const digit = String((Number(old) + 1 + Math.floor(random() * 8)) % 10);
        const lineStart = lines.slice(0, lineIndex).reduce((sum, l) => sum + l.length + 1, 0);
        return { offset: lineStart + number.index + at, text: digit };
    }
    throw new Error('no number to edit');
}

/** Positions a user asks for completion (after a keyword, where a name goes) and hover (inside a word). */
function requestPosition(text, random, kind) {
    const lines = text.split('\n');
    for (;;) {
        const line = Math.floor(random() * lines.length);
        const words = [...lines[line].matchAll(/[A-Za-z_\u4e00-\u9fff][\w\u4e00-\u9fff]*/g)];
        if (words.length === 0) continue;
        if (kind === 'completion') {
            const word = words.length > 1 ? words[1] : words[0];
            return { line, character: word.index };
        }
        const word = words[Math.floor(random() * words.length)];
        return { line, character: word.index + Math.floor(word[0].length / 2) };
    }
}

async function measureLsp(plan, options) {
    const result = {};
    const planUri = pathToFileURL(plan.plan).href;
    // Cold open: a new server, the folder loaded, the plan opened → its first diagnostics.
    const openRuns = plan.lines > 20_000 ? Math.min(options.runs, 3) : options.runs;
    const openSamples = [];
    let session;
    for (let i = 0; i < openRuns; i++) {
        if (session) await session.stop();
        session = await LspSession.start(SERVER, { folder: plan.dir });
        const start = performance.now();
        session.initialized();
        session.open(plan.plan);
        const at = await session.diagnosticsFor(planUri, start);
        openSamples.push(at - start);
        result.openCpu = session.cpuTime();
        const last = await session.settle(400);
        result.openAll = summarise([...(result.openAllSamples ?? []), last - start]);
        result.openAllSamples = [...(result.openAllSamples ?? []), last - start];
    }
    delete result.openAllSamples;
    result.open = summarise(openSamples);
    // Seeded: the same edits and request positions on every run.
    const random = createRandom(options.seed).next;
    const files = editedFiles(plan);
    const uris = files.map(file => (file === plan.plan ? planUri : session.open(file)));
    await session.settle(400);
    result.memory = session.memory();

    // Edits: one digit changed at a random place; time until the edited file's diagnostics, and until all settle.
    // Diagnostics carry no version: wait for a quiet spell long enough that the previous edit's rebuild is over
    // (a large plan validates file after file, a busy machine slowly), so no late publish is taken for the next edit's.
    const quiet = plan.lines > 20_000 ? 1_000 : 300;
    const own = [];
    const all = [];
    const cpu = [];
    for (let i = 0; i < options.edits; i++) {
        const uri = uris[Math.floor(random() * uris.length)];
        const edit = digitEdit(session.text(uri), random);
        const cpuBefore = session.cpuTime();
        const start = performance.now();
        session.edit(uri, edit.offset, 1, edit.text);
        own.push(await session.diagnosticsFor(uri, start) - start);
        all.push(await session.settle(quiet) - start);
        cpu.push(session.cpuTime() - cpuBefore);
    }
    result.edit = summarise(own);
    result.editAll = summarise(all);
    // The server's CPU time per edit (until settled): the work an edit costs, whatever else runs on the machine.
    if (cpu.every(Number.isFinite)) result.editCpu = summarise(cpu);

    // Requests at random positions of the edited files, on a settled workspace.
    const samples = { completion: [], hover: [], codeAction: [] };
    const sizes = { completion: [] };
    for (let i = 0; i < options.requests; i++) {
        const uri = uris[Math.floor(random() * uris.length)];
        const text = session.text(uri);
        const textDocument = { uri };
        const completion = await session.timed('textDocument/completion', { textDocument, position: requestPosition(text, random, 'completion') });
        samples.completion.push(completion.ms);
        sizes.completion.push(Array.isArray(completion.result) ? completion.result.length : completion.result?.items?.length ?? 0);
        samples.hover.push((await session.timed('textDocument/hover', { textDocument, position: requestPosition(text, random, 'hover') })).ms);
        const line = requestPosition(text, random, 'hover').line;
        const range = { start: { line, character: 0 }, end: { line, character: text.split('\n')[line].length } };
        const diagnostics = (session.diagnostics.get(uri) ?? []).filter(d => d.range.start.line <= line && d.range.end.line >= line);
        samples.codeAction.push((await session.timed('textDocument/codeAction', { textDocument, range, context: { diagnostics } })).ms);
    }
    result.completion = { ...summarise(samples.completion), items: summarise(sizes.completion).median };
    result.hover = summarise(samples.hover);
    result.codeAction = summarise(samples.codeAction);
    result.memoryAfterEdits = session.memory();
    await session.stop();
    return result;
}

// ------------------------------------------------------------------ output

function machine() {
    const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m)?.[1] ?? os.cpus()[0]?.model;
    return {
        nproc: os.availableParallelism?.() ?? os.cpus().length, cpu, ramGB: Math.round(os.totalmem() / 1024 ** 3),
        node: process.version, platform: `${os.type()} ${os.release()}`, load: os.loadavg().map(x => Math.round(x * 100) / 100)
    };
}

const fmtMs = s => (s?.median === undefined ? (s?.skipped ? 'skip' : '—') : s.median >= 1000 ? `${(s.median / 1000).toFixed(2)} s` : `${s.median.toFixed(0)} ms`);
const fmtP = s => (s?.p95 === undefined ? '—' : `${fmtMs(s)} / ${s.p95 >= 1000 ? `${(s.p95 / 1000).toFixed(2)} s` : `${s.p95.toFixed(0)} ms`}`);
const fmtCpu = s => (s?.cpu === undefined ? '—' : fmtMs({ median: s.cpu }));
const fmtX = x => (x === undefined ? '—' : `${x.toFixed(2)}×`);

function printTable(results) {
    const sizes = Object.keys(results.sizes);
    const rows = [
        ['plan lines (files)', s => `${s.plan.lines} (${s.plan.files})`],
        ['goals / KPIs / budget lines', s => `${s.plan.goals} / ${s.plan.kpis} / ${s.plan.budgets}`],
        ['measures / spends', s => `${s.plan.measures} / ${s.plan.postings}`],
        ['pbm check', s => fmtMs(s.check)],
        ['pbm check (CPU time)', s => fmtCpu(s.check)],
        ['pbm check, no code cache (first run)', s => fmtMs(s.checkCold)],
        ['… its CPU time', s => fmtCpu(s.checkCold)],
        ['pbm report --format html', s => fmtMs(s.report)],
        ['pbm report (CPU time)', s => fmtCpu(s.report)],
        ['pbm export --form self-evaluation', s => fmtMs(s.export)],
        ['pbm export (CPU time)', s => fmtCpu(s.export)],
        ['hledger bal --budget -Y', s => fmtMs(s.hledger)],
        ['hledger (CPU time)', s => fmtCpu(s.hledger)],
        ['bean-check (no cache)', s => fmtMs(s.beanCheck)],
        ['bean-check (CPU time)', s => fmtCpu(s.beanCheck)],
        ['bean-check (cached)', s => fmtMs(s.beanCheckCached)],
        ['JSON read+parse (in process)', s => fmtMs(s.json?.inProcess)],
        ['node + JSON read+parse', s => fmtMs(s.json?.process)],
        ['check / bean-check', s => fmtX(ratio(s.check, s.beanCheck))],
        ['check / hledger', s => fmtX(ratio(s.check, s.hledger))],
        ['check / bean-check (CPU time)', s => fmtX(cpuRatio(s.check, s.beanCheck))],
        ['check / hledger (CPU time)', s => fmtX(cpuRatio(s.check, s.hledger))],
        ['check / JSON floor (process)', s => fmtX(ratio(s.check, s.json?.process))],
        ['LSP open → diagnostics (med/p95)', s => fmtP(s.lsp?.open)],
        ['LSP open → all settled', s => fmtMs(s.lsp?.openAll)],
        ['server CPU time to first diagnostics', s => (s.lsp?.openCpu === undefined ? '—' : fmtMs({ median: s.lsp.openCpu }))],
        ['LSP edit → diagnostics (med/p95)', s => fmtP(s.lsp?.edit)],
        ['LSP edit → all settled (med/p95)', s => fmtP(s.lsp?.editAll)],
        ['server CPU time per edit (med/p95)', s => fmtP(s.lsp?.editCpu)],
        ['LSP completion (med/p95)', s => fmtP(s.lsp?.completion)],
        ['LSP hover (med/p95)', s => fmtP(s.lsp?.hover)],
        ['LSP code action (med/p95)', s => fmtP(s.lsp?.codeAction)],
        ['server RSS after open', s => (s.lsp?.memory ? `${mb(s.lsp.memory.rss).toFixed(0)} MB` : '—')]
    ];
    const table = [['', ...sizes], ...rows.map(([label, cell]) => [label, ...sizes.map(size => cell(results.sizes[size]))])];
    const widths = table[0].map((_, c) => Math.max(...table.map(row => String(row[c]).length)));
    const line = row => `| ${row.map((cell, c) => String(cell).padEnd(widths[c])).join(' | ')} |`;
    const out = [line(table[0]), `|${widths.map(w => '-'.repeat(w + 2)).join('|')}|`, ...table.slice(1).map(line)];
    out.push('');
    out.push(`bundles: client ${fmtKb(results.bundles.client)}, server ${fmtKb(results.bundles.server)}, cli ${fmtKb(results.bundles.cli)}; server ready (spawn → initialize): ${fmtP(results.serverStartup)}`);
    out.push('');
    out.push('| target | wall clock | | by CPU time | |');
    out.push('|---|---|---|---|---|');
    const show = (value, unit) => (value === undefined ? 'not measured' : `${value.toFixed(unit === 'ms' ? 0 : 2)} ${unit}`);
    const verdict = pass => (pass === undefined ? '—' : pass ? 'met' : 'MISSED');
    for (const target of results.targets) {
        out.push(`| ${target.text} | ${show(target.value, target.unit)} | ${verdict(target.pass)} | ${target.cpu === undefined ? '' : show(target.cpu, target.unit)} | ${verdict(target.passByCpu)} |`);
    }
    for (const note of results.notes) out.push(`note: ${note}`);
    return out.join('\n');
}

const fmtKb = bytes => (bytes === undefined ? 'missing' : `${(bytes / 1024).toFixed(0)} KB`);

// ------------------------------------------------------------------ main

async function main() {
    const options = parseOptions(process.argv.slice(2));
    const notes = [];
    const peers = {
        hledger: versionOf('hledger', ['--version']),
        beancount: versionOf('bean-check', ['--version'])
    };
    if (options.peers && (!peers.hledger || !peers.beancount)) {
        spawnSync('sh', [path.join(ROOT, 'bench/setup.sh')], { stdio: 'inherit' });
        peers.hledger = versionOf('hledger', ['--version']);
        peers.beancount = versionOf('bean-check', ['--version']);
    }
    if (!existsSync(CLI)) throw new Error('the CLI is not built: run "npm run build" first');
    const lspAvailable = options.lsp && existsSync(SERVER);
    if (options.lsp && !lspAvailable) notes.push(`language server not measured: ${path.relative(ROOT, SERVER)} does not exist yet (npm run build)`);

    const scratch = mkdtempSync(path.join(os.tmpdir(), 'pbm-bench-'));
    const results = {
        date: new Date().toISOString(), machine: machine(),
        peers: { hledger: peers.hledger ?? null, beancount: peers.beancount ?? null },
        options: { sizes: options.sizes, runs: options.runs, quick: options.quick, seed: options.seed, edits: options.edits, requests: options.requests },
        sizes: {}, bundles: bundleSizes(), serverStartup: undefined, targets: [], notes
    };
    try {
        for (const size of options.sizes) {
            const plan = writePlan(size, { seed: options.seed });
            log(`${size}: ${plan.lines} lines in ${plan.files.length} file(s) — timing pbm check …`);
            const entry = {
                plan: {
                    lines: plan.lines, files: plan.files.length, bytes: plan.bytes, goals: plan.goals, kpis: plan.kpis, budgets: plan.budgets,
                    checkpoints: plan.checkpoints, measures: plan.measures, postings: plan.postings,
                    journalLines: plan.journalLines, beancountLines: plan.beancountLines, jsonBytes: plan.jsonBytes
                }
            };
            entry.check = measureCheck(plan, options.runs);
            entry.checkCold = measureCheck(plan, options.runs, { cold: true });
            log(`${size}: pbm report and export …`);
            entry.report = options.report ? measureReport(plan, options.runs, scratch) : { skipped: 'not asked for (--no-report)' };
            entry.export = options.report ? measureExport(plan, options.runs, scratch) : { skipped: 'not asked for (--no-report)' };
            log(`${size}: peers …`);
            Object.assign(entry, measurePeers(plan, options.runs, options.peers ? peers : undefined));
            entry.json = measureJsonFloor(plan, options.runs);
            if (lspAvailable) {
                log(`${size}: language server …`);
                try {
                    entry.lsp = await measureLsp(plan, options);
                } catch (error) {
                    entry.lsp = { skipped: String(error.message ?? error) };
                    notes.push(`${size}: language server measurement failed: ${entry.lsp.skipped}`);
                }
            }
            for (const [name, value] of Object.entries(entry)) {
                if (value?.skipped && !notes.some(n => n.includes(value.skipped))) notes.push(`${size} ${name}: ${value.skipped}`);
            }
            results.sizes[size] = entry;
        }
        if (lspAvailable) results.serverStartup = await measureServerStartup(Math.max(3, options.runs));
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
    results.targets = TARGETS.map(target => {
        const value = target.value(results);
        // CPU time: what the target would read on an idle machine (wall ≈ CPU for a single-threaded run), an upper bound for the server's edits.
        const cpu = target.cpu?.(results);
        return {
            id: target.id, text: target.text, value, cpu, limit: target.limit, unit: target.unit,
            pass: value === undefined ? undefined : value <= target.limit,
            passByCpu: cpu === undefined ? undefined : cpu <= target.limit
        };
    });
    writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
    console.log(printTable(results));
    console.log(`\nwrote ${path.relative(process.cwd(), options.out)}`);
}

function log(message) {
    process.stderr.write(`bench: ${message}\n`);
}

main().catch(error => {
    console.error(`bench: ${error.message ?? error}`);
    process.exitCode = 1;
});
