/**
 * Plan text never becomes a formula, a hyperlink, a Word field or markup:
 * a plan whose names start with `=`, `+`, `-`, `@` or a tab, or hold
 * `<script>`, `{ MERGEFIELD }` or control characters, exports with every
 * string as text — in the workbook's XML (shared strings, no `<f>`), read
 * back with exceljs (string cells), and in the Word document (text runs only).
 * A plan with errors still exports, its errors listed.
 */
import ExcelJS from 'exceljs';
import { exportPlan, type ExportForm } from 'pbm-language/export';
import { describe, expect, test } from 'vitest';
import { reportOfText } from '../report/report-helpers.js';
import { entryText, paragraphsOf, readWorkbook, unescapeXml, unzip } from './export-helpers.js';

const HOSTILE = [
    '=HYPERLINK("http://evil.example","click")',
    '+1',
    '-1+2',
    '@SUM(A1:A9)',
    '\\t=1+1',
    '<script>alert(1)</script>',
    '{ MERGEFIELD Name }',
    '=cmd|\' /C calc\'!A0'
];

/** The strings as the plan's text holds them (`\\t` is a tab, `\\"` a quote). */
const TEXTS = HOSTILE.map(s => s.replace(/\\t/g, '\t'));
const quoted = (s: string) => `"${s.replace(/"/g, '\\"')}"`;

const PLAN = `
plan P ${quoted(HOSTILE[0])} {
    organization ${quoted(HOSTILE[1])}
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    profile government
    language zh
}
unit U ${quoted(HOSTILE[2])} { lead ${quoted(HOSTILE[3])} }
goal G ${quoted(HOSTILE[4])} {
    owner U
    weight 100%
    description ${quoted(HOSTILE[5])}
    kpi K ${quoted(HOSTILE[6])} { class output.quantity unit "\\"@;0" baseline 0 target >= 10 frequency quarterly source ${quoted(HOSTILE[7])} }
    kpi Q ${quoted(HOSTILE[7])} { class satisfaction.service target ${quoted(HOSTILE[0])} }
}
budget B ${quoted(HOSTILE[5])} { category other amount 1000 owner U funds G }
checkpoint Q2 2026-06-30 { measure K 3 source "s" measure Q partial source "s" spend B 200 source "s" }
review R 2026-06-30 {
    finding F ${quoted(HOSTILE[4])} { affects G cause internal severity high }
    action A ${quoted(HOSTILE[3])} { addresses F owner U due 2026-09-30 }
}
`;

const FORMS: readonly ExportForm[] = ['self-evaluation', 'targets', 'monitoring', 'summary'];

describe('a hostile plan', () => {
    test.each(FORMS)('%s: every plan string is text, nothing is a formula, link or field', async form => {
        const report = await reportOfText(PLAN, 'zh');
        const { bytes } = await exportPlan(form, report.figures, report.diagnostics);
        const entries = unzip(bytes);
        if (form === 'summary') {
            const xml = entryText(entries, 'word/document.xml');
            expect(xml).not.toMatch(/<w:fldSimple|<w:instrText|<w:fldChar|<w:hyperlink|<script/);
            expect(entryText(entries, 'word/_rels/document.xml.rels')).not.toMatch(/hyperlink/i);
            const text = paragraphsOf(xml).map(p => p.text).join('\n');
            for (const hostile of TEXTS) expect(text, hostile).toContain(hostile);
            return;
        }
        const sheets = [...entries.keys()].filter(name => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
        expect(sheets.length).toBeGreaterThan(0);
        for (const sheet of sheets) {
            const xml = entryText(entries, sheet);
            expect(xml, sheet).not.toMatch(/<f[ >]|<hyperlink/);
            // Text cells are shared strings; numbers carry no type attribute.
            expect(xml, sheet).not.toMatch(/t="(str|inlineStr|e)"/);
        }
        expect([...entries.keys()].some(name => /worksheets\/_rels/.test(name) && /hyperlink/.test(entryText(entries, name)))).toBe(false);
        const shared = [...entryText(entries, 'xl/sharedStrings.xml').matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map(m => unescapeXml(m[1]));

        const workbook = await readWorkbook(bytes);
        const strings: string[] = [];
        workbook.worksheets[0].eachRow(row => row.eachCell(cell => {
            expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.type, cell.address).not.toBe(ExcelJS.ValueType.Hyperlink);
            if (cell.type === ExcelJS.ValueType.String) strings.push(cell.value as string);
        }));
        // The targets form names no action (the unit's lead is in no form).
        const expected = form === 'targets' ? TEXTS.filter(t => t !== TEXTS[3]) : TEXTS;
        for (const hostile of expected) {
            expect(strings.some(s => s.includes(hostile)), `${form}: '${hostile}' as a string cell`).toBe(true);
            expect(shared.some(s => s.includes(hostile)), `${form}: '${hostile}' in the shared strings`).toBe(true);
        }
    });

    test('a unit that cannot be quoted in a number format is left out of it, and the value stays a number', async () => {
        const report = await reportOfText(PLAN, 'zh');
        const workbook = await readWorkbook((await exportPlan('self-evaluation', report.figures, report.diagnostics)).bytes);
        let target: ExcelJS.Cell | undefined;
        workbook.worksheets[0].eachRow(row => {
            if (row.getCell(4).value === TEXTS[6]) target = row.getCell(5);
        });
        expect(target?.value).toBe(10);
        expect(target?.numFmt).toBe('"≥"#,##0');
    });
});

describe('a plan with errors', () => {
    const BROKEN = PLAN.replace('owner U\n    weight', 'owner Nobody\n    weight');

    test('its workbooks say so under the form and list the errors on a sheet of their own', async () => {
        const report = await reportOfText(BROKEN, 'zh');
        const errors = report.diagnostics.filter(d => d.severity === 'error');
        expect(errors.length).toBeGreaterThan(0);
        const workbook = await readWorkbook((await exportPlan('self-evaluation', report.figures, report.diagnostics)).bytes);
        expect(workbook.worksheets.map(w => w.name)).toEqual(['绩效自评表', '计划检查问题']);
        const notes: string[] = [];
        workbook.worksheets[0].eachRow(row => row.eachCell(cell => { if (cell.type === ExcelJS.ValueType.String && String(cell.value).startsWith('注：')) notes.push(String(cell.value)); }));
        expect(notes).toEqual([`注：计划中有 ${errors.length} 处错误，相关数字可能不完整，详见“计划检查问题”工作表。`]);
        const listed = workbook.worksheets[1].getColumn(3).values.slice(2);
        for (const error of errors) expect(listed).toContain(error.message);
    });

    test('its summary lists the errors in the appendix', async () => {
        const report = await reportOfText(BROKEN, 'zh');
        const text = paragraphsOf(entryText(unzip((await exportPlan('summary', report.figures, report.diagnostics)).bytes), 'word/document.xml'))
            .map(p => p.text).join('\n');
        for (const error of report.diagnostics.filter(d => d.severity === 'error')) expect(text).toContain(error.message);
    });
});

describe('a plan with nothing in it', () => {
    test.each(FORMS)('%s: exports, with the form\'s frame and empty rows', async form => {
        const report = await reportOfText('plan P {\n}\n', 'en');
        const { bytes } = await exportPlan(form, report.figures, report.diagnostics);
        if (form === 'summary') {
            expect(paragraphsOf(entryText(unzip(bytes), 'word/document.xml'))[0].style).toBe('Title');
            return;
        }
        const sheet = (await readWorkbook(bytes)).worksheets[0];
        expect(sheet.getCell('A3').value).toBe('Project');
        expect(sheet.getCell('B3').value).toBe('P');
    });
});
