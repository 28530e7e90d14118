/**
 * The editor features of PBM, one service per concern. Injected after
 * `PbmModule` by `createPbmServices`, so the CLI and tests get them too (they
 * are plain services over documents; only the server wires them to LSP).
 */
import type { Module } from 'langium';
import type { PartialLangiumServices, PartialLangiumSharedServices } from 'langium/lsp';
import type { PbmAddedServices, PbmServices, PbmSharedServices } from '../pbm-module.js';
import { PbmQuickFixRegistry } from './code-actions/registry.js';
import { PbmCodeActionProvider } from './pbm-code-actions.js';
import { PbmCodeLensProvider } from './pbm-code-lens-provider.js';
import { PbmCompletionProvider } from './pbm-completion-provider.js';
import { PbmDocumentLinkProvider } from './pbm-document-link-provider.js';
import { PbmDocumentSymbolProvider } from './pbm-document-symbol-provider.js';
import { PbmDocumentUpdateHandler } from './pbm-document-update-handler.js';
import { PbmFoldingRangeProvider } from './pbm-folding-range-provider.js';
import { PbmFormatter } from './pbm-formatter.js';
import { PbmHoverProvider } from './pbm-hover-provider.js';
import { PbmInlayHintProvider } from './pbm-inlay-hint-provider.js';
import { PbmNodeKindProvider } from './pbm-node-kinds.js';
import { PbmRenameProvider } from './pbm-rename-provider.js';
import { PbmSemanticTokenProvider } from './pbm-semantic-token-provider.js';

export const PbmLspModule: Module<PbmServices, PartialLangiumServices & Pick<PbmAddedServices, 'lsp'>> = {
    lsp: {
        QuickFixRegistry: () => new PbmQuickFixRegistry(),
        CodeActionProvider: services => new PbmCodeActionProvider(services),
        CompletionProvider: services => new PbmCompletionProvider(services),
        HoverProvider: services => new PbmHoverProvider(services),
        Formatter: () => new PbmFormatter(),
        DocumentSymbolProvider: services => new PbmDocumentSymbolProvider(services),
        FoldingRangeProvider: services => new PbmFoldingRangeProvider(services),
        RenameProvider: services => new PbmRenameProvider(services),
        SemanticTokenProvider: services => new PbmSemanticTokenProvider(services),
        CodeLensProvider: services => new PbmCodeLensProvider(services),
        InlayHintProvider: services => new PbmInlayHintProvider(services),
        DocumentLinkProvider: services => new PbmDocumentLinkProvider(services)
    }
};

export const PbmSharedLspModule: Module<PbmSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        NodeKindProvider: () => new PbmNodeKindProvider(),
        DocumentUpdateHandler: services => new PbmDocumentUpdateHandler(services)
    }
};
