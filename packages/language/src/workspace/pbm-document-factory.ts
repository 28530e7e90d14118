/**
 * Re-parses only the top-level declaration an edit falls in (issue #7).
 *
 * Langium parses a changed file whole: on a 10,000-line plan that is most of
 * the time from a keystroke to its diagnostics. A plan file is a list of
 * declarations, and one that ends with its closing brace parses the same
 * alone as in its file: no parsing decision inside it looks past that brace,
 * and the parser is back in the file's list of declarations after it. So
 * when an edit falls strictly inside such a declaration — after its keyword,
 * before its closing brace — only the declaration's new text is parsed, its
 * syntax tree is moved to its place in the file, the nodes after it are
 * moved by the length the edit added, and the rest of the tree is kept.
 *
 * Anything less certain takes Langium's way (the whole file): a file that had
 * syntax errors, a new declaration text with errors or that does not end at
 * the same closing brace, an edit touching a declaration's keyword or
 * closing brace or falling between declarations. `test/perf/incremental-parse.test.ts`
 * compares the result with a whole-file parse, node by node, on random edits.
 */
import {
    DefaultLangiumDocumentFactory, isCompositeCstNode, RootCstNodeImpl, type AstNode, type Cancellation, type CompositeCstNode,
    type CstNode, type LangiumDocument, type LangiumParser, type LangiumSharedCoreServices, type LeafCstNode, type Mutable,
    type ParseResult, type URI
} from 'langium';
import type { PbmFile } from '../generated/ast.js';
import { lastStartingBefore } from '../model/ast-walk.js';
import { syntaxErrorCount } from '../parser/pbm-syntax-errors.js';

/**
 * The trees made by re-parsing one declaration, keyed by their root, with
 * the index of that declaration: the linker keeps the links of the other
 * declarations (`PbmLinker`). A root made by a whole-file parse is not here.
 */
const reparsedDeclarations = new WeakMap<AstNode, number>();

/** The index of the declaration re-parsed alone to make the tree under `root`, if it was made so. */
export function reparsedIndexOf(root: AstNode): number | undefined {
    return reparsedDeclarations.get(root);
}

export class PbmDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The parse result of each document being updated, from before the update: what its new text is re-parsed against. */
    private readonly previous = new Map<string, ParseResult>();

    constructor(services: LangiumSharedCoreServices) {
        super(services);
    }

    /** Langium's `update` (which parses only when the text changed), remembering the document's previous parse for `parseAsync`. */
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        const uri = document.uri.toString();
        this.previous.set(uri, document.parseResult);
        try {
            return await super.update(document, cancellationToken);
        } finally {
            this.previous.delete(uri);
        }
    }

    /** Langium's parse, or the changed declaration re-parsed alone when that gives the same tree. */
    protected override async parseAsync<T extends AstNode>(uri: URI, text: string, cancellationToken: Cancellation.CancellationToken): Promise<ParseResult<T>> {
        const previous = this.previous.get(uri.toString()) as ParseResult<PbmFile> | undefined;
        const parser = this.serviceRegistry.getServices(uri).parser.LangiumParser;
        const reparsed = previous && reparseChangedDeclaration(previous, text, parser);
        return (reparsed as ParseResult<T> | undefined) ?? super.parseAsync<T>(uri, text, cancellationToken);
    }
}

/**
 * The parse result of `text`, made from the parse result of the file's
 * previous text by re-parsing only the declaration the change falls in; or
 * undefined when that is not certain to equal parsing `text` whole. The
 * previous tree's nodes outside that declaration move into the new tree.
 */
export function reparseChangedDeclaration(previous: ParseResult<PbmFile>, text: string, parser: LangiumParser): ParseResult<PbmFile> | undefined {
    const oldRoot = previous.value;
    const oldCst = oldRoot.$cstNode as RootCstNodeImpl | undefined;
    if (!oldCst || syntaxErrorCount(previous) > 0 || !hasPositionFields(oldCst)) return undefined;
    const change = changedRange(oldCst.fullText, text);
    // The declarations are in text order.
    const index = lastStartingBefore(oldRoot.elements ?? [], change.start);
    const declaration = oldRoot.elements[index];
    const oldNode = declaration?.$cstNode;
    // Strictly inside: after the first character of its keyword, before its closing brace.
    if (!oldNode || !endsWithClosingBrace(oldNode) || change.oldEnd > oldNode.end - 1) return undefined;
    const oldTop = topLevelNode(oldNode, oldCst);
    if (firstLeaf(oldTop).hidden) return undefined;

    const regionStart = oldNode.offset;
    const regionEnd = oldNode.end + change.delta;
    const part = parser.parse<PbmFile>(text.slice(regionStart, regionEnd));
    const replacement = part.value.elements?.[0];
    const partCst = part.value.$cstNode as RootCstNodeImpl | undefined;
    const newNode = replacement?.$cstNode;
    if (syntaxErrorCount(part) > 0 || part.value.elements.length !== 1 || !partCst || partCst.content.length !== 1 || !newNode
        || replacement.$type !== declaration.$type || newNode.offset !== 0 || newNode.end !== regionEnd - regionStart
        || !endsWithClosingBrace(newNode)) {
        return undefined;
    }
    const newTop = partCst.content[0];

    // The new declaration's nodes: from positions in its own text to positions in the file.
    const start = oldNode.range.start;
    moveLeaves(newTop, { offset: regionStart, lines: start.line, onLine: 0, columns: start.character });
    // The nodes after it: by the characters, lines and (on its last line) columns the edit added.
    const oldEnd = oldNode.range.end;
    const newEnd = lastLeaf(newTop).range.end;
    const after = { offset: change.delta, lines: newEnd.line - oldEnd.line, onLine: oldEnd.line, columns: newEnd.character - oldEnd.character };
    const topIndex = oldCst.content.indexOf(oldTop);
    if (after.offset !== 0 || after.lines !== 0 || after.columns !== 0) {
        for (const node of oldCst.content.slice(topIndex + 1)) moveLeaves(node, after);
    }

    const cst = new RootCstNodeImpl(text);
    cst.content = oldCst.content.map((node, i) => (i === topIndex ? newTop : node));
    for (const node of cst.content) (node as { container?: CompositeCstNode }).container = cst;
    const root: PbmFile = { ...oldRoot, elements: oldRoot.elements.map((element, i) => (i === index ? replacement : element)), $cstNode: cst };
    cst.astNode = root;
    root.elements.forEach(element => Object.assign(element, { $container: root }));
    Object.assign(replacement, { $containerIndex: index });
    reparsedDeclarations.set(root, index);
    return { value: root, lexerErrors: [], lexerReport: part.lexerReport, parserErrors: [] };
}

/** Where two texts differ: `[start, oldEnd)` in the old text became `[start, oldEnd + delta)` in the new one. */
export function changedRange(oldText: string, text: string): { start: number; oldEnd: number; delta: number } {
    const shorter = Math.min(oldText.length, text.length);
    const start = sameLength(shorter, (from, length) => oldText.substr(from, length) === text.substr(from, length));
    const common = sameLength(shorter - start,
        (from, length) => oldText.substr(oldText.length - from - length, length) === text.substr(text.length - from - length, length));
    return { start, oldEnd: oldText.length - common, delta: text.length - oldText.length };
}

/**
 * How many characters from one end two texts share, up to `limit`, given
 * `same(from, length)` for the stretch `from` characters from that end.
 * Long stretches are compared first, as whole strings (native code): a
 * character at a time, a 2 MB plan took ≈ 10 ms after every keystroke.
 */
function sameLength(limit: number, same: (from: number, length: number) => boolean): number {
    let length = 0;
    for (let stretch = 1 << 16; stretch >= 1; stretch >>= 4) {
        while (length + stretch <= limit && same(length, stretch)) length += stretch;
    }
    return length;
}

function endsWithClosingBrace(node: CstNode): boolean {
    const last = lastLeaf(node);
    return !last.hidden && last.length === 1 && last.text === '}';
}

/** The child of the root that holds `node`. */
function topLevelNode(node: CstNode, root: CompositeCstNode): CstNode {
    let top = node;
    while (top.container && top.container !== root) top = top.container;
    return top;
}

function firstLeaf(node: CstNode): LeafCstNode {
    let current = node;
    while (isCompositeCstNode(current) && current.content.length > 0) current = current.content[0];
    return current as LeafCstNode;
}

function lastLeaf(node: CstNode): LeafCstNode {
    let current = node;
    while (isCompositeCstNode(current) && current.content.length > 0) current = current.content[current.content.length - 1];
    return current as LeafCstNode;
}

/** The position fields of Langium's syntax nodes (not public API: checked before use, see `hasPositionFields`). */
interface LeafPositions {
    _offset: number;
    _startLine: number;
    _startColumn: number;
    _endLine: number;
    _endColumn: number;
}

interface RangeCache {
    _rangeCache: unknown;
}

/** Whether the syntax nodes keep their positions where `moveLeaves` moves them (Langium 4's CST). */
function hasPositionFields(root: CompositeCstNode): boolean {
    const leaf = firstLeaf(root) as unknown as Partial<LeafPositions>;
    return '_rangeCache' in root && [leaf._offset, leaf._startLine, leaf._startColumn, leaf._endLine, leaf._endColumn].every(v => typeof v === 'number');
}

interface Move {
    /** Characters added to every offset. */
    readonly offset: number;
    /** Lines added to every line. */
    readonly lines: number;
    /** The (unmoved) line whose columns move: positions on it get `columns` more. */
    readonly onLine: number;
    readonly columns: number;
}

function moveLeaves(node: CstNode, move: Move): void {
    if (isCompositeCstNode(node)) {
        (node as unknown as RangeCache)._rangeCache = undefined;
        for (const child of node.content) moveLeaves(child, move);
        return;
    }
    const leaf = node as unknown as LeafPositions;
    leaf._offset += move.offset;
    if (leaf._startLine === move.onLine) leaf._startColumn += move.columns;
    if (leaf._endLine === move.onLine) leaf._endColumn += move.columns;
    leaf._startLine += move.lines;
    leaf._endLine += move.lines;
}
