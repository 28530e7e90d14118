/**
 * Langium's lexer with a size limit (issue #8). Parsing costs time and memory
 * per token, and far more per syntax error: a pasted or corrupted file of
 * many megabytes (10 MB of `goal goal …` needs minutes and gigabytes) would
 * stall the language server and `pbm check`. A file over the limit is not
 * lexed: it reads as empty, with one `syntax-error` that says why and what
 * to do. The same limit applies to a file opened in the editor, one loaded
 * from the workspace or an import, and (checked before reading) the CLI's
 * inputs. The generated plans of the benchmark (up to 2.6 MB per file) are
 * well within it.
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import { SYNTAX_TEXT } from '../i18n/terms.js';
import { bilingual } from '../i18n/message-args.js';

/** The largest plan file PBM reads, in bytes of UTF-8. */
export const MAX_PLAN_FILE_BYTES = 5 * 1024 * 1024;

export class PbmLexer extends DefaultLexer {
    constructor(services: LangiumCoreServices) {
        super(services);
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        // A UTF-8 character takes at most 3 bytes per UTF-16 code unit: shorter texts need no counting.
        const bytes = text.length * 3 > MAX_PLAN_FILE_BYTES ? utf8Length(text) : 0;
        if (bytes <= MAX_PLAN_FILE_BYTES) return super.tokenize(text, options);
        const firstLine = /^[^\r\n]*/.exec(text)![0].length;
        const message = bilingual(lang => SYNTAX_TEXT.fileTooLarge[lang](megabytes(bytes), megabytes(MAX_PLAN_FILE_BYTES)));
        return {
            tokens: [], errors: [], hidden: [],
            report: { diagnostics: [{ severity: 'error', message, offset: 0, length: Math.max(1, Math.min(firstLine, 200)), line: 1, column: 1 }] }
        };
    }
}

/** Whether a file of this many bytes is too large to be read as a plan. */
export function isTooLargeForAPlan(bytes: number): boolean {
    return bytes > MAX_PLAN_FILE_BYTES;
}

/** `10.0 MB`: sizes in the messages (1 MB = 1024 × 1024 bytes). */
export function megabytes(bytes: number): string {
    return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function utf8Length(text: string): number {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        // A surrogate pair is 4 bytes: 2 for each half.
        bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
    }
    return bytes;
}
