/**
 * Keyword and value documentation (i18n/keyword-docs.ts): every keyword of
 * the grammar has it, hover shows it, completion carries it; operators after
 * `target`; values in the grammar's order; references labelled by title.
 */
import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { keywordEntry } from '../../packages/language/src/i18n/keyword-docs.js';
import { ruleNameOf } from '../../packages/language/src/lsp/pbm-blocks.js';
import { buildPlan } from '../helpers.js';
import { BASE_PLAN, completionAt, hoverAt } from './lsp-helpers.js';

/** Punctuation is not documented: braces, commas, the dot of `class`. */
const PUNCTUATION = new Set(['{', '}', ',', '，', '.']);

const sorted = (items: readonly CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label) || a.label.localeCompare(b.label));
const docOf = (item: CompletionItem | undefined) => (item?.documentation as MarkupContent | undefined)?.value;

describe('keyword documentation', () => {
    test('every keyword and value of pbm.langium has an entry in both languages', async () => {
        const { services } = await buildPlan('');
        const keywords = AstUtils.streamAllContents(services.Grammar).filter(GrammarAST.isKeyword).filter(k => !PUNCTUATION.has(k.value)).toArray();
        expect(keywords.length).toBeGreaterThan(100);
        const missing = keywords.filter(k => {
            const entry = keywordEntry(k.value, ruleNameOf(k));
            return !entry || !entry.en.meaning || !entry.zh.meaning || !entry.en.usedBy || !entry.zh.usedBy || !entry.example;
        }).map(k => `${ruleNameOf(k)}:${k.value}`);
        expect(missing).toEqual([]);
    });

    test('hover on a keyword: meaning, example and the rule that uses it, in English and Chinese', async () => {
        const en = await hoverAt({ 'plan.pbm': BASE_PLAN.replace('goal Cut', 'go|al Cut') });
        expect(en).toContain('A performance goal (绩效目标)');
        expect(en).toContain('```pbm');
        expect(en).toContain('Used by: goal score');
        const zh = await hoverAt({ 'plan.pbm': BASE_PLAN.replace('goal Cut', 'go|al Cut') }, 'plan.pbm', 'zh');
        expect(zh).toContain('绩效目标：责任单位、权重、时间和绩效指标。');
        expect(zh).toContain('用于: 目标得分');
    });

    test('hover tells the two meanings of `unit` apart, and documents values and operators', async () => {
        const plan = BASE_PLAN + 'goal G2 "x" {\n    priority high\n    kpi K "k" { unit "%" target <= 5 }\n}\n';
        expect(await hoverAt({ 'plan.pbm': plan.replace('{ unit "%"', '{ un|it "%"') })).toContain('unit of measure');
        expect(await hoverAt({ 'plan.pbm': plan.replace('unit Ops', 'un|it Ops') })).toContain('organisational unit');
        expect(await hoverAt({ 'plan.pbm': plan.replace('priority high', 'priority hi|gh') })).toContain('High (priority of a goal');
        expect(await hoverAt({ 'plan.pbm': plan.replace('target <= 5', 'target <|= 5') })).toContain('At most: the lower the better');
    });
});

describe('completion documentation and order', () => {
    test('after `target `: the operators >=, <=, = in that order, each documented', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    kpi K "k" { target | }\n}\n' });
        const operators = sorted(items.filter(i => ['>=', '<=', '='].includes(i.label)));
        expect(operators.map(i => i.label)).toEqual(['>=', '<=', '=']);
        expect(docOf(operators[0])).toContain('At least: the higher the better');
        expect(items.map(i => i.label)).not.toContain('≥');
    });

    test('values in their natural order, not alphabetical', async () => {
        const priority = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    priority |\n}' });
        expect(sorted(priority.filter(i => i.kind === 20)).map(i => i.label)).toEqual(['high', 'medium', 'low']);
        const frequency = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    kpi K "k" { frequency | }\n}' });
        expect(sorted(frequency.filter(i => i.kind === 20)).map(i => i.label)).toEqual(['monthly', 'quarterly', 'half-yearly', 'yearly']);
    });

    test('keyword and value items carry their documentation, in the user\'s language', async () => {
        const en = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    |\n}' });
        expect(docOf(en.find(i => i.label === 'weight'))).toContain('Share of the plan score');
        const zh = await completionAt({ 'plan.pbm': BASE_PLAN + 'goal G2 "x" {\n    priority |\n}' }, 'plan.pbm', 'zh');
        expect(docOf(zh.find(i => i.label === 'high'))).toContain('高（目标优先级或问题严重程度）');
    });

    test('a reference is shown with its declaration\'s title', async () => {
        const items = await completionAt({ 'plan.pbm': BASE_PLAN + 'budget B "b" { funds | }' });
        const cut = items.find(i => i.label === 'Cut');
        expect(cut?.detail).toBe('Cut costs');
        expect(cut?.labelDetails?.description).toBe('Cut costs');
    });
});
