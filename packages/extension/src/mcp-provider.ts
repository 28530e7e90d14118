/**
 * Offers `pbm mcp` to VS Code's agent mode: one MCP server definition per
 * folder of the (trusted) workspace, running the CLI bundled with the
 * extension (`dist/pbm.cjs`) with that folder as its working folder — the
 * only folder it reads (docs/mcp.md). VS Code asks the user before it starts
 * a server. On a VS Code whose API has no MCP providers it does nothing; on
 * VS Code 1.100 (the code-server 4.100 workbench of the e2e suite), whose
 * preview API has the function but refuses our 1.101 contribution point, the
 * refusal is logged and ignored: an optional feature never stops activation.
 */
import * as vscode from 'vscode';

/** The id under `contributes.mcpServerDefinitionProviders` in package.json. */
export const MCP_PROVIDER_ID = 'pbm.mcpServers';

/** The part of the VS Code ≥ 1.101 API used here (@types/vscode is pinned to 1.100, the oldest VS Code supported). */
interface McpApi {
    readonly lm: {
        registerMcpServerDefinitionProvider(id: string, provider: {
            readonly onDidChangeMcpServerDefinitions?: vscode.Event<void>;
            provideMcpServerDefinitions(token: vscode.CancellationToken): vscode.ProviderResult<unknown[]>;
        }): vscode.Disposable;
    };
    readonly McpStdioServerDefinition: new (label: string, command: string, args?: string[], env?: Record<string, string | number | null>, version?: string) => { cwd?: vscode.Uri };
}

export function registerMcpProvider(context: vscode.ExtensionContext): void {
    const api = vscode as unknown as Partial<McpApi>;
    if (typeof api.lm?.registerMcpServerDefinitionProvider !== 'function' || typeof api.McpStdioServerDefinition !== 'function') return;
    try {
        registerWith(api as McpApi, context);
    } catch (error) {
        console.warn(`PBM: the MCP server definition provider is not available in this VS Code: ${error instanceof Error ? error.message : String(error)}`);
    }
}

function registerWith(api: McpApi, context: vscode.ExtensionContext): void {
    const { McpStdioServerDefinition } = api;
    const changed = new vscode.EventEmitter<void>();
    const cli = context.asAbsolutePath('dist/pbm.cjs');
    const version = String(context.extension.packageJSON.version ?? '');
    const registration = api.lm.registerMcpServerDefinitionProvider(MCP_PROVIDER_ID, {
        onDidChangeMcpServerDefinitions: changed.event,
        provideMcpServerDefinitions: () => {
            // The server reads the folder's plans: only once the user trusts the workspace.
            if (!vscode.workspace.isTrusted) return [];
            return (vscode.workspace.workspaceFolders ?? []).filter(folder => folder.uri.scheme === 'file').map(folder => {
                // The editor's own runtime runs the CLI: in the desktop app it is Electron, which runs scripts as Node with this variable.
                const server = new McpStdioServerDefinition(vscode.l10n.t('PBM plans ({0})', folder.name), process.execPath, [cli, 'mcp'], { ELECTRON_RUN_AS_NODE: '1' }, version);
                server.cwd = folder.uri;
                return server;
            });
        }
    });
    context.subscriptions.push(
        registration,
        changed,
        vscode.workspace.onDidChangeWorkspaceFolders(() => changed.fire()),
        vscode.workspace.onDidGrantWorkspaceTrust(() => changed.fire())
    );
}
