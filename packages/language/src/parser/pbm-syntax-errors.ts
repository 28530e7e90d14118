/**
 * How many syntax errors a parse produced: the lexer's errors, the parser's,
 * and the problems the token builder reports (a string without its closing
 * quote, a block comment without `*\/`), which the lexer itself accepts.
 * All three become `syntax-error` diagnostics; a feature that must not work on
 * a broken file (the formatter) or must not break it further (quick fixes)
 * counts them all.
 */
import type { ParseResult } from 'langium';

export function syntaxErrorCount(parseResult: ParseResult): number {
    return parseResult.lexerErrors.length + parseResult.parserErrors.length + (parseResult.lexerReport?.diagnostics.length ?? 0);
}
