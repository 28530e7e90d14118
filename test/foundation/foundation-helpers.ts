/**
 * Helpers of the foundation tests: fixtures on disk, and builds that must be
 * free of syntax errors (so a test about linking or values cannot pass on a
 * half-parsed file).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LangiumDocument } from 'langium';
import type { Lang, PbmFile } from 'pbm-language';
import { expect } from 'vitest';
import { buildFiles, textAt, withCode, type TestWorkspace } from '../helpers.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

export function readFixture(relativePath: string): string {
    return readFileSync(FIXTURES + relativePath, 'utf8');
}

/** The syntax errors of a file, as `line:column message` (1-based), for readable failures. */
export function syntaxErrors(workspace: TestWorkspace, name: string): string[] {
    return withCode(workspace.diagnostics(name), 'syntax-error')
        .map(d => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
}

/** Builds files and asserts that none of them has a syntax error. */
export async function buildParsed(files: Record<string, string>, lang: Lang = 'en'): Promise<TestWorkspace> {
    const workspace = await buildFiles(files, lang);
    for (const name of Object.keys(files)) {
        expect(syntaxErrors(workspace, name), `syntax errors in ${name}`).toEqual([]);
    }
    return workspace;
}

/** Builds one file named `plan.pbm`, asserts it parses, and returns its root. */
export async function parseClean(text: string): Promise<PbmFile> {
    const workspace = await buildParsed({ 'plan.pbm': text });
    return workspace.doc('plan.pbm').parseResult.value;
}

/** A diagnostic as the user sees it: code, 1-based line and the text it underlines. */
export interface SeenDiagnostic {
    readonly code: string;
    readonly line: number;
    readonly text: string;
}

export function seen(workspace: TestWorkspace, name: string, code?: string): SeenDiagnostic[] {
    const document: LangiumDocument = workspace.doc(name);
    return workspace.diagnostics(name)
        .filter(d => code === undefined || d.code === code)
        .map(d => ({ code: String(d.code), line: d.range.start.line + 1, text: textAt(document, d.range) }))
        .sort((a, b) => a.line - b.line || a.code.localeCompare(b.code) || a.text.localeCompare(b.text));
}

/** The 1-based line of the first line of `text` containing `needle` (fails loudly when absent). */
export function lineOf(text: string, needle: string): number {
    const index = text.split('\n').findIndex(line => line.includes(needle));
    if (index < 0) throw new Error(`'${needle}' is not in the text`);
    return index + 1;
}
