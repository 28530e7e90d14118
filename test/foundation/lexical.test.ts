/**
 * The lexical rules of LANGUAGE.md §1, as a user meets them: what parses,
 * which value it has, and which diagnostic (with which range and message)
 * text outside the rules gets.
 */
import { describe, expect, test } from 'vitest';
import * as pbm from 'pbm-language';
import { buildFiles, textAt, withCode } from '../helpers.js';
import { parseClean, seen, syntaxErrors } from './foundation-helpers.js';

function goalOf(file: pbm.PbmFile, name = 'G'): pbm.Goal {
    const goal = file.elements.filter(pbm.isGoal).find(g => g.name === name);
    expect(goal, `goal ${name}`).toBeDefined();
    return goal!;
}

describe('comments', () => {
    test('line and block comments are ignored, and lines after a block comment keep their numbers', async () => {
        const text = [
            '// a line comment with "quotes" and { braces',
            'goal G { /* a block comment',
            '   spanning lines, with // inside */ due 2026-12-31 // trailing',
            '}',
            '/* another */ goal H { due 2026-02-30 }'
        ].join('\n');
        const workspace = await buildFiles({ 'plan.pbm': text });
        expect(syntaxErrors(workspace, 'plan.pbm')).toEqual([]);
        expect(pbm.goalDue(goalOf(workspace.doc('plan.pbm').parseResult.value))?.date).toBe('2026-12-31');
        expect(seen(workspace, 'plan.pbm', 'invalid-date')).toEqual([{ code: 'invalid-date', line: 5, text: '2026-02-30' }]);
    });

    test('an unclosed block comment is a syntax error that says how to close it', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'unit U\n/* never closed\nunit V' });
        const [error] = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
        expect(error.range.start).toEqual({ line: 1, character: 0 });
        expect(error.message).toContain('*/');
    });

    test('line endings \\r\\n count as one line break', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'unit U // c\r\n/* x\r\n y */\r\ngoal G { due 2026-02-30 }\r\n' });
        expect(seen(workspace, 'plan.pbm', 'invalid-date')).toEqual([{ code: 'invalid-date', line: 4, text: '2026-02-30' }]);
    });
});

describe('strings', () => {
    test.each([
        ['"plain"', 'plain'],
        ['"中文标题：预算绩效（2026）"', '中文标题：预算绩效（2026）'],
        ['"a\\"b"', 'a"b'],
        ['"back\\\\slash"', 'back\\slash'],
        ['"line\\nbreak"', 'line\nbreak'],
        ['"tab\\there"', 'tab\there'],
        ['"all: \\" \\\\ \\n \\t"', 'all: " \\ \n \t'],
        ['""', '']
    ])('%s is read as the text %j', async (literal, value) => {
        const goal = goalOf(await parseClean(`goal G { description ${literal} }`));
        expect(pbm.goalDescription(goal)?.value).toBe(value);
    });

    test.each([
        ['a missing closing quote', 'goal G { description "no end', 'no end'],
        ['an escaped quote at the end', 'goal G { description "ends in \\" }', 'ends in " }']
    ])('%s: the string ends at the end of its line, is a syntax error, and the next line still parses', async (_, firstLine, value) => {
        const text = `${firstLine}\n    due 2026-02-30 }\nunit After`;
        const workspace = await buildFiles({ 'plan.pbm': text });
        const file = workspace.doc('plan.pbm').parseResult.value;
        const errors = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
        expect(errors).toHaveLength(1);
        expect(errors[0].range.start.line).toBe(0);
        expect(errors[0].message).toContain('closing double quote');
        expect(pbm.goalDescription(goalOf(file))?.value).toBe(value);
        // The next line was parsed as part of the goal: its date is checked, and the unit after it exists.
        expect(seen(workspace, 'plan.pbm', 'invalid-date')).toEqual([{ code: 'invalid-date', line: 2, text: '2026-02-30' }]);
        expect(file.elements.filter(pbm.isUnit).map(u => u.name)).toEqual(['After']);
    });

    test('the unterminated-string message is in Chinese with --lang zh', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'unit U "no end' }, 'zh');
        expect(withCode(workspace.diagnostics('plan.pbm'), 'syntax-error').map(d => d.message)).toEqual(['文字缺少结尾的双引号（"）。请在文字末尾补上。']);
    });
});

describe('names', () => {
    test.each([
        ['ASCII', 'ReduceCost'],
        ['with digits and _', 'G_2026_a1'],
        ['starting with _', '_internal'],
        ['CJK', '降本增效'],
        ['CJK with digits', '饮水2026'],
        ['CJK Extension A (U+3400–U+4DBF)', '㐀䶵部'],
        ['starting with 〇 (U+3007)', '〇号车间'],
        ['a keyword with a capital letter', 'Data'],
        ['a keyword with more letters', 'goals']
    ])('%s: %s is a name that declares and resolves', async (_, name) => {
        const goal = goalOf(await parseClean(`unit ${name}\ngoal G { owner ${name} }`));
        expect(pbm.goalOwner(goal)?.unit.ref?.name).toBe(name);
    });

    test.each([
        ['starting with a digit', '2026Q1'],
        ['a lower-case keyword', 'data'],
        ['a lower-case keyword (category)', 'training'],
        ['containing a hyphen', 'cost-down']
    ])('%s: %s is not a name', async (_, name) => {
        const workspace = await buildFiles({ 'plan.pbm': `checkpoint ${name} 2026-03-31 { }\nunit After` });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
        expect(workspace.doc('plan.pbm').parseResult.value.elements.filter(pbm.isCheckpoint).map(c => c.name)).not.toContain(name);
    });

    test.each([
        ['a declaration', 'goal training { }', 'training'],
        ['a reference', 'unit U\ngoal G { owner low }', 'low']
    ])('a keyword used as the name of %s: the message says it is reserved and suggests a name', async (_, text, word) => {
        for (const [lang, reserved] of [['en', 'keyword'], ['zh', '关键字']] as const) {
            const workspace = await buildFiles({ 'plan.pbm': text }, lang);
            const [error] = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
            expect(textAt(workspace.doc('plan.pbm'), error.range)).toBe(word);
            expect(error.message).toContain(reserved);
            expect(error.message).toContain(word[0].toUpperCase() + word.slice(1));
        }
    });

    test('keywords are case-sensitive: `Goal` does not start a goal', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'Goal G { }' });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
        expect(workspace.doc('plan.pbm').parseResult.value.elements.filter(pbm.isGoal)).toEqual([]);
    });
});

describe('numbers', () => {
    test.each([
        ['12', 12],
        ['-3.5', -3.5],
        ['0', 0],
        ['1200000', 1_200_000],
        ['1_200_000', 1_200_000],
        ['1_200_000.5_5', 1_200_000.55],
        ['2.4M', 2_400_000],
        ['300k', 300_000],
        ['1B', 1_000_000_000],
        ['0.1M', 100_000],
        ['240万', 2_400_000],
        ['600万元', 6_000_000],
        ['1.2亿', 120_000_000],
        ['2.3亿', 230_000_000],
        ['2.3亿元', 230_000_000],
        ['4.35万', 43_500],
        ['-1.5k', -1_500]
    ])('%s is exactly %d', async (literal, value) => {
        const file = await parseClean(`budget B { amount ${literal} }`);
        const budget = file.elements.filter(pbm.isBudget)[0];
        // toBe: exact equality, so 2.3亿 must be 230000000, not 229999999.99999997.
        expect(pbm.parseNumber(pbm.budgetAmount(budget)?.value)).toBe(value);
    });

    test.each([
        ['a doubled separator', '1__0'],
        ['a trailing separator', '1_'],
        ['a comma as thousands separator', '1,000'],
        ['a full-width comma as thousands separator', '1，000'],
        ['exponent notation', '1e5'],
        ['an unknown suffix', '300K'],
        ['a suffix followed by a letter', '2.4Mx'],
        ['a space after the minus', '- 3'],
        ['a plus sign', '+3'],
        ['a leading dot', '.5'],
        ['a percentage where an amount is expected', '40%']
    ])('%s (%s) is a syntax error', async (_, literal) => {
        const workspace = await buildFiles({ 'plan.pbm': `budget B { amount ${literal} }` });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });

    test('a comma between digits: the message says how to write the number (en and zh)', async () => {
        for (const [lang, advice] of [['en', '1_200_000'], ['zh', '1_200_000']] as const) {
            const workspace = await buildFiles({ 'plan.pbm': 'budget B { amount 1,200,000 }' }, lang);
            const [error] = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
            expect(textAt(workspace.doc('plan.pbm'), error.range)).toBe(',');
            expect(error.message).toContain(advice);
        }
    });

    test.each([
        ['a target', 'goal G { kpi K { unit "%" target >= 50% } }', '50%', 'Write 50 without %', '请写成 50，不带 %'],
        ['a baseline', 'goal G { kpi K { baseline 10% } }', '10%', 'Write 10 without %', '请写成 10，不带 %'],
        ['an amount', 'budget B { amount 10% }', '10%', 'Write 10 without %', '请写成 10，不带 %'],
        ['a measure (numeric or qualitative)', 'goal G { kpi K { } }\ncheckpoint C 2026-01-31 { measure K 40% }', '40%', 'partial or missed 40%', 'missed 40%']
    ])('a percentage where %s takes a plain number: the message says how to write it', async (_, text, found, en, zh) => {
        for (const [lang, advice] of [['en', en], ['zh', zh]] as const) {
            const workspace = await buildFiles({ 'plan.pbm': text }, lang);
            const [error] = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
            expect(textAt(workspace.doc('plan.pbm'), error.range)).toBe(found);
            expect(error.message).toContain(advice);
        }
    });

    test('values.ts agrees: text that is not a number literal has no value', () => {
        for (const text of ['1__0', '1_', '1,000', '1e5', '300K', '2.4Mx', '- 3', '', '万']) {
            expect(pbm.parseNumber(text), text).toBeUndefined();
        }
    });
});

describe('percentages', () => {
    test.each([
        ['40%', 0.4],
        ['12.5%', 0.125],
        ['0%', 0],
        ['100%', 1],
        ['40％', 0.4]
    ])('weight %s is the fraction %d', async (literal, value) => {
        const goal = goalOf(await parseClean(`goal G { weight ${literal} }`));
        expect(pbm.parsePercent(pbm.goalWeight(goal)?.value)).toBe(value);
    });

    test.each([
        ['a space before %', '40 %'],
        ['no % where a percentage is required', '40'],
        ['a magnitude suffix', '4k%']
    ])('%s (%s) is a syntax error', async (_, literal) => {
        const workspace = await buildFiles({ 'plan.pbm': `goal G { weight ${literal} }` });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });
});

describe('dates', () => {
    // Every property that holds a date, so none of them escapes `invalid-date`.
    const DATE_PLACES: ReadonlyArray<[string, (date: string) => string]> = [
        ['period start', date => `plan P { period ${date} to 2026-12-31 }`],
        ['period end', date => `plan P { period 2026-01-01 to ${date} }`],
        ['as of', date => `plan P { as of ${date} }`],
        ['goal start', date => `goal G { start ${date} }`],
        ['goal due', date => `goal G { due ${date} }`],
        ['checkpoint date', date => `checkpoint C ${date} { }`],
        ['review date', date => `review R ${date} { }`],
        ['action due', date => `review R 2026-06-30 { action A { due ${date} } }`],
        ['outlook due', date => `outlook O { due ${date} }`]
    ];

    test.each(DATE_PLACES)('%s: a real date is accepted', async (_, place) => {
        for (const date of ['2026-02-28', '2028-02-29', '2026-12-31', '2026-01-01']) {
            const workspace = await buildFiles({ 'plan.pbm': place(date) });
            expect(seen(workspace, 'plan.pbm').filter(d => d.code === 'invalid-date' || d.code === 'syntax-error'), date).toEqual([]);
        }
    });

    test.each(DATE_PLACES)('%s: a date that does not exist is invalid-date on the date, not a syntax error', async (_, place) => {
        for (const date of ['2026-02-29', '2026-02-30', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-3-31', '2026-03-1']) {
            const workspace = await buildFiles({ 'plan.pbm': place(date) });
            expect(seen(workspace, 'plan.pbm').filter(d => d.code === 'invalid-date' || d.code === 'syntax-error'), date)
                .toEqual([{ code: 'invalid-date', line: 1, text: date }]);
        }
    });

    test('calendar arithmetic holds for every year, including 0000–0099', () => {
        for (const iso of ['0000-02-29', '0004-02-29', '0026-06-30', '0099-12-31', '1900-02-28', '2000-02-29', '2026-06-30', '9999-12-31']) {
            const date = pbm.parseDate(iso);
            expect(date?.iso, iso).toBe(iso);
            expect(pbm.dateFromDay(date!.day).iso, iso).toBe(iso);
        }
        for (const iso of ['0100-02-29', '1900-02-29', '0026-02-29']) {
            expect(pbm.parseDate(iso), iso).toBeUndefined();
        }
        // 2000 years of 365.2425 days: the Gregorian calendar repeats every 400 years.
        expect(pbm.parseDate('2026-06-30')!.day - pbm.parseDate('0026-06-30')!.day).toBe(730_485);
    });

    test('the invalid-date message names the date and shows the right form, in English and Chinese', async () => {
        for (const [lang, words] of [['en', 'YYYY-MM-DD'], ['zh', '有效日期']] as const) {
            const workspace = await buildFiles({ 'plan.pbm': 'goal G { due 2026-3-31 }' }, lang);
            const [diagnostic] = withCode(workspace.diagnostics('plan.pbm'), 'invalid-date');
            expect(diagnostic.message).toContain('2026-3-31');
            expect(diagnostic.message).toContain(words);
        }
    });
});

describe('comparison operators', () => {
    test.each([
        ['>=', '>='], ['<=', '<='], ['=', '='],
        ['≥', '>='], ['≤', '<='],
        ['＞＝', '>='], ['＜＝', '<='], ['＝', '=']
    ])('target %s 8 means %s', async (op, meaning) => {
        const goal = goalOf(await parseClean(`goal G { kpi K { target ${op} 8 } }`));
        const target = pbm.kpiTarget(pbm.goalKpis(goal)[0]);
        expect(pbm.normaliseOperator(target?.op)).toBe(meaning);
        expect(pbm.parseNumber(target?.value)).toBe(8);
    });

    test.each(['>', '<', '≠', '==', '=>'])('target %s 8 is a syntax error', async op => {
        const workspace = await buildFiles({ 'plan.pbm': `goal G { kpi K { target ${op} 8 } }` });
        expect(syntaxErrors(workspace, 'plan.pbm')).not.toEqual([]);
    });

    test('full-width commas separate lists like ASCII ones', async () => {
        const goal = goalOf(await parseClean('strategy A\nstrategy B\ngoal G { supports A，B }'));
        expect(pbm.goalSupports(goal)?.strategies.map(s => s.ref?.name)).toEqual(['A', 'B']);
    });
});

describe('unexpected characters', () => {
    test.each([
        ['a full-width colon', '：', 'U+FF1A'],
        ['an at sign', '@', 'U+0040'],
        ['a hash', '#', 'U+0023'],
        ['a full-width parenthesis outside a string', '（', 'U+FF08']
    ])('%s is a syntax error on that character, named in the message (en and zh)', async (_, char, code) => {
        const text = `unit U ${char}\ngoal G { due 2026-02-30 }`;
        for (const lang of ['en', 'zh'] as const) {
            const workspace = await buildFiles({ 'plan.pbm': text }, lang);
            const document = workspace.doc('plan.pbm');
            const errors = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
            expect(errors).toHaveLength(1);
            expect(textAt(document, errors[0].range)).toBe(char);
            expect(errors[0].message).toContain(char);
            expect(errors[0].message).toContain(code);
            expect(errors[0].message).toMatch(lang === 'zh' ? /无法识别的字符/ : /Unexpected character/);
            // The rest of the file is still read.
            expect(seen(workspace, 'plan.pbm', 'invalid-date')).toHaveLength(1);
        }
    });

    // Slips users make (Chinese input methods produce several): the message says what to write instead.
    test.each([
        ['curly quotes', 'unit U { lead “王丽” }', '“', /straight double quotes/, /英文直双引号/],
        ['single quotes', "unit U { lead 'Wang' }", "'", /straight double quotes/, /英文直双引号/],
        ['a > without =', 'goal G { kpi K { target > 5 } }', '>', />=, <= or =/, /没有 > 或 </],
        ['a full-width ＜', 'goal G { kpi K { target ＜ 5 } }', '＜', />=, <= or =/, /没有 > 或 </],
        ['a space before %', 'goal G { weight 40 % }', '%', /directly after the number/, /紧跟在数字后面/],
        ['a colon after a keyword', 'unit U { lead："王丽" }', '：', /No colon is needed/, /不需要冒号/],
        ['a semicolon', 'unit U { lead "a"; }', ';', /No semicolon is needed/, /不需要分号/],
        ['an enumeration comma', 'strategy A\nstrategy B\ngoal G { supports A、B }', '、', /with a comma/, /用逗号分隔/]
    ])('%s: the message names the character and says what to write', async (_, text, char, en, zh) => {
        for (const [lang, advice] of [['en', en], ['zh', zh]] as const) {
            const workspace = await buildFiles({ 'plan.pbm': text }, lang);
            const lexical = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error').filter(d => textAt(workspace.doc('plan.pbm'), d.range) === char);
            expect(lexical.length, lang).toBeGreaterThan(0);
            expect(lexical[0].message).toContain(char);
            expect(lexical[0].message).toMatch(advice);
        }
    });

    test('a control character is named by its code point', async () => {
        const workspace = await buildFiles({ 'plan.pbm': 'unit U \u0007\nunit V' });
        const [error] = withCode(workspace.diagnostics('plan.pbm'), 'syntax-error');
        expect(error.message).toContain('U+0007');
    });

    test('full-width spaces typed by Chinese input methods are whitespace', async () => {
        const goal = goalOf(await parseClean('unit 财务部\ngoal G\u3000{\u3000owner\u3000财务部\u3000}'));
        expect(pbm.goalOwner(goal)?.unit.ref?.name).toBe('财务部');
    });
});
