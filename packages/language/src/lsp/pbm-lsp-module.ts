/**
 * The editor features of PBM, one service per concern. Injected after
 * `PbmModule` by `createPbmServices`, so the CLI and tests get them too (they
 * are plain services over documents; only the server wires them to LSP).
 */
import type { Module } from 'langium';
import type { PartialLangiumServices } from 'langium/lsp';
import type { PbmServices } from '../pbm-module.js';
import { PbmCompletionProvider } from './pbm-completion-provider.js';
import { PbmFormatter } from './pbm-formatter.js';
import { PbmHoverProvider } from './pbm-hover-provider.js';

export const PbmLspModule: Module<PbmServices, PartialLangiumServices> = {
    lsp: {
        CompletionProvider: services => new PbmCompletionProvider(services),
        HoverProvider: services => new PbmHoverProvider(services),
        Formatter: services => new PbmFormatter(services)
    }
};
