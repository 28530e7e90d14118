/**
 * Starts the bundled server (`packages/extension/dist/server.cjs`, built by
 * `npm run build`) on this machine's Node over stdio and talks LSP to it:
 * proves the bundle runs, publishes diagnostics, answers the report request,
 * and loads imported files from disk when no folder is open.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER, startServer, type StdioClient } from './stdio-client.js';

describe.skipIf(!existsSync(SERVER))('bundled language server', () => {
    let client: StdioClient;
    let connection: MessageConnection;
    let dir: string;
    const diagnosticsOf: StdioClient['diagnosticsOf'] = (uri, until) => client.diagnosticsOf(uri, until);

    beforeAll(async () => {
        // In Chinese.
        client = await startServer({ locale: 'zh-cn', capabilities: {} });
        ({ connection, dir } = client);
    });

    afterAll(async () => {
        await client?.close();
    });

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
        expect(client.server.exitCode).toBeNull();
    });
});
