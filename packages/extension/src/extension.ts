/**
 * The PBM extension: a thin client. It starts the bundled language server
 * (`dist/server.cjs`) over IPC, passes the display language, and owns the
 * "Generate Summary" webview, the plan status bar item and the new-plan
 * templates; everything about plans happens in the server.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { exportForm } from './export-command.js';
import { registerMcpProvider } from './mcp-provider.js';
import { newPlan, openSample } from './new-plan.js';
import { PlanStatusBar } from './plan-status.js';
import { SummaryPanels } from './summary-panel.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    client = createClient(context);
    const panels = new SummaryPanels(context, () => client);
    context.subscriptions.push(
        panels,
        vscode.commands.registerCommand('pbm.generateSummary', (target?: vscode.Uri | string, goal?: string) => panels.show(target, goal)),
        vscode.commands.registerCommand('pbm.saveSummaryAsMarkdown', (target?: vscode.Uri | string) => panels.save(target, 'md')),
        vscode.commands.registerCommand('pbm.saveSummaryAsHtml', (target?: vscode.Uri | string) => panels.save(target, 'html')),
        vscode.commands.registerCommand('pbm.restartServer', () => client?.restart()),
        vscode.commands.registerCommand('pbm.newPlan', (template?: string) => newPlan(context, template)),
        vscode.commands.registerCommand('pbm.openSample', () => openSample(context)),
        vscode.commands.registerCommand('pbm.export', (target?: vscode.Uri | string) => exportForm(() => client, undefined, target)),
        vscode.commands.registerCommand('pbm.exportForm', (form?: string, target?: vscode.Uri | string) => exportForm(() => client, form, target)),
        new PlanStatusBar(() => client)
        // `pbm.messages.language` reaches the server with the synchronised `pbm` settings: it re-words its diagnostics, no restart.
    );
    await client.start();
    registerMcpProvider(context);
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}

function createClient(context: vscode.ExtensionContext): LanguageClient {
    const module = context.asAbsolutePath(path.join('dist', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } }
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [{ scheme: 'file', language: 'pbm' }, { scheme: 'untitled', language: 'pbm' }],
        synchronize: {
            configurationSection: 'pbm',
            fileEvents: vscode.workspace.createFileSystemWatcher('**/*.pbm')
        },
        initializationOptions: {
            messageLanguage: vscode.workspace.getConfiguration('pbm').get<string>('messages.language', 'auto'),
            diagnosticsReference: context.asAbsolutePath(path.join('docs', 'diagnostics.md'))
        },
        outputChannelName: 'PBM Language Server'
    };
    // The client sends `vscode.env.language` as the LSP `locale`; the server picks English or Chinese from it.
    return new LanguageClient('pbm', 'PBM Language Server', serverOptions, clientOptions);
}
