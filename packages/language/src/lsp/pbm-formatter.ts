/**
 * The canonical layout of a PBM file (docs/editor.md, "Formatting"):
 * 4-space indentation, one property per line, `{` on the declaration line,
 * one space between the words of a line, no space before a comma, a blank
 * line between top-level declarations, comments kept where they are, and the
 * full-width punctuation of Chinese input methods (`，` `％` `＝` `＞＝` `＜＝`)
 * replaced by its ASCII form.
 *
 * Why not Langium's `AbstractFormatter`: its regions format the whitespace
 * between CST nodes, but the full-width forms are *inside* tokens (`40％` is
 * one PERCENT token) and comments need to keep their line. This formatter
 * walks the token stream once (with the comments from the lexer), decides the
 * whitespace before each token from its place in the AST, and emits edits
 * only for the gaps and tokens that change — so range formatting is the same
 * computation restricted to a range, and the result is idempotent.
 *
 * A document with syntax errors is not formatted (no edits): the AST of a
 * broken file does not say reliably where properties start.
 */
import { CstUtils, isLeafCstNode, type AstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams,
    DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as ast from '../generated/ast.js';
import { syntaxErrorCount } from '../parser/pbm-syntax-errors.js';
import { isBlock } from './pbm-blocks.js';

const INDENT = '    ';

/** Full-width forms and their ASCII replacement (whole tokens, or a token's last character). */
const FULL_WIDTH_TOKENS: Readonly<Record<string, string>> = { '，': ',', '＝': '=', '＞＝': '>=', '＜＝': '<=' };

/** One token of the file, in order, with what the layout needs to know about it. */
interface Token {
    readonly offset: number;
    readonly end: number;
    readonly text: string;
    /** The token as it should be written (full-width forms normalised). */
    readonly canonical: string;
    readonly comment: boolean;
    /** The AST node the token belongs to (undefined for comments). */
    readonly node?: AstNode;
}

/** A change of the whitespace before a token, or of a token itself. */
interface Change {
    readonly offset: number;
    readonly end: number;
    readonly text: string;
}

export class PbmFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        return this.edits(document, params.range);
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The formatted text of a document (its text unchanged when it has syntax errors). */
    formattedText(document: LangiumDocument): string {
        return TextDocument.applyEdits(document.textDocument, this.edits(document));
    }

    private edits(document: LangiumDocument, range?: Range): TextEdit[] {
        const changes = this.changes(document);
        if (!changes) return [];
        const textDocument = document.textDocument;
        const lines = range && wholeLines(document, range);
        return changes
            .filter(change => !lines || isWithin(change, lines))
            .map(change => ({
                range: { start: textDocument.positionAt(change.offset), end: textDocument.positionAt(change.end) },
                newText: change.text
            }));
    }

    /** Every change the canonical layout makes, in order; undefined when the document cannot be formatted. */
    private changes(document: LangiumDocument): Change[] | undefined {
        const { parseResult } = document;
        // Unterminated strings and comments count too: the lexer accepts them, but a
        // string then runs to the end of its line (moving a token onto that line
        // would put it inside the string) and a comment to the end of the file.
        if (syntaxErrorCount(parseResult) > 0) return undefined;
        const text = document.textDocument.getText();
        const tokens = this.tokens(document);
        const changes: Change[] = [];
        let depth = 0;
        let previousEnd = 0;
        let previous: Token | undefined;
        const inline = inlineBlocks(tokens);
        for (const token of tokens) {
            if (token.text === '}' && !token.comment) depth--;
            const gap = text.slice(previousEnd, token.offset);
            const wanted = separator(previous, token, gap, depth, inline);
            if (gap !== wanted) changes.push({ offset: previousEnd, end: token.offset, text: wanted });
            if (token.canonical !== token.text) changes.push({ offset: token.offset, end: token.end, text: token.canonical });
            if (token.text === '{' && !token.comment) depth++;
            previous = token;
            previousEnd = token.end;
        }
        const tail = text.slice(previousEnd);
        const wantedTail = previous ? '\n' : '';
        if (tail !== wantedTail) changes.push({ offset: previousEnd, end: text.length, text: wantedTail });
        return changes;
    }

    /**
     * The tokens of the document with the comments, in order. Comments are
     * what is not whitespace between two tokens of the syntax tree (the file
     * has no lexer errors here), so the text need not be lexed a second time.
     */
    private tokens(document: LangiumDocument): Token[] {
        const text = document.textDocument.getText();
        const root = document.parseResult.value.$cstNode;
        const tokens: Token[] = [];
        let previousEnd = 0;
        if (root) {
            for (const leaf of CstUtils.streamCst(root)) {
                if (!isLeafCstNode(leaf) || leaf.hidden) continue;
                pushComments(text, previousEnd, leaf.offset, tokens);
                tokens.push({ offset: leaf.offset, end: leaf.end, text: leaf.text, canonical: canonicalToken(leaf.text), comment: false, node: leaf.astNode });
                previousEnd = leaf.end;
            }
        }
        pushComments(text, previousEnd, text.length, tokens);
        return tokens;
    }
}

const COMMENT = /\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g;

function pushComments(text: string, start: number, end: number, tokens: Token[]): void {
    const gap = text.slice(start, end);
    if (gap.trim() === '') return;
    for (const match of gap.matchAll(COMMENT)) {
        const offset = start + match.index;
        tokens.push({ offset, end: offset + match[0].length, text: match[0], canonical: match[0], comment: true });
    }
}

// ---------------------------------------------------------------- layout

/** The whitespace wanted between `previous` and `token`, given what is there now (`gap`). */
function separator(previous: Token | undefined, token: Token, gap: string, depth: number, inline: ReadonlySet<AstNode>): string {
    if (!previous) return '';
    const existingBlankLines = Math.max(0, newlines(gap) - 1);
    const newLine = (blankLines: number) => '\n'.repeat(blankLines + 1) + INDENT.repeat(Math.max(0, depth));
    if (token.comment) {
        // A comment stays on its line: after code (a trailing comment) with the spacing it has, else on its own line.
        if (newlines(gap) === 0) return previous.comment && previous.text.startsWith('//') ? newLine(0) : (gap.length > 0 ? gap : ' ');
        return newLine(Math.min(existingBlankLines, 1));
    }
    if (previous.comment && previous.text.startsWith('//')) return newLine(Math.min(existingBlankLines, 1));
    if (previous.comment && newlines(gap) > 0) return newLine(Math.min(existingBlankLines, 1));
    if (isInline(token, inline) && isInline(previous, inline) && !startsTopLevel(token)) return token.text === ',' || token.text === '，' ? '' : ' ';
    if (token.text === '}') return previous.text === '{' ? ' ' : newLine(0);
    if (startsTopLevel(token)) return newLine(topLevelBlankLines(previous, token, existingBlankLines));
    if (previous.text === '{' || startsLine(token)) return newLine(previous.text === '{' ? 0 : Math.min(existingBlankLines, 1));
    if (token.text === ',' || token.text === '，' || token.text === '.' || previous.text === '.') return '';
    return ' ';
}

/** One blank line between top-level declarations; consecutive one-line declarations (imports, units) may stay together. */
function topLevelBlankLines(previous: Token, token: Token, existing: number): number {
    if (previous.comment) return Math.min(existing, 1);
    const before = topLevelNode(previous.node);
    const after = token.node;
    if (before && after && isOneLiner(before) && isOneLiner(after) && before.$type === after.$type) return Math.min(existing, 1);
    return 1;
}

/** Tokens that begin a line: the first token of a property, a nested block or a checkpoint entry. */
function startsLine(token: Token): boolean {
    const node = token.node;
    if (!node || node.$cstNode?.offset !== token.offset) return false;
    const container = node.$container;
    return container !== undefined && (isBlock(container) || ast.isCheckpoint(container));
}

function startsTopLevel(token: Token): boolean {
    const node = token.node;
    return node !== undefined && ast.isPbmFile(node.$container) && node.$cstNode?.offset === token.offset;
}

function topLevelNode(node: AstNode | undefined): AstNode | undefined {
    let current = node;
    while (current && current.$container && !ast.isPbmFile(current.$container)) current = current.$container;
    return current;
}

/** Whether the token belongs to a `unit` or `strategy` kept on one line. */
function isInline(token: Token, inline: ReadonlySet<AstNode>): boolean {
    if (inline.size === 0 || token.comment) return false;
    const topLevel = topLevelNode(token.node);
    return topLevel !== undefined && inline.has(topLevel);
}

/**
 * `unit` and `strategy` blocks with at most one property that are written on
 * one line stay on one line (`unit Ops "Operations" { lead "Li" }`): the
 * compact form lists of units and strategies are written in.
 */
function inlineBlocks(tokens: readonly Token[]): Set<AstNode> {
    const result = new Set<AstNode>();
    const commentOffsets = tokens.filter(t => t.comment).map(t => t.offset);
    for (const token of tokens) {
        const node = token.node;
        if (!node || result.has(node) || !(ast.isUnit(node) || ast.isStrategy(node))) continue;
        const cst = node.$cstNode;
        if (!cst || node.properties.length > 1 || cst.text.includes('\n')) continue;
        if (commentOffsets.some(offset => offset > cst.offset && offset < cst.end)) continue;
        result.add(node);
    }
    return result;
}

function isOneLiner(node: AstNode): boolean {
    if (ast.isImport(node)) return true;
    if ((ast.isUnit(node) || ast.isStrategy(node)) && node.properties.length <= 1) {
        return !node.$cstNode?.text.includes('\n');
    }
    return false;
}

// ---------------------------------------------------------------- tokens and text

function canonicalToken(text: string): string {
    // Every full-width form ends in a non-ASCII character.
    if (text.charCodeAt(text.length - 1) < 0x80) return text;
    const replaced = FULL_WIDTH_TOKENS[text];
    if (replaced) return replaced;
    // A percentage typed with the full-width percent sign: `40％` → `40%`.
    return text.endsWith('％') && !text.startsWith('"') ? text.slice(0, -1) + '%' : text;
}

function newlines(text: string): number {
    let count = 0;
    for (const char of text) if (char === '\n') count++;
    return count;
}

/** The offsets of the whole lines a range touches, so range formatting never splits a line's layout. */
function wholeLines(document: LangiumDocument, range: Range): { start: number; end: number } {
    const textDocument = document.textDocument;
    const start = textDocument.offsetAt({ line: range.start.line, character: 0 });
    const end = textDocument.offsetAt({ line: range.end.line + 1, character: 0 });
    return { start, end };
}

/**
 * A change belongs to a range of lines when it ends in them; the whitespace
 * before the first token of the range (which starts on the line above) is
 * part of that token's layout.
 */
function isWithin(change: Change, lines: { start: number; end: number }): boolean {
    return change.end >= lines.start && change.end <= lines.end && change.offset < lines.end;
}

