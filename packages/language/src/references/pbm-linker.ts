/**
 * Langium's linker with a faster walk over the tree (issue #7): Langium
 * awaits a promise before each AST node and steps through generic streams,
 * which on a large plan cost as much as resolving the references, after every
 * edit. References are resolved exactly as Langium does (`doLink`), in the
 * same order; see `model/ast-walk.ts`.
 */
import { Cancellation, DefaultLinker, type LangiumDocument } from 'langium';
import { forEachNodeInterruptibly, forEachReference } from '../model/ast-walk.js';

export class PbmLinker extends DefaultLinker {
    override async link(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<void> {
        if (this.profiler?.isActive('linking')) return super.link(document, cancelToken);
        await forEachNodeInterruptibly(document.parseResult.value, cancelToken, node => {
            forEachReference(node, reference => this.doLink(reference, document));
        });
    }
}
