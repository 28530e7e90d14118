/**
 * The bugs the fuzz suites found (issue #8), each kept as a test named after
 * it, with the smallest input that showed it.
 */
import { renderReport } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-types';
import { buildPlan } from '../helpers.js';
import { reportOfText } from '../report/report-helpers.js';
import { applyEdits, formatted } from './invariants.js';

const PLAN = 'plan P "p" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\n';
const GOAL = 'goal G "g" { due 2026-12-31 kpi K { target >= 1 } }\n';

describe('the report of a plan with a declaration the parser recovered without a name renders (was: TypeError, "name is not iterable")', () => {
    test.each([
        ['a budget line cut after its keyword', PLAN + GOAL + 'budget\n    amount 1.6M\n    funds G\n}\n'],
        ['a budget line without a name', PLAN + GOAL + 'budget {\n    amount 1.6M\n}\n'],
        ['a goal without a name', PLAN + 'goal { due 2026-12-31 kpi K { target >= 1 } }\n'],
        ['a KPI without a name', PLAN + 'goal G { due 2026-12-31 kpi { target >= 1 } }\n'],
        ['a checkpoint without a name', PLAN + GOAL + 'checkpoint 2026-03-01 { measure K 1 }\n'],
        ['a checkpoint without a name or date', PLAN + GOAL + 'checkpoint { measure K 1 }\n'],
        ['a unit and an outlook without names', PLAN + 'unit { lead "x" }\n' + GOAL + 'outlook { budget 1 }\n'],
        ['a plan without a name', 'plan { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\n' + GOAL],
        ['a plan with a title but no name', 'plan "T" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }\n' + GOAL]
    ])('%s', async (_case, text) => {
        const report = await reportOfText(text);
        expect(report.diagnostics.map(d => d.code)).toContain('syntax-error');
        for (const lang of ['en', 'zh'] as const) {
            const markdown = renderReport(report.figures, report.diagnostics, { format: 'md', lang });
            expect(markdown).toContain('syntax-error');
            expect(markdown).not.toMatch(/undefined|NaN/);
            expect(renderReport(report.figures, report.diagnostics, { format: 'html', lang })).not.toMatch(/undefined|NaN/);
            expect(JSON.parse(renderReport(report.figures, report.diagnostics, { format: 'json', lang })).plan).toBeDefined();
        }
    });
});

describe('the formatter leaves a file with an unterminated string or comment alone', () => {
    test.each([
        ['an unterminated block comment at the end is kept (was: deleted by "Format Document")', PLAN + '/* notes for Q3: check the\n   supplier invoices'],
        ['an unterminated block comment before a declaration is kept (was: deleted)', PLAN + '/* draft\n' + GOAL],
        ['the line after an unterminated string stays on its own line (was: pulled into the string)', PLAN + 'goal G "Cut costs\n{ due 2026-12-31 }\n']
    ])('%s', async (_case, text) => {
        const workspace = await buildPlan(text);
        expect(workspace.diagnostics('plan.pbm').map(d => d.code)).toContain('syntax-error');
        expect(await formatted(workspace.services, workspace.doc('plan.pbm'))).toBe(text);
    });
});

describe('quick fixes in a file with old-Mac line breaks (a lone \\r) insert on the right line (was: inside the wrong block, adding syntax errors)', () => {
    const text = [
        '// exported from an old spreadsheet macro',
        'plan P "p" { period 2026-01-01 to 2026-12-31 as of 2026-06-30 }',
        'unit U "u" { lead "l" }',
        'goal G "g" {\n    due 2026-12-31\n    kpi K { target >= 1 }\n}',
        'review R "r" 2026-06-30 {\n    finding F "f" {\n        affects G\n    }\n}'
    ].join('\n').replace(/\n/g, '\r') + '\r';

    test.each([
        ['goal-missing-owner', /^Add 'owner U'$/],
        ['finding-without-action', /^Add an action addressing 'F'$/]
    ])('%s', async (code, title) => {
        const workspace = await buildPlan(text);
        const document = workspace.doc('plan.pbm');
        const diagnostic = workspace.diagnostics('plan.pbm').find(d => d.code === code)!;
        expect(diagnostic).toBeDefined();
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.uri.toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const fix = actions.find(action => title.test(action.title));
        expect(fix, actions.map(a => a.title).join(', ')).toBeDefined();
        const fixed = await buildPlan(applyEdits(text, fix!.edit!.changes![document.uri.toString()]));
        expect(fixed.diagnostics('plan.pbm').filter(d => d.code === 'syntax-error' || d.code === code)).toEqual([]);
    });
});

describe('an import path that is not well-formed Unicode (a lone surrogate) is import-not-found (was: "URI malformed" in every build: no diagnostics and no answers any more)', () => {
    test.each([
        ['a lone high surrogate', 'import "org/\uD800units.pbm"'],
        ['a lone low surrogate', 'import "\uDFFF.pbm"'],
        ['a surrogate pair cut in two by an edit', 'import "🦄'.slice(0, -1) + '.pbm"']
    ])('%s', async (_case, line) => {
        const workspace = await buildPlan(`${line}\n${PLAN}${GOAL}`);
        expect(workspace.diagnostics('plan.pbm').map(d => `${d.range.start.line + 1} ${d.code}`)).toContain('1 import-not-found');
        expect(workspace.diagnostics('plan.pbm').map(d => d.code)).toContain('goal-missing-owner');
    });
});

describe('a KPI whose unit lost its text is checked like any other (was: "An error occurred during validation", found by the soak test)', () => {
    test.each([
        ['unit before another property', 'goal G "g" { due 2026-12-31 kpi K { unit target >= 1 } }\n'],
        ['unit at the end of the KPI', 'goal G "g" { due 2026-12-31 kpi K { target >= 1 unit } }\n']
    ])('%s', async (_case, goal) => {
        const workspace = await buildPlan(PLAN + goal + 'checkpoint C 2026-03-01 { measure K 150 source "s" }\n');
        const diagnostics = workspace.doc('plan.pbm').diagnostics ?? [];
        expect(diagnostics.map(d => d.code)).toContain('syntax-error');
        expect(diagnostics.filter(d => /error occurred|TypeError/.test(String(d.message)))).toEqual([]);
    });
});
