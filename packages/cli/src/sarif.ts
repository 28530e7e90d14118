/**
 * `pbm check --format sarif` (LANGUAGE.md §8.11): the diagnostics as a SARIF
 * 2.1.0 log, the format code-scanning services read (docs/code-scanning.md).
 *
 * - One rule per diagnostic code, in the order of `ALL_CODES`, with what it
 *   means and how to fix it from docs/diagnostics.md (generated into
 *   `generated/diagnostics-reference.ts` at build time) and its default
 *   severity as the rule's level.
 * - One result per diagnostic, with its rule's id and index, its own level
 *   (a check may raise a code above its default), the message in the
 *   language asked for, and a region: 1-based lines and columns counted in
 *   UTF-16 code units, the end column exclusive — as in `--format json`.
 * - File URIs are relative to the working folder, against the base id
 *   `%SRCROOT%` (which code-scanning uploads resolve to the repository);
 *   a file outside the working folder gets an absolute `file:` URI.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ALL_CODES, CODE_INFO, type DiagnosticCode, type DiagnosticRecord, type Severity } from 'pbm-language';
import { DIAGNOSTICS_REFERENCE } from './generated/diagnostics-reference.js';

export type SarifLevel = 'error' | 'warning' | 'note';

export interface SarifRule {
    readonly id: string;
    readonly shortDescription: { readonly text: string };
    readonly fullDescription: { readonly text: string };
    readonly help: { readonly text: string; readonly markdown: string };
    readonly defaultConfiguration: { readonly level: SarifLevel };
    readonly properties: { readonly tags: readonly string[] };
}

export interface SarifResult {
    readonly ruleId: string;
    readonly ruleIndex: number;
    readonly level: SarifLevel;
    readonly message: { readonly text: string };
    readonly locations: ReadonlyArray<{
        readonly physicalLocation: {
            readonly artifactLocation: { readonly uri: string; readonly uriBaseId?: string };
            readonly region: { readonly startLine: number; readonly startColumn: number; readonly endLine: number; readonly endColumn: number };
        };
    }>;
}

export interface SarifLog {
    readonly $schema: string;
    readonly version: '2.1.0';
    readonly runs: ReadonlyArray<{
        readonly tool: { readonly driver: { readonly name: string; readonly version: string; readonly rules: readonly SarifRule[] } };
        readonly originalUriBaseIds: Record<string, { readonly uri: string }>;
        readonly columnKind: 'utf16CodeUnits';
        readonly results: readonly SarifResult[];
    }>;
}

export const SRCROOT = '%SRCROOT%';

export function toSarif(diagnostics: readonly DiagnosticRecord[], options: { readonly cwd: string; readonly version: string }): SarifLog {
    const codes: string[] = [...ALL_CODES];
    // A code no table lists (should not happen) still gets a rule: a result must point at one.
    for (const d of diagnostics) if (!codes.includes(d.code)) codes.push(d.code);
    const rules = codes.map(ruleOf);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'pbm', version: options.version, rules } },
            originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(options.cwd + path.sep).href } },
            columnKind: 'utf16CodeUnits',
            results: diagnostics.map(d => resultOf(d, codes.indexOf(d.code), options.cwd))
        }]
    };
}

function ruleOf(code: string): SarifRule {
    const info = CODE_INFO[code as DiagnosticCode];
    const reference = DIAGNOSTICS_REFERENCE[code];
    const meaning = reference?.meaning ?? `PBM diagnostic ${code}.`;
    const fix = reference?.fix ?? 'Follow the message: it says what to change.';
    return {
        id: code,
        shortDescription: { text: firstSentence(englishPart(plainText(meaning))) },
        fullDescription: { text: plainText(meaning) },
        help: {
            text: `${plainText(meaning)}\nFix: ${plainText(fix)}`,
            markdown: `${meaning}\n\n**Fix:** ${fix}\n\nSee docs/diagnostics.md in the PBM repository for every code.`
        },
        defaultConfiguration: { level: levelOf(info?.severity ?? 'warning') },
        properties: { tags: ['pbm', ...(info ? [info.family] : [])] }
    };
}

function resultOf(d: DiagnosticRecord, ruleIndex: number, cwd: string): SarifResult {
    return {
        ruleId: d.code,
        ruleIndex,
        level: levelOf(d.severity),
        message: { text: d.message },
        locations: [{
            physicalLocation: {
                artifactLocation: artifactOf(d.file, cwd),
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn }
            }
        }]
    };
}

export function levelOf(severity: Severity): SarifLevel {
    return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A path relative to the working folder against `%SRCROOT%`, else an absolute file URI. */
function artifactOf(file: string, cwd: string): { uri: string; uriBaseId?: string } {
    const absolute = path.resolve(cwd, file);
    const relative = path.relative(cwd, absolute);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
    return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** The doc's cells are Markdown: SARIF's `text` properties are plain text. */
function plainText(markdown: string): string {
    return markdown.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]+)\*\*/g, '$1');
}

/** The doc writes "English. · 中文。": the part before the first " · ". */
function englishPart(text: string): string {
    return text.split(' · ')[0];
}

function firstSentence(text: string): string {
    const end = text.search(/\.(\s|$)/);
    return end < 0 ? text : text.slice(0, end + 1);
}
