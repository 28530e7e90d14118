/**
 * `pbm export` as a user runs it (LANGUAGE.md §8.11): the default file name,
 * `-o`, the language, exit codes as `report` (0 written — errors in the plan
 * too —, 1 no plan, 2 bad input with one line on stderr), and that the
 * exporter is a bundle of its own that `pbm check` never loads.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, linesOf, REPO_ROOT, runPbm, TempFolder } from '../foundation/cli-helpers.js';
import { entryText, paragraphsOf, readWorkbook, unzip } from './export-helpers.js';

const PLAN = `
plan P "Plan P" {
    organization "Org"
    period 2026-01-01 to 2026-12-31
    as of 2026-12-31
    language zh
}
unit U "Unit U" { lead "L" }
goal G "Goal G" { owner U due 2026-12-31 weight 100%
    kpi K "KPI K" { unit "t" baseline 0 target >= 10 frequency quarterly source "s" }
}
budget B "Line B" { category other amount 20000 owner U funds G }
checkpoint Q4 2026-12-31 { measure K 8 source "s" spend B 15000 source "s" }
`;

let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write({
        'plan.pbm': PLAN,
        'errors.pbm': PLAN.replace('owner U due', 'owner Nobody due'),
        'garbage.pbm': 'this is { not a plan at all ]]\n',
        'out/.keep': '',
        'taken.xlsx/.keep': ''
    });
});

afterAll(() => folder?.remove());

function exportForm(...args: string[]) {
    return runPbm(['export', ...args], folder.path);
}

describe('pbm export', () => {
    test('writes <plan name>-<form>.xlsx in the current folder, in the plan\'s language, figures as numbers in 万元', async () => {
        const result = await exportForm('plan.pbm', '--form', 'self-evaluation');
        expect(result).toMatchObject({ status: 0, stdout: '' });
        expect(linesOf(result.stderr)).toEqual(['pbm: 已导出 P-self-evaluation.xlsx']);
        const workbook = await readWorkbook(readFileSync(join(folder.path, 'P-self-evaluation.xlsx')));
        const sheet = workbook.worksheets[0];
        expect(sheet.name).toBe('绩效自评表');
        expect(sheet.getCell('A1').value).toBe('项目支出绩效自评表');
        expect(sheet.getCell('B6').value).toBe('年度资金总额');
        expect(sheet.getCell('E6').value).toBe(2);
        expect(sheet.getCell('F6').value).toBe(1.5);
        expect(sheet.getCell('H6').value).toBe(0.75);
        expect(sheet.getCell('H6').numFmt).toBe('0.0%');
    });

    test("the summary's list of checks names the plan file from its folder, however the plan was named on the command line", async () => {
        const result = await exportForm(join(folder.path, 'errors.pbm'), '--form', 'summary', '-o', 'out/errors.docx');
        expect(result.status).toBe(0);
        const text = paragraphsOf(entryText(unzip(readFileSync(join(folder.path, 'out/errors.docx'))), 'word/document.xml')).map(p => p.text).join('\n');
        expect(text).toMatch(/errors\.pbm/);
        expect(text).not.toContain(folder.path);
    });

    test('-o names the file; --lang en writes the English form; the summary is a Word document', async () => {
        const en = await exportForm('plan.pbm', '--form', 'targets', '--lang', 'en', '-o', 'out/targets.xlsx');
        expect(en.status).toBe(0);
        expect(linesOf(en.stderr)).toEqual(['pbm: exported out/targets.xlsx']);
        const workbook = await readWorkbook(readFileSync(join(folder.path, 'out/targets.xlsx')));
        expect(workbook.worksheets[0].getCell('A1').value).toBe('Performance Targets');

        const summary = await exportForm('plan.pbm', '--form', 'summary', '-o', 'out/summary.docx');
        expect(summary.status).toBe(0);
        const paragraphs = paragraphsOf(entryText(unzip(readFileSync(join(folder.path, 'out/summary.docx'))), 'word/document.xml'));
        expect(paragraphs[0]).toEqual({ style: 'Title', text: 'Org2026年度预算绩效管理工作总结' });
        expect(readdirSync(join(folder.path, 'out')).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('a plan with errors still exports (exit 0), and stderr counts the errors', async () => {
        const result = await exportForm('errors.pbm', '--form', 'monitoring', '-o', 'out/errors.xlsx');
        expect(result.status).toBe(0);
        expect(linesOf(result.stderr)).toEqual([
            'pbm: 注意：计划中有 1 处错误，已列入导出文件；请用 "pbm check" 查看并修正。',
            'pbm: 已导出 out/errors.xlsx'
        ]);
        const workbook = await readWorkbook(readFileSync(join(folder.path, 'out/errors.xlsx')));
        expect(workbook.worksheets.map(w => w.name)).toEqual(['绩效运行监控表', '计划检查问题']);
    });

    test.each([
        [['missing.pbm', '--form', 'targets'], /^pbm: cannot find 'missing\.pbm': no such file or folder$/],
        [['plan.pbm', '--form', 'targets', '-o', 'no-such-folder/t.xlsx'], /^pbm: cannot write 'no-such-folder\/t\.xlsx': the folder 'no-such-folder' does not exist$/],
        [['plan.pbm', '--form', 'targets', '-o', 'out'], /^pbm: cannot write the targets form to 'out': its file name must end in \.xlsx$/],
        [['plan.pbm', '--form', 'summary', '-o', 'out/s.xlsx'], /^pbm: cannot write the summary form to 'out\/s\.xlsx': its file name must end in \.docx$/],
        [['plan.pbm'], /^pbm: missing --form: use --form self-evaluation, targets, monitoring or summary$/],
        [['plan.pbm', '--form', 'budget'], /^pbm: option '--form' must be one of self-evaluation, targets, monitoring, summary, not 'budget'$/]
    ])('bad input %j: exit 2 with one line', async (args, message) => {
        const result = await exportForm(...args);
        expect(result.status).toBe(2);
        expect(result.stdout).toBe('');
        expect(linesOf(result.stderr)).toHaveLength(1);
        expect(result.stderr.trim()).toMatch(message);
    });

    test('an output that cannot be written: exit 2 with one line, and no file left behind', async () => {
        // The plan is `language zh`: a failure after it is read is worded in Chinese unless --lang says otherwise (docs/cli.md).
        const folderTarget = await exportForm('plan.pbm', '--form', 'targets', '-o', 'taken.xlsx', '--lang', 'en');
        expect(folderTarget.status).toBe(2);
        expect(linesOf(folderTarget.stderr)).toEqual([`pbm: cannot write 'taken.xlsx': it is a folder`]);
        const underFile = await exportForm('plan.pbm', '--form', 'targets', '-o', 'out/.keep/x.xlsx');
        expect(underFile.status).toBe(2);
        expect(linesOf(underFile.stderr)).toEqual([`pbm: cannot write 'out/.keep/x.xlsx': 'out/.keep' is not a folder`]);
        expect(readdirSync(folder.path).filter(name => name.endsWith('.tmp'))).toEqual([]);
    });

    test('a file without a plan exits 1 with its syntax errors', async () => {
        const result = await exportForm('garbage.pbm', '--form', 'targets');
        expect(result.status).toBe(1);
        expect(result.stderr).toMatch(/syntax-error/);
        expect(existsSync(join(folder.path, 'garbage-targets.xlsx'))).toBe(false);
    });

    test('the exporter is a bundle of its own, loaded only by "pbm export"', () => {
        const cli = readFileSync(join(REPO_ROOT, 'packages/cli/dist/pbm-main.cjs'), 'utf8');
        const exporter = readFileSync(join(REPO_ROOT, 'packages/cli/dist/export.cjs'), 'utf8');
        expect(cli).toContain('./export.cjs');
        // exceljs and docx live in the exporter's bundle only.
        for (const marker of ['sharedStrings.xml', 'w:tblHeader']) {
            expect(exporter, marker).toContain(marker);
            expect(cli, marker).not.toContain(marker);
        }
    });
});
