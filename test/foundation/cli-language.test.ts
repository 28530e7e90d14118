/**
 * The language of pbm's own lines (docs/cli.md): `--lang`, else — for a
 * command that reads one plan — the plan's `language`, else the environment
 * (LC_ALL, LC_MESSAGES, LANG starting with `zh`), else English. Run as a user
 * runs pbm, with the environment set explicitly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cliLanguageOfEnvironment } from 'pbm-language';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { assertCliBuilt, type CliRun, linesOf, runPbm, TempFolder } from './cli-helpers.js';

const SPAWNS = { timeout: 120_000 };
const CHINESE = { LANG: 'zh_CN.UTF-8' };

/** A plan with one error (a goal owned by a unit nobody declared). */
const planIn = (language: string) => `plan P "Plan" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    currency CNY${language ? `\n    language ${language}` : ''}
}
unit Ops "Ops"
goal G "Goal" {
    owner Nobody
    due 2026-12-31
    kpi K "K" { unit "%" baseline 0 target >= 10 }
}
`;

let folder: TempFolder;

beforeAll(() => {
    assertCliBuilt();
    folder = new TempFolder().write({
        'zh-plan.pbm': planIn('zh'),
        'plain-plan.pbm': planIn(''),
        'clean.pbm': 'unit Finance "Finance" { lead "Zhang Wei" }\n'
    });
});

afterAll(() => folder?.remove());

/** Exit 2, nothing on stdout, exactly this one line on stderr. */
function expectOneLine(run: CliRun, line: string): void {
    expect([run.status, run.stdout, linesOf(run.stderr)]).toEqual([2, '', [line]]);
}

const MISSING_EN = "pbm: cannot find 'missing.pbm': no such file or folder";
const MISSING_ZH = 'pbm: 找不到“missing.pbm”：文件或文件夹不存在。请检查路径和拼写。';

describe.concurrent('pbm check missing.pbm: one line, exit 2, in the language asked for', SPAWNS, () => {
    test('English by default', async () => {
        expectOneLine(await runPbm(['check', 'missing.pbm'], folder.path), MISSING_EN);
    });

    test('Chinese with --lang zh', async () => {
        expectOneLine(await runPbm(['check', 'missing.pbm', '--lang', 'zh'], folder.path), MISSING_ZH);
    });

    test('Chinese with LANG=zh_CN.UTF-8', async () => {
        expectOneLine(await runPbm(['check', 'missing.pbm'], folder.path, CHINESE), MISSING_ZH);
    });

    test('--lang en wins over a Chinese environment', async () => {
        expectOneLine(await runPbm(['check', 'missing.pbm', '--lang=en'], folder.path, CHINESE), MISSING_EN);
    });

    test('LC_ALL wins over LANG, as for every POSIX program', async () => {
        expectOneLine(await runPbm(['check', 'missing.pbm'], folder.path, { LANG: 'zh_CN.UTF-8', LC_ALL: 'en_US.UTF-8' }), MISSING_EN);
        expectOneLine(await runPbm(['check', 'missing.pbm'], folder.path, { LANG: 'C', LC_MESSAGES: 'zh_TW.UTF-8' }), MISSING_ZH);
    });
});

describe.concurrent('usage errors and the check summary follow the same rule', SPAWNS, () => {
    test('an unknown command in a Chinese environment', async () => {
        expectOneLine(await runPbm(['lint', 'clean.pbm'], folder.path, CHINESE),
            'pbm: 未知命令“lint”：请使用 "check"、"report"、"export"、"mcp"；"pbm --help" 可列出全部命令。');
    });

    test('a value not allowed, with --lang zh given on the same (unparseable) line', async () => {
        expectOneLine(await runPbm(['check', 'clean.pbm', '--format', 'xml', '--lang', 'zh'], folder.path),
            'pbm: 选项 --format 的值须为 text、json 或 sarif 之一，而不是“xml”。请从中选择一个。');
    });

    test('export without --form, in English and in Chinese', async () => {
        expectOneLine(await runPbm(['export', 'zh-plan.pbm'], folder.path), 'pbm: missing --form: use --form self-evaluation, targets, monitoring or summary');
        expectOneLine(await runPbm(['export', 'zh-plan.pbm'], folder.path, CHINESE), 'pbm: 缺少 --form：请使用 --form self-evaluation、targets、monitoring 或 summary。');
    });

    test('pbm check: the summary line and the diagnostics in the environment\'s language', async () => {
        const run = await runPbm(['check', 'clean.pbm'], folder.path, CHINESE);
        expect([run.status, run.stderr, linesOf(run.stdout)]).toEqual([0, '', ['已检查 1 个文件：0 个错误，0 个警告，0 条提示。']]);
    });
});

describe.concurrent('pbm report and pbm export: the plan\'s language once the plan is read', SPAWNS, () => {
    test('a language zh plan: the notes in Chinese, in an English environment', async () => {
        const run = await runPbm(['report', 'zh-plan.pbm', '-o', 'zh.md'], folder.path);
        expect([run.status, linesOf(run.stderr)]).toEqual([0, [
            'pbm: 注意：计划中有 1 处错误，已列入报告附录；请用 "pbm check" 查看并修正。',
            'pbm: 报告已写入 zh.md'
        ]]);
    });

    test('--lang en wins over the plan\'s language', async () => {
        const run = await runPbm(['report', 'zh-plan.pbm', '-o', 'en.md', '--lang', 'en'], folder.path);
        expect(linesOf(run.stderr)).toEqual([
            'pbm: note: the plan has 1 error, listed in the report\'s appendix; run "pbm check" to fix them.',
            'pbm: report written to en.md'
        ]);
    });

    test('a plan that names no language: the environment\'s, for the notes and the report', async () => {
        const run = await runPbm(['report', 'plain-plan.pbm', '--format', 'json'], folder.path, CHINESE);
        expect(run.status).toBe(0);
        expect(linesOf(run.stderr)).toEqual(['pbm: 注意：计划中有 1 处错误，已列入报告附录；请用 "pbm check" 查看并修正。']);
        expect(JSON.parse(run.stdout).diagnostics[0].message).toMatch(/[\u4e00-\u9fff]/);
    });

    test('a write that fails after the plan is read is worded in the plan\'s language', async () => {
        folder.write({ 'taken.xlsx/keep': '' });
        const run = await runPbm(['export', 'zh-plan.pbm', '--form', 'targets', '-o', 'taken.xlsx'], folder.path);
        expectOneLine(run, 'pbm: 无法写入“taken.xlsx”：该路径是一个文件夹。请换一个文件名。');
        expect(existsSync(join(folder.path, 'taken.xlsx', 'keep'))).toBe(true);
    });
});

describe('cliLanguageOfEnvironment', () => {
    test.each([
        [{}, 'en'],
        [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
        [{ LANG: 'zh' }, 'zh'],
        [{ LANG: 'C.UTF-8' }, 'en'],
        [{ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN' }, 'zh'],
        [{ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'en'],
        [{ LANG: 'zh_CN.UTF-8', LC_ALL: '' }, 'zh']
    ])('%j → %s', (env, lang) => {
        expect(cliLanguageOfEnvironment(env)).toBe(lang);
    });
});
