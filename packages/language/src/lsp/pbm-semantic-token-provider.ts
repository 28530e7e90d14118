/**
 * Semantic highlighting: declarations (with the `declaration` modifier) and
 * references coloured by the kind they name, enumerated values as enum
 * members, operators, and numbers — with modifiers that tell a date, a
 * percentage and a number with a magnitude suffix (`2.4M`, `240万`) apart.
 */
import { AstUtils, CstUtils, GrammarAST, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import { AbstractSemanticTokenProvider, AllSemanticTokenModifiers, type SemanticTokenAcceptor } from 'langium/lsp';
import {
    SemanticTokenModifiers, SemanticTokenTypes, type CancellationToken, type SemanticTokens, type SemanticTokensDelta,
    type SemanticTokensDeltaParams, type SemanticTokensParams, type SemanticTokensRangeParams
} from 'vscode-languageserver';
import { hasMagnitudeSuffix } from '../model/values.js';
import { ruleNameOf } from './pbm-blocks.js';
import { VALUE_RULES } from '../i18n/editor-terms.js';
import { DECLARATION_KINDS } from './pbm-node-kinds.js';

/** PBM's own modifiers, after the standard ones. */
export const PBM_TOKEN_MODIFIERS = { date: 'date', percentage: 'percentage', scaled: 'scaled' } as const;

const MODIFIERS: Record<string, number> = {
    ...AllSemanticTokenModifiers,
    [PBM_TOKEN_MODIFIERS.date]: 1 << 10,
    [PBM_TOKEN_MODIFIERS.percentage]: 1 << 11,
    [PBM_TOKEN_MODIFIERS.scaled]: 1 << 12
};

export class PbmSemanticTokenProvider extends AbstractSemanticTokenProvider {
    /** The request being computed, which the next one waits for (see `oneAtATime`). */
    private running: Promise<unknown> = Promise.resolve();

    override get tokenModifiers(): Record<string, number> {
        return MODIFIERS;
    }

    override semanticHighlight(document: LangiumDocument, params: SemanticTokensParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlight(document, params, cancelToken));
    }

    override semanticHighlightRange(document: LangiumDocument, params: SemanticTokensRangeParams, cancelToken?: CancellationToken): Promise<SemanticTokens> {
        return this.oneAtATime(() => super.semanticHighlightRange(document, params, cancelToken));
    }

    override semanticHighlightDelta(document: LangiumDocument, params: SemanticTokensDeltaParams, cancelToken?: CancellationToken): Promise<SemanticTokens | SemanticTokensDelta> {
        return this.oneAtATime(() => super.semanticHighlightDelta(document, params, cancelToken));
    }

    /**
     * Langium's provider keeps the request it computes (document, range, token builder) in fields
     * and yields to other requests every few milliseconds: VS Code asks for the visible range and
     * the whole plan together, and on a large plan their tokens got mixed (overlapping tokens, which
     * VS Code drops: wrong colours). So requests are computed one after the other.
     */
    private oneAtATime<T>(compute: () => Promise<T>): Promise<T> {
        const result = this.running.then(compute);
        this.running = result.catch(() => undefined);
        return result;
    }

    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        for (const leaf of ownLeaves(node)) this.highlightLeaf(node, leaf, acceptor);
    }

    private highlightLeaf(node: AstNode, leaf: CstNode, acceptor: SemanticTokenAcceptor): void {
        const source = leaf.grammarSource;
        if (GrammarAST.isKeyword(source)) {
            const rule = ruleNameOf(source) ?? '';
            if (VALUE_RULES.has(rule)) acceptor({ cst: leaf, type: SemanticTokenTypes.enumMember });
            else if (rule === 'Operator') acceptor({ cst: leaf, type: SemanticTokenTypes.operator });
            return;
        }
        const assignment = source && AstUtils.getContainerOfType(source, GrammarAST.isAssignment);
        if (assignment) {
            const token = this.assignmentToken(node, assignment);
            if (token) {
                acceptor({ cst: leaf, ...token });
                return;
            }
        }
        switch (tokenName(leaf)) {
            case 'NUMBER':
                acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: hasMagnitudeSuffix(leaf.text) ? PBM_TOKEN_MODIFIERS.scaled : undefined });
                break;
            case 'PERCENT':
                acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: PBM_TOKEN_MODIFIERS.percentage });
                break;
            case 'DATE':
                acceptor({ cst: leaf, type: SemanticTokenTypes.number, modifier: PBM_TOKEN_MODIFIERS.date });
                break;
        }
    }

    /** Names: a declaration's own name, a reference (typed by what it refers to), a `class` level, a currency code. */
    private assignmentToken(node: AstNode, assignment: GrammarAST.Assignment): { type: string; modifier?: string } | undefined {
        if (GrammarAST.isCrossReference(assignment.terminal)) {
            const token = DECLARATION_KINDS[assignment.terminal.type.ref?.name ?? '']?.token;
            return token ? { type: token } : undefined;
        }
        if (assignment.feature === 'name') {
            const token = DECLARATION_KINDS[node.$type]?.token;
            return token ? { type: token, modifier: SemanticTokenModifiers.declaration } : undefined;
        }
        const rule = ruleNameOf(assignment);
        if (rule === 'ClassProperty') return { type: SemanticTokenTypes.enumMember };
        if (rule === 'CurrencyProperty') return { type: SemanticTokenTypes.type };
        return undefined;
    }
}

/** The leaves (tokens) that belong to the node itself, not to its children. */
function ownLeaves(node: AstNode): CstNode[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const leaves: CstNode[] = [];
    const iterator = CstUtils.streamCst(cst).iterator();
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        const current = next.value;
        if (current.astNode !== node) {
            iterator.prune();
            continue;
        }
        if (isLeafCstNode(current) && !current.hidden) leaves.push(current);
    }
    return leaves;
}

function tokenName(leaf: CstNode): string | undefined {
    return (leaf as CstNode & { tokenType?: { name: string } }).tokenType?.name;
}
