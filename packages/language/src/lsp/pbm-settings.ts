/**
 * The `pbm.*` settings the server reads from the client (package.json
 * `contributes.configuration`). Absent settings (tests, other clients) mean
 * the defaults.
 */
import type { ConfigurationProvider } from 'langium';

export const SETTINGS_SECTION = 'pbm';

export interface PbmEditorSettings {
    readonly codeLens: boolean;
    readonly inlayHints: boolean;
}

export async function editorSettings(configuration: ConfigurationProvider): Promise<PbmEditorSettings> {
    const codeLens = await configuration.getConfiguration(SETTINGS_SECTION, 'codeLens') as { enabled?: unknown } | undefined;
    const inlayHints = await configuration.getConfiguration(SETTINGS_SECTION, 'inlayHints') as { enabled?: unknown } | undefined;
    return { codeLens: codeLens?.enabled !== false, inlayHints: inlayHints?.enabled !== false };
}
