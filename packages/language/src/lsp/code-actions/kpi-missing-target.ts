/**
 * kpi-missing-target: a target the planner completes. Where the client
 * applies snippet edits (LSP 3.18 `SnippetTextEdit`), the operator is a
 * choice (>=, <=, =) and the value a placeholder the cursor lands on; else
 * `target >= <baseline>` is inserted as plain text, the value to overwrite
 * (while it equals the baseline, `target-already-met` says so). The operator
 * is `<=` when the measures so far fall below the baseline (a cost, a
 * duration), else `>=`. A KPI
 * measured by levels (achieved / partial / missed) gets `target ""`.
 */
import { AstUtils, type LangiumDocument } from 'langium';
import type { SnippetTextEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { insertIntoBlock, propertyAnchor, quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const kpiMissingTarget: QuickFix = context => {
    const kpi = AstUtils.getContainerOfType(context.node, ast.isKpi);
    if (!kpi || SyntaxErrors.of(context.document).touches(kpi)) return [];
    const figures = context.figures?.kpiFigures.get(kpi);
    const qualitative = figures !== undefined && figures.measures.length === 0 && figures.latestLevel !== undefined;
    const value = props.kpiBaseline(kpi)?.value ?? '0';
    const operator = figures?.baseline !== undefined && figures.actual !== null && figures.actual < figures.baseline ? '<=' : '>=';
    const plain = qualitative ? 'target ""' : `target ${operator} ${value}`;
    const edit = insertIntoBlock(context.document, kpi, [plain], propertyAnchor(kpi));
    if (!edit) return [];
    const choices = operator === '<=' ? '<=,>=,=' : '>=,<=,=';
    const snippet = qualitative ? 'target "${1}"' : `target \${1|${choices}|} \${2:${value}}`;
    const workspaceEdit = context.snippetEdits ? snippetEdit(context.document, edit, plain, snippet) : singleFile(context.document, [edit]);
    return [quickFix(context, FIX_TITLES[context.lang].addTarget(), workspaceEdit, true)];
};

/** The plain edit with `plain` replaced by a snippet (the rest of its text escaped). */
function snippetEdit(document: LangiumDocument, edit: TextEdit, plain: string, snippet: string): WorkspaceEdit {
    const at = edit.newText.lastIndexOf(plain);
    const escape = (text: string) => text.replace(/[$}\\]/g, '\\$&');
    const value = escape(edit.newText.slice(0, at)) + snippet + escape(edit.newText.slice(at + plain.length));
    const snippetText: SnippetTextEdit = { range: edit.range, snippet: { kind: 'snippet', value } };
    return { documentChanges: [{ textDocument: { uri: document.uri.toString(), version: document.textDocument.version }, edits: [snippetText] }] };
}
