import { describe, expect, test } from 'vitest';
import { AstUtils, GrammarAST } from 'langium';
import { InsertTextFormat } from 'vscode-languageserver';
import { PbmCompletionProvider } from '../../packages/language/src/lsp/pbm-completion-provider.js';
import { BASE_PLAN, buildWithCursor, completionAt, labels } from './lsp-helpers.js';

interface Case {
    readonly name: string;
    /** Text appended to BASE_PLAN, with `|` at the cursor. */
    readonly text: string;
    readonly offered: readonly string[];
    readonly notOffered: readonly string[];
}

const CASES: readonly Case[] = [
    { name: 'after measure: only KPIs', text: 'checkpoint Q1 2026-03-31 { measure | }', offered: ['Cost'], notOffered: ['Cut', 'Tools', 'Ops', 'Lean'] },
    { name: 'after spend: only budget lines', text: 'checkpoint Q1 2026-03-31 { spend | }', offered: ['Tools'], notOffered: ['Cost', 'Cut', 'Ops'] },
    { name: 'after owner: only units', text: 'goal G2 "x" {\n    owner |\n}', offered: ['Ops'], notOffered: ['Cut', 'Cost', 'Lean', 'Tools'] },
    { name: 'after funds: only goals', text: 'budget B "b" { funds | }', offered: ['Cut'], notOffered: ['Cost', 'Tools', 'Ops'] },
    { name: 'after supports: only strategies', text: 'goal G2 "x" {\n    supports |\n}', offered: ['Lean'], notOffered: ['Cut', 'Ops'] },
    { name: 'after affects: goals, KPIs and budget lines (§8.5)', text: 'review R "r" 2026-06-30 { finding F "f" { affects | } }', offered: ['Cut', 'Cost', 'Tools'], notOffered: ['Ops', 'Lean'] },
    { name: 'after sources: the funding sources', text: 'budget B "b" { amount 1M sources | }', offered: ['fiscal', 'carryover', 'special', 'own', 'other'], notOffered: ['Cut', 'equipment'] },
    { name: 'after from: the funding sources', text: 'checkpoint Q1 2026-03-31 { spend Tools 1k from | }', offered: ['fiscal', 'carryover', 'own'], notOffered: ['Tools', 'Cost'] },
    { name: 'after addresses: only findings', text: 'review R "r" 2026-06-30 {\n    finding Late "Late data" { affects Cut }\n    action A "a" { addresses | }\n}', offered: ['Late'], notOffered: ['Cut', 'A', 'R'] },
    {
        name: 'goal properties not yet given',
        text: 'goal G2 "x" {\n    owner Ops\n    due 2026-12-31\n    |\n}',
        offered: ['supports', 'perspective', 'priority', 'weight', 'start', 'description', 'kpi'],
        notOffered: ['owner', 'due', 'baseline', 'amount']
    },
    {
        name: 'KPI properties not yet given (weight is the KPI one, not the goal one)',
        text: 'goal G2 "x" {\n    weight 10%\n    kpi K "k" {\n        unit "%"\n        |\n    }\n}',
        offered: ['baseline', 'target', 'weight', 'frequency', 'source', 'formula', 'class'],
        notOffered: ['unit', 'owner', 'kpi']
    },
    {
        name: 'plan properties, multi-word keywords whole',
        text: '|',
        offered: ['goal', 'budget', 'checkpoint', 'review', 'outlook', 'unit', 'strategy', 'import'],
        notOffered: ['as of', 'owner', 'of', 'plan']
    },
    { name: 'enum values: perspective', text: 'goal G2 "x" {\n    perspective |\n}', offered: ['financial', 'customer', 'process', 'learning'], notOffered: ['high', 'Ops'] },
    { name: 'enum values: priority', text: 'goal G2 "x" {\n    priority |\n}', offered: ['high', 'medium', 'low'], notOffered: ['financial'] },
    { name: 'enum values: category', text: 'budget B "b" { category | }', offered: ['personnel', 'equipment', 'technology', 'training', 'other'], notOffered: ['high'] },
    { name: 'enum values: frequency', text: 'goal G2 "x" {\n    kpi K "k" { frequency | }\n}', offered: ['monthly', 'quarterly', 'half-yearly', 'yearly'], notOffered: ['open'] },
    { name: 'enum values: action status', text: 'review R "r" 2026-06-30 { action A "a" { status | } }', offered: ['open', 'done', 'dropped'], notOffered: ['high'] },
    { name: 'enum values: cause and severity', text: 'review R "r" 2026-06-30 { finding F "f" { cause | } }', offered: ['external', 'internal', 'data', 'communication'], notOffered: ['open'] },
    { name: 'qualitative levels after a KPI in measure', text: 'checkpoint Q1 2026-03-31 { measure Cost | }', offered: ['achieved', 'partial', 'missed'], notOffered: ['Cost'] },
    {
        name: 'class pairs',
        text: 'goal G2 "x" {\n    kpi K "k" { class | }\n}',
        offered: ['output.quantity', 'output.cost', 'benefit.social', 'satisfaction.service'],
        notOffered: ['output.social']
    },
    { name: 'class second level after output.', text: 'goal G2 "x" {\n    kpi K "k" { class output.| }\n}', offered: ['quantity', 'quality', 'timeliness', 'cost'], notOffered: ['social', 'service'] },
    { name: 'dates of the plan after due', text: 'goal G2 "x" {\n    due |\n}', offered: ['2026-01-01', '2026-12-31', '2026-06-30'], notOffered: ['Ops'] }
];

describe('completion', () => {
    test.each(CASES)('$name', async ({ text, offered, notOffered }) => {
        const items = labels(await completionAt({ 'plan.pbm': BASE_PLAN + text }));
        expect(items).toEqual(expect.arrayContaining([...offered]));
        for (const label of notOffered) expect(items).not.toContain(label);
    });

    test('the plan properties not yet given, with multi-word keywords offered whole', async () => {
        const items = labels(await completionAt({ 'plan.pbm': 'plan P {\n    period 2026-01-01 to 2026-12-31\n    |\n}' }));
        expect(items).toEqual(expect.arrayContaining(['organization', 'as of', 'currency', 'total budget', 'profile', 'language', 'rules']));
        expect(items).not.toContain('period');
        expect(items).not.toContain('as');
    });

    test('rule keys inside rules { }', async () => {
        const items = labels(await completionAt({ 'plan.pbm': 'plan P {\n    rules {\n        kpi lag warning 10%\n        |\n    }\n}' }));
        expect(items).toEqual(expect.arrayContaining(['ambition limit', 'kpi count limit', 'execution lag warning', 'grade bands', 'qualitative scores']));
        expect(items).not.toContain('kpi lag warning');
    });

    test('a file without a plan is offered one (keyword and snippet)', async () => {
        const items = labels(await completionAt({ 'plan.pbm': 'unit Ops "Ops"\n|' }));
        expect(items).toEqual(expect.arrayContaining(['plan', 'plan … { period, as of, currency }']));
    });

    test('references carry their title as detail', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + 'budget B "b" { funds | }' });
        expect(items.find(item => item.label === 'Cut')?.detail).toBe('Cut costs');
    });

    test('references come from imported files', async () => {
        const items = labels(await completionAt({
            'plan.pbm': 'import "org.pbm"\nplan P { period 2026-01-01 to 2026-12-31 }\ngoal G "g" { owner | }',
            'org.pbm': 'unit Finance "Finance Dept."\nunit HR "Human Resources"'
        }));
        expect(items).toEqual(expect.arrayContaining(['Finance', 'HR']));
    });

    test('snippets for whole declarations, with tab stops', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + '|' });
        const goal = items.find(item => item.label === 'goal … with a KPI');
        expect(goal?.insertTextFormat).toBe(InsertTextFormat.Snippet);
        const body = goal?.textEdit?.newText ?? goal?.insertText ?? '';
        expect(body).toMatch(/^goal \$\{1:Name\}/);
        expect(body).toContain('kpi ${9:KpiName}');
        for (const snippet of ['budget … funding a goal', 'checkpoint … with a measure and a spend', 'review … with a finding and an action']) {
            expect(labels(items)).toContain(snippet);
        }
    });

    test('snippets worded in Chinese in a Chinese completion request, with the same body', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + '|' }, 'plan.pbm', 'zh');
        const goal = items.find(item => item.label === 'goal … 绩效目标（含一个指标）');
        expect(goal?.detail).toBe('含责任单位、权重、完成期限和一个绩效指标');
        expect(goal?.filterText).toBe('goal');
        const body = goal?.textEdit?.newText ?? goal?.insertText ?? '';
        // Names and keywords as the grammar spells them; the quoted texts to type over in Chinese.
        expect(body).toMatch(/^goal \$\{1:Name\} "\$\{2:标题\}" \{/);
        expect(body).toContain('source "${16:数据来源}"');
        expect(labels(items)).toEqual(expect.arrayContaining(['budget … 预算项目', 'checkpoint … 监测点', 'review … 评估（含发现与整改措施）']));
        expect(labels(items)).not.toContain('goal … with a KPI');
    });

    test('details in Chinese when the locale is Chinese', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    perspective |\n}' }, 'plan.pbm', 'zh');
        expect(items.find(item => item.label === 'financial')?.detail).toBe('财务');
        const sources = await completionAt({ 'plan.pbm': BASE_PLAN + 'budget B "b" { amount 1M sources | }' }, 'plan.pbm', 'zh');
        expect(sources.find(item => item.label === 'carryover')?.detail).toBe('上年结转');
    });

    test("dates: the plan's period, as of, and today, each with what it is", async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': BASE_PLAN + 'checkpoint Q2 |' });
        const provider = cursor.workspace.services.lsp.CompletionProvider as PbmCompletionProvider;
        provider.today = () => new Date(2026, 4, 7);
        const list = await provider.getCompletion(cursor.document, { textDocument: { uri: cursor.document.uri.toString() }, position: cursor.position });
        expect(list?.items.map(item => `${item.label} ${item.detail}`)).toEqual([
            '2026-01-01 plan period start', '2026-12-31 plan period end', '2026-06-30 reporting date (as of)', '2026-05-07 today'
        ]);
    });
});

describe('completion while the document changes', () => {
    // Found by the soak test: an edit landing while a completion runs gives it
    // the node at the cursor from the new tree and the expected features from
    // the old text. Langium then failed ("Property finding of type Outlook is
    // not a reference", logged by the server); such a stale pairing now yields
    // nothing, and the client asks again.
    test('a reference expected by the old text, at a node of the new tree that cannot hold it, offers nothing and logs no error', async () => {
        const cursor = await buildWithCursor({ 'plan.pbm': BASE_PLAN + 'review R "r" 2026-06-30 { finding F "f" { cause external } action A "a" { addresses | } }\noutlook O "o" { budget 5 }' });
        const provider = cursor.workspace.services.lsp.CompletionProvider as unknown as {
            completionFor(context: unknown, next: unknown, acceptor: (context: unknown, item: { label?: string; nodeDescription?: { name: string } }) => void): Promise<void> | void;
        };
        const root = cursor.document.parseResult.value;
        const outlook = root.elements.find(element => element.$type === 'Outlook')!;
        const review = root.elements.find(element => element.$type === 'Review')!;
        // The cross-reference of `addresses <finding>`, as the parser expects it after `addresses`.
        const grammar = cursor.workspace.services.Grammar;
        const rule = grammar.rules.find(r => r.name === 'AddressesProperty')!;
        const reference = AstUtils.streamAst(rule).find(GrammarAST.isCrossReference)!;
        const context = { document: cursor.document, textDocument: cursor.document.textDocument, offset: cursor.offset, position: cursor.position, tokenOffset: cursor.offset, tokenEndOffset: cursor.offset, features: [] };
        const errors: unknown[] = [];
        const original = console.error;
        console.error = (...args: unknown[]) => { errors.push(args); };
        try {
            const stale: string[] = [];
            await provider.completionFor({ ...context, node: outlook }, { feature: reference, property: 'finding' }, (_, item) => stale.push(item.label || item.nodeDescription?.name || ''));
            expect(stale).toEqual([]);
            // The same feature at a node that can hold it still offers the review's findings.
            const action = AstUtils.streamAst(review).find(node => node.$type === 'AddressesProperty')!;
            const fitting: string[] = [];
            await provider.completionFor({ ...context, node: action }, { feature: reference, property: 'finding' }, (_, item) => fitting.push(item.label || item.nodeDescription?.name || ''));
            expect(fitting).toEqual(['F']);
        } finally {
            console.error = original;
        }
        expect(errors).toEqual([]);
    });
});
