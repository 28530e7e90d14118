/** `import "org/units.pbm"`: the path is a link to the file (when it is loaded or exists on disk). */
import { GrammarUtils, type FileSystemProvider, type LangiumDocument } from 'langium';
import type { DocumentLinkProvider } from 'langium/lsp';
import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { PbmServices } from '../pbm-module.js';
import type { PbmPlanGraph } from '../workspace/pbm-plan-graph.js';

export class PbmDocumentLinkProvider implements DocumentLinkProvider {
    private readonly planGraph: PbmPlanGraph;
    private readonly fileSystem: FileSystemProvider;

    constructor(services: PbmServices) {
        this.planGraph = services.shared.workspace.PlanGraph;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    getDocumentLinks(document: LangiumDocument, _params: DocumentLinkParams): DocumentLink[] {
        const links: DocumentLink[] = [];
        for (const { node, uri, found } of this.planGraph.importsOf(document)) {
            const path = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'path');
            if (!uri || !path || !(found || this.existsOnDisk(uri))) continue;
            links.push({ range: path.range, target: uri.toString() });
        }
        return links;
    }

    private existsOnDisk(uri: Parameters<FileSystemProvider['existsSync']>[0]): boolean {
        try {
            return this.fileSystem.existsSync(uri);
        } catch {
            return false;
        }
    }
}
