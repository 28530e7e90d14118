/**
 * Where each diagnostic code is explained: its row or heading in the
 * diagnostics reference (docs/diagnostics.md, shipped with the extension).
 * The language server puts the link in each diagnostic's
 * `codeDescription.href`, so a client shows the code as a link to its entry
 * (`#L<line>` opens the file at that line in VS Code). Without the file —
 * the CLI, tests — diagnostics carry no link.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export class PbmDiagnosticsReference {
    private lines: ReadonlyMap<string, number> | undefined;
    private fileUrl: string | undefined;

    /** Reads the reference once, when the server starts; a missing file means no links. */
    load(file: string): void {
        try {
            this.lines = entryLines(readFileSync(file, 'utf8'));
            this.fileUrl = pathToFileURL(file).href;
        } catch {
            this.lines = undefined;
        }
    }

    hrefOf(code: string): string | undefined {
        const line = this.lines?.get(code);
        return line === undefined ? undefined : `${this.fileUrl}#L${line}`;
    }
}

/** The 1-based line of each code's entry: a table row or a heading that starts with the code. */
export function entryLines(markdown: string): Map<string, number> {
    const lines = new Map<string, number>();
    markdown.split(/\r?\n/).forEach((text, index) => {
        const match = /^(?:\| |#+ )`([a-z]+(?:-[a-z0-9]+)*)`/.exec(text);
        if (match && !lines.has(match[1])) lines.set(match[1], index + 1);
    });
    return lines;
}
