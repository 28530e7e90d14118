/**
 * Helpers of the validation tests: editing files of a built workspace the way
 * the editor does (through the text documents and `DocumentBuilder.update`),
 * and short views of diagnostics.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers.js';
import { uriOf } from '../helpers.js';

let version = 1;

/** Replaces (or creates) a file's text and rebuilds what the change affects, as the language server does. */
export async function editFile(workspace: TestWorkspace, name: string, text: string): Promise<void> {
    const shared = workspace.services.shared;
    const uri = uriOf(name);
    shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'pbm', ++version, text));
    await shared.workspace.DocumentBuilder.update([uri], []);
}

/** Deletes a file and rebuilds what the deletion affects. */
export async function deleteFile(workspace: TestWorkspace, name: string): Promise<void> {
    const shared = workspace.services.shared;
    const uri = uriOf(name);
    shared.workspace.TextDocuments!.delete(uri.toString());
    await shared.workspace.DocumentBuilder.update([], [uri]);
}

/** The current diagnostics of a file (after edits, the document object may be a new one). */
export function diagnosticsOf(workspace: TestWorkspace, name: string): Diagnostic[] {
    return workspace.services.shared.workspace.LangiumDocuments.getDocument(uriOf(name))?.diagnostics ?? [];
}

/** `code@line` (1-based), sorted. */
export function codeLines(diagnostics: readonly Diagnostic[], codes?: ReadonlySet<string>): string[] {
    return diagnostics.filter(d => !codes || codes.has(String(d.code))).map(d => `${d.code}@${d.range.start.line + 1}`).sort();
}

/** A plan with nothing to report (codes.test.ts proves it). Tests edit it. */
export const CLEAN_PLAN = `plan Clean "Clean" {
    period 2026-01-01 to 2026-12-31
    as of 2026-06-30
    total budget 2M
}
unit Finance "Finance"
strategy Growth "Growth" { perspective financial }
goal Revenue "Grow revenue to 11M" {
    owner Finance
    supports Growth
    perspective financial
    priority high
    weight 40%
    due 2026-12-31
    description "Key accounts."
    kpi Sales "Revenue" { unit "M CNY" baseline 10 target >= 11 weight 100% frequency quarterly }
}
goal Service "Answer 90% of calls within a minute" {
    owner Finance
    supports Growth
    perspective customer
    priority medium
    weight 30%
    due 2026-12-31
    description "Staffing."
    kpi Answered "Calls answered in 60 s" { unit "%" baseline 80 target >= 90 frequency quarterly }
}
goal Close "Close the books in 5 days" {
    owner Finance
    supports Growth
    perspective process
    priority low
    weight 20%
    due 2026-12-31
    description "Automation."
    kpi CloseDays "Days to close" { unit "days" baseline 8 target <= 5 weight 100% frequency quarterly }
}
goal Skills "Certify four analysts" {
    owner Finance
    supports Growth
    perspective learning
    weight 10%
    due 2026-12-31
    description "CMA."
    kpi Certified "Analysts certified" { unit "analysts" baseline 0 target >= 4 frequency quarterly }
}
budget Team "Team" { category personnel amount 600k funds Revenue 70%, Service 30% }
budget Tool "Tool" { category technology amount 300k funds Close 50%, Skills 50% }
checkpoint Q1 2026-03-31 {
    measure Sales 10.3 source "ERP"
    measure Answered 84 source "ACD"
    measure CloseDays 7 source "Close calendar"
    measure Certified 1 source "HR"
    spend Team 150k source "GL"
    spend Tool 75k source "GL"
}
checkpoint Q2 2026-06-30 {
    measure Sales 10.6 source "ERP"
    measure Answered 88 source "ACD"
    measure CloseDays 6 source "Close calendar"
    measure Certified 2 source "HR"
    spend Team 150k source "GL"
    spend Tool 75k source "GL"
}
review MidYear "Mid-year review" 2026-06-30 {
    finding Exams "Exam dates moved" { affects Skills cause external severity low }
    action Rebook "Rebook the exams" { addresses Exams owner Finance due 2026-07-31 status open }
}
`;

/** A text replacement: the first occurrence of `from` becomes `to`. */
export type Edit = readonly [from: string, to: string];

/** Applies replacements in order; each must apply. */
export function edit(text: string, edits: readonly Edit[]): string {
    let result = text;
    for (const [from, to] of edits) {
        const at = result.indexOf(from);
        if (at < 0) throw new Error(`edit not applicable: ${JSON.stringify(from)}`);
        result = result.slice(0, at) + to + result.slice(at + from.length);
    }
    return result;
}
