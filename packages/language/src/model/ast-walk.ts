/**
 * Walking a syntax tree fast (issue #7). Langium's `streamAst` and
 * `streamReferences` go through a generic stream per node — an iterator, its
 * state and a closure per step — and Langium's linker, reference indexer and
 * validator await a promise before every node. On a large plan that
 * bookkeeping cost as much as the linking itself, after every edit. These
 * helpers visit the same nodes and references in the same order (a node,
 * then its children depth-first, properties in their order) with plain loops,
 * and `forEachNodeInterruptibly` yields to the event loop every few hundred
 * nodes instead of every node.
 */
import {
    interruptAndCheck, isAstNode, isMultiReference, isReference, type AstNode, type Cancellation, type ReferenceInfo
} from 'langium';

/** How many nodes are visited between two chances for the server to handle other messages (and notice a cancellation). */
export const NODES_BETWEEN_INTERRUPTS = 256;

/** Every node of the tree under `root`, `root` first, in the order of Langium's `streamAst`. */
export function astNodesOf(root: AstNode): AstNode[] {
    const nodes: AstNode[] = [];
    const visit = (node: AstNode): void => {
        nodes.push(node);
        for (const property in node) {
            if (property.charCodeAt(0) === 36 /* $ */) continue;
            const value = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(value)) {
                for (const element of value) if (isAstNode(element)) visit(element);
            } else if (isAstNode(value)) {
                visit(value);
            }
        }
    };
    visit(root);
    return nodes;
}

/** The references of one node (not of its children), in the order of Langium's `streamReferences`. */
export function forEachReference(node: AstNode, visit: (reference: ReferenceInfo) => void): void {
    for (const property in node) {
        if (property.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            value.forEach((element, index) => {
                if (isReference(element) || isMultiReference(element)) visit({ reference: element, container: node, property, index });
            });
        }
    }
}

/**
 * Calls `visit` on every node under `root` (as `astNodesOf`), awaiting
 * `interruptAndCheck` every `NODES_BETWEEN_INTERRUPTS` nodes and after the
 * last. When `visit` returns `false`, the node's children are skipped.
 */
export async function forEachNodeInterruptibly(
    root: AstNode, cancelToken: Cancellation.CancellationToken, visit: (node: AstNode) => boolean | void | Promise<boolean | void>
): Promise<void> {
    const nodes = astNodesOf(root);
    for (let i = 0; i < nodes.length; i++) {
        if (i % NODES_BETWEEN_INTERRUPTS === 0) await interruptAndCheck(cancelToken);
        let result = visit(nodes[i]);
        if (result instanceof Promise) result = await result;
        if (result === false) i = lastDescendantIndex(nodes, i);
    }
    await interruptAndCheck(cancelToken);
}

/** The index of the last node (in `astNodesOf` order) contained in `nodes[index]`. */
function lastDescendantIndex(nodes: readonly AstNode[], index: number): number {
    const ancestor = nodes[index];
    let last = index;
    while (last + 1 < nodes.length && isInside(nodes[last + 1], ancestor)) last++;
    return last;
}

function isInside(node: AstNode, ancestor: AstNode): boolean {
    for (let current = node.$container; current; current = current.$container) {
        if (current === ancestor) return true;
    }
    return false;
}

/** The index of the last node (in text order, each with a syntax node) that starts before `offset`; -1 if none. */
export function lastStartingBefore(nodes: readonly AstNode[], offset: number): number {
    let low = 0;
    let high = nodes.length - 1;
    let found = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        const start = nodes[middle].$cstNode?.offset;
        if (start === undefined) return -1;
        if (start < offset) {
            found = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    return found;
}
