/** Nouns and phrases shared by messages, hover and report, in both languages. */
import type { Lang } from './locale.js';

const KIND_NOUNS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
    Plan: { en: 'plan', zh: '计划' },
    Unit: { en: 'unit', zh: '单位' },
    Strategy: { en: 'strategy', zh: '战略' },
    Goal: { en: 'goal', zh: '绩效目标' },
    Kpi: { en: 'KPI', zh: '绩效指标' },
    Budget: { en: 'budget line', zh: '预算项目' },
    Checkpoint: { en: 'checkpoint', zh: '监测点' },
    Review: { en: 'review', zh: '评估' },
    Finding: { en: 'finding', zh: '评估发现' },
    Action: { en: 'action', zh: '整改措施' },
    Outlook: { en: 'outlook item', zh: '未来规划' },
    Affectable: { en: 'goal, KPI or budget line', zh: '绩效目标、绩效指标或预算项目' }
};

/** The noun for a declaration kind (an AST type name), e.g. `Kpi` → "KPI" / "绩效指标". */
export function kindNoun(lang: Lang, type: string): string {
    return KIND_NOUNS[type]?.[lang] ?? type;
}

const TERMINAL_DESCRIPTIONS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
    ID: { en: 'a name', zh: '名称' },
    STRING: { en: 'a text in double quotes', zh: '带双引号的文字' },
    NUMBER: { en: 'a number', zh: '数值' },
    PERCENT: { en: 'a percentage such as 40%', zh: '百分比（如 40%）' },
    DATE: { en: 'a date (YYYY-MM-DD)', zh: '日期（YYYY-MM-DD）' },
    EOF: { en: 'the end of the file', zh: '文件结尾' }
};

/** How a parser token type is described to the user: a keyword in quotes, a terminal by its meaning. */
export function describeTokenType(lang: Lang, tokenName: string): string {
    const terminal = TERMINAL_DESCRIPTIONS[tokenName];
    if (terminal) return terminal[lang];
    // Langium names keyword tokens by the keyword itself.
    return `'${tokenName.endsWith(':KW') ? tokenName.slice(0, -3) : tokenName}'`;
}

export function describeFoundToken(lang: Lang, image: string | undefined, isEof: boolean): string {
    if (isEof || image === undefined || image === '') return TERMINAL_DESCRIPTIONS.EOF[lang];
    const shown = image.length > 30 ? image.slice(0, 30) + '…' : image;
    return `'${shown}'`;
}

export const SYNTAX_TEXT = {
    expectedButFound: {
        en: (expected: string, found: string) => `Expected ${expected} but found ${found}.`,
        zh: (expected: string, found: string) => `此处应为${expected}，实际为${found}。`
    },
    unexpectedAtTopLevel: {
        en: (found: string) => `Unexpected ${found}: expected a declaration (plan, import, unit, strategy, goal, budget, checkpoint, review or outlook).`,
        zh: (found: string) => `无法识别 ${found}：此处应为声明（plan、import、unit、strategy、goal、budget、checkpoint、review 或 outlook）。`
    },
    expectedOneOf: {
        en: (options: string, found: string) => `Expected one of ${options} but found ${found}.`,
        zh: (options: string, found: string) => `此处应为 ${options} 之一，实际为${found}。`
    },
    unexpectedCharacter: {
        en: (char: string, code: string) => `Unexpected character '${char}' (${code}). Remove it, or put it inside a "quoted text".`,
        zh: (char: string, code: string) => `无法识别的字符“${char}”（${code}）。请删除，或放在带双引号的文字中。`
    },
    unterminatedString: {
        en: () => `This text has no closing double quote ("). Add it at the end of the text.`,
        zh: () => `文字缺少结尾的双引号（"）。请在文字末尾补上。`
    },
    unterminatedComment: {
        en: () => `This comment is not closed. Add */ where it ends.`,
        zh: () => `注释未结束。请在注释末尾补上 */。`
    },
    fileTooLarge: {
        en: (size: string, limit: string) => `This file is ${size}; PBM reads plan files of up to ${limit}, so it was not checked. Split it into several files joined with import.`,
        zh: (size: string, limit: string) => `本文件大小为 ${size}，PBM 只读取不超过 ${limit} 的计划文件，因此未作检查。请拆分为多个文件，并用 import 关联。`
    },
    /** An unexpected character that is a known slip (curly quotes, `>`, a colon…): what to write instead. */
    misusedCharacter: {
        en: (char: string, code: string, advice: string) => `Unexpected character '${char}' (${code}). ${advice}`,
        zh: (char: string, code: string, advice: string) => `无法识别的字符“${char}”（${code}）。${advice}`
    },
    reservedWord: {
        en: (word: string, instead: string) => `'${word}' is a keyword of the language and cannot be used as a name. Choose another name, e.g. '${instead}'.`,
        zh: (word: string, instead: string) => `“${word}”是语言的关键字，不能用作名称。请换一个名称，如“${instead}”。`
    },
    numberNotPercentage: {
        en: (number: string) => `Write ${number} without %: baselines, targets, measured values and amounts are plain numbers in the KPI's unit or the plan's currency, even when the unit is "%".`,
        zh: (number: string) => `请写成 ${number}，不带 %：基期值、目标值、实际值和金额都是按指标单位或计划币种填写的数值，即使单位是 "%" 也不加 %。`
    },
    measureNotPercentage: {
        en: (number: string) => `Write ${number} without % for a numeric KPI: measured values are in the KPI's unit, even when it is "%". A qualitative KPI takes its level first: achieved, partial or missed ${number}%.`,
        zh: (number: string) => `数值型指标请写成 ${number}，不带 %：实际值按指标单位填写，即使单位是 "%"。定性指标请先写等级：achieved、partial 或 missed ${number}%。`
    },
    digitSeparator: {
        en: () => `',' cannot separate the digits of a number. Write 1200000 or 1_200_000.`,
        zh: () => `数字中不能用逗号分隔位数。请写成 1200000 或 1_200_000。`
    }
} as const;

/**
 * Characters users often type by mistake (LANGUAGE.md §1; Chinese input
 * methods produce several of them), each with what to write instead.
 */
const CHARACTER_ADVICE: ReadonlyArray<readonly [string, Readonly<Record<Lang, string>>]> = [
    ['“”＂‘’\'「」『』', {
        en: 'Texts are written in straight double quotes: "like this".',
        zh: '文字请用英文直双引号括起来，如 "财务部"。'
    }],
    ['><＞＜≠≧≦', {
        en: 'A target is compared with >=, <= or = (also ≥ ≤); there is no > or <.',
        zh: '目标值只能用 >=、<= 或 =（也可写 ≥ ≤）比较，没有 > 或 <。'
    }],
    ['%％', {
        en: 'Write the % directly after the number, without a space: 40%.',
        zh: '百分号要紧跟在数字后面，中间不留空格，如 40%。'
    }],
    [':：', {
        en: 'No colon is needed: write the keyword, a space and the value, e.g. lead "Wang Li".',
        zh: '不需要冒号：关键字与取值之间用空格分隔即可，如 lead "王丽"。'
    }],
    [';；', {
        en: 'No semicolon is needed: separate properties with spaces or line breaks.',
        zh: '不需要分号：属性之间用空格或换行分隔即可。'
    }],
    ['、', {
        en: 'Separate the names of a list with a comma: A, B.',
        zh: '列表中的名称请用逗号分隔，如 A，B。'
    }]
];

/** What to write instead of a character that is not part of the language, when it is a known slip. */
export function characterAdvice(lang: Lang, char: string): string | undefined {
    return CHARACTER_ADVICE.find(([chars]) => chars.includes(char))?.[1][lang];
}
