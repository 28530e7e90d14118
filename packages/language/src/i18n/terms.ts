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
    Outlook: { en: 'outlook item', zh: '未来规划' }
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
    }
} as const;
