/**
 * The edits quick fixes share: inserting properties into a block at its
 * indentation, appending declarations to a file, workspace edits over one
 * or several files, and the code action that carries them.
 */
import { AstUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Position, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { bracesOf } from '../pbm-blocks.js';
import { modelOf, type FixContext } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const INDENT = '    ';
/** Line breaks as LSP positions count them: a lone `\r` (old Mac files) is one too. */
const LINE_BREAK = /\r\n|\r|\n/;

export function quickFix(context: FixContext, title: string, edit: WorkspaceEdit, isPreferred: boolean): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], edit, isPreferred };
}

export function singleFile(document: LangiumDocument, edits: TextEdit[]): WorkspaceEdit {
    return { changes: { [document.uri.toString()]: edits } };
}

export function multiFile(edits: ReadonlyMap<LangiumDocument, TextEdit[]>): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const [document, list] of edits) changes[document.uri.toString()] = list;
    return { changes };
}

/** "Add '<property>'" for the block of type `is` around the diagnostic, unless the parser recovered it. */
export function addProperty<T extends AstNode>(context: FixContext, is: (node: AstNode) => node is T, text: (block: T) => string | undefined): CodeAction[] {
    const block = AstUtils.getContainerOfType(context.node, is);
    const property = block && !SyntaxErrors.of(context.document).touches(block) && text(block);
    if (!block || !property) return [];
    return insertProperty(context, block, property, true);
}

/** "Add '<property>'": the property inserted among the block's properties. */
export function insertProperty(context: FixContext, block: AstNode, property: string, isPreferred: boolean): CodeAction[] {
    const edit = insertIntoBlock(context.document, block, [property], propertyAnchor(block));
    return edit ? [quickFix(context, FIX_TITLES[context.lang].addProperty(property), singleFile(context.document, [edit]), isPreferred)] : [];
}

/** `owner` with the plan's first unit; none when the plan has no unit. */
export function ownerText(context: FixContext): string | undefined {
    const units = modelOf(context)?.units ?? (context.document.parseResult.value as ast.PbmFile).elements.filter(ast.isUnit);
    const unit = units.find(u => u.name);
    return unit ? `owner ${unit.name}` : undefined;
}

/** `due` the plan's end date; none without a plan period. */
export function dueText(context: FixContext): string | undefined {
    return context.figures?.end ? `due ${context.figures.end.iso}` : undefined;
}

/** The last property of a block (before its nested blocks): new properties go after it. */
export function propertyAnchor(block: AstNode): AstNode | undefined {
    const properties = props.propertiesOf(block);
    if (!ast.isGoal(block)) return properties[properties.length - 1];
    // In a goal, keep properties above the KPIs where the goal already does.
    const firstKpi = block.members.findIndex(ast.isKpi);
    const before = firstKpi < 0 ? properties : properties.filter(p => block.members.indexOf(p as ast.GoalMember) < firstKpi);
    return before[before.length - 1];
}

/**
 * Inserts lines into a block after `anchor` (or after its `{`): on a new
 * line at the block's indentation, or, in a one-line block, before its `}`.
 */
export function insertIntoBlock(document: LangiumDocument, block: AstNode, lines: readonly string[], anchor: AstNode | undefined): TextEdit | undefined {
    const { open, close } = bracesOf(block);
    if (!open || !close) return undefined;
    const after: CstNode = anchor?.$cstNode ?? open;
    const text = document.textDocument.getText();
    if (close.range.start.line === after.range.end.line) {
        const before = text[close.offset - 1];
        const spaced = before === ' ' || before === '\t' ? '' : ' ';
        return { range: { start: close.range.start, end: close.range.start }, newText: `${spaced}${lines.join(' ')} ` };
    }
    const indent = memberIndent(document, block, open);
    const lineEnd = endOfLine(document, after.range.end.line);
    return { range: { start: lineEnd, end: lineEnd }, newText: lines.map(line => `\n${indent}${line}`).join('') };
}

/** The indentation of the block's members: that of its first member on a line of its own, else the block's own plus four spaces. */
function memberIndent(document: LangiumDocument, block: AstNode, open: CstNode): string {
    const lines = document.textDocument.getText().split(LINE_BREAK);
    const members = AstUtils.streamContents(block).toArray();
    for (const member of members) {
        const line = member.$cstNode?.range.start.line;
        if (line !== undefined && line !== open.range.start.line) return /^\s*/.exec(lines[line])![0];
    }
    const blockLine = block.$cstNode ? lines[block.$cstNode.range.start.line] : '';
    return /^\s*/.exec(blockLine)![0] + INDENT;
}

function endOfLine(document: LangiumDocument, line: number): Position {
    const text = document.textDocument.getText().split(LINE_BREAK)[line] ?? '';
    return { line, character: text.length };
}

/** Appends declarations at the end of a file, after a blank line. */
export function appendToFile(document: LangiumDocument, lines: readonly string[]): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { range: { start: end, end }, newText: `${separator}${lines.join('\n')}\n` };
}

export function uniqueName(base: string, taken: ReadonlySet<string>): string {
    if (!taken.has(base)) return base;
    let i = 2;
    while (taken.has(`${base}${i}`)) i++;
    return `${base}${i}`;
}
