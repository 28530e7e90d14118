import {
    inject, type DeepPartial, type Module, type LangiumSharedCoreServices, type PartialLangiumCoreServices
} from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices
} from 'langium/lsp';
import { PbmFigures } from './figures/pbm-figures.js';
import { PbmGeneratedModule, PbmGeneratedSharedModule } from './generated/module.js';
import { PbmDiagnosticsReference } from './diagnostics/diagnostics-reference.js';
import { PbmLocale } from './i18n/locale.js';
import type { PbmQuickFixRegistry } from './lsp/code-actions/registry.js';
import { PbmLspModule, PbmSharedLspModule } from './lsp/pbm-lsp-module.js';
import { PbmLexerErrorMessageProvider, PbmParserErrorMessageProvider } from './parser/pbm-syntax-messages.js';
import { PbmLexer } from './parser/pbm-lexer.js';
import { PbmTokenBuilder } from './parser/pbm-token-builder.js';
import { PbmValueConverter } from './pbm-value-converter.js';
import { PbmScopeComputation } from './references/pbm-scope-computation.js';
import { PbmScopeProvider } from './references/pbm-scope-provider.js';
import { PbmLinker } from './references/pbm-linker.js';
import { PbmDocumentValidator } from './validation/pbm-document-validator.js';
import { registerValidationChecks } from './validation/pbm-validator.js';
import { PbmValidationRegistry } from './validation/pbm-validation-registry.js';
import { PbmIndexManager } from './workspace/pbm-index-manager.js';
import { PbmDocumentBuilder } from './workspace/pbm-document-builder.js';
import { PbmDocumentFactory } from './workspace/pbm-document-factory.js';
import { PbmPlanGraph } from './workspace/pbm-plan-graph.js';
import { PbmReferenceDescriptionProvider } from './workspace/pbm-reference-descriptions.js';
import { PbmWorkspaceManager } from './workspace/pbm-workspace-manager.js';

/** Services the PBM language adds to Langium's. */
export type PbmAddedServices = {
    i18n: {
        Locale: PbmLocale,
        DiagnosticsReference: PbmDiagnosticsReference
    },
    lsp: {
        QuickFixRegistry: PbmQuickFixRegistry
    }
};

export type PbmSharedAddedServices = {
    workspace: {
        PlanGraph: PbmPlanGraph
    },
    figures: {
        Figures: PbmFigures
    }
};

export type PbmSharedServices = LangiumSharedServices & PbmSharedAddedServices;
export type PbmServices = LangiumServices & PbmAddedServices & { shared: PbmSharedServices };

export const PbmSharedModule: Module<PbmSharedServices, DeepPartial<LangiumSharedCoreServices> & PbmSharedAddedServices> = {
    workspace: {
        IndexManager: services => new PbmIndexManager(services),
        DocumentBuilder: services => new PbmDocumentBuilder(services),
        LangiumDocumentFactory: services => new PbmDocumentFactory(services),
        WorkspaceManager: services => new PbmWorkspaceManager(services),
        PlanGraph: services => new PbmPlanGraph(services)
    },
    figures: {
        Figures: services => new PbmFigures(services)
    }
};

export const PbmModule: Module<PbmServices, PartialLangiumServices & PartialLangiumCoreServices & Pick<PbmAddedServices, 'i18n'>> = {
    i18n: {
        Locale: () => new PbmLocale(),
        DiagnosticsReference: () => new PbmDiagnosticsReference()
    },
    parser: {
        TokenBuilder: () => new PbmTokenBuilder(),
        Lexer: services => new PbmLexer(services),
        ValueConverter: () => new PbmValueConverter(),
        LexerErrorMessageProvider: () => new PbmLexerErrorMessageProvider(),
        ParserErrorMessageProvider: () => new PbmParserErrorMessageProvider()
    },
    references: {
        ScopeComputation: services => new PbmScopeComputation(services),
        ScopeProvider: services => new PbmScopeProvider(services),
        Linker: services => new PbmLinker(services)
    },
    workspace: {
        ReferenceDescriptionProvider: services => new PbmReferenceDescriptionProvider(services)
    },
    validation: {
        DocumentValidator: services => new PbmDocumentValidator(services),
        ValidationRegistry: services => new PbmValidationRegistry(services)
    }
};

/**
 * Creates the shared and language services. The language server passes its
 * connection in `context`; the CLI and tests pass a file system only.
 */
export function createPbmServices(context: DefaultSharedModuleContext): {
    shared: PbmSharedServices;
    Pbm: PbmServices;
} {
    const shared = inject(
        createDefaultSharedModule(context as DefaultSharedModuleContext),
        PbmGeneratedSharedModule,
        PbmSharedModule,
        PbmSharedLspModule
    ) as PbmSharedServices;
    const Pbm = inject(
        createDefaultModule({ shared }),
        PbmGeneratedModule,
        PbmModule,
        PbmLspModule
    ) as PbmServices;
    shared.ServiceRegistry.register(Pbm);
    registerValidationChecks(Pbm);
    if (!context.connection) {
        // No language server: documents are built on demand by the caller.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Pbm };
}
