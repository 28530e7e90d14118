/**
 * Quick fixes, data-driven: every `test/fixtures/fixes/<code>/<case>.before.pbm`
 * is built, the fix its header names is taken from the real code-action
 * provider for the `<code>` diagnostic at its marker, applied, and the text
 * must equal `<case>.after.pbm`. The fixed plan is built again: the
 * diagnostic is gone and no error is new.
 *
 * Header (comment lines at the top of the before file):
 *   // fix: <the fix's title, exactly as the user sees it>
 *   // at: <text>      the diagnostic that starts inside the first <text> below the header (default: the first with the code)
 *   // lang: zh        titles and messages in Chinese (default: en)
 *   // keeps: <code>   the fix may leave this diagnostic (e.g. a warning the planner resolves next)
 *
 * `PBM_UPDATE_FIXES=1` writes the after files from the fixes (then read every diff).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from 'pbm-language';
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { buildPlan, uriOf, type TestWorkspace } from '../helpers.js';

const ROOT = 'test/fixtures/fixes';

interface FixCase {
    readonly code: string;
    readonly name: string;
    readonly before: string;
    readonly afterPath: string;
    readonly title: string;
    readonly at?: string;
    readonly lang: Lang;
    readonly keeps: readonly string[];
}

function cases(): FixCase[] {
    return readdirSync(ROOT).filter(code => statSync(join(ROOT, code)).isDirectory()).flatMap(code =>
        readdirSync(join(ROOT, code)).filter(file => file.endsWith('.before.pbm')).map(file => {
            const before = readFileSync(join(ROOT, code, file), 'utf8');
            const header = (key: string) => [...before.matchAll(new RegExp(`^// ${key}: (.*)$`, 'gm'))].map(m => m[1].trim());
            const title = header('fix')[0];
            if (!title) throw new Error(`${code}/${file}: no '// fix:' header`);
            return {
                code, name: file.replace('.before.pbm', ''), before, title,
                afterPath: join(ROOT, code, file.replace('.before.pbm', '.after.pbm')),
                at: header('at')[0], lang: (header('lang')[0] ?? 'en') as Lang, keeps: header('keeps')
            };
        }));
}

function diagnosticAt(workspace: TestWorkspace, fix: FixCase): Diagnostic {
    const document = workspace.doc('plan.pbm').textDocument;
    const headerEnd = /^(?:\/\/.*\n)*/.exec(fix.before)![0].length;
    const start = fix.at !== undefined ? fix.before.indexOf(fix.at, headerEnd) : -1;
    const diagnostic = workspace.diagnostics('plan.pbm').find(d => d.code === fix.code
        && (start < 0 || (document.offsetAt(d.range.start) >= start && document.offsetAt(d.range.start) < start + fix.at!.length)));
    if (!diagnostic) throw new Error(`no ${fix.code} at '${fix.at}': ${workspace.diagnostics('plan.pbm').map(d => `${d.code}@${d.range.start.line + 1}`).join(', ')}`);
    return diagnostic;
}

/** The text edits of an action for the plan file, from `changes` or `documentChanges`. */
function editsOf(action: CodeAction): TextEdit[] {
    const uri = uriOf('plan.pbm').toString();
    const changes = action.edit?.changes?.[uri] ?? [];
    const documentChanges = (action.edit?.documentChanges ?? []).flatMap(change => 'edits' in change && change.textDocument.uri === uri ? change.edits : []);
    return [...changes, ...documentChanges as TextEdit[]];
}

const errors = (workspace: TestWorkspace) => workspace.diagnostics('plan.pbm').filter(d => d.severity === 1).map(d => `${d.code} ${d.message}`);

describe('quick fixes from before/after fixtures', () => {
    test.each(cases().map(fix => [`${fix.code}/${fix.name}`, fix] as const))('%s', async (_, fix) => {
        const workspace = await buildPlan(fix.before, fix.lang);
        const diagnostic = diagnosticAt(workspace, fix);
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(workspace.doc('plan.pbm'), {
            textDocument: { uri: uriOf('plan.pbm').toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        const action = actions.find(a => a.title === fix.title);
        expect(action, `'${fix.title}' among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
        expect(action!.kind).toBe('quickfix');
        const fixed = TextDocument.applyEdits(workspace.doc('plan.pbm').textDocument, editsOf(action!));
        if (process.env.PBM_UPDATE_FIXES || !existsSync(fix.afterPath)) writeFileSync(fix.afterPath, fixed);
        expect(fixed).toBe(readFileSync(fix.afterPath, 'utf8'));

        const after = await buildPlan(fixed, fix.lang);
        const same = (d: Diagnostic) => d.code === diagnostic.code && d.message === diagnostic.message;
        if (!fix.keeps.includes(fix.code)) expect(after.diagnostics('plan.pbm').filter(same)).toEqual([]);
        const old = new Set(errors(workspace));
        expect(errors(after).filter(e => !old.has(e) && !fix.keeps.some(code => e.startsWith(code + ' ')))).toEqual([]);
    });
});

describe('the fixtures cover the registry', () => {
    test('every code with a quick fix has a fixture folder, and every folder is such a code', async () => {
        const workspace = await buildPlan('');
        const folders = readdirSync(ROOT).filter(code => statSync(join(ROOT, code)).isDirectory()).sort();
        expect(workspace.services.lsp.QuickFixRegistry.codes().sort()).toEqual(folders);
    });
});

describe('the order of the offered fixes', () => {
    async function titlesAt(file: string, lang: Lang = 'en'): Promise<Array<[string, boolean]>> {
        const fix = cases().find(c => `${c.code}/${c.name}` === file)!;
        const workspace = await buildPlan(fix.before, lang);
        const diagnostic = diagnosticAt(workspace, fix);
        const actions = await workspace.services.lsp.CodeActionProvider!.getCodeActions(workspace.doc('plan.pbm'), {
            textDocument: { uri: uriOf('plan.pbm').toString() }, range: diagnostic.range, context: { diagnostics: [diagnostic] }
        }) as CodeAction[];
        return actions.map(a => [a.title, a.isPreferred === true]);
    }

    test('did you mean: the closest spelling first and preferred, the "Create" stub after it and not preferred', async () => {
        expect(await titlesAt('unresolved-reference/did-you-mean-unit')).toEqual([
            ["Did you mean 'Ops'? (Operations)", true],
            ["Create unit 'Opz'", false]
        ]);
    });

    test('no close spelling: the "Create" stub is preferred', async () => {
        expect(await titlesAt('unresolved-reference/create-unit')).toEqual([["Create unit 'Legal'", true]]);
    });

    test('budget-unlinked: the goal of the same owner first (preferred), then the others', async () => {
        expect(await titlesAt('budget-unlinked/same-owner-first')).toEqual([
            ["Fund goal 'Revenue' (Grow revenue)", true],
            ["Fund goal 'ReduceCost' (Cut energy cost by 10%)", false]
        ]);
    });

    test('overspend: raising the amount is offered but not preferred (a budget adjustment is the planner\'s decision)', async () => {
        expect(await titlesAt('overspend/raise-amount')).toEqual([['Raise the amount to the spent total: 350,000.00 CNY', false]]);
    });
});

describe('the unclosed-block message', () => {
    test('a file whose braces balance gets the parser\'s own message, however it is indented', async () => {
        const text = 'goal G "g" {\n    owner\n        kpi K "k" { target >= 1\n}\n}\n';
        const workspace = await buildPlan(text);
        const messages = workspace.diagnostics('plan.pbm').filter(d => d.code === 'syntax-error').map(d => String(d.message));
        expect(messages.length).toBeGreaterThan(0);
        expect(messages.some(m => m.includes('is not closed'))).toBe(false);
    });

    test('lines counted as the editor counts them, with old-Mac (\\r) and Windows (\\r\\n) line breaks', async () => {
        for (const eol of ['\r', '\r\n']) {
            const text = ['plan P "p" {', '    period 2026-01-01 to 2026-12-31', '', 'goal G "x" { due 2026-12-31 }', ''].join(eol);
            const workspace = await buildPlan(text);
            expect(workspace.diagnostics('plan.pbm').map(d => String(d.message))).toContain("The plan 'P' opened on line 1 is not closed: add '}' after its last line (line 2).");
        }
    });

    test('in Chinese, the block, its name and its first line', async () => {
        const workspace = await buildPlan('plan P "p" {\n    period 2026-01-01 to 2026-12-31\n\ngoal 节能 "x" { due 2026-12-31 }\n', 'zh');
        expect(workspace.diagnostics('plan.pbm').map(d => d.message)).toContain('第 1 行开始的计划“P”没有结束：请在它的最后一行（第 2 行）之后加上“}”。');
    });
});
