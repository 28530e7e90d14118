import { describe, expect, test } from 'vitest';
import { buildFiles, buildPlan, uriOf } from '../helpers.js';
import { BASE_PLAN } from './lsp-helpers.js';

const MONITORED = BASE_PLAN.replace('funds Cut }', 'funds Cut 70%, Grow 30% }') + `goal Grow "Grow" { due 2026-12-31 kpi Sales "Sales" { baseline 10 target >= 20 } }
checkpoint Q1 2026-03-31 {
    measure Cost 95 source "ERP"
    measure Sales 12 source "CRM"
    spend Tools 600k source "GL"
}
`.replace('weight 100%', 'weight 50%') + '';

async function build(text: string, lang: 'en' | 'zh' = 'en') {
    const workspace = await buildPlan(text, lang);
    const document = workspace.doc('plan.pbm');
    return { workspace, document, params: { textDocument: { uri: document.uri.toString() } } };
}

describe('code lens', () => {
    test('above each goal its score, status and money; above each budget line its execution', async () => {
        const { workspace, document, params } = await build(MONITORED);
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, params);
        const shown = lenses!.map(lens => `${lens.range.start.line}: ${lens.command?.title}`);
        // Cut: 2.4M × 70% allocated, 600k × 70% spent → 25.0%; Grow: 20% achieved against 49.5% expected (lag 29.5% ≤ 2 × 15%: at risk).
        expect(shown).toEqual([
            '7: score 50.0% · on track · 1.68M allocated · 25.0% spent',
            '14: execution 25.0% · 600k / 2.4M',
            '15: score 20.0% · at risk · 720k allocated · 25.0% spent'
        ]);
        expect(lenses![0].command).toMatchObject({ command: 'pbm.generateSummary', arguments: [document.uri.toString(), 'Cut'] });
    });

    test('in a part file, the lens opens the summary of the plan that imports it', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'import "goals.pbm"\n' + BASE_PLAN, 'goals.pbm': 'goal Extra "Extra" { due 2026-12-31 }\n' });
        const document = workspace.doc('goals.pbm');
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        expect(lenses!.map(lens => lens.command?.arguments)).toEqual([[uriOf('plan.pbm').toString(), 'Extra']]);
    });

    test('in Chinese, with 万', async () => {
        const { workspace, document, params } = await build(MONITORED, 'zh');
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, params);
        expect(lenses![0].command?.title).toBe('得分 50.0% · 进展正常 · 168万 已安排 · 25.0% 已执行');
    });

    test('can be switched off with pbm.codeLens.enabled', async () => {
        const { workspace, document, params } = await build(MONITORED);
        workspace.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { pbm: { codeLens: { enabled: false } } } });
        expect(await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, params)).toEqual([]);
    });
});

describe('inlay hints', () => {
    test('the amount behind each share of a split, and the elapsed share after as of', async () => {
        const { workspace, document, params } = await build(MONITORED);
        const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
        const hints = await workspace.services.lsp.InlayHintProvider!.getInlayHints(document, { ...params, range });
        expect(hints!.map(hint => `${hint.position.line}:${hint.label}`)).toEqual(['2:49.5% elapsed', '14:≈1.68M', '14:≈720k']);
    });

    test('can be switched off with pbm.inlayHints.enabled', async () => {
        const { workspace, document, params } = await build(MONITORED);
        workspace.services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { pbm: { inlayHints: { enabled: false } } } });
        const range = { start: { line: 0, character: 0 }, end: { line: 30, character: 0 } };
        expect(await workspace.services.lsp.InlayHintProvider!.getInlayHints(document, { ...params, range })).toEqual([]);
    });
});

describe('semantic tokens', () => {
    test('declarations, references, enum values, operators, numbers, percentages and dates', async () => {
        const { workspace, document, params } = await build(MONITORED);
        const provider = workspace.services.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(document, params);
        const types = Object.keys(provider.tokenTypes);
        const modifiers = Object.keys(provider.tokenModifiers);
        const decoded: string[] = [];
        let line = 0;
        let char = 0;
        for (let i = 0; i < tokens.data.length; i += 5) {
            const [deltaLine, deltaChar, length, type, modifierBits] = tokens.data.slice(i, i + 5);
            line += deltaLine;
            char = deltaLine === 0 ? char + deltaChar : deltaChar;
            const text = document.textDocument.getText({ start: { line, character: char }, end: { line, character: char + length } });
            const mods = modifiers.filter((_, bit) => modifierBits & (1 << bit));
            decoded.push(`${text}:${types[type]}${mods.length ? '.' + mods.join('.') : ''}`);
        }
        expect(decoded).toEqual(expect.arrayContaining([
            'Cut:class.declaration', 'Ops:struct', 'Lean:interface', 'Cost:property.declaration', 'Cost:property',
            'Tools:variable.declaration', 'equipment:enumMember', 'quarterly:enumMember', '<=:operator',
            '2.4M:number.scaled', '70%:number.percentage', '2026-06-30:number.date', '95:number', 'CNY:type'
        ]));
    });
});

describe('semantic tokens, asked for at once', () => {
    // VS Code asks for the visible range and the whole document together when a plan opens. Langium's
    // provider keeps the request it is computing in fields and yields every few milliseconds on a
    // large plan, so two requests at once mixed their tokens (VS Code: "Overlapping semantic tokens").
    const goals = Array.from({ length: 400 }, (_, i) => `goal G${i} "Goal ${i}" { due 2026-12-31 kpi K${i} "KPI ${i}" { baseline 10 target >= 20 frequency quarterly } }`).join('\n');
    test('each request gets the tokens it gets alone', async () => {
        const { workspace, document, params } = await build(`${MONITORED}\n${goals}\n`);
        const provider = workspace.services.lsp.SemanticTokenProvider!;
        const range = { ...params, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } };
        const alone = [(await provider.semanticHighlight(document, params)).data, (await provider.semanticHighlightRange(document, range)).data];
        const together = await Promise.all([provider.semanticHighlight(document, params), provider.semanticHighlightRange(document, range)]);
        expect(alone[0].length).toBeGreaterThan(alone[1].length);
        expect(together.map(tokens => tokens.data)).toEqual(alone);
    });
});
