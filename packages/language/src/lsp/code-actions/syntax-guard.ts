/**
 * Where the parser had to recover. A fix never edits a block the parser
 * recovered (nor appends behind a file whose end is broken): its braces may
 * not be where they seem, and the user's own fix of the syntax comes first.
 */
import type { AstNode, LangiumDocument } from 'langium';
import type * as ast from '../../generated/ast.js';

export class SyntaxErrors {
    private static readonly cache = new WeakMap<LangiumDocument, SyntaxErrors>();
    private readonly offsets: number[];
    private readonly atEnd: boolean;
    private readonly version: number;

    static of(document: LangiumDocument): SyntaxErrors {
        let errors = SyntaxErrors.cache.get(document);
        if (!errors || errors.version !== document.textDocument.version) {
            errors = new SyntaxErrors(document);
            SyntaxErrors.cache.set(document, errors);
        }
        return errors;
    }

    private constructor(private readonly document: LangiumDocument) {
        const result = document.parseResult;
        const offsets = [
            ...result.lexerErrors.map(error => error.offset),
            ...(result.lexerReport?.diagnostics ?? []).filter(d => (d.severity ?? 'error') === 'error').map(d => d.offset),
            ...result.parserErrors.map(error => error.token.startOffset)
        ];
        // The end-of-file token has no position (chevrotain gives it -1 or NaN).
        const isEnd = (offset: number) => !Number.isFinite(offset) || offset < 0;
        this.atEnd = offsets.some(isEnd);
        this.offsets = offsets.filter(offset => !isEnd(offset));
        this.version = document.textDocument.version;
    }

    /** Whether an error lies in the node, or right after it (before the next token): a truncated node ends early. */
    touches(node: AstNode): boolean {
        const cst = node.$cstNode;
        if (!cst) return true;
        const text = this.document.textDocument.getText();
        const gap = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text.slice(cst.end))![0].length;
        const last = cst.end + gap;
        if (this.offsets.some(offset => offset >= cst.offset && offset <= last)) return true;
        // An error at the end of the file (an unclosed block) touches the last declaration.
        return this.atEnd && last >= text.length;
    }

    /** Whether text appended at the end of the file lands outside every block. */
    get endIsClean(): boolean {
        const file = this.document.parseResult.value as ast.PbmFile;
        const last = file.elements?.[file.elements.length - 1];
        return !this.atEnd && (!last || !this.touches(last));
    }
}
