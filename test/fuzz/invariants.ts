/**
 * What must hold for the output of the editor features and the report on ANY
 * text (issue #8): the three report formats render, the JSON report holds no
 * NaN or Infinity, the formatter changes whitespace only (and the documented
 * full-width → ASCII forms) and keeps every comment, and every quick fix
 * leaves text that parses no worse than before.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { compareDiagnosticRecords, renderReport, toDiagnosticRecord, type Lang, type PbmServices, type PlanFigures } from 'pbm-language';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { syntaxErrorCount as errorsOfParse } from '../../packages/language/src/parser/pbm-syntax-errors.js';
import { reportJson } from '../../packages/language/src/report/render-json.js';
import { buildReportModel } from '../../packages/language/src/report/report-model.js';

const FORMAT_OPTIONS = { tabSize: 4, insertSpaces: true };

// ---------------------------------------------------------------- report

/**
 * Renders the plan's report as Markdown, HTML and JSON in both languages'
 * wording of the plan, and checks that no number went wrong on the way:
 * the JSON object (before `JSON.stringify`, which would hide NaN as `null`)
 * holds only finite numbers, and no rendered text says NaN, Infinity or
 * undefined unless the plan's own text does.
 */
export function assertReportsRender(figures: PlanFigures, diagnostics: readonly Diagnostic[], planText: string): void {
    const records = diagnostics.map(d => toDiagnosticRecord('plan.pbm', d)).sort(compareDiagnosticRecords);
    const lang: Lang = figures.language;
    walkJson(reportJson(buildReportModel(figures, records, { lang })), '$');
    const json = renderReport(figures, records, { format: 'json', lang });
    JSON.parse(json);
    for (const format of ['md', 'html'] as const) {
        const rendered = renderReport(figures, records, { format, lang });
        assertNoLeakedWords(rendered, planText, `${format} report`);
    }
    assertNoLeakedWords(json, planText, 'JSON report');
}

function walkJson(value: unknown, path: string): void {
    if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new Error(`JSON report: ${path} is ${value}`);
    } else if (Array.isArray(value)) {
        value.forEach((item, i) => walkJson(item, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
        for (const [key, item] of Object.entries(value)) walkJson(item, `${path}.${key}`);
    }
}

/** "NaN", "Infinity" or "undefined" in output is a bug, unless the plan's own text says it. */
export function assertNoLeakedWords(output: string, planText: string, where: string): void {
    for (const word of ['NaN', 'Infinity', 'undefined']) {
        if (output.includes(word) && !planText.includes(word)) {
            const at = output.indexOf(word);
            throw new Error(`${where} says '${word}': …${output.slice(Math.max(0, at - 80), at + 40)}…`);
        }
    }
}

// ---------------------------------------------------------------- formatter

/** The formatted text of a document: its text with the formatter's edits applied. */
export async function formatted(services: PbmServices, document: LangiumDocument): Promise<string> {
    const edits = await services.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: FORMAT_OPTIONS });
    return applyEdits(document.textDocument.getText(), edits);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///edit.pbm', 'pbm', 1, text), [...edits]);
}

/** The full-width forms the formatter may replace (docs/editor.md, "Formatting"), and their ASCII form. */
const FULL_WIDTH = [['＞＝', '>='], ['＜＝', '<='], ['＝', '='], ['％', '%'], ['，', ',']] as const;

/** The text without whitespace (`\s`, as the WS terminal) and with the full-width forms in ASCII. */
export function meaningfulCharacters(text: string): string {
    let result = text.replace(/\s+/g, '');
    for (const [wide, ascii] of FULL_WIDTH) result = result.split(wide).join(ascii);
    return result;
}

/**
 * The formatter either refuses (no change) or changes whitespace only and
 * normalises full-width forms; every comment the lexer sees is still there,
 * character for character; and the text means the same (equal syntax trees
 * without positions, and no new syntax error).
 */
export function assertFormatterKeepsText(services: PbmServices, before: string, after: string): void {
    if (before === after) return;
    const [wantedCharacters, gotCharacters] = [meaningfulCharacters(before), meaningfulCharacters(after)];
    if (wantedCharacters !== gotCharacters) {
        throw new Error(`the formatter changed more than whitespace: ${firstDifference(wantedCharacters, gotCharacters)}\n--- input\n${JSON.stringify(before)}`);
    }
    const parser = services.parser.LangiumParser;
    const [treeBefore, treeAfter] = [parser.parse(before), parser.parse(after)];
    if (errorsOfParse(treeAfter) > errorsOfParse(treeBefore)) {
        throw new Error(`the formatted text has more syntax errors than the input\n--- input\n${JSON.stringify(before)}\n--- formatted\n${JSON.stringify(after)}`);
    }
    const [shapeBefore, shapeAfter] = [astShape(treeBefore.value), astShape(treeAfter.value)];
    if (shapeBefore !== shapeAfter) {
        throw new Error(`the formatter changed the meaning: ${firstDifference(shapeBefore, shapeAfter)}\n--- input\n${JSON.stringify(before)}`);
    }
    const lexer = services.parser.Lexer;
    const commentsBefore = lexer.tokenize(before).hidden.map(token => token.image).filter(isComment);
    const commentsAfter = lexer.tokenize(after).hidden.map(token => token.image).filter(isComment);
    if (JSON.stringify(commentsBefore) !== JSON.stringify(commentsAfter)) {
        throw new Error(`the formatter changed comments: ${JSON.stringify(commentsBefore)} → ${JSON.stringify(commentsAfter)}`);
    }
}

const isComment = (image: string) => image.startsWith('//') || image.startsWith('/*');

// ---------------------------------------------------------------- quick fixes

/** The number of lexical and syntax errors of a text (what `syntax-error` diagnostics come from). */
export function syntaxErrorCount(services: PbmServices, text: string): number {
    return errorsOfParse(services.parser.LangiumParser.parse(text));
}

/**
 * Quick fixes offered for the document's diagnostics, each applied on its
 * own, leave text with no more syntax errors than before. At most `maxFixes`
 * of them are applied, spread evenly over all offered (parsing the result is
 * what costs). Returns how many were applied, so a caller can see the
 * property was exercised.
 */
export async function assertQuickFixesParse(services: PbmServices, document: LangiumDocument, diagnostics: readonly Diagnostic[], maxFixes: number): Promise<number> {
    const provider = services.lsp.CodeActionProvider!;
    const text = document.textDocument.getText();
    const uri = document.uri.toString();
    const offered: Array<{ action: CodeAction; diagnostic: Diagnostic }> = [];
    for (const diagnostic of diagnostics) {
        const actions = (await provider.getCodeActions(document, { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }) ?? []) as CodeAction[];
        offered.push(...actions.map(action => ({ action, diagnostic })));
    }
    if (offered.length === 0) return 0;
    const errorsBefore = syntaxErrorCount(services, text);
    const stride = Math.max(1, Math.ceil(offered.length / maxFixes));
    let applied = 0;
    for (let i = 0; i < offered.length; i += stride) {
        const { action, diagnostic } = offered[i];
        const otherFiles = Object.keys(action.edit?.changes ?? {}).filter(other => other !== uri);
        if (otherFiles.length > 0) throw new Error(`quick fix '${action.title}' edits other files of a one-file workspace: ${otherFiles.join(', ')}`);
        const edits = action.edit?.changes?.[uri] ?? [];
        const errorsAfter = syntaxErrorCount(services, applyEdits(text, edits));
        applied++;
        if (errorsAfter > errorsBefore) {
            throw new Error(`quick fix '${action.title}' for ${diagnostic.code} adds syntax errors (${errorsBefore} → ${errorsAfter}): edits ${JSON.stringify(edits)}\n--- input\n${JSON.stringify(text)}`);
        }
    }
    return applied;
}

/** Where two texts first differ, with a little context, for readable failures. */
function firstDifference(expected: string, actual: string): string {
    let at = 0;
    while (at < expected.length && expected[at] === actual[at]) at++;
    const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
    return `at ${at}: expected …${around(expected)}…, got …${around(actual)}…`;
}

// ---------------------------------------------------------------- AST

/** The AST as plain data without positions, parents or CST, to compare the meaning of two texts. */
export function astShape(node: AstNode): string {
    return JSON.stringify(shapeOf(node));
}

function shapeOf(node: unknown): unknown {
    if (Array.isArray(node)) return node.map(shapeOf);
    if (!node || typeof node !== 'object') return typeof node === 'string' ? asciiForms(node) : node;
    const value = node as Record<string, unknown>;
    if ('$refText' in value) return { ref: value.$refText };
    const result: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
        if (key.startsWith('$') && key !== '$type') continue;
        result[key] = shapeOf(child);
    }
    return result;
}

/**
 * Operators, percent signs and commas in their ASCII form: normalising them is
 * the formatter's job, not a change of meaning. (Applied to every string of
 * both trees, titles included, which the formatter never touches.)
 */
function asciiForms(value: string): string {
    let result = value;
    for (const [wide, ascii] of FULL_WIDTH) result = result.split(wide).join(ascii);
    return result;
}
