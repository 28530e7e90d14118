/**
 * Closing an untitled plan forgets it. Langium keeps a closed document (a
 * file closed in the editor is still part of the workspace on disk), but an
 * untitled one no longer exists anywhere once closed — also when it was just
 * saved under a file name, which opens a new document. Without this, its
 * problems stayed in the Problems panel, and a new untitled plan that got the
 * same name (`Untitled-1` again) first showed the problems of the closed one.
 */
import { URI } from 'langium';
import { DefaultDocumentUpdateHandler } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** The scheme of VS Code's unsaved new files. */
const UNTITLED_SCHEME = 'untitled';

export class PbmDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        // Deleting it also publishes empty diagnostics for it (Langium's diagnostics handler).
        if (uri.scheme === UNTITLED_SCHEME) this.fireDocumentUpdate([], [uri]);
    }
}
