import { DefaultIndexManager, type AstNodeDescription, type Cancellation, type LangiumDocument } from 'langium';

/**
 * Exposes the per-file, per-type symbol lists that Langium's index already
 * caches, so the scope provider can walk a plan's files in their canonical
 * order (the first declaration of a duplicated name is the one that counts).
 */
export class PbmIndexManager extends DefaultIndexManager {
    /**
     * Whether the references of each document are indexed. Find references,
     * rename and incremental rebuilds need that index; a one-shot build (a
     * `pbm check` run) does not, and skips its cost (about a tenth of the
     * build of a large plan: issue #7).
     */
    indexesReferences = true;

    override async updateReferences(document: LangiumDocument, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (this.indexesReferences) await super.updateReferences(document, cancelToken);
    }

    fileSymbols(uri: string, nodeType: string): readonly AstNodeDescription[] {
        return this.getFileDescriptions(uri, nodeType);
    }
}
