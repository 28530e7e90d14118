/**
 * Recovery (LANGUAGE.md §5 `syntax-error`: "the rest of the file still
 * checked"): one broken goal must not hide the diagnostics of the
 * declarations around it.
 */
import { describe, expect, test } from 'vitest';
import * as pbm from 'pbm-language';
import { buildFiles } from '../helpers.js';
import { lineOf, seen, syntaxErrors } from './foundation-helpers.js';

const BEFORE = `plan P { period 2026-01-01 to 2026-12-31 }
unit Ops
goal Before { owner Ghost1 due 2026-04-31 }
`;

const AFTER = `
goal After "A healthy goal after the broken one" {
    owner Nobody
    due 2026-02-30
    kpi K { target >= 5 }
}
budget B { amount 1M funds Ghost }
checkpoint Q1 2026-03-31 { measure K 2 spend B 10k spend Phantom 1 }
`;

/** A broken goal, and a text on the line where its first syntax error must be reported. */
const BROKEN_GOALS: ReadonlyArray<[string, string, string]> = [
    ['a missing closing brace', 'goal Broken {\n    owner Ops\n    kpi KB { target >= 5 }\n', 'goal After'],
    ['a missing closing brace of its kpi', 'goal Broken {\n    owner Ops\n    kpi KB { target >= 5\n} // closes the kpi only\n', 'goal After'],
    ['a garbage token', 'goal Broken {\n    owner Ops blah\n    kpi KB { target >= 5 }\n}\n', 'blah'],
    ['garbage characters', 'goal Broken {\n    owner Ops §§ ¤\n    kpi KB { target >= 5 }\n}\n', '§§'],
    ['a missing value', 'goal Broken {\n    due\n    kpi KB { target >= }\n}\n', 'kpi KB'],
    ['a missing reference', 'goal Broken {\n    owner\n} // end of Broken\n', 'end of Broken'],
    ['an unknown enum value', 'goal Broken {\n    priority urgent\n    owner Ops\n}\n', 'priority urgent'],
    ['a stray closing brace', 'goal Broken {\n    owner Ops\n}\n} // stray\n', 'stray'],
    ['an unterminated title', 'goal Broken "Reduce cost {\n    owner Ops\n}\n', 'goal Broken'],
    ['a missing name', 'goal {\n    owner Ops\n}\n', 'goal {']
];

describe('a broken goal does not hide the rest of the file', () => {
    test.each(BROKEN_GOALS)('%s', async (_, broken, errorAt) => {
        const text = BEFORE + broken + AFTER;
        const workspace = await buildFiles({ 'plan.pbm': text });
        const errorLines = syntaxErrors(workspace, 'plan.pbm').map(e => Number(e.split(':')[0]));
        expect(Math.min(...errorLines), syntaxErrors(workspace, 'plan.pbm').join('\n')).toBe(lineOf(text, errorAt));

        // Before the broken goal, and after it: references and dates are still checked.
        const checked = seen(workspace, 'plan.pbm').filter(d => d.code === 'unresolved-reference' || d.code === 'invalid-date');
        expect(checked).toEqual([
            { code: 'invalid-date', line: 3, text: '2026-04-31' },
            { code: 'unresolved-reference', line: 3, text: 'Ghost1' },
            { code: 'unresolved-reference', line: lineOf(text, 'owner Nobody'), text: 'Nobody' },
            { code: 'invalid-date', line: lineOf(text, 'due 2026-02-30'), text: '2026-02-30' },
            { code: 'unresolved-reference', line: lineOf(text, 'funds Ghost'), text: 'Ghost' },
            { code: 'unresolved-reference', line: lineOf(text, 'spend Phantom'), text: 'Phantom' }
        ]);

        // The declarations after it are in the tree, and link.
        const file = workspace.doc('plan.pbm').parseResult.value;
        const checkpoint = file.elements.find(pbm.isCheckpoint);
        const measure = checkpoint?.entries.find(pbm.isMeasure);
        expect(measure?.kpi.ref?.name).toBe('K');
        expect(file.elements.filter(pbm.isBudget).map(b => b.name)).toEqual(['B']);
    });

    test('the references inside the broken goal itself are still linked', async () => {
        const text = BEFORE + 'goal Broken {\n    owner Missing\n    kpi KB { target >= 5 \n' + AFTER;
        const workspace = await buildFiles({ 'plan.pbm': text });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
        expect(seen(workspace, 'plan.pbm', 'unresolved-reference').map(d => d.text)).toEqual(['Ghost1', 'Missing', 'Nobody', 'Ghost', 'Phantom']);
    });

    test('several broken declarations each get their error, and the good ones between them are read', async () => {
        const text = [
            'unit A { lead }',
            'unit B { lead "ok" }',
            'goal G { owner B due 2026-13-01 weight }',
            'strategy S { perspective sideways }',
            'budget L { funds G 50% funds }',
            'outlook O { owner B due 2027-06-31 }'
        ].join('\n');
        const workspace = await buildFiles({ 'plan.pbm': text });
        const errorLines = new Set(syntaxErrors(workspace, 'plan.pbm').map(e => Number(e.split(':')[0])));
        expect([...errorLines].sort()).toEqual([1, 3, 4, 5]);
        expect(seen(workspace, 'plan.pbm', 'invalid-date')).toEqual([
            { code: 'invalid-date', line: 3, text: '2026-13-01' },
            { code: 'invalid-date', line: 6, text: '2027-06-31' }
        ]);
        expect(seen(workspace, 'plan.pbm', 'unresolved-reference')).toEqual([]);
    });
});
