/**
 * `pbm/planStatus`, what the editor's status bar reads: the plan's result and
 * open alerts, the same as the JSON report gives them, for a monitored plan,
 * a plan with no checkpoint yet and a file that belongs to no plan.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { SERVER, startServer, type StdioClient } from './stdio-client.js';

interface ReportJson {
    plan: Record<string, unknown>;
    diagnostics: Array<{ severity: string }>;
}

describe.skipIf(!existsSync(SERVER))('pbm/planStatus (bundled server)', () => {
    let client: StdioClient;

    beforeAll(async () => {
        client = await startServer({ locale: 'en', capabilities: {} });
    });

    afterAll(() => client?.close());

    async function open(name: string, text: string): Promise<string> {
        const uri = pathToFileURL(join(client.dir, name)).toString();
        await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });
        return uri;
    }

    async function statusAndReport(uri: string) {
        const status = await client.connection.sendRequest('pbm/planStatus', { uri }) as Record<string, unknown> | null;
        const answer = await client.connection.sendRequest('pbm/generateReport', { uri, format: 'json' }) as { content: string };
        return { status, report: JSON.parse(answer.content) as ReportJson };
    }

    const RESULT = ['name', 'score', 'grade', 'final', 'projectedScore', 'projectedGrade', 'awardedScore', 'awardedGrade', 'monitored'];
    const alertsOf = (report: ReportJson) => report.diagnostics.filter(d => d.severity === 'error' || d.severity === 'warning').length;

    test.each(['acme-2026', 'gov-points-2026'])('%s: the result and the open alerts of its JSON report', async example => {
        const uri = await open(`${example}.pbm`, readFileSync(`examples/${example}.pbm`, 'utf8'));
        const { status, report } = await statusAndReport(uri);
        for (const field of RESULT) expect(status?.[field], field).toEqual(report.plan[field]);
        expect(status?.alerts).toBe(alertsOf(report));
        expect(status?.alerts).toBeGreaterThan(0);
    });

    test('a plan with no checkpoint yet: not monitored, no grade and no projection', async () => {
        const uri = await open('new.pbm', 'plan New "New" { period 2026-01-01 to 2026-12-31 }\ngoal G "Grow" { due 2026-12-31 }\n');
        const { status, report } = await statusAndReport(uri);
        expect(status).toMatchObject({ name: 'New', monitored: false, grade: null, projectedScore: null, projectedGrade: null });
        expect(status?.alerts).toBe(alertsOf(report));
    });

    test('a file of no plan: null, so the status bar shows nothing', async () => {
        const uri = await open('part.pbm', 'unit Sales "Sales" { lead "Li" }\n');
        await client.diagnosticsOf(uri, () => true);
        expect(await client.connection.sendRequest('pbm/planStatus', { uri })).toBeNull();
    });
});
