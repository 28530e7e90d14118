/**
 * syntax-error for a block left open: insert its `}` (and those of the
 * blocks open inside it) after its last line, each at its block's
 * indentation. The diagnostic's `data.unclosed` says where
 * (validation/pbm-document-validator.ts); other syntax errors get no fix.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver';
import { syntaxErrorCount } from '../../parser/pbm-syntax-errors.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { blockNoun } from '../../i18n/unclosed-block.js';
import { quickFix, singleFile } from './edits.js';
import type { FixContext, QuickFix } from './fix-context.js';

interface UnclosedData {
    readonly keyword: string;
    readonly name?: string;
    readonly insertAt: Position;
    /** The indentation of each block to close, innermost first. */
    readonly closers: readonly string[];
}

export const syntaxError: QuickFix = context => {
    const unclosed = (context.diagnostic.data as { unclosed?: UnclosedData } | undefined)?.unclosed;
    if (!unclosed) return [];
    const edit: TextEdit = {
        range: { start: unclosed.insertAt, end: unclosed.insertAt },
        newText: unclosed.closers.map(indent => `\n${indent}}`).join('')
    };
    if (!parsesBetter(context, edit)) return [];
    const title = FIX_TITLES[context.lang].closeBlock(blockNoun(context.lang, unclosed.keyword), unclosed.name ?? unclosed.keyword);
    return [quickFix(context, title, singleFile(context.document, [edit]), true)];
};

/**
 * Whether the file with the `}` inserted has fewer syntax errors. The place
 * comes from the layout, which can mislead (a block pasted twice): the fix
 * is offered only when the parser agrees. Parsing once per request for a
 * syntax error, never while typing.
 */
function parsesBetter(context: FixContext, edit: TextEdit): boolean {
    // Counted first: parsing again may reuse the parser's error list the document's result points to.
    const before = syntaxErrorCount(context.document.parseResult);
    const fixed = TextDocument.applyEdits(context.document.textDocument, [edit]);
    return syntaxErrorCount(context.services.parser.LangiumParser.parse(fixed)) < before;
}
