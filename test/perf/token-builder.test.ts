/**
 * The token builder works out which terminals can continue each keyword
 * (`planned` is an identifier, not the keyword `plan` and a rest) once per
 * terminal instead of once per keyword and terminal (start-up time, issue
 * #7). The lexer must get exactly the alternatives Langium's way gives.
 */
import { DefaultTokenBuilder, EmptyFileSystem, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';
import { createPbmServices } from 'pbm-language';
import { describe, expect, test } from 'vitest';

const { Pbm } = createPbmServices(EmptyFileSystem);
const definition = Pbm.parser.Lexer.definition as Record<string, TokenType>;
const terminals = Object.values(definition).filter(token => token.PATTERN instanceof RegExp || typeof token.PATTERN === 'function')
    .filter(token => !/^[^A-Z]/.test(token.name) && token.name === token.name.toUpperCase());
const keywords = Object.values(definition).filter(token => typeof token.PATTERN === 'string');

const langiumLongerAlt = (DefaultTokenBuilder.prototype as unknown as {
    findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[];
}).findLongerAlt;

describe('keywords that an identifier or another terminal can continue', () => {
    test('the grammar has keywords and terminals', () => {
        expect(keywords.length).toBeGreaterThan(80);
        expect(terminals.map(t => t.name)).toEqual(expect.arrayContaining(['ID', 'NUMBER', 'DATE', 'STRING']));
    });

    test.each(keywords.map(k => [k.name, k] as const))('%s: the alternatives of Langium\'s way', (name, token) => {
        const expected = langiumLongerAlt.call(Pbm.parser.TokenBuilder, { value: name } as GrammarAST.Keyword, terminals);
        const longerAlt = [token.LONGER_ALT ?? []].flat();
        expect(longerAlt.map(t => t.name)).toEqual(expected.map(t => t.name));
    });
});
