/**
 * The message language as a client that is not VS Code sees it, over LSP
 * with the bundled server: each diagnostic carries `{code, args}` in its data
 * and links to its entry in the diagnostics reference; under `auto` a plan
 * that says `language zh` gets Chinese messages in an English editor; and a
 * change of `pbm.messages.language` re-words the published diagnostics
 * without validating anything again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER, startServer, type PublishedDiagnostics as Published, type StdioClient } from './stdio-client.js';

const CJK = /[\u4e00-\u9fff]/;

const ENGLISH_PLAN = 'plan P "Plan" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\ngoal G "Grow" { due 2026-12-31 }\n';
const CHINESE_PLAN = 'plan 计划 "计划" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 language zh }\ngoal 目标 "目标" { due 2026-12-31 }\n';

describe.skipIf(!existsSync(SERVER))('message language over LSP (bundled server, English editor)', () => {
    let client: StdioClient;
    let connection: MessageConnection;
    let dir: string;

    beforeAll(async () => {
        client = await startServer({ locale: 'en-us', capabilities: {} }, { PBM_DEBUG_REQUESTS: '1' });
        ({ connection, dir } = client);
    });

    afterAll(() => client?.close());

    const diagnosticsOf = (uri: string, until: (d: Published) => boolean) => client.diagnosticsOf(uri, until);

    async function open(name: string, text: string): Promise<string> {
        const uri = pathToFileURL(join(dir, name)).toString();
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text } });
        return uri;
    }

    const goalWithoutKpi = (d: Published) => d.diagnostics.find(x => x.code === 'goal-without-kpi');

    test('diagnostics carry {code, args} and link to their entry in the diagnostics reference', async () => {
        const uri = await open('english.pbm', ENGLISH_PLAN);
        const diagnostic = goalWithoutKpi(await diagnosticsOf(uri, d => goalWithoutKpi(d) !== undefined))!;
        expect(diagnostic.message).toBe("Goal 'G' has no KPI, so it cannot be measured. Add at least one 'kpi' block with a target.");
        expect(diagnostic.data).toMatchObject({ code: 'goal-without-kpi', args: { goal: 'G' } });
        const href = diagnostic.codeDescription?.href ?? '';
        const match = /^(file:.*diagnostics\.md)#L(\d+)$/.exec(href);
        expect(match, href).not.toBeNull();
        const line = readFileSync(fileURLToPath(match![1]), 'utf8').split('\n')[Number(match![2]) - 1];
        expect(line).toContain('`goal-without-kpi`');
    });

    test('under auto, a plan that says `language zh` gets Chinese messages in an English editor', async () => {
        const uri = await open('chinese.pbm', CHINESE_PLAN);
        const diagnostic = goalWithoutKpi(await diagnosticsOf(uri, d => goalWithoutKpi(d) !== undefined))!;
        expect(diagnostic.message).toBe('绩效目标“目标”没有绩效指标，无法衡量。请至少添加一个带指标值的 kpi。');
        // Hover speaks the plan's language too (on the goal's name, line 2).
        const hover = await connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 1, character: 6 } }) as { contents?: { value?: string } } | null;
        expect(hover?.contents?.value ?? '').toMatch(/绩效目标/);
    });

    test('switching pbm.messages.language re-words the diagnostics without validating again', async () => {
        const english = pathToFileURL(join(dir, 'english.pbm')).toString();
        const chinese = pathToFileURL(join(dir, 'chinese.pbm')).toString();
        await diagnosticsOf(english, d => goalWithoutKpi(d) !== undefined);
        const validations = await connection.sendRequest('pbm/debug/validations') as number;

        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { pbm: { messages: { language: 'zh' } } } });
        const inChinese = await diagnosticsOf(english, d => CJK.test(goalWithoutKpi(d)?.message ?? ''));
        expect(goalWithoutKpi(inChinese)!.message).toBe('绩效目标“G”没有绩效指标，无法衡量。请至少添加一个带指标值的 kpi。');

        await connection.sendNotification('workspace/didChangeConfiguration', { settings: { pbm: { messages: { language: 'en' } } } });
        await diagnosticsOf(chinese, d => goalWithoutKpi(d)?.message.startsWith("Goal '目标' has no KPI") === true);
        await diagnosticsOf(english, d => goalWithoutKpi(d)?.message.startsWith("Goal 'G' has no KPI") === true);

        expect(await connection.sendRequest('pbm/debug/validations')).toBe(validations);
    });
});
