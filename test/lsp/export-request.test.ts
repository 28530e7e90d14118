/**
 * "PBM: Export Form…" as the server answers it (`pbm/exportForm`), over LSP
 * with the bundled server: the workbook is written where the user chose,
 * from the text the editor holds (unsaved edits included), and a bad form or
 * an unwritable folder comes back as one clear error, not a crash.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import { SERVER, startServer, type StdioClient } from './stdio-client.js';

const PLAN = `plan 饮水 "农村饮水安全巩固提升工程" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency CNY
    profile government
    language zh
}
unit 水利局 "县水利局" { lead "王强" }
goal 供水 "完成集中供水工程" {
    owner 水利局 due 2026-12-31
    kpi 工程数 "新建集中供水工程数量" { unit "处" baseline 0 target >= 12 class output.quantity frequency quarterly source "验收单" }
}
budget 工程 "集中供水工程新建施工" { category equipment amount 500万 owner 水利局 funds 供水 }
checkpoint 二季度 2026-06-30 { measure 工程数 7 source "验收单"  spend 工程 200万 source "国库支付" }
`;

describe.skipIf(!existsSync(SERVER))('pbm/exportForm (bundled server)', () => {
    let client: StdioClient;
    let connection: MessageConnection;
    let dir: string;

    beforeAll(async () => {
        client = await startServer({ locale: 'en', capabilities: {} });
        ({ connection, dir } = client);
    });

    afterAll(() => client?.close());

    test('writes the self-evaluation workbook of the open (unsaved) plan where the user chose', async () => {
        const uri = pathToFileURL(join(dir, 'plan.pbm')).toString(); // never saved to disk
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pbm', version: 1, text: PLAN } });
        const output = join(dir, 'chosen.xlsx');
        const result = await connection.sendRequest('pbm/exportForm', { uri, form: 'self-evaluation', output }) as { path?: string; error?: string };
        expect(result.error).toBeUndefined();
        expect(result.path).toBe(output);
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(output);
        const texts: string[] = [];
        workbook.worksheets[0].eachRow(row => row.eachCell(cell => { texts.push(String(cell.value)); }));
        expect(texts.join('\n')).toContain('农村饮水安全巩固提升工程');
        expect(texts.join('\n')).toContain('新建集中供水工程数量');
    });

    test('an unknown form and an unwritable folder are one clear error each', async () => {
        const uri = pathToFileURL(join(dir, 'plan.pbm')).toString();
        const unknown = await connection.sendRequest('pbm/exportForm', { uri, form: 'budget', output: join(dir, 'x.xlsx') }) as { error?: string };
        expect(unknown.error).toMatch(/'budget' is not a form PBM exports/);
        const unwritable = await connection.sendRequest('pbm/exportForm', { uri, form: 'summary', output: join(dir, 'no-such-folder', 'x.docx') }) as { error?: string };
        expect(unwritable.error).toMatch(/^The form could not be exported: .*no-such-folder/);
        expect(client.server.exitCode).toBeNull();
    });
});
