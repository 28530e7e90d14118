/**
 * syntax-error for a block left open: insert its `}` (and those of the
 * blocks open inside it) after its last line, each at its block's
 * indentation. The diagnostic's `data.unclosed` says where
 * (validation/pbm-document-validator.ts); other syntax errors get no fix.
 */
import type { Position, TextEdit } from 'vscode-languageserver';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { blockNoun } from '../../i18n/unclosed-block.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';

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
    const title = FIX_TITLES[context.lang].closeBlock(blockNoun(context.lang, unclosed.keyword), unclosed.name ?? unclosed.keyword);
    return [quickFix(context, title, singleFile(context.document, [edit]), true)];
};
