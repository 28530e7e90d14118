import { DefaultScopeComputation, MultiMap, type AstNode, type AstNodeDescription, type LangiumDocument, type LocalSymbols } from 'langium';
import * as ast from '../generated/ast.js';

/**
 * Every named declaration is visible in the whole plan (LANGUAGE.md §3):
 * top-level declarations, and the nested ones that other blocks reference by
 * their own name — KPIs (`measure`), findings (`addresses`) and actions.
 */
export class PbmScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const exports: AstNodeDescription[] = [];
        const file = document.parseResult.value as ast.PbmFile;
        for (const element of file.elements) {
            this.exportNamed(element, document, exports);
            if (ast.isGoal(element)) {
                for (const member of element.members) {
                    if (ast.isKpi(member)) this.exportNamed(member, document, exports);
                }
            } else if (ast.isReview(element)) {
                for (const member of element.members) this.exportNamed(member, document, exports);
            }
        }
        return exports;
    }

    /** Nothing is local: all names live in the plan-wide scope. */
    override async collectLocalSymbols(): Promise<LocalSymbols> {
        return new MultiMap<AstNode, AstNodeDescription>();
    }

    private exportNamed(node: AstNode, document: LangiumDocument, exports: AstNodeDescription[]): void {
        const name = this.nameProvider.getName(node);
        if (name) exports.push(this.descriptions.createDescription(node, name, document));
    }
}
