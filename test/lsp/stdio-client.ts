/**
 * A plain LSP client over stdio for the bundled server
 * (`packages/extension/dist/server.cjs`, built by `npm run build`): no VS
 * Code, only JSON-RPC, as any other editor would talk to it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const SERVER = 'packages/extension/dist/server.cjs';

export interface PublishedDiagnostics {
    uri: string;
    version?: number;
    diagnostics: Array<{
        code?: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } };
        data?: unknown; severity?: number; codeDescription?: { href: string };
    }>;
}

export interface StdioClient {
    readonly server: ChildProcess;
    readonly connection: MessageConnection;
    /** A fresh temporary folder for the test's files. */
    readonly dir: string;
    /** Waits (up to 15 s) for diagnostics of `uri` that satisfy `until`. */
    diagnosticsOf(uri: string, until: (d: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics>;
    close(): Promise<void>;
}

/** Starts the server (with `env` added to this process's environment) and initialises it in single-file mode. */
export async function startServer(initialize: { locale: string; capabilities: object }, env: NodeJS.ProcessEnv = {}): Promise<StdioClient> {
    const dir = mkdtempSync(join(tmpdir(), 'pbm-lsp-'));
    const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
    const published = new Map<string, PublishedDiagnostics>();
    const waiters: Array<() => void> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
        published.set(params.uri, params);
        waiters.splice(0).forEach(wake => wake());
    });
    connection.onRequest('workspace/configuration', () => [{}]);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    // No workspace folder: single-file mode.
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, ...initialize });
    await connection.sendNotification('initialized', {});

    return {
        server, connection, dir,
        async diagnosticsOf(uri, until) {
            const deadline = Date.now() + 15_000;
            for (;;) {
                const current = published.get(uri);
                if (current && until(current)) return current;
                if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(current)}`);
                await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 500); });
            }
        },
        async close() {
            await connection.sendRequest('shutdown').catch(() => undefined);
            await connection.sendNotification('exit').catch(() => undefined);
            connection.dispose();
            server.kill();
            rmSync(dir, { recursive: true, force: true });
        }
    };
}
