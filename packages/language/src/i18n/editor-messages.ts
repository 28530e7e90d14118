/**
 * Messages of the editor's requests that are not diagnostics: a refused
 * rename, a summary that could not be generated. Both languages; the
 * language is chosen by the caller.
 */
import { capitalise } from './format.js';

/** Why a rename is refused (the client shows it to the user). */
export const RENAME_REFUSALS = {
    notAName: {
        en: (name: string) => `"${name}" is not a valid PBM name. A name starts with a letter (Latin or Chinese) or _, followed by letters, digits or _ — no spaces or punctuation.`,
        zh: (name: string) => `“${name}”不是有效的名称。名称以字母（英文或汉字）或 _ 开头，后接字母、数字或 _，不能含空格或标点。`
    },
    keyword: {
        en: (name: string) => `"${name}" is a PBM keyword and cannot be a name. Choose another name (names are case-sensitive: "${capitalise(name)}" is allowed).`,
        zh: (name: string) => `“${name}”是 PBM 关键字，不能用作名称。请换一个名称（区分大小写，如“${capitalise(name)}”可以使用）。`
    },
    taken: {
        en: (name: string, kind: string) => `The plan already has a ${kind} named "${name}". Choose a name that is not used yet.`,
        zh: (name: string, kind: string) => `计划中已有名为“${name}”的${kind}。请使用尚未使用的名称。`
    }
} as const;

/** Why the summary could not be generated (the extension shows it in the summary view). */
export const REPORT_REQUEST_ERRORS = {
    notLoaded: {
        en: (file: string) => `${file} is not a PBM file the language server knows. Save it with the .pbm extension and try again.`,
        zh: (file: string) => `语言服务器未加载 ${file}。请以 .pbm 扩展名保存后重试。`
    },
    noPlan: {
        en: (file: string) => `${file} belongs to no plan. Open the file that declares the plan (plan Name { … }), or import this file from it.`,
        zh: (file: string) => `${file} 不属于任何计划。请打开声明计划（plan 名称 { … }）的文件，或在该文件中 import 本文件。`
    },
    failed: {
        en: (reason: string) => `The summary could not be generated: ${reason}. Check the plan for errors (Problems panel) and try again.`,
        zh: (reason: string) => `无法生成工作总结：${reason}。请在“问题”面板中检查计划的错误后重试。`
    }
} as const;

/** Why a form could not be exported from the editor. */
export const EXPORT_REQUEST_ERRORS = {
    unknownForm: {
        en: (form: string) => `'${form}' is not a form PBM exports. Choose self-evaluation, targets, monitoring or summary.`,
        zh: (form: string) => `“${form}”不是可导出的表格。请选择 self-evaluation（自评表）、targets（绩效目标表）、monitoring（监控表）或 summary（工作总结）。`
    },
    failed: {
        en: (reason: string) => `The form could not be exported: ${reason}. Check that the folder can be written to, and try again.`,
        // A reason worded by cli-text.ts already ends its sentence (and says what to do).
        zh: (reason: string) => /。$/.test(reason) ? `无法导出表格：${reason}` : `无法导出表格：${reason}。请确认目标文件夹可写入后重试。`
    }
} as const;
