// A small LSP client for the benchmark: starts the bundled language server
// as a child process over stdio and speaks JSON-RPC to it with vscode-jsonrpc
// (already in node_modules through vscode-languageserver), the way an editor
// does — initialize with a workspace folder, open documents, edit them, ask
// for completion, hover and code actions — and records when diagnostics
// arrive, so latencies are measured over a real connection.

import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

/** What an editor like VS Code announces: enough for Langium to enable the features we time. */
const CLIENT_CAPABILITIES = {
    workspace: { workspaceFolders: true, configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
    textDocument: {
        synchronization: { didSave: true, dynamicRegistration: true },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'source'] } } }
    },
    window: { workDoneProgress: true }
};

/** Linux reports process times in clock ticks of 1/100 s (USER_HZ). */
const CLOCK_TICKS = 100;

export class LspSession {
    /** Spawns the server; `ready` is the time from spawn to the `initialize` response (ms). */
    static async start(serverPath, { folder, locale = 'en' } = {}) {
        const session = new LspSession(serverPath);
        await session.initialize(folder, locale);
        return session;
    }

    constructor(serverPath) {
        this.spawnedAt = performance.now();
        this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.stderr = '';
        this.child.stderr.on('data', chunk => { this.stderr += chunk; });
        this.exited = new Promise(resolve => this.child.on('exit', code => resolve(code)));
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.documents = new Map();           // uri → { text, version }
        this.diagnostics = new Map();         // uri → latest diagnostics
        this.publishes = [];                  // { uri, at, count }
        this.waiters = new Set();
        this.connection.onNotification('textDocument/publishDiagnostics', params => this.onDiagnostics(params));
        this.connection.onNotification('window/logMessage', () => {});
        this.connection.onNotification('$/progress', () => {});
        this.connection.onRequest('workspace/configuration', params => params.items.map(() => ({})));
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onRequest('workspace/semanticTokens/refresh', () => null);
        this.connection.onRequest('workspace/codeLens/refresh', () => null);
        this.connection.onRequest('workspace/inlayHint/refresh', () => null);
        this.connection.onRequest('workspace/diagnostic/refresh', () => null);
        this.connection.listen();
    }

    get pid() {
        return this.child.pid;
    }

    async initialize(folder, locale) {
        const folderUri = folder ? pathToFileURL(folder).href : null;
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: folderUri,
            workspaceFolders: folder ? [{ uri: folderUri, name: 'bench' }] : null,
            capabilities: CLIENT_CAPABILITIES,
            locale
        });
        this.ready = performance.now() - this.spawnedAt;
    }

    /** Sends `initialized`: Langium then loads and builds the workspace folder. */
    initialized() {
        this.connection.sendNotification('initialized', {});
    }

    open(file) {
        const uri = pathToFileURL(file).href;
        const text = readFileSync(file, 'utf8');
        this.documents.set(uri, { text, version: 1 });
        this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });
        return uri;
    }

    /** Replaces `length` characters at `offset` with `text` (an incremental change, as editors send). */
    edit(uri, offset, length, text) {
        const document = this.documents.get(uri);
        const range = { start: positionAt(document.text, offset), end: positionAt(document.text, offset + length) };
        document.text = document.text.slice(0, offset) + text + document.text.slice(offset + length);
        document.version++;
        this.connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: document.version }, contentChanges: [{ range, text }]
        });
    }

    text(uri) {
        return this.documents.get(uri).text;
    }

    onDiagnostics(params) {
        const at = performance.now();
        this.diagnostics.set(params.uri, params.diagnostics);
        this.publishes.push({ uri: params.uri, at, count: params.diagnostics.length });
        for (const waiter of [...this.waiters]) waiter(params.uri, at);
    }

    /** Resolves with the time of the first publish for `uri` after `since` (performance.now() ms). */
    diagnosticsFor(uri, since, timeoutMs = 120_000) {
        const earlier = this.publishes.find(p => p.uri === uri && p.at >= since);
        if (earlier) return Promise.resolve(earlier.at);
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => {
                this.waiters.delete(waiter);
                reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms${this.stderr ? `; server said: ${this.stderr.slice(-500)}` : ''}`));
            }, timeoutMs);
            const waiter = (published, at) => {
                if (published === uri && at >= since) {
                    clearTimeout(timer);
                    this.waiters.delete(waiter);
                    resolve(at);
                }
            };
            this.waiters.add(waiter);
        });
    }

    /** Resolves once no diagnostics have been published for `quietMs`; returns the time of the last publish. */
    async settle(quietMs = 250, timeoutMs = 120_000) {
        const start = performance.now();
        for (;;) {
            const last = this.publishes.length ? this.publishes[this.publishes.length - 1].at : start;
            const now = performance.now();
            if (now - Math.max(last, start) >= quietMs) return last;
            if (now - start > timeoutMs) throw new Error(`the server kept publishing diagnostics for ${timeoutMs} ms`);
            await sleep(Math.max(10, quietMs - (now - Math.max(last, start))));
        }
    }

    /** Round-trip time of one request (ms) and its result. */
    async timed(method, params) {
        const start = performance.now();
        const result = await this.connection.sendRequest(method, params);
        return { ms: performance.now() - start, result };
    }

    /** CPU time (user + system, ms) the server process has used so far, from /proc; NaN where there is no /proc. */
    cpuTime() {
        try {
            const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1].split(' ');
            return (Number(fields[11]) + Number(fields[12])) * 1000 / CLOCK_TICKS;
        } catch {
            return NaN;
        }
    }

    /** Resident and peak memory of the server process (bytes), from /proc. */
    memory() {
        try {
            const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
            const kb = key => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
            return { rss: kb('VmRSS'), peak: kb('VmHWM') };
        } catch {
            return { rss: NaN, peak: NaN };
        }
    }

    async stop() {
        try {
            await withTimeout(this.connection.sendRequest('shutdown'), 5_000);
            this.connection.sendNotification('exit');
        } catch {
            // A server that does not answer is ended below.
        }
        const code = await withTimeout(this.exited, 5_000).catch(() => undefined);
        if (code === undefined && this.child.exitCode === null) this.child.kill();
        this.connection.dispose();
    }
}

export function positionAt(text, offset) {
    let line = 0;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, character: offset - lineStart };
}

function sleep(ms) {
    return new Promise(resolve => setTimeout(resolve, ms));
}

function withTimeout(promise, ms) {
    return Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))]);
}
