/**
 * Test helpers: build in-memory plans (one or more files) with the real
 * services, and read their diagnostics as the CLI would print them.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createPbmServices, type Lang, type PbmFile, type PbmServices } from 'pbm-language';
import type { Diagnostic, Range } from 'vscode-languageserver-types';

export interface TestWorkspace {
    readonly services: PbmServices;
    readonly documents: ReadonlyMap<string, LangiumDocument<PbmFile>>;
    /** The document of a file by its name as given to `buildFiles`. */
    doc(name: string): LangiumDocument<PbmFile>;
    diagnostics(name: string): Diagnostic[];
}

export function uriOf(name: string): URI {
    return URI.file(`/plans/${name}`);
}

export interface BuildOptions {
    /** Runs on the fresh services before the build (e.g. to spy on one of them). */
    readonly beforeBuild?: (services: PbmServices) => void;
}

/** Builds several files together (as one workspace), e.g. `{ 'plan.pbm': '…', 'org/units.pbm': '…' }`. */
export async function buildFiles(files: Record<string, string>, lang: Lang = 'en', options: BuildOptions = {}): Promise<TestWorkspace> {
    const { Pbm: services, shared } = createPbmServices(EmptyFileSystem);
    services.i18n.Locale.lang = lang;
    options.beforeBuild?.(services);
    const documents = new Map<string, LangiumDocument<PbmFile>>();
    for (const [name, text] of Object.entries(files)) {
        const document = shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(text, uriOf(name));
        shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return {
        services, documents,
        doc: name => documents.get(name)!,
        diagnostics: name => documents.get(name)!.diagnostics ?? []
    };
}

/** Builds one file named `plan.pbm`. */
export async function buildPlan(text: string, lang: Lang = 'en'): Promise<TestWorkspace> {
    return buildFiles({ 'plan.pbm': text }, lang);
}

/** `code@line` (1-based) of every diagnostic, sorted, for compact assertions. */
export function codesAt(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => `${d.code}@${d.range.start.line + 1}`).sort();
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code)).sort();
}

/** The source text a diagnostic (or any range) covers in a document: what the user sees underlined. */
export function textAt(document: LangiumDocument, range: Range): string {
    return document.textDocument.getText(range);
}

/** The diagnostics of a file with the given code. */
export function withCode(diagnostics: readonly Diagnostic[], code: string): Diagnostic[] {
    return diagnostics.filter(d => d.code === code);
}
