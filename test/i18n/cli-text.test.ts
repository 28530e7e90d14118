/**
 * The words of the command line (i18n/cli-text.ts): every problem in both
 * languages, the Chinese one saying what to do (`请…`), and the arguments
 * in the text as given.
 */
import { describe, expect, test } from 'vitest';
import {
    cliNoteText, inputProblemText, usageProblemText,
    type CliNoteArgs, type CliNoteCode, type InputProblemArgs, type InputProblemCode, type UsageProblemArgs, type UsageProblemCode
} from '../../packages/language/src/i18n/cli-text.js';

/** One example of the arguments of every input problem (the type makes the list complete). */
const INPUT_EXAMPLES: { readonly [C in InputProblemCode]: InputProblemArgs[C] } = {
    'not-found': { path: 'a.pbm' },
    'not-a-plan-file': { path: 'a.txt', extension: '.pbm' },
    'not-file-or-folder': { path: '/dev/null' },
    'no-plan-files': { folder: 'docs' },
    'cannot-read-folder': { folder: 'locked', reason: 'permission-denied' },
    'too-large': { file: 'big.pbm', size: '9.5 MB', limit: '5.0 MB' },
    'cannot-read': { file: 'a.pbm', reason: 'other', detail: 'EIO' },
    'binary': { file: 'a.pbm' },
    'not-utf8': { file: 'a.pbm' },
    'cannot-write': { output: 'out.xlsx', reason: 'disk-full' },
    'output-folder-missing': { output: 'out/a.md', folder: 'out' },
    'output-parent-not-folder': { output: 'a.md/b.md', folder: 'a.md' },
    'output-into-missing-folder': { folder: 'out' },
    'wrong-extension': { form: 'targets', output: 'out.docx', extension: '.xlsx' },
    'title-date': { value: '30/06/2026' },
    'no-plan-in-folder': { folder: 'parts', files: 2 },
    'several-plans': { given: '.', plans: ['a.pbm', 'b.pbm'], hint: 'report' },
    'no-plan-declaration': { file: 'units.pbm' },
    'no-readable-plan': { file: 'broken.pbm' }
};

const USAGE_EXAMPLES: { readonly [C in UsageProblemCode]: UsageProblemArgs[C] } = {
    'missing-command': { commands: ['check', 'report'] },
    'unknown-command': { name: 'lint', commands: ['check', 'report'] },
    'option-twice': { option: '--lang' },
    'option-value': { option: '--format', values: ['text', 'json'], value: 'xml' },
    'option-missing': { option: '--form', values: ['targets', 'summary'] },
    'operand-missing': { command: 'report' },
    'no-operands': { command: 'mcp' },
    'too-many-operands': { command: 'export', count: 2 },
    'unknown-option': { option: '--colour', command: 'check' },
    'option-needs-value': { option: '--format' },
    'option-takes-no-value': { option: '--help' },
    'unreadable-arguments': { detail: 'Unexpected argument' }
};

const NOTE_EXAMPLES: { readonly [C in CliNoteCode]: CliNoteArgs[C] } = {
    'report-has-errors': { errors: 2 },
    'export-has-errors': { errors: 1 },
    'report-written': { output: 'out/r.md' },
    'exported': { output: 'out/t.xlsx' },
    'plan-unreadable': { file: 'broken.pbm' },
    'check-summary': { files: 3, errors: 1, warnings: 2, infos: 0 },
    'internal-error': { message: 'x is undefined' }
};

const CJK = /[\u4e00-\u9fff]/;

/** The string arguments of an example, as they must appear in the text. */
function quotedValues(args: object): string[] {
    return Object.values(args).filter((value): value is string => typeof value === 'string' && !['permission-denied', 'other', 'disk-full', 'report'].includes(value));
}

describe('input problems and usage errors: both languages, and the Chinese says what to do', () => {
    const problems = [
        ...Object.entries(INPUT_EXAMPLES).map(([code, args]) => [code, (lang: 'en' | 'zh') => inputProblemText(lang, code as InputProblemCode, args as never), args] as const),
        ...Object.entries(USAGE_EXAMPLES).map(([code, args]) => [code, (lang: 'en' | 'zh') => usageProblemText(lang, code as UsageProblemCode, args as never), args] as const)
    ];
    test.each(problems)('%s', (_code, word, args) => {
        const en = word('en');
        const zh = word('zh');
        expect(en).not.toMatch(CJK);
        expect(zh).toMatch(CJK);
        expect(zh).toMatch(/请/);
        for (const value of quotedValues(args)) {
            expect(en).toContain(value);
            expect(zh).toContain(value);
        }
        expect(en.split('\n')).toHaveLength(1);
        expect(zh.split('\n')).toHaveLength(1);
    });
});

describe('notes and success lines', () => {
    test.each(Object.entries(NOTE_EXAMPLES))('%s', (code, args) => {
        const en = cliNoteText('en', code as CliNoteCode, args as never);
        const zh = cliNoteText('zh', code as CliNoteCode, args as never);
        expect(zh).toMatch(CJK);
        expect(en).not.toMatch(CJK);
        for (const value of Object.values(args)) expect(zh).toContain(String(value));
    });

    test('English counts agree with their number, Chinese need not', () => {
        expect(cliNoteText('en', 'report-has-errors', { errors: 1 })).toContain('1 error,');
        expect(cliNoteText('en', 'report-has-errors', { errors: 2 })).toContain('2 errors,');
        expect(cliNoteText('en', 'check-summary', { files: 1, errors: 1, warnings: 2, infos: 3 })).toBe('Checked 1 file: 1 error, 2 warnings, 3 info.');
        expect(cliNoteText('zh', 'check-summary', { files: 1, errors: 1, warnings: 2, infos: 3 })).toBe('已检查 1 个文件：1 个错误，2 个警告，3 条提示。');
    });
});
