/**
 * Starts the bundled server (`packages/extension/dist/server.cjs`, built by
 * `npm run build`) on this machine's Node over stdio and talks LSP to it:
 * proves the bundle runs, publishes diagnostics, answers the report request,
 * and loads imported files from disk when no folder is open.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

const SERVER = 'packages/extension/dist/server.cjs';

interface PublishedDiagnostics {
    uri: string;
    diagnostics: Array<{ code?: string; message: string }>;
}

describe.skipIf(!existsSync(SERVER))('bundled language server', () => {
    let server: ChildProcess;
    let connection: MessageConnection;
    let dir: string;
    const published = new Map<string, PublishedDiagnostics>();
    const waiters: Array<() => void> = [];

    beforeAll(async () => {
        dir = mkdtempSync(join(tmpdir(), 'pbm-lsp-'));
        server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
        connection = createMessageConnection(new StreamMessageReader(server.stdout!), new StreamMessageWriter(server.stdin!));
        connection.onNotification('textDocument/publishDiagnostics', (params: PublishedDiagnostics) => {
            published.set(params.uri, params);
            waiters.splice(0).forEach(wake => wake());
        });
        connection.onRequest('workspace/configuration', () => [{}]);
        connection.onRequest('client/registerCapability', () => null);
        connection.listen();
        // No workspace folder: single-file mode, in Chinese.
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, workspaceFolders: null, locale: 'zh-cn', capabilities: {} });
        await connection.sendNotification('initialized', {});
    });

    afterAll(async () => {
        await connection?.sendRequest('shutdown').catch(() => undefined);
        await connection?.sendNotification('exit').catch(() => undefined);
        connection?.dispose();
        server?.kill();
        rmSync(dir, { recursive: true, force: true });
    });

    async function diagnosticsOf(uri: string, until: (d: PublishedDiagnostics) => boolean): Promise<PublishedDiagnostics> {
        const deadline = Date.now() + 15_000;
        for (;;) {
            const current = published.get(uri);
            if (current && until(current)) return current;
            if (Date.now() > deadline) throw new Error(`no matching diagnostics for ${uri}: ${JSON.stringify(current)}`);
            await new Promise<void>(resolve => { waiters.push(resolve); setTimeout(resolve, 500); });
        }
    }

    test('publishes localised diagnostics for an opened document, loads its imports from disk, answers the report request', async () => {
        writeFileSync(join(dir, 'units.pbm'), 'unit Ops "运营部"\n');
        const uri = pathToFileURL(join(dir, 'plan.pbm')).toString();
        const text = 'import "units.pbm"\nplan P "计划" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 language zh }\ngoal G "目标" { owner Ops due 2026-12-31 }\n';
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });

        // goal-without-kpi is there; the import was found on disk (no import-not-found, Ops resolves).
        const result = await diagnosticsOf(uri, d => d.diagnostics.some(x => x.code === 'goal-without-kpi') && !d.diagnostics.some(x => x.code === 'import-not-found'));
        const codes = result.diagnostics.map(d => d.code);
        expect(codes).not.toContain('unresolved-reference');
        expect(result.diagnostics.find(d => d.code === 'goal-without-kpi')!.message).toMatch(/[\u4e00-\u9fff]/);

        const report = await connection.sendRequest('pbm/generateReport', { uri, format: 'md' }) as { content?: string; planName?: string };
        expect(report.planName).toBe('P');
        expect(report.content).toContain('预算绩效管理工作总结');
    });

    test('survives nonsense text', async () => {
        const uri = pathToFileURL(join(dir, 'junk.pbm')).toString();
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text: 'goal { { } ］ "unterminated\nplan plan 2026-99-99 ％％ /*' } });
        await diagnosticsOf(uri, d => d.diagnostics.length > 0);
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
        expect(hover === null || typeof hover === 'object').toBe(true);
        expect(server.exitCode).toBeNull();
    });
});
