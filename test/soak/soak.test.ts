/**
 * Language-server soak test (issue #8): the bundled server, over a real
 * JSON-RPC connection, gets a long seeded stream of edits interleaved with
 * completion, hover, formatting, code action and definition requests at
 * random positions, a fifth of them cancelled; documents are closed and
 * reopened, an imported file is deleted while open (on disk and by a
 * watched-files notification) and restored, and two files import each other.
 *
 * It must answer every request (a result or a proper error response, never
 * silence), stay alive, log no caught error, and its heap after a full
 * collection must not keep growing.
 *
 * `npm test` runs PBM_SOAK_OPS=1000 operations; `npm run soak` runs more
 * (scripts/soak.mjs). Skipped when the server bundle is not built.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { CodeActionParams } from 'vscode-languageserver';
import { HOSTILE_FRAGMENTS } from '../fuzz/arbitraries.js';
import { LspSession, randomPosition, seededRandom, SERVER, type Answer, type HeapSample } from './lsp-session.js';

const OPERATIONS = Number(process.env.PBM_SOAK_OPS ?? 1000);
const SEED = Number(process.env.PBM_SOAK_SEED ?? 8);
/** How long a request may go unanswered before it counts as silence (a busy CI machine is slow, a hang is forever). */
const ANSWER_TIMEOUT_MS = 30_000;
/** Requests are sent without waiting; every this many operations the test waits for all answers. */
const BATCH = 25;
/** Heap samples: one every this many operations; the first ones after the warm-up are the baseline. */
const SAMPLE_EVERY = Math.max(50, Math.floor(OPERATIONS / 20));
const WARM_UP = Math.max(200, Math.floor(OPERATIONS / 10));
/**
 * The last samples may be at most this much above the baseline. Langium's
 * caches and V8's heap layout move by a few MB from sample to sample; a leak
 * proportional to the edits would grow far more over the run.
 */
const MAX_HEAP_GROWTH = 0.5;

/** Text a user types, pastes or deletes: plan fragments, imports that close a cycle, and hostile input. */
const TYPED = [
    ...HOSTILE_FRAGMENTS.filter(fragment => fragment.length < 100),
    'goal Extra "Extra goal" {\n    owner Sales\n    due 2026-12-31\n    kpi ExtraKpi { target >= 1 }\n}\n',
    'weight 50%', 'funds ProfitableGrowth 60%, RetailerService 40%', 'measure Revenue 51 source "x"', 'target <= 3',
    'import "plan.pbm"\n', 'import "cycle-a.pbm"\n', 'import "budget.pbm"\n', '\n', ' ', '}', '{', '"', 'kpi', 'owner '
];

/** Where the soak workspace comes from: the multi-file example, plus two files that import each other. */
function createWorkspace(): string {
    const root = mkdtempSync(join(tmpdir(), 'pbm-soak-'));
    cpSync('examples/multi-file', root, { recursive: true });
    writeFileSync(join(root, 'cycle-a.pbm'), 'import "cycle-b.pbm"\nunit CycleA "A" { lead "a" }\n');
    writeFileSync(join(root, 'cycle-b.pbm'), 'import "cycle-a.pbm"\nunit CycleB "B" { lead "b" }\n');
    return root;
}

const FILES = ['plan.pbm', 'budget.pbm', 'org/units.pbm', 'monitoring/2026-h1.pbm', 'cycle-a.pbm', 'cycle-b.pbm'];
/** The imported file the test deletes and restores while it is open. */
const DELETED = 'budget.pbm';

interface Tally {
    operations: number;
    edits: number;
    requests: number;
    cancelled: number;
    results: number;
    errors: Map<number, number>;
    silent: string[];
    broken: string[];
    lifecycle: Map<string, number>;
}

describe.skipIf(!existsSync(SERVER))('soak: the bundled language server under a long stream of edits and requests', () => {
    let root: string;
    let session: LspSession;
    const originals = new Map<string, string>();

    beforeAll(async () => {
        root = createWorkspace();
        for (const file of FILES) originals.set(file, readFileSync(join(root, file), 'utf8'));
        session = new LspSession(root);
        await session.initialize();
        for (const file of FILES) await session.open(file, originals.get(file)!);
    });

    afterAll(async () => {
        await session?.dispose();
        rmSync(root, { recursive: true, force: true });
    });

    test(`${OPERATIONS} operations: every request answered, alive, heap not growing`, async () => {
        const next = seededRandom(SEED);
        const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
        const tally: Tally = { operations: 0, edits: 0, requests: 0, cancelled: 0, results: 0, errors: new Map(), silent: [], broken: [], lifecycle: new Map() };
        const pending: Array<Promise<void>> = [];
        const samples: Array<{ operation: number; heap: HeapSample }> = [];
        /** The last operations, for the message when a request goes unanswered. */
        const trail: string[] = [];
        const trace = (line: string) => {
            trail.push(`${tally.operations} ${line}`);
            if (trail.length > 200) trail.splice(0, 100);
            if (process.env.PBM_SOAK_TRACE) console.log(`soak ${tally.operations}: ${line}`);
        };
        const count = (kind: string, file = '') => { trace(`${kind} ${file}`); tally.lifecycle.set(kind, (tally.lifecycle.get(kind) ?? 0) + 1); };

        const record = (method: string, answer: Answer) => {
            if (answer.kind === 'result') tally.results++;
            else if (answer.kind === 'error') tally.errors.set(answer.code, (tally.errors.get(answer.code) ?? 0) + 1);
            else if (answer.kind === 'silence') {
                tally.silent.push(method);
                if (process.env.PBM_SOAK_PROGRESS) console.log(`soak: no answer to ${method} (${tally.operations} operations so far; ${trail.slice(-12).join(', ')})`);
            }
            else tally.broken.push(`${method}: ${answer.message}`);
        };

        const sendRequest = (uri: string) => {
            const document = session.documents.get(uri)!;
            const position = randomPosition(document, next);
            const textDocument = { uri };
            const method = pick(['textDocument/completion', 'textDocument/hover', 'textDocument/formatting', 'textDocument/codeAction', 'textDocument/definition']);
            const params = method === 'textDocument/formatting'
                ? { textDocument, options: { tabSize: 4, insertSpaces: true } }
                : method === 'textDocument/codeAction'
                    ? codeActionParams(uri, session.diagnostics.get(uri) ?? [], position, pick)
                    : { textDocument, position };
            const cancel = next() < 0.2;
            if (cancel) tally.cancelled++;
            tally.requests++;
            trace(`${method} ${fileOf(uri)}${cancel ? ' (cancelled)' : ''}`);
            const label = `${method} ${fileOf(uri)} @${tally.operations}`;   // the operation it was sent at
            pending.push(session.request(method, params, { cancelAfterMs: cancel ? pick([0, 0, 1, 5, 20]) : undefined, timeoutMs: ANSWER_TIMEOUT_MS })
                .then(answer => record(label, answer)));
        };

        const randomEdit = async (uri: string) => {
            const document = session.documents.get(uri)!;
            const text = document.getText();
            tally.edits++;
            trace(`edit ${fileOf(uri)}`);
            // Now and then the file goes back to what it was, so that edits keep landing in a meaningful plan.
            if (next() < 0.03 || text.length > 4 * (originals.get(fileOf(uri))?.length ?? 1000)) {
                const whole = { start: { line: 0, character: 0 }, end: document.positionAt(text.length) };
                return session.edit(uri, whole, originals.get(fileOf(uri)) ?? '');
            }
            const start = Math.floor(next() * (text.length + 1));
            const removed = next() < 0.5 ? Math.floor(next() * 40) : 0;
            const inserted = removed > 0 && next() < 0.5 ? '' : pick(TYPED);
            const range = { start: document.positionAt(start), end: document.positionAt(Math.min(text.length, start + removed)) };
            await session.edit(uri, range, inserted);
        };

        const fileOf = (uri: string) => FILES.find(file => session.uriOf(file) === uri) ?? '';

        const lifecycle = async () => {
            const choice = next();
            const deletedUri = session.uriOf(DELETED);
            const deletedPath = join(root, DELETED);
            if (choice < 0.3) {
                // Close a document (not the plan: requests need something open) and reopen it from disk.
                const file = pick(FILES.filter(f => f !== 'plan.pbm'));
                const uri = session.uriOf(file);
                if (session.documents.has(uri)) {
                    await session.close(uri);
                    count('close', file);
                } else {
                    await session.open(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : originals.get(file)!);
                    count('reopen', file);
                }
            } else if (choice < 0.65) {
                // The imported budget file is deleted on disk while it may be open, then restored.
                if (existsSync(deletedPath)) {
                    unlinkSync(deletedPath);
                    await session.filesChanged([{ uri: deletedUri, type: 3 }]);
                    count('delete imported file');
                } else {
                    writeFileSync(deletedPath, originals.get(DELETED)!);
                    await session.filesChanged([{ uri: deletedUri, type: 1 }]);
                    count('restore imported file');
                }
            } else {
                // A file changes on disk (saved by another program): the watched-files notification says so.
                const file = pick(['cycle-a.pbm', 'cycle-b.pbm', 'org/units.pbm']);
                writeFileSync(join(root, file), originals.get(file)! + (next() < 0.5 ? '\nimport "plan.pbm"\n' : '\n'));
                await session.filesChanged([{ uri: session.uriOf(file), type: 2 }]);
                count('changed on disk', file);
            }
        };

        const started = Date.now();
        for (let operation = 1; operation <= OPERATIONS; operation++) {
            tally.operations++;
            const open = [...session.documents.keys()];
            const uri = pick(open);
            const choice = next();
            if (choice < 0.45) await randomEdit(uri);
            else if (choice < 0.95) sendRequest(uri);
            else await lifecycle();

            if (operation % BATCH === 0) await Promise.all(pending.splice(0));
            if (process.env.PBM_SOAK_PROGRESS && operation % 100 === 0) console.log(`soak: ${operation} operations, ${(Date.now() - started) / 1000} s`);
            if (operation % SAMPLE_EVERY === 0 && operation >= WARM_UP) {
                await Promise.all(pending.splice(0));
                samples.push({ operation, heap: await session.heap() });
            }
            if (!session.alive) break;
        }
        await Promise.all(pending.splice(0));

        // Still alive and still working: a last request on the plan is answered with a result.
        const last = await session.request('textDocument/hover', { textDocument: { uri: session.uriOf('plan.pbm') }, position: { line: 0, character: 0 } }, { timeoutMs: ANSWER_TIMEOUT_MS });
        const seconds = (Date.now() - started) / 1000;

        const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;
        const baseline = Math.max(...samples.slice(0, 3).map(s => s.heap.heapUsed));
        const latest = samples.slice(-3).map(s => s.heap.heapUsed);
        const summary = {
            seed: SEED, seconds, operations: tally.operations, edits: tally.edits, requests: tally.requests, cancelled: tally.cancelled,
            results: tally.results, errors: Object.fromEntries(tally.errors), silent: tally.silent.length, broken: tally.broken.length,
            lifecycle: Object.fromEntries(tally.lifecycle),
            heapMB: samples.map(s => `${s.operation}:${mb(s.heap.heapUsed)}`).join(' '),
            baselineMB: mb(baseline), latestMB: latest.map(mb), growth: `${Math.round((Math.max(...latest) / baseline - 1) * 100)}%`
        };
        console.log(`soak: ${JSON.stringify(summary)}`);
        if (session.loggedErrors.length > 0) console.log(`soak: logged errors:\n${session.loggedErrors.join('\n')}`);

        expect(session.exit, 'the server process is alive').toBeUndefined();
        expect(last.kind, 'the server still answers').toBe('result');
        expect(tally.silent, 'requests left without an answer').toEqual([]);
        expect(tally.broken, 'answers that are not JSON-RPC results or errors').toEqual([]);
        expect(tally.results + [...tally.errors.values()].reduce((a, b) => a + b, 0)).toBe(tally.requests);
        expect(session.loggedErrors, 'errors the server caught and logged').toEqual([]);
        expect(samples.every(s => s.heap.collected), 'the heap is measured after a full collection (--expose-gc)').toBe(true);
        expect(samples.length).toBeGreaterThanOrEqual(3);
        for (const heap of latest) expect(heap, `heap ${mb(heap)} MB vs baseline ${mb(baseline)} MB`).toBeLessThanOrEqual(baseline * (1 + MAX_HEAP_GROWTH));
    }, Math.max(120_000, OPERATIONS * 200));
});

/** A code-action request for the diagnostics around a position (or a random one), as VS Code sends when the cursor moves. */
function codeActionParams(uri: string, diagnostics: readonly CodeActionParams['context']['diagnostics'][number][], position: { line: number; character: number }, pick: <T>(items: readonly T[]) => T): CodeActionParams {
    const nearby = diagnostics.filter(d => d.range.start.line <= position.line && d.range.end.line >= position.line);
    const chosen = nearby.length > 0 ? nearby : diagnostics.length > 0 ? [pick(diagnostics)] : [];
    const range = chosen[0]?.range ?? { start: position, end: position };
    return { textDocument: { uri }, range, context: { diagnostics: chosen } };
}
