/**
 * An untitled plan is forgotten when it is closed (or saved, which closes it):
 * its problems leave the Problems panel, and the next untitled plan that gets
 * the same name shows only its own problems — the e2e onboarding tests read
 * the closed plan's warning under the new plan's name before this.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVER, startServer, type StdioClient } from './stdio-client.js';

const URI = 'untitled:Untitled-1';

const plan = (measure: string) => `plan Demo "Demo" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
}
goal Sales "Sales" {
    due 2026-12-31
    kpi Revenue "Revenue" { unit "M CNY" baseline 10 target >= 11 frequency quarterly source "ERP" }
}
${measure}
`;

describe.skipIf(!existsSync(SERVER))('closing an untitled plan', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = await startServer({ locale: 'en', capabilities: {} });
    });

    afterAll(async () => {
        await client?.close();
    });

    const codes = (d: { diagnostics: Array<{ code?: string }> }) => d.diagnostics.map(x => x.code);
    const open = (text: string) => client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: URI, languageId: 'pbm', version: 1, text } });

    test('clears its problems, and a new plan of the same name gets only its own', async () => {
        await open(plan('checkpoint Q2 2026-06-30 {\n    measure Revenue 10.5\n}'));
        const first = await client.diagnosticsOf(URI, d => codes(d).includes('measure-missing-source'));
        expect(first.diagnostics.find(d => d.code === 'measure-missing-source')?.range.start.line).toBe(9);

        await client.connection.sendNotification('textDocument/didClose', { textDocument: { uri: URI } });
        expect((await client.diagnosticsOf(URI, d => d.diagnostics.length === 0)).diagnostics).toEqual([]);

        await open(plan('checkpoint Q2 2026-06-30 {\n    measure Revenue 10.5 source "ERP"\n}'));
        const second = await client.diagnosticsOf(URI, d => d.diagnostics.length > 0);
        expect(codes(second)).not.toContain('measure-missing-source');
    });
});
