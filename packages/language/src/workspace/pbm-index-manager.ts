import { DefaultIndexManager, type AstNodeDescription } from 'langium';

/**
 * Exposes the per-file, per-type symbol lists that Langium's index already
 * caches, so the scope provider can walk a plan's files in their canonical
 * order (the first declaration of a duplicated name is the one that counts).
 */
export class PbmIndexManager extends DefaultIndexManager {
    fileSymbols(uri: string, nodeType: string): readonly AstNodeDescription[] {
        return this.getFileDescriptions(uri, nodeType);
    }
}
