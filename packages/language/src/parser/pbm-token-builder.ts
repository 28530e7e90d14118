import { DefaultTokenBuilder, RegExpUtils, type GrammarAST, type LexingReport } from 'langium';
import type { CustomPatternMatcherFunc, TokenType } from 'chevrotain';
import { SYNTAX_TEXT } from '../i18n/terms.js';
import { bilingual } from '../i18n/message-args.js';
import { isUnterminatedString } from '../model/values.js';

interface PendingProblem {
    readonly offset: number;
    readonly length: number;
    readonly kind: 'unterminatedString' | 'unterminatedComment';
}

/** At most this many lexical problems are reported per file (a pasted binary must not flood the editor). */
const MAX_REPORTED = 200;

/**
 * Reports strings without a closing quote and block comments without `*\/`.
 * The STRING terminal accepts a missing closing quote so that the string ends
 * at the end of its line (LANGUAGE.md §1); this builder turns that into a
 * `syntax-error` instead of silently accepting it.
 */
export class PbmTokenBuilder extends DefaultTokenBuilder {
    private pending: PendingProblem[] = [];

    protected override buildTerminalToken(terminal: GrammarAST.TerminalRule): TokenType {
        const token = super.buildTerminalToken(terminal);
        if (terminal.name === 'STRING') {
            return this.watch(token, '"', false, 'unterminatedString', isUnterminatedString);
        }
        if (terminal.name === 'ML_COMMENT') {
            return this.watch({ ...token, PATTERN: /\/\*[\s\S]*?(?:\*\/|$(?![\s\S]))/ }, '/', true, 'unterminatedComment', image => !image.endsWith('*/') || image.length < 4);
        }
        return token;
    }

    /**
     * The terminals a keyword could also be the start of (an identifier
     * `planned` beginning with `plan`). Langium's own way turns each
     * terminal's pattern into a partial-match pattern again for every
     * keyword — a thousand conversions, ≈ 40 ms of every start of the CLI and
     * the server; here each is converted once. Same test, same result.
     */
    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const partial = this.partialPattern(token);
            return partial !== undefined && (keyword.value.match(partial)?.[0].length ?? 0) > 0;
        });
    }

    private readonly partialPatterns = new Map<TokenType, RegExp | undefined>();

    private partialPattern(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            this.partialPatterns.set(token, source ? RegExpUtils.partialRegExp('^' + source + '$') : undefined);
        }
        return this.partialPatterns.get(token);
    }

    override flushLexingReport(text: string): LexingReport {
        const report = super.flushLexingReport(text);
        const problems = this.pending;
        this.pending = [];
        if (problems.length > 0) {
            const positions = linesAndColumns(text, problems.map(p => p.offset));
            problems.forEach((problem, i) => report.diagnostics.push({
                severity: 'error',
                message: bilingual(lang => SYNTAX_TEXT[problem.kind][lang]()),
                offset: problem.offset,
                length: problem.length,
                line: positions[i].line,
                column: positions[i].column
            }));
        }
        return report;
    }

    private watch(token: TokenType, startChar: string, lineBreaks: boolean, kind: PendingProblem['kind'], isProblem: (image: string) => boolean): TokenType {
        const source = token.PATTERN as RegExp;
        const sticky = new RegExp(source.source, source.flags.replace('y', '') + 'y');
        const matcher: CustomPatternMatcherFunc = (text, offset) => {
            sticky.lastIndex = offset;
            const match = sticky.exec(text);
            if (match && isProblem(match[0]) && this.pending.length < MAX_REPORTED) {
                // Point at the opening `/*` or `"`: Langium's lexer diagnostics span one line only.
                this.pending.push({ offset, length: kind === 'unterminatedComment' ? 2 : Math.max(1, match[0].length), kind });
            }
            return match;
        };
        return { ...token, PATTERN: matcher, START_CHARS_HINT: [startChar], LINE_BREAKS: lineBreaks };
    }
}

/**
 * 1-based line and column of each (ascending) offset, in one pass over the
 * text. Line breaks are `\n`, `\r\n` and a lone `\r`, as in the lexer and LSP.
 */
function linesAndColumns(text: string, offsets: readonly number[]): Array<{ line: number; column: number }> {
    const result: Array<{ line: number; column: number }> = [];
    let line = 1;
    let lineStart = 0;
    let position = 0;
    for (const offset of offsets) {
        for (; position < offset; position++) {
            const code = text.charCodeAt(position);
            const isBreak = code === 10 || (code === 13 && text.charCodeAt(position + 1) !== 10);
            if (isBreak) {
                line++;
                lineStart = position + 1;
            }
        }
        result.push({ line, column: offset - lineStart + 1 });
    }
    return result;
}
