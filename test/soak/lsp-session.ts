/**
 * A minimal LSP client for the soak test: starts the BUNDLED server
 * (`packages/extension/dist/server.cjs`) on this machine's Node with
 * `--expose-gc` and `PBM_DEBUG_REQUESTS=1`, talks JSON-RPC to it over stdio,
 * keeps the text of the documents it has open, and records everything the
 * server says that a user could notice: published diagnostics, logged errors,
 * and whether the process is still alive.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import {
    CancellationTokenSource, createMessageConnection, ResponseError, StreamMessageReader, StreamMessageWriter, type MessageConnection
} from 'vscode-jsonrpc/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, Range } from 'vscode-languageserver-types';

export const SERVER = 'packages/extension/dist/server.cjs';

export interface HeapSample {
    readonly heapUsed: number;
    readonly rss: number;
    readonly collected: boolean;
}

/** How the server answered one request. */
export type Answer = { kind: 'result' } | { kind: 'error'; code: number } | { kind: 'silence' } | { kind: 'broken'; message: string };

export class LspSession {
    readonly server: ChildProcess;
    readonly connection: MessageConnection;
    readonly documents = new Map<string, TextDocument>();
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** `window/logMessage` errors and stderr lines: an error the server caught instead of dying. */
    readonly loggedErrors: string[] = [];
    exit?: { code: number | null; signal: NodeJS.Signals | null };

    constructor(readonly rootFolder: string) {
        this.server = spawn(process.execPath, ['--expose-gc', SERVER, '--stdio'], {
            stdio: ['pipe', 'pipe', 'pipe'],
            env: { ...process.env, PBM_DEBUG_REQUESTS: '1' }
        });
        this.server.on('exit', (code, signal) => { this.exit = { code, signal }; });
        this.server.stderr!.on('data', chunk => this.loggedErrors.push(`stderr: ${String(chunk)}`));
        this.connection = createMessageConnection(new StreamMessageReader(this.server.stdout!), new StreamMessageWriter(this.server.stdin!));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            this.diagnostics.set(params.uri, params.diagnostics);
        });
        this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            if (params.type === 1) this.loggedErrors.push(params.message);
        });
        // Requests from the server to the client: settings (none set), capability registration, refreshes.
        this.connection.onRequest((method: string, params: unknown) => {
            if (method === 'workspace/configuration') return ((params as { items: unknown[] }).items ?? []).map(() => null);
            return null;
        });
        this.connection.listen();
    }

    uriOf(file: string): string {
        return pathToFileURL(`${this.rootFolder}/${file}`).toString();
    }

    async initialize(): Promise<void> {
        const rootUri = pathToFileURL(this.rootFolder).toString();
        await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri,
            workspaceFolders: [{ uri: rootUri, name: 'soak' }],
            locale: 'en',
            capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true }, configuration: true } }
        });
        await this.connection.sendNotification('initialized', {});
    }

    async open(file: string, text: string): Promise<void> {
        const uri = this.uriOf(file);
        this.documents.set(uri, TextDocument.create(uri, 'pbm', 1, text));
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });
    }

    async close(uri: string): Promise<void> {
        this.documents.delete(uri);
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** Replaces `range` of an open document by `text`, as an incremental change. */
    async edit(uri: string, range: Range, text: string): Promise<void> {
        const document = this.documents.get(uri)!;
        const next = TextDocument.update(document, [{ range, text }], document.version + 1);
        this.documents.set(uri, next);
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: next.version }, contentChanges: [{ range, text }] });
    }

    async filesChanged(changes: Array<{ uri: string; type: 1 | 2 | 3 }>): Promise<void> {
        await this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
    }

    /**
     * Sends a request and classifies the answer; `cancelAfterMs` sends
     * `$/cancelRequest` that long after. An answer must come within
     * `timeoutMs`, else it counts as silence.
     */
    async request(method: string, params: unknown, options: { cancelAfterMs?: number; timeoutMs: number }): Promise<Answer> {
        const source = new CancellationTokenSource();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const silence = new Promise<Answer>(resolve => { timer = setTimeout(() => resolve({ kind: 'silence' }), options.timeoutMs); });
        const answer = this.connection.sendRequest(method, params, source.token).then(
            (): Answer => ({ kind: 'result' }),
            (error: unknown): Answer => error instanceof ResponseError ? { kind: 'error', code: error.code } : { kind: 'broken', message: String(error) }
        );
        // 0 ms: `$/cancelRequest` follows the request at once, while the server still waits for the build of the last edit.
        if (options.cancelAfterMs === 0) source.cancel();
        else if (options.cancelAfterMs !== undefined) setTimeout(() => source.cancel(), options.cancelAfterMs);
        try {
            return await Promise.race([answer, silence]);
        } finally {
            clearTimeout(timer);
            source.dispose();
        }
    }

    async heap(): Promise<HeapSample> {
        return await this.connection.sendRequest('pbm/debug/heap') as HeapSample;
    }

    get alive(): boolean {
        return this.exit === undefined && this.server.exitCode === null;
    }

    async dispose(): Promise<void> {
        await Promise.race([this.connection.sendRequest('shutdown').catch(() => undefined), new Promise(resolve => setTimeout(resolve, 2000))]);
        await this.connection.sendNotification('exit').catch(() => undefined);
        this.connection.dispose();
        this.server.kill();
    }
}

/** A small deterministic generator (mulberry32), so a failing run replays from its seed. */
export function seededRandom(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export function randomPosition(document: TextDocument, next: () => number): Position {
    return document.positionAt(Math.floor(next() * (document.getText().length + 1)));
}
