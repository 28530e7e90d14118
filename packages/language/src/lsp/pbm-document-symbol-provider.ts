/**
 * The outline: declarations in file order, KPIs under their goal, findings
 * and actions under their review, each with its title as detail.
 */
import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';

export class PbmDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override createSymbol(document: LangiumDocument, astNode: AstNode, cstNode: CstNode, nameNode: CstNode, computedName?: string): DocumentSymbol {
        const symbol = super.createSymbol(document, astNode, cstNode, nameNode, computedName);
        const title = (astNode as { title?: string }).title;
        const date = (astNode as { date?: string }).date;
        const detail = [title, date].filter(Boolean).join(' · ');
        return detail ? { ...symbol, detail } : symbol;
    }
}
