/**
 * What the PBM server adds to Langium's start-up: the message language from
 * the client's locale, the custom requests, and a last line of defence so
 * that no text a user types can bring the server down.
 */
import { CodeLensRefreshRequest, type Connection } from 'vscode-languageserver';
import type { PbmServices, PbmSharedServices } from '../pbm-module.js';
import { langOfLocale, type Lang } from '../i18n/locale.js';
import { PbmImportLoader } from '../lsp/pbm-import-loader.js';
import { registerReportRequest } from '../lsp/pbm-report-request.js';
import { SETTINGS_SECTION } from '../lsp/pbm-settings.js';
import { registerDebugRequests } from './pbm-debug-requests.js';

/** Options the client may pass in `initializationOptions`. */
export interface PbmInitializationOptions {
    /** Forces the language of messages, hover and code lens (`auto` or absent: the client's locale). */
    readonly messageLanguage?: 'auto' | Lang;
}

/** Must run before `startLanguageServer`, which registers the `initialize` handler that fires these events. */
export function startPbmServer(shared: PbmSharedServices, services: PbmServices): void {
    const connection = shared.lsp.Connection;
    if (!connection) throw new Error('The PBM server needs a connection.');
    shared.lsp.LanguageServer.onInitialize(params => {
        services.i18n.Locale.lang = messageLanguageOf(params.locale, params.initializationOptions as PbmInitializationOptions | undefined);
    });
    registerReportRequest(connection, shared, services);
    registerDebugRequests(connection);
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

export function messageLanguageOf(locale: string | undefined, options: PbmInitializationOptions | undefined): Lang {
    const forced = options?.messageLanguage;
    return forced === 'en' || forced === 'zh' ? forced : langOfLocale(locale);
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
