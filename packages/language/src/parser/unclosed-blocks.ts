/**
 * Which `{ … }` blocks a file leaves open, and where their `}` belongs. The
 * parser only sees that a `}` is missing where it next fails (often at the
 * next declaration, or at the end of the file); the tokens and the layout
 * tell which block it was: a block is left open when a new top-level
 * declaration starts at the left margin, when a `}` on its own line lines up
 * with an outer block rather than with it, when a block starts on its own
 * line at its indentation (a sibling), or when the file ends.
 */
import type { IToken } from 'chevrotain';

export interface OpenBlock {
    /** The keyword that starts the block (`goal`, `kpi`, `rules`, …). */
    readonly keyword: string;
    readonly name?: string;
    /** Offset of the keyword (its line is the document's to tell: line breaks are \n, \r\n or \r). */
    readonly offset: number;
    readonly indent: string;
    readonly openOffset: number;
    /** The index of the keyword among the tokens. */
    readonly keywordIndex: number;
}

export interface UnclosedBlocks {
    /** Innermost first. */
    readonly blocks: readonly OpenBlock[];
    /** Where the closing braces go: the end of the last token of the innermost block. */
    readonly insertAt: number;
}

const BLOCK_KEYWORDS: ReadonlySet<string> = new Set([
    'plan', 'rules', 'unit', 'strategy', 'goal', 'kpi', 'budget', 'checkpoint', 'review', 'finding', 'action', 'outlook'
]);
/** Keywords that start a top-level declaration when followed by a name. */
const DECLARATION_KEYWORDS: ReadonlySet<string> = new Set(['plan', 'unit', 'strategy', 'goal', 'budget', 'checkpoint', 'review', 'outlook']);

/**
 * A quick look at the characters outside strings and comments: whether a
 * `{` may be left open at all (then the tokens are worth reading).
 */
export function mayHaveUnclosedBlock(text: string): boolean {
    let balance = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '{') balance++;
        else if (c === '}') balance--;
        else if (c === '"') i = endOf(text, i + 1, /["\n]/g);
        else if (c === '/' && text[i + 1] === '/') i = endOf(text, i, /\n/g);
        else if (c === '/' && text[i + 1] === '*') i = endOf(text, i + 2, /\*\//g) + 1;
    }
    return balance > 0;
}

/** The index of the first match of `end` from `from`, else the end of the text. */
function endOf(text: string, from: number, end: RegExp): number {
    end.lastIndex = from;
    return end.exec(text)?.index ?? text.length;
}

export function findUnclosedBlocks(text: string, tokens: readonly IToken[]): UnclosedBlocks[] {
    // Layout alone is no proof: with as many `}` as `{`, no block is left open, however it is indented.
    const balance = tokens.reduce((sum, token) => sum + (token.image === '{' ? 1 : token.image === '}' ? -1 : 0), 0);
    if (balance <= 0) return [];
    const stack: OpenBlock[] = [];
    const found: UnclosedBlocks[] = [];
    const leave = (count: number, previous: IToken | undefined) => {
        if (count <= 0 || !previous) return;
        found.push({ blocks: stack.splice(stack.length - count).reverse(), insertAt: previous.endOffset! + 1 });
    };
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const column = token.startOffset - lineStartOf(text, token.startOffset);
        const firstOnLine = !previous || previous.endLine !== token.startLine;
        if (token.image === '{') {
            const block = openBlock(tokens, i, text);
            if (!block) return;
            // A block starting on its own line at the indentation of the open one is its sibling: that one was left open.
            const top = stack[stack.length - 1];
            const keyword = tokens[block.keywordIndex];
            if (top && top.indent === block.indent && tokens[block.keywordIndex - 1]?.endLine !== keyword.startLine) leave(1, tokens[block.keywordIndex - 1]);
            stack.push(block);
        } else if (token.image === '}') {
            if (firstOnLine) {
                const indent = ' '.repeat(column);
                const match = stack.map(block => block.indent.length).lastIndexOf(indent.length);
                if (match >= 0) leave(stack.length - 1 - match, previous);
            }
            stack.pop();
        } else if (stack.length > 0 && column === 0 && firstOnLine && DECLARATION_KEYWORDS.has(token.image) && tokens[i + 1]?.tokenType.name === 'ID') {
            leave(stack.length, previous);
        }
    });
    leave(stack.length, tokens[tokens.length - 1]);
    return found;
}

function openBlock(tokens: readonly IToken[], braceIndex: number, text: string): OpenBlock | undefined {
    for (let j = braceIndex - 1; j >= Math.max(0, braceIndex - 4); j--) {
        const token = tokens[j];
        if (!BLOCK_KEYWORDS.has(token.image) || token.tokenType.name === 'ID') continue;
        const next = tokens[j + 1];
        const lineText = text.slice(lineStartOf(text, token.startOffset));
        return {
            keyword: token.image,
            name: next && next.tokenType.name === 'ID' ? next.image : undefined,
            offset: token.startOffset,
            indent: /^[ \t]*/.exec(lineText)![0],
            openOffset: tokens[braceIndex].startOffset,
            keywordIndex: j
        };
    }
    return undefined;
}

function lineStartOf(text: string, offset: number): number {
    if (offset === 0) return 0;
    return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
}
