/**
 * Lexer and parser error messages in the user's language (LANGUAGE.md §5:
 * `syntax-error` "with a message that names the character").
 */
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { characterAdvice, describeFoundToken, describeTokenType, SYNTAX_TEXT } from '../i18n/terms.js';
import type { Lang } from '../i18n/locale.js';
import { bilingual } from '../i18n/message-args.js';

const MAX_LISTED_ALTERNATIVES = 8;
/** Text that would be a name if it were not a keyword (LANGUAGE.md §1: keywords are reserved). */
const NAME_SHAPE = /^[A-Za-z_][0-9A-Za-z_]*$/;

/** Messages in both languages (`bilingual`): the document's language is chosen when they are shown. */
export class PbmParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous?: IToken }): string {
        return bilingual(lang => {
            // Expecting the end of the file means the top level met something that starts no declaration.
            if (options.expected.name === 'EOF') return SYNTAX_TEXT.unexpectedAtTopLevel[lang](found(lang, options.actual));
            return knownSlip(lang, [options.expected.name], options.actual, options.previous)
                ?? SYNTAX_TEXT.expectedButFound[lang](describeTokenType(lang, options.expected.name), found(lang, options.actual));
        });
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return bilingual(lang => SYNTAX_TEXT.unexpectedAtTopLevel[lang](found(lang, options.firstRedundant)));
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous?: IToken }): string {
        return bilingual(lang => expectedOneOf(lang, options.expectedPathsPerAlt.flat(), options.actual[0], options.previous));
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous?: IToken }): string {
        return bilingual(lang => expectedOneOf(lang, options.expectedIterationPaths, options.actual[0], options.previous));
    }
}

    /**
     * A message for the mistakes users make most, saying what to write
     * instead: a keyword used as a name (`goal training`), a percentage where
     * a plain number belongs (`target >= 50%`), and a comma between the
     * digits of a number (`amount 1,200,000`).
     */
function knownSlip(lang: Lang, expected: readonly string[], actual: IToken | undefined, previous: IToken | undefined): string | undefined {
        if (!actual) return undefined;
        const kind = actual.tokenType?.name;
        if (expected.includes('ID') && kind !== 'ID' && NAME_SHAPE.test(actual.image)) {
            return SYNTAX_TEXT.reservedWord[lang](actual.image, actual.image[0].toUpperCase() + actual.image.slice(1));
        }
        if (kind === 'PERCENT' && expected.includes('NUMBER') && !expected.includes('PERCENT')) {
            // After `measure KPI`, a qualitative level may come instead of the number.
            const text = expected.includes('achieved') ? SYNTAX_TEXT.measureNotPercentage : SYNTAX_TEXT.numberNotPercentage;
            return text[lang](actual.image.slice(0, -1));
        }
        if ((actual.image === ',' || actual.image === '，') && previous?.tokenType?.name === 'NUMBER') {
            return SYNTAX_TEXT.digitSeparator[lang]();
        }
        return undefined;
    }

function expectedOneOf(lang: Lang, paths: TokenType[][], actual: IToken | undefined, previous?: IToken): string {
        const slip = knownSlip(lang, paths.filter(path => path.length > 0).map(path => path[0].name), actual, previous);
        if (slip) return slip;
        const firsts = [...new Set(paths.filter(path => path.length > 0).map(path => describeTokenType(lang, path[0].name)))];
        const listed = firsts.slice(0, MAX_LISTED_ALTERNATIVES).join(', ') + (firsts.length > MAX_LISTED_ALTERNATIVES ? ', …' : '');
        const foundText = actual ? found(lang, actual) : describeFoundToken(lang, undefined, true);
        return firsts.length === 1
            ? SYNTAX_TEXT.expectedButFound[lang](listed, foundText)
            : SYNTAX_TEXT.expectedOneOf[lang](listed, foundText);
}

function found(lang: Lang, token: IToken): string {
        return describeFoundToken(lang, token.image, token.tokenType?.name === 'EOF');
}

export class PbmLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const codePoint = fullText.codePointAt(startOffset) ?? 0;
        const char = String.fromCodePoint(codePoint);
        const code = 'U+' + codePoint.toString(16).toUpperCase().padStart(4, '0');
        const shown = codePoint < 0x20 || codePoint === 0x7f ? code : char;
        return bilingual(lang => {
            const advice = characterAdvice(lang, char);
            return advice
                ? SYNTAX_TEXT.misusedCharacter[lang](shown, code, advice)
                : SYNTAX_TEXT.unexpectedCharacter[lang](shown, code);
        });
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return bilingual(lang => describeFoundToken(lang, token.image, false));
    }
}
