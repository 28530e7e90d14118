/**
 * The words of the `pbm` command line (docs/cli.md): its usage errors, its
 * input problems (a missing file, an output that cannot be written), its
 * notes and success lines — in English and Chinese.
 *
 * Problems are raised as a code and raw arguments (`InputError`,
 * `UsageError`), like diagnostics, and worded where they are printed, once
 * the language is known: `--lang`, else the plan's `language`, else the
 * environment (`cliLanguageOfEnvironment`), else English. The English
 * wording is also the error's `message`, for logs and the MCP tools.
 *
 * The `pbm: ` prefix is not part of the text: the printer adds it.
 */
import type { Lang } from './locale.js';

/** Why a file or folder could not be read or written (from the system's error code). */
export type IoReason = 'permission-denied' | 'not-found' | 'is-folder' | 'folder-missing' | 'disk-full' | 'other';

/** The commands whose arguments a usage error may name. */
export type CliCommandName = 'check' | 'report' | 'export' | 'mcp';

/** What the user may do instead when a folder holds several plans. */
export type SeveralPlansHint = 'report' | 'report-to-folder' | 'export' | 'mcp';

/** The arguments of each input problem (exit 2). */
export interface InputProblemArgs {
    'not-found': { readonly path: string };
    'not-a-plan-file': { readonly path: string; readonly extension: string };
    'not-file-or-folder': { readonly path: string };
    'no-plan-files': { readonly folder: string };
    'cannot-read-folder': { readonly folder: string; readonly reason: IoReason; readonly detail?: string };
    'too-large': { readonly file: string; readonly size: string; readonly limit: string };
    'cannot-read': { readonly file: string; readonly reason: IoReason; readonly detail?: string };
    'binary': { readonly file: string };
    'not-utf8': { readonly file: string };
    'cannot-write': { readonly output: string; readonly reason: IoReason; readonly detail?: string };
    'output-folder-missing': { readonly output: string; readonly folder: string };
    'output-parent-not-folder': { readonly output: string; readonly folder: string };
    'output-into-missing-folder': { readonly folder: string };
    'wrong-extension': { readonly form: string; readonly output: string; readonly extension: string };
    'title-date': { readonly value: string };
    'no-plan-in-folder': { readonly folder: string; readonly files: number };
    'several-plans': { readonly given: string; readonly plans: readonly string[]; readonly hint: SeveralPlansHint };
    'no-plan-declaration': { readonly file: string };
    'no-readable-plan': { readonly file: string };
}
export type InputProblemCode = keyof InputProblemArgs;

/** The arguments of each usage error (exit 2). */
export interface UsageProblemArgs {
    'missing-command': { readonly commands: readonly string[] };
    'unknown-command': { readonly name: string; readonly commands: readonly string[] };
    'option-twice': { readonly option: string };
    'option-value': { readonly option: string; readonly values: readonly string[]; readonly value: string };
    'option-missing': { readonly option: string; readonly values: readonly string[] };
    'operand-missing': { readonly command: CliCommandName };
    'no-operands': { readonly command: CliCommandName };
    'too-many-operands': { readonly command: CliCommandName; readonly count: number };
    'unknown-option': { readonly option: string; readonly command: string };
    'option-needs-value': { readonly option: string };
    'option-takes-no-value': { readonly option: string };
    /** A parser error without a code of its own: Node's English text. */
    'unreadable-arguments': { readonly detail: string };
}
export type UsageProblemCode = keyof UsageProblemArgs;

/** The arguments of each note and success line. */
export interface CliNoteArgs {
    'report-has-errors': { readonly errors: number };
    'export-has-errors': { readonly errors: number };
    'report-written': { readonly output: string };
    'exported': { readonly output: string };
    'plan-unreadable': { readonly file: string };
    'check-summary': { readonly files: number; readonly errors: number; readonly warnings: number; readonly infos: number };
    'internal-error': { readonly message: string };
}
export type CliNoteCode = keyof CliNoteArgs;

type Wording<A> = Readonly<Record<Lang, (args: A) => string>>;
type Catalog<T> = { readonly [C in keyof T]: Wording<T[C]> };

const IO_REASONS: Readonly<Record<Exclude<IoReason, 'other'>, Readonly<Record<Lang, string>>>> = {
    'permission-denied': { en: 'permission denied', zh: '没有访问权限' },
    'not-found': { en: 'no such file or folder', zh: '文件或文件夹不存在' },
    'is-folder': { en: 'it is a folder', zh: '该路径是一个文件夹' },
    'folder-missing': { en: 'its folder does not exist', zh: '所在文件夹不存在' },
    'disk-full': { en: 'the disk is full', zh: '磁盘已满' }
};

function reasonText(lang: Lang, reason: IoReason, detail: string | undefined): string {
    return reason === 'other' ? detail ?? '' : IO_REASONS[reason][lang];
}

/** What to do about an unreadable or unwritable path, in Chinese (the English lines predate this and stay as tests and scripts know them). */
function zhRemedy(reason: IoReason): string {
    switch (reason) {
        case 'permission-denied': return '请检查文件权限，或换一个位置';
        case 'is-folder': return '请换一个文件名';
        case 'folder-missing': return '请先创建该文件夹，或换一个位置';
        case 'disk-full': return '请清理磁盘空间后重试';
        default: return '请检查路径后重试';
    }
}

/** `a, b, c or d` / `a、b、c 或 d`. */
function alternatives(lang: Lang, values: readonly string[]): string {
    if (values.length <= 1) return values.join('');
    const head = values.slice(0, -1).join(lang === 'zh' ? '、' : ', ');
    return lang === 'zh' ? `${head} 或 ${values[values.length - 1]}` : `${head} or ${values[values.length - 1]}`;
}

const SEVERAL_PLANS_HINTS: Readonly<Record<SeveralPlansHint, Readonly<Record<Lang, string>>>> = {
    'report': { en: 'name one plan file, or write one report per plan with -o <folder>', zh: '请指定其中一个计划文件，或用 -o <文件夹> 为每个计划各写一份报告' },
    'report-to-folder': { en: 'name one plan file, or give -o an existing folder to write one report per plan', zh: '请指定其中一个计划文件，或让 -o 指向一个已存在的文件夹，为每个计划各写一份报告' },
    'export': { en: 'name the plan file to export', zh: '请指定要导出的计划文件' },
    'mcp': { en: 'send one plan file (list_plans lists them)', zh: '请发送一个计划文件（list_plans 可列出全部计划）' }
};

const INPUT_PROBLEMS: Catalog<InputProblemArgs> = {
    'not-found': {
        en: a => `cannot find '${a.path}': no such file or folder`,
        zh: a => `找不到“${a.path}”：文件或文件夹不存在。请检查路径和拼写。`
    },
    'not-a-plan-file': {
        en: a => `'${a.path}' is not a plan file: plan files end in ${a.extension}`,
        zh: a => `“${a.path}”不是计划文件：计划文件的扩展名是 ${a.extension}。请指定 ${a.extension} 文件或其所在文件夹。`
    },
    'not-file-or-folder': {
        en: a => `'${a.path}' is neither a file nor a folder: name a .pbm file or a folder holding them`,
        zh: a => `“${a.path}”既不是文件也不是文件夹。请指定 .pbm 文件或存放计划的文件夹。`
    },
    'no-plan-files': {
        en: a => `no .pbm files in folder '${a.folder}'`,
        zh: a => `文件夹“${a.folder}”中没有 .pbm 文件。请指定存放计划文件的文件夹。`
    },
    'cannot-read-folder': {
        en: a => `cannot read folder '${a.folder}': ${reasonText('en', a.reason, a.detail)}`,
        zh: a => `无法读取文件夹“${a.folder}”：${reasonText('zh', a.reason, a.detail)}。${zhRemedy(a.reason)}。`
    },
    'too-large': {
        en: a => `'${a.file}' is too large (${a.size}): PBM reads plan files of up to ${a.limit}; split it into several files joined with import`,
        zh: a => `“${a.file}”过大（${a.size}）：PBM 只读取不超过 ${a.limit} 的计划文件。请把它拆分为几个文件，用 import 连接。`
    },
    'cannot-read': {
        en: a => `cannot read '${a.file}': ${reasonText('en', a.reason, a.detail)}`,
        zh: a => `无法读取“${a.file}”：${reasonText('zh', a.reason, a.detail)}。${zhRemedy(a.reason)}。`
    },
    'binary': {
        en: a => `'${a.file}' is not a text file (it contains binary data)`,
        zh: a => `“${a.file}”不是文本文件（含有二进制数据）。请指定用文本编辑器编写的 .pbm 计划文件。`
    },
    'not-utf8': {
        en: a => `'${a.file}' is not UTF-8 text; save it as UTF-8 (e.g. in VS Code: "Save with Encoding" → UTF-8)`,
        zh: a => `“${a.file}”不是 UTF-8 编码的文本。请另存为 UTF-8（如在 VS Code 中：“通过编码保存”→ UTF-8）。`
    },
    'cannot-write': {
        en: a => `cannot write '${a.output}': ${reasonText('en', a.reason, a.detail)}`,
        zh: a => `无法写入“${a.output}”：${reasonText('zh', a.reason, a.detail)}。${zhRemedy(a.reason)}。`
    },
    'output-folder-missing': {
        en: a => `cannot write '${a.output}': the folder '${a.folder}' does not exist`,
        zh: a => `无法写入“${a.output}”：文件夹“${a.folder}”不存在。请先创建该文件夹，或换一个位置。`
    },
    'output-parent-not-folder': {
        en: a => `cannot write '${a.output}': '${a.folder}' is not a folder`,
        zh: a => `无法写入“${a.output}”：“${a.folder}”不是文件夹。请换一个位置。`
    },
    'output-into-missing-folder': {
        en: a => `cannot write into '${a.folder}': the folder does not exist`,
        zh: a => `无法写入“${a.folder}”：该文件夹不存在。请先创建该文件夹。`
    },
    'wrong-extension': {
        en: a => `cannot write the ${a.form} form to '${a.output}': its file name must end in ${a.extension}`,
        zh: a => `无法把 ${a.form} 表写入“${a.output}”：文件名须以 ${a.extension} 结尾。请改用 ${a.extension} 文件名。`
    },
    'title-date': {
        en: a => `--title-date must be a date written YYYY-MM-DD, not '${a.value}'`,
        zh: a => `--title-date 须为 YYYY-MM-DD 格式的日期，而不是“${a.value}”。请按 2026-06-30 这样的格式填写。`
    },
    'no-plan-in-folder': {
        en: a => `no plan in folder '${a.folder}': none of its ${a.files} .pbm ${a.files === 1 ? 'file' : 'files'} declares "plan … { … }"`,
        zh: a => `文件夹“${a.folder}”中没有计划：其中 ${a.files} 个 .pbm 文件都没有声明“plan … { … }”。请指定含有计划声明的文件或文件夹。`
    },
    'several-plans': {
        en: a => `'${a.given}' holds ${a.plans.length} plans (${a.plans.join(', ')}): ${SEVERAL_PLANS_HINTS[a.hint].en}`,
        zh: a => `“${a.given}”中有 ${a.plans.length} 个计划（${a.plans.join('、')}）：${SEVERAL_PLANS_HINTS[a.hint].zh}。`
    },
    'no-plan-declaration': {
        en: a => `'${a.file}' has no plan declaration: run "pbm report" on the plan file (the one with "plan … { … }") that imports it`,
        zh: a => `“${a.file}”没有计划声明：请对导入它的计划文件（含“plan … { … }”的文件）运行 "pbm report"。`
    },
    'no-readable-plan': {
        en: a => `'${a.file}' holds no plan that can be read: run the check tool on it to see why`,
        zh: a => `“${a.file}”中没有可读取的计划：请对它运行 check 工具查看原因。`
    }
};

/** What each command's file or folder argument is. */
const OPERANDS: Readonly<Record<CliCommandName, Readonly<Record<Lang, { readonly what: string; readonly one: string }>>>> = {
    check: { en: { what: '<file-or-folder> to check', one: '<file-or-folder>' }, zh: { what: '要检查的文件或文件夹', one: '文件或文件夹' } },
    report: { en: { what: '<plan-file-or-folder> to report on', one: '<plan-file-or-folder>' }, zh: { what: '要生成报告的计划文件或文件夹', one: '计划文件或文件夹' } },
    export: { en: { what: '<plan-file-or-folder> to export', one: '<plan-file-or-folder>' }, zh: { what: '要导出的计划文件或文件夹', one: '计划文件或文件夹' } },
    mcp: { en: { what: '', one: '' }, zh: { what: '', one: '' } }
};

const USAGE_PROBLEMS: Catalog<UsageProblemArgs> = {
    'missing-command': {
        en: a => `missing command: use ${a.commands.map(c => `"pbm ${c}"`).join(', ')}; "pbm --help" lists them`,
        zh: a => `缺少命令：请使用 ${a.commands.map(c => `"pbm ${c}"`).join('、')}；"pbm --help" 可列出全部命令。`
    },
    'unknown-command': {
        en: a => `unknown command '${a.name}': use ${a.commands.map(c => `"${c}"`).join(', ')}; "pbm --help" lists them`,
        zh: a => `未知命令“${a.name}”：请使用 ${a.commands.map(c => `"${c}"`).join('、')}；"pbm --help" 可列出全部命令。`
    },
    'option-twice': {
        en: a => `option '${a.option}' is given twice: give it once`,
        zh: a => `选项 ${a.option} 给出了两次：请只给一次。`
    },
    'option-value': {
        en: a => `option '${a.option}' must be one of ${a.values.join(', ')}, not '${a.value}'`,
        zh: a => `选项 ${a.option} 的值须为 ${alternatives('zh', a.values)} 之一，而不是“${a.value}”。请从中选择一个。`
    },
    'option-missing': {
        en: a => `missing ${a.option}: use ${a.option} ${alternatives('en', a.values)}`,
        zh: a => `缺少 ${a.option}：请使用 ${a.option} ${alternatives('zh', a.values)}。`
    },
    'operand-missing': {
        en: a => `missing ${OPERANDS[a.command].en.what} ("pbm ${a.command} --help" shows how)`,
        zh: a => `缺少${OPERANDS[a.command].zh.what}：请在命令后写出它（"pbm ${a.command} --help" 说明了用法）。`
    },
    'no-operands': {
        en: a => `"pbm ${a.command}" takes no file or folder; it works in the current folder`,
        zh: a => `"pbm ${a.command}" 不接受文件或文件夹参数，它在当前文件夹中工作。请去掉多余的参数。`
    },
    'too-many-operands': {
        en: a => `"pbm ${a.command}" takes one ${OPERANDS[a.command].en.one}, not ${a.count}`,
        zh: a => `"pbm ${a.command}" 只接受一个${OPERANDS[a.command].zh.one}，而不是 ${a.count} 个。请只指定一个。`
    },
    'unknown-option': {
        en: a => `unknown option '${a.option}' for "pbm ${a.command}" ("pbm ${a.command} --help" lists its options)`,
        zh: a => `"pbm ${a.command}" 没有选项 ${a.option}：请检查拼写（"pbm ${a.command} --help" 可列出它的选项）。`
    },
    'option-needs-value': {
        en: a => `option '${a.option}' needs a value`,
        zh: a => `选项 ${a.option} 需要一个值：请写成 ${a.option} <值>。`
    },
    'option-takes-no-value': {
        en: a => `option '${a.option}' takes no value`,
        zh: a => `选项 ${a.option} 不带值：请去掉“=”及其后的内容。`
    },
    'unreadable-arguments': {
        en: a => a.detail,
        zh: a => `无法理解命令行参数（${a.detail}）：请参照 "pbm --help" 的用法。`
    }
};

const CLI_NOTES: Catalog<CliNoteArgs> = {
    'report-has-errors': {
        en: a => `note: the plan has ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}, listed in the report's appendix; run "pbm check" to fix them.`,
        zh: a => `注意：计划中有 ${a.errors} 处错误，已列入报告附录；请用 "pbm check" 查看并修正。`
    },
    'export-has-errors': {
        en: a => `note: the plan has ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}, listed in the exported file; run "pbm check" to fix them.`,
        zh: a => `注意：计划中有 ${a.errors} 处错误，已列入导出文件；请用 "pbm check" 查看并修正。`
    },
    'report-written': {
        en: a => `report written to ${a.output}`,
        zh: a => `报告已写入 ${a.output}`
    },
    'exported': {
        en: a => `exported ${a.output}`,
        zh: a => `已导出 ${a.output}`
    },
    'plan-unreadable': {
        en: a => `cannot read a plan from '${a.file}': fix the syntax errors above, then run "pbm report" again`,
        zh: a => `无法从“${a.file}”读取计划：请修正上面的语法错误，然后再次运行 "pbm report"。`
    },
    'check-summary': {
        en: a => `Checked ${a.files} ${a.files === 1 ? 'file' : 'files'}: ${a.errors} ${a.errors === 1 ? 'error' : 'errors'}, ${a.warnings} ${a.warnings === 1 ? 'warning' : 'warnings'}, ${a.infos} info.`,
        zh: a => `已检查 ${a.files} 个文件：${a.errors} 个错误，${a.warnings} 个警告，${a.infos} 条提示。`
    },
    'internal-error': {
        en: a => `internal error: ${a.message} (a bug in pbm: please report it, with PBM_DEBUG=1 for the details)`,
        zh: a => `内部错误：${a.message}（这是 pbm 的缺陷，请报告给开发者；设置 PBM_DEBUG=1 可显示详细信息）`
    }
};

export function inputProblemText<C extends InputProblemCode>(lang: Lang, code: C, args: InputProblemArgs[C]): string {
    return (INPUT_PROBLEMS[code] as Wording<InputProblemArgs[C]>)[lang](args);
}

export function usageProblemText<C extends UsageProblemCode>(lang: Lang, code: C, args: UsageProblemArgs[C]): string {
    return (USAGE_PROBLEMS[code] as Wording<UsageProblemArgs[C]>)[lang](args);
}

export function cliNoteText<C extends CliNoteCode>(lang: Lang, code: C, args: CliNoteArgs[C]): string {
    return (CLI_NOTES[code] as Wording<CliNoteArgs[C]>)[lang](args);
}

/** A line of `pbm` on stderr: `pbm: <text>`. */
export function cliLine(text: string): string {
    return `pbm: ${text}`;
}

/**
 * The language the environment asks for, as POSIX programs read it: the
 * first set of `LC_ALL`, `LC_MESSAGES`, `LANG`; one starting with `zh`
 * (`zh_CN.UTF-8`, `zh_TW`) is Chinese, anything else (`C`, `en_US`) English.
 */
export function cliLanguageOfEnvironment(env: Readonly<Record<string, string | undefined>>): Lang {
    const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '');
    return locale !== undefined && /^zh/i.test(locale) ? 'zh' : 'en';
}
