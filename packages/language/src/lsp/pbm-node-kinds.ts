/**
 * How each kind of declaration appears in outlines, workspace symbols,
 * completion lists and semantic highlighting — one table so they agree.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

interface Kind {
    readonly symbol: SymbolKind;
    readonly completion: CompletionItemKind;
    /** Standard semantic token type. */
    readonly token: string;
}

export const DECLARATION_KINDS: Readonly<Record<string, Kind>> = {
    Plan: { symbol: SymbolKind.Package, completion: CompletionItemKind.Module, token: 'namespace' },
    Unit: { symbol: SymbolKind.Struct, completion: CompletionItemKind.Struct, token: 'struct' },
    Strategy: { symbol: SymbolKind.Interface, completion: CompletionItemKind.Interface, token: 'interface' },
    Goal: { symbol: SymbolKind.Class, completion: CompletionItemKind.Class, token: 'class' },
    Kpi: { symbol: SymbolKind.Field, completion: CompletionItemKind.Field, token: 'property' },
    Budget: { symbol: SymbolKind.Variable, completion: CompletionItemKind.Variable, token: 'variable' },
    Checkpoint: { symbol: SymbolKind.Event, completion: CompletionItemKind.Event, token: 'event' },
    Review: { symbol: SymbolKind.Namespace, completion: CompletionItemKind.Module, token: 'namespace' },
    Finding: { symbol: SymbolKind.Key, completion: CompletionItemKind.Reference, token: 'macro' },
    Action: { symbol: SymbolKind.Function, completion: CompletionItemKind.Function, token: 'function' },
    Outlook: { symbol: SymbolKind.Object, completion: CompletionItemKind.Value, token: 'type' }
};

export class PbmNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return DECLARATION_KINDS[typeOf(node)]?.symbol ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return DECLARATION_KINDS[typeOf(node)]?.completion ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return 'type' in node && typeof node.type === 'string' ? node.type : (node as AstNode).$type;
}
