/**
 * Where the cursor is: the innermost `{ … }` block around an offset, and the
 * properties that block already has. Shared by completion and formatting.
 */
import { AstUtils, GrammarUtils, type AstNode, type CstNode } from 'langium';
import { BLOCK_PROPERTIES } from '../model/property-keywords.js';
import { propertiesOf } from '../model/properties.js';

const BLOCK_TYPES: ReadonlySet<string> = new Set([...Object.keys(BLOCK_PROPERTIES), 'Review']);

/** Whether the node's type has a `{ … }` block with properties. */
export function isBlock(node: AstNode): boolean {
    return BLOCK_TYPES.has(node.$type);
}

/** The innermost block whose braces enclose `offset` (after its `{`, not after its `}`), starting from `node`. */
export function enclosingBlock(node: AstNode | undefined, offset: number): AstNode | undefined {
    for (let current = node; current; current = current.$container) {
        if (isBlock(current) && bracesEnclose(current, offset)) return current;
    }
    return undefined;
}

function bracesEnclose(node: AstNode, offset: number): boolean {
    const { open, close } = bracesOf(node);
    if (!open || offset < open.end) return false;
    return !close || offset <= close.offset;
}

/** The `{` and `}` of a block (`close` is missing while the user is still typing it). */
export function bracesOf(node: AstNode): { open?: CstNode; close?: CstNode } {
    const cst = node.$cstNode;
    if (!cst) return {};
    const closes = GrammarUtils.findNodesForKeyword(cst, '}');
    return { open: GrammarUtils.findNodeForKeyword(cst, '{'), close: closes[closes.length - 1] };
}

/** The property types a block already has, ignoring the one the cursor is in. */
export function givenPropertyTypes(block: AstNode, offset: number): Set<string> {
    const given = new Set<string>();
    for (const property of propertiesOf(block)) {
        const cst = property.$cstNode;
        const atCursor = cst !== undefined && cst.offset < offset && offset <= cst.end;
        if (!atCursor) given.add(property.$type);
    }
    return given;
}

/** The name of the grammar rule a keyword belongs to (e.g. `OwnerProperty` for `owner`). */
export function ruleNameOf(element: AstNode): string | undefined {
    return AstUtils.getContainerOfType(element, (n): n is AstNode & { name: string } => n.$type === 'ParserRule')?.name;
}
