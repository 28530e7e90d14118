/**
 * The `syntax-error` message for a block left open (parser/unclosed-blocks.ts):
 * it names the block and the line it starts on, and says where the `}` goes.
 */
import type { Lang } from './locale.js';
import { kindNoun } from './terms.js';

const AST_TYPES: Readonly<Record<string, string>> = {
    plan: 'Plan', unit: 'Unit', strategy: 'Strategy', goal: 'Goal', kpi: 'Kpi', budget: 'Budget',
    checkpoint: 'Checkpoint', review: 'Review', finding: 'Finding', action: 'Action', outlook: 'Outlook'
};

/** The noun for the block a keyword starts: "goal" / "绩效目标"; the plan's `rules` block is "rules block" / "规则块". */
export function blockNoun(lang: Lang, keyword: string): string {
    if (keyword === 'rules') return lang === 'zh' ? '规则块 rules' : 'rules block';
    return kindNoun(lang, AST_TYPES[keyword] ?? keyword);
}

/** `line` and `lastLine` are 1-based, as editors show them. */
export function unclosedBlockMessage(lang: Lang, keyword: string, name: string | undefined, line: number, lastLine: number): string {
    const noun = blockNoun(lang, keyword);
    if (lang === 'zh') {
        const named = name ? `${noun}“${name}”` : noun;
        return `第 ${line} 行开始的${named}没有结束：请在它的最后一行（第 ${lastLine} 行）之后加上“}”。`;
    }
    return `The ${noun}${name ? ` '${name}'` : ''} opened on line ${line} is not closed: add '}' after its last line (line ${lastLine}).`;
}
