import { describe, expect, test } from 'vitest';
import { generateReport } from '../../packages/language/src/lsp/pbm-report-request.js';
import { buildFiles, uriOf } from '../helpers.js';
import { BASE_PLAN } from './lsp-helpers.js';

const PART = 'goal Extra "Extra goal" { owner Ops due 2026-12-31 kpi E "e" { target >= 1 } }\n';

async function report(params: { file: string; format: 'html' | 'md' | 'json'; lang?: 'en' | 'zh'; html?: { mode: 'webview'; nonce: string; cspSource: string } }, lang: 'en' | 'zh' = 'en') {
    const workspace = await buildFiles({ 'plan.pbm': 'import "part.pbm"\n' + BASE_PLAN, 'part.pbm': PART, 'alone.pbm': 'unit Lonely "Nobody imports me"\n' }, lang);
    return generateReport(workspace.services.shared, workspace.services, { uri: uriOf(params.file).toString(), format: params.format, lang: params.lang, html: params.html });
}

describe('pbm/generateReport', () => {
    test('renders the plan of a part file, with the plan name and file', async () => {
        const result = await report({ file: 'part.pbm', format: 'json' });
        expect(result).toMatchObject({ planName: 'P', planUri: uriOf('plan.pbm').toString() });
        const json = JSON.parse((result as { content: string }).content);
        expect(json.goals.map((g: { name: string }) => g.name)).toEqual(['Cut', 'Extra']);
        // The diagnostics of every file of the plan, paths relative to the plan file.
        expect(json.diagnostics.some((d: { file: string }) => d.file === 'part.pbm')).toBe(true);
    });

    test('webview HTML: the nonce and CSP source are used, goals have anchors', async () => {
        const result = await report({ file: 'plan.pbm', format: 'html', html: { mode: 'webview', nonce: 'abc123', cspSource: 'vscode-resource:' } });
        const html = (result as { content: string }).content;
        expect(html).toMatch(/Content-Security-Policy" content="default-src (&#39;|')none/);
        expect(html).toContain('nonce-abc123');
        expect(html).toContain('<style nonce="abc123">');
        expect(html).toContain('id="goal-Cut"');
    });

    test('Markdown in the language asked for', async () => {
        const result = await report({ file: 'plan.pbm', format: 'md', lang: 'zh' });
        expect((result as { content: string }).content).toContain('预算绩效管理工作总结');
    });

    test('a report in another language than the editor lists its diagnostics in the report language', async () => {
        const zhReport = await report({ file: 'plan.pbm', format: 'json', lang: 'zh' }, 'en');
        const enReport = await report({ file: 'plan.pbm', format: 'json', lang: 'en' }, 'en');
        const zh = JSON.parse((zhReport as { content: string }).content).diagnostics as Array<{ code: string; message: string }>;
        const en = JSON.parse((enReport as { content: string }).content).diagnostics as Array<{ code: string; message: string }>;
        expect(zh.map(d => d.code)).toEqual(en.map(d => d.code));
        expect(zh.length).toBeGreaterThan(0);
        // Same diagnostics, Chinese wording (CJK characters), not the English one.
        for (const [i, d] of zh.entries()) {
            expect(d.message).toMatch(/[\u4e00-\u9fff]/);
            expect(d.message).not.toBe(en[i].message);
        }
    });

    test('a file no plan imports: a localised error saying what to do', async () => {
        expect(await report({ file: 'alone.pbm', format: 'html' })).toEqual({ error: expect.stringMatching(/^alone\.pbm belongs to no plan\. Open the file that declares the plan/) });
        expect(await report({ file: 'alone.pbm', format: 'html' }, 'zh')).toEqual({ error: expect.stringContaining('不属于任何计划') });
    });

    test('a file the server does not know', async () => {
        expect(await report({ file: 'missing.pbm', format: 'md' })).toEqual({ error: expect.stringContaining('missing.pbm is not a PBM file the language server knows') });
    });
});
