/**
 * Langium's workspace manager, robust against files that vanish while the
 * server starts. It lists the workspace folders, then reads every `.pbm`
 * file; a file deleted (or made unreadable) in between — a `git checkout`, a
 * sync tool, a build cleaning up — made the whole start-up fail, and as
 * requests wait for the start-up, the server never answered again (found by
 * the soak test, issue #8). Such a file is now skipped, as if it had been
 * deleted a moment earlier; the watched-files notification of its deletion
 * or re-creation brings the workspace up to date.
 */
import { DefaultWorkspaceManager, type LangiumDocument, type Stream, type URI } from 'langium';

export class PbmWorkspaceManager extends DefaultWorkspaceManager {
    protected override async loadWorkspaceDocuments(uris: Stream<URI>, collector: (document: LangiumDocument) => void): Promise<void> {
        await Promise.all(uris.map(async uri => {
            try {
                collector(await this.langiumDocuments.getOrCreateDocument(uri));
            } catch {
                // Listed, but gone or unreadable by the time it is read: not part of the workspace.
            }
        }));
    }
}
