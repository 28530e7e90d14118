import { DefaultIndexManager, DocumentState, type AstNode, type AstNodeDescription, type Cancellation, type LangiumDocument, type ReferenceDescription, type Stream, type URI } from 'langium';
import type { PbmReferenceDescriptionProvider } from './pbm-reference-descriptions.js';

/**
 * Exposes the per-file, per-type symbol lists that Langium's index already
 * caches, so the scope provider can walk a plan's files in their canonical
 * order (the first declaration of a duplicated name is the one that counts).
 *
 * Indexes references lazily (issue #7): Langium indexes every reference of a
 * re-linked file before it validates it, so each keystroke's diagnostics
 * waited for an index that only find references, rename and the next
 * rebuild's "which files does this change affect" read. Here a linked
 * document is only marked; its references are indexed when one of those
 * asks (M, one 10,000-line file: ≈ 25 ms less per edit).
 */
export class PbmIndexManager extends DefaultIndexManager {
    /**
     * Whether the references of each document are indexed. Find references,
     * rename and incremental rebuilds need that index; a one-shot build (a
     * `pbm check` run) does not, and skips its cost (about a tenth of the
     * build of a large plan: issue #7).
     */
    indexesReferences = true;

    /** Linked documents whose references are to be indexed when asked for. */
    private readonly unindexed = new Map<string, LangiumDocument>();

    override async updateReferences(document: LangiumDocument, _cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (!this.indexesReferences) return;
        const uri = document.uri.toString();
        this.referenceIndex.delete(uri);
        this.unindexed.set(uri, document);
    }

    override removeReferences(uri: URI): void {
        this.unindexed.delete(uri.toString());
        super.removeReferences(uri);
    }

    override findAllReferences(targetNode: AstNode, astNodePath: string): Stream<ReferenceDescription> {
        for (const uri of [...this.unindexed.keys()]) this.indexNow(uri);
        return super.findAllReferences(targetNode, astNodePath);
    }

    override isAffected(document: LangiumDocument, changedUris: Set<string>): boolean {
        this.indexNow(document.uri.toString());
        return super.isAffected(document, changedUris);
    }

    /**
     * Indexes a marked document's references, if it is still linked. One
     * that is not (a rebuild reset it) is being re-linked and will be marked
     * again; until then it has no references in the index, as in Langium
     * between a reset and its next indexing.
     */
    private indexNow(uri: string): void {
        const document = this.unindexed.get(uri);
        if (!document) return;
        this.unindexed.delete(uri);
        if (document.state < DocumentState.Linked) return;
        const provider = this.serviceRegistry.getServices(document.uri).workspace.ReferenceDescriptionProvider as PbmReferenceDescriptionProvider;
        this.referenceIndex.set(uri, provider.describeNow(document));
    }

    fileSymbols(uri: string, nodeType: string): readonly AstNodeDescription[] {
        return this.getFileDescriptions(uri, nodeType);
    }
}
