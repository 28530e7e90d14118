/**
 * Folding: every block (Langium's default, from the AST) and every block
 * comment — taken from the lexer, because a comment before the first
 * declaration (the usual file header) is not part of the syntax tree.
 */
import type { AstNode, LangiumDocument, Lexer } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRangeKind } from 'vscode-languageserver';
import type { PbmServices } from '../pbm-module.js';

export class PbmFoldingRangeProvider extends DefaultFoldingRangeProvider {
    private readonly lexer: Lexer;

    constructor(services: PbmServices) {
        super(services);
        this.lexer = services.parser.Lexer;
    }

    protected override collectCommentFolding(document: LangiumDocument, _node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const textDocument = document.textDocument;
        for (const token of this.lexer.tokenize(textDocument.getText()).hidden) {
            if (token.tokenType.name !== 'ML_COMMENT') continue;
            const startLine = textDocument.positionAt(token.startOffset).line;
            const endLine = textDocument.positionAt(token.startOffset + token.image.length).line;
            if (endLine > startLine) acceptor({ startLine, endLine, kind: FoldingRangeKind.Comment });
        }
    }
}
