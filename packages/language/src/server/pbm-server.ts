/**
 * What the PBM server adds to Langium's start-up: the message language from
 * the client's locale, the custom requests, and a last line of defence so
 * that no text a user types can bring the server down.
 */
import { CodeLensRefreshRequest, type Connection } from 'vscode-languageserver';
import type { PbmServices, PbmSharedServices } from '../pbm-module.js';
import { rewordDiagnostics } from '../diagnostics/diagnostic-wording.js';
import type { MessageLanguageSetting } from '../i18n/locale.js';
import { planLanguage } from '../model/properties.js';
import { PbmImportLoader } from '../lsp/pbm-import-loader.js';
import { registerExportRequest } from '../lsp/pbm-export-request.js';
import { registerPlanStatusRequest } from '../lsp/pbm-plan-status-request.js';
import { registerReportRequest } from '../lsp/pbm-report-request.js';
import { SETTINGS_SECTION } from '../lsp/pbm-settings.js';
import { registerDebugRequests } from './pbm-debug-requests.js';

/** Options the client may pass in `initializationOptions`. */
export interface PbmInitializationOptions {
    /** Forces the language of messages, hover and code lens (`auto` or absent: each plan's `language`, else the client's locale). */
    readonly messageLanguage?: MessageLanguageSetting;
    /** The diagnostics reference shipped with the client (docs/diagnostics.md), linked from each diagnostic's code. */
    readonly diagnosticsReference?: string;
}

/** Must run before `startLanguageServer`, which registers the `initialize` handler that fires these events. */
export function startPbmServer(shared: PbmSharedServices, services: PbmServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) throw new Error('The PBM server needs a connection.');
    const locale = services.i18n.Locale;
    shared.lsp.LanguageServer.onInitialize(params => {
        const options = params.initializationOptions as PbmInitializationOptions | undefined;
        locale.useLocale(params.locale);
        locale.setting = messageLanguageSetting(options?.messageLanguage);
        if (options?.diagnosticsReference) services.i18n.DiagnosticsReference.load(options.diagnosticsReference);
    });
    // Under `auto`, a document speaks the language of the (first) plan it belongs to.
    const planGraph = shared.workspace.PlanGraph;
    locale.followPlanLanguage(uri => planLanguage(planGraph.scopeOf(uri).plans[0]?.plan));
    rewordOnLanguageChange(connection, shared, services);
    registerReportRequest(connection, shared, services);
    registerExportRequest(connection, shared, services);
    registerPlanStatusRequest(connection, shared);
    registerDebugRequests(connection, shared);
    new PbmImportLoader(shared);
    refreshLensesOnSettingsChange(connection, shared);
    keepAlive(connection);
}

/** Code lenses and inlay hints can be switched off (`pbm.codeLens.enabled`, `pbm.inlayHints.enabled`): ask the client to re-query them. */
function refreshLensesOnSettingsChange(connection: Connection, shared: PbmSharedServices): void {
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== SETTINGS_SECTION) return;
        connection.languages.inlayHint.refresh().catch(() => undefined);
        connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    });
}

export function messageLanguageSetting(value: unknown): MessageLanguageSetting {
    return value === 'en' || value === 'zh' ? value : 'auto';
}

/**
 * `pbm.messages.language` changed: diagnostics carry their code and
 * arguments, so they are worded again in the new language and sent — nothing
 * is parsed or validated again, and the server keeps running.
 */
function rewordOnLanguageChange(connection: Connection, shared: PbmSharedServices, services: PbmServices): void {
    const locale = services.i18n.Locale;
    shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
        if (update.section !== SETTINGS_SECTION) return;
        const setting = messageLanguageSetting((update.configuration as { messages?: { language?: unknown } } | undefined)?.messages?.language);
        if (setting === locale.setting) return;
        locale.setting = setting;
        for (const document of shared.workspace.LangiumDocuments.all) {
            const uri = document.uri.toString();
            if (document.diagnostics && rewordDiagnostics(document.diagnostics, locale.langOf(uri))) {
                void connection.sendDiagnostics({ uri, diagnostics: document.diagnostics });
            }
        }
    });
}

/**
 * Langium turns exceptions of its request handlers into error responses; an
 * error escaping elsewhere (a listener, a timer) would end the process. Log it
 * instead: one broken feature must not take diagnostics away from the user.
 */
function keepAlive(connection: Connection): void {
    const log = (error: unknown) => connection.console.error(`PBM server error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    process.on('uncaughtException', log);
    process.on('unhandledRejection', log);
}
