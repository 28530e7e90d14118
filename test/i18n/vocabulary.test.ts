/**
 * One word per thing: the domain vocabularies (i18n/vocabulary.ts) are the
 * only home of their words, and the same status, category, cause or action
 * state reads the same in hover, code lens, completion, Problems panel and
 * report, in both languages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport, term, VOCABULARY, type Lang, type PbmFile, type VocabularyName } from 'pbm-language';
import type { LangiumDocument } from 'langium';
import { buildFiles } from '../helpers.js';
import { completionAt, hoverAt } from '../lsp/lsp-helpers.js';

const SOURCES = ['packages/language/src', 'packages/cli/src', 'packages/extension/src'];
const HOME = 'packages/language/src/i18n/vocabulary.ts';

function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return name === 'generated' ? [] : sourceFiles(path);
        return path.endsWith('.ts') ? [path] : [];
    });
}

describe('the vocabularies have one home', () => {
    const files = SOURCES.flatMap(sourceFiles).filter(file => relative('.', file) !== HOME).map(file => [file, readFileSync(file, 'utf8')] as const);
    for (const [name, vocabulary] of Object.entries(VOCABULARY)) {
        test(`no other source file spells a word of '${name}' as a literal of its own`, () => {
            const twins: string[] = [];
            for (const words of Object.values(vocabulary) as Array<Record<Lang, string>>) {
                // Single characters (优, 高, 中…) are too common in prose to tell a twin table from a sentence.
                if ([...words.zh].length < 2) continue;
                const literal = new RegExp(`['"\`]${words.zh}['"\`]`);
                for (const [file, text] of files) if (literal.test(text)) twins.push(`${words.zh} in ${file}`);
            }
            expect(twins).toEqual([]);
        });
    }
});

/** One goal per KPI status at mid-year (elapsed 49.5%, lag threshold 15%). */
const STATUS_PLAN = `plan P "Status plan" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency CNY
}
unit Ops "Operations" { lead "Li" }
${[['OnTrack', 5], ['AtRisk', 2.5], ['OffTrack', 1], ['NotStarted', undefined], ['Achieved', 10]].map(([name]) => `goal G${name} "Goal ${name}" {
    owner Ops due 2026-12-31 description "d"
    kpi K${name} "KPI ${name}" { unit "pcs" baseline 0 target >= 10 frequency yearly source "s" }
}`).join('\n')}
budget Services "Outside help" { category services amount 100k owner Ops funds GOnTrack }
checkpoint H1 2026-06-30 {
${[['OnTrack', 5], ['AtRisk', 2.5], ['OffTrack', 1], ['Achieved', 10]].map(([name, value]) => `    measure K${name} ${value} source "s"`).join('\n')}
}
review R "Review" 2026-06-30 {
    finding Late "Supplier late" { affects GAtRisk cause external severity high }
    action Chase "Chase the supplier" { addresses Late owner Ops due 2026-09-30 status open }
}
`;

const STATUSES = [['OnTrack', 'on-track'], ['AtRisk', 'at-risk'], ['OffTrack', 'off-track'], ['NotStarted', 'not-started'], ['Achieved', 'achieved']] as const;

describe.each(['en', 'zh'] as const)('the same words on every surface (%s)', lang => {
    test('a KPI status reads the same in hover, code lens and report', async () => {
        const workspace = await buildFiles({ 'plan.pbm': STATUS_PLAN }, lang);
        const document = workspace.doc('plan.pbm') as LangiumDocument<PbmFile>;
        const figures = workspace.services.shared.figures.Figures.ofDocument(document.uri)!;
        const report = renderReport(figures, [], { format: 'md', lang });
        const lenses = await workspace.services.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } }) ?? [];
        const lensTitles = lenses.map(lens => lens.command?.title ?? '');
        for (const [name, status] of STATUSES) {
            const word = term(lang, 'status', status);
            expect(figures.goals.find(goal => goal.name === `G${name}`)?.status, name).toBe(status);
            const hover = await hoverAt({ 'plan.pbm': STATUS_PLAN.replace(`kpi K${name} `, `kpi K|${name} `) }, 'plan.pbm', lang);
            expect(hover, `hover on K${name}`).toContain(word);
            expect(lensTitles.some(title => title.includes(word)), `code lens of G${name}`).toBe(true);
            expect(report, `report on G${name}`).toContain(word);
        }
    });

    test('category, cause and action state read the same in completion and report', async () => {
        const workspace = await buildFiles({ 'plan.pbm': STATUS_PLAN }, lang);
        const report = renderReport(workspace.services.shared.figures.Figures.ofDocument(workspace.doc('plan.pbm').uri)!, [], { format: 'md', lang });
        const checks: Array<[VocabularyName, string, string]> = [
            ['category', 'services', STATUS_PLAN.replace('category services', 'category |services')],
            ['cause', 'external', STATUS_PLAN.replace('cause external', 'cause |external')],
            ['actionStatus', 'open', STATUS_PLAN.replace('status open', 'status |open')]
        ];
        for (const [vocabulary, value, marked] of checks) {
            const word = term(lang, vocabulary, value as never);
            const items = await completionAt({ 'plan.pbm': marked }, 'plan.pbm', lang);
            expect(items.find(item => item.label === value)?.detail, `completion of ${value}`).toBe(word);
            expect(report, `report on ${value}`).toContain(word);
        }
    });

    test('a perspective reads the same in the Problems panel and in completion', async () => {
        const withPerspective = STATUS_PLAN.replace('goal GOnTrack "Goal OnTrack" {', 'goal GOnTrack "Goal OnTrack" { perspective financial');
        const workspace = await buildFiles({ 'plan.pbm': withPerspective }, lang);
        const message = String(workspace.doc('plan.pbm').diagnostics?.find(d => d.code === 'perspective-uncovered')?.message ?? '');
        const items = await completionAt({ 'plan.pbm': STATUS_PLAN.replace('owner Ops due', 'perspective | owner Ops due') }, 'plan.pbm', lang);
        const perspectives = Object.keys(VOCABULARY.perspective) as Array<keyof typeof VOCABULARY.perspective>;
        expect(perspectives.some(p => message.includes(term(lang, 'perspective', p)))).toBe(true);
        for (const p of perspectives) expect(items.find(item => item.label === p)?.detail).toBe(term(lang, 'perspective', p));
    });
});
