/**
 * "PBM: Generate Summary": the work-summary report of a plan in a webview
 * beside the editor. The server renders it (`pbm/generateReport`); this view
 * only shows it, refreshes it when the plan changes (debounced), keeps the
 * scroll position across refreshes, and saves it as Markdown or HTML.
 *
 * Security: `default-src 'none'` CSP (set by the report), styles and the one
 * tiny script carry a fresh nonce, no remote content, local resources limited
 * to the extension's `media` folder, command URIs disabled.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { tmpdir } from 'node:os';
import { createNonce, messagePage, parseViewMessage, summaryWebviewOptions, withViewScript, type ExportForm, type ViewMessage } from './summary-html.js';

const REFRESH_DELAY_MS = 500;

interface GenerateReportParams {
    readonly uri: string;
    readonly format: 'html' | 'md' | 'json';
    readonly lang?: 'en' | 'zh';
    readonly html?: { readonly mode: 'webview'; readonly nonce: string; readonly cspSource: string };
}

type GenerateReportResult = { readonly content: string; readonly planName: string; readonly planUri: string } | { readonly error: string };

export class SummaryPanels implements vscode.Disposable {
    /** One view per plan, keyed by the plan file's URI. */
    private readonly views = new Map<string, SummaryView>();

    constructor(private readonly context: vscode.ExtensionContext, private readonly client: () => LanguageClient | undefined) {}

    async show(target: vscode.Uri | string | undefined, goal?: string): Promise<void> {
        const uri = planDocumentUri(target);
        if (!uri) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Open a .pbm plan in the editor first, then run "PBM: Generate Summary".'));
            return;
        }
        const existing = [...this.views.values()].find(view => view.covers(uri));
        if (existing) {
            existing.reveal(goal);
            return;
        }
        const view = new SummaryView(this.context, uri, this.client, goal, key => this.views.delete(key));
        const key = await view.refresh();
        if (key) {
            const duplicate = this.views.get(key);
            if (duplicate && duplicate !== view) {
                view.dispose();
                duplicate.reveal(goal);
                return;
            }
            this.views.set(key, view);
        }
    }

    async save(target: vscode.Uri | string | undefined, format: 'md' | 'html'): Promise<void> {
        const uri = planDocumentUri(target) ?? [...this.views.values()].find(view => view.active)?.source;
        if (!uri) {
            void vscode.window.showWarningMessage(vscode.l10n.t('Open a .pbm plan in the editor first, then save its summary.'));
            return;
        }
        const result = await requestReport(this.client(), { uri: uri.toString(), format });
        if ('error' in result) {
            void vscode.window.showErrorMessage(result.error);
            return;
        }
        const planFile = vscode.Uri.parse(result.planUri);
        const defaultUri = vscode.Uri.joinPath(planFile, '..', `${result.planName}-summary.${format}`);
        const filters: Record<string, string[]> = format === 'md'
            ? { [vscode.l10n.t('Markdown')]: ['md'] }
            : { [vscode.l10n.t('HTML')]: ['html', 'htm'] };
        // The save dialog asks before replacing an existing file: nothing is overwritten silently.
        const destination = await vscode.window.showSaveDialog({ defaultUri, filters, saveLabel: vscode.l10n.t('Save Summary') });
        if (!destination) return;
        await vscode.workspace.fs.writeFile(destination, new TextEncoder().encode(result.content));
        void vscode.window.showInformationMessage(vscode.l10n.t('Summary saved to {0}.', vscode.workspace.asRelativePath(destination)));
    }

    dispose(): void {
        for (const view of this.views.values()) view.dispose();
        this.views.clear();
    }
}

class SummaryView implements vscode.Disposable {
    private readonly panel: vscode.WebviewPanel;
    private readonly disposables: vscode.Disposable[] = [];
    private timer: ReturnType<typeof setTimeout> | undefined;
    private planUri?: string;
    private disposed = false;
    /** The goal to scroll to when the next HTML is shown. */
    private goal?: string;

    constructor(
        context: vscode.ExtensionContext,
        readonly source: vscode.Uri,
        private readonly client: () => LanguageClient | undefined,
        goal: string | undefined,
        private readonly onDispose: (key: string) => void
    ) {
        this.goal = goal;
        this.panel = vscode.window.createWebviewPanel('pbm.summary', vscode.l10n.t('PBM Summary'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            summaryWebviewOptions(vscode.Uri.joinPath(context.extensionUri, 'media')));
        this.panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'icon.png');
        this.panel.webview.html = messagePage(this.panel.webview.cspSource, vscode.l10n.t('Generating the summary…'));
        this.disposables.push(
            this.panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.document.languageId === 'pbm' && event.contentChanges.length > 0) this.scheduleRefresh();
            }),
            vscode.languages.onDidChangeDiagnostics(event => {
                if (event.uris.some(uri => uri.path.endsWith('.pbm'))) this.scheduleRefresh();
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('pbm.report.language')) this.scheduleRefresh();
            }),
            this.panel.webview.onDidReceiveMessage(data => {
                const message = parseViewMessage(data);
                if (message) void this.handle(message);
            })
        );
    }

    /** A click in the view: open a line of the plan, export a form, save or print the report. */
    private async handle(message: ViewMessage): Promise<void> {
        switch (message.type) {
            case 'openSource': return this.openSource(message.uri, message.line);
            case 'export': return exportForm(this.source, message.form);
            case 'save': {
                await vscode.commands.executeCommand(message.format === 'md' ? 'pbm.saveSummaryAsMarkdown' : 'pbm.saveSummaryAsHtml', this.source);
                return;
            }
            case 'print': return this.print();
        }
    }

    /**
     * Opens the line in the editor beside the view. Diagnostics name their
     * file relative to the plan file's folder; declarations by URI. Only
     * `.pbm` files (checked by `parseViewMessage`).
     */
    private async openSource(target: string, line: number): Promise<void> {
        const base = vscode.Uri.parse(this.planUri ?? this.source.toString());
        const uri = /^[a-z][a-z0-9+.-]*:/i.test(target) ? vscode.Uri.parse(target) : vscode.Uri.joinPath(base, '..', target);
        try {
            const document = await vscode.workspace.openTextDocument(uri);
            const position = new vscode.Position(Math.min(line - 1, Math.max(0, document.lineCount - 1)), 0);
            await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
        } catch (error) {
            void vscode.window.showErrorMessage(vscode.l10n.t('Could not open {0}: {1}', target, error instanceof Error ? error.message : String(error)));
        }
    }

    /**
     * A webview cannot print; the report (with its A4 print styles) opens in
     * the browser instead, from a file in the temporary folder.
     */
    private async print(): Promise<void> {
        const result = await requestReport(this.client(), { uri: this.source.toString(), format: 'html' });
        if ('error' in result) {
            void vscode.window.showErrorMessage(result.error);
            return;
        }
        const file = vscode.Uri.joinPath(vscode.Uri.file(tmpdir()), `${result.planName.replace(/[^\p{L}\p{N}_-]/gu, '_')}-summary-print.html`);
        await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(result.content));
        const opened = await vscode.env.openExternal(file);
        if (opened) void vscode.window.showInformationMessage(vscode.l10n.t('The summary opened in your browser: print it from there (A4).'));
        else void vscode.window.showErrorMessage(vscode.l10n.t('Could not open the browser. Save the summary as HTML and print that file.'));
    }

    get active(): boolean {
        return this.panel.active;
    }

    covers(uri: vscode.Uri): boolean {
        return this.source.toString() === uri.toString() || this.planUri === uri.toString();
    }

    reveal(goal?: string): void {
        this.panel.reveal(vscode.ViewColumn.Beside, true);
        if (goal) void this.panel.webview.postMessage({ type: 'scrollToGoal', goal });
    }

    /** Renders the report again; returns the plan's URI (the view's key) when it succeeded. */
    async refresh(): Promise<string | undefined> {
        const webview = this.panel.webview;
        const nonce = createNonce();
        const result = await requestReport(this.client(), { uri: this.source.toString(), format: 'html', html: { mode: 'webview', nonce, cspSource: webview.cspSource } });
        if (this.disposed) return undefined;
        if ('error' in result) {
            webview.html = messagePage(webview.cspSource, result.error);
            return undefined;
        }
        this.planUri = result.planUri;
        this.panel.title = vscode.l10n.t('Summary: {0}', result.planName);
        webview.html = withViewScript(result.content, nonce, this.goal);
        this.goal = undefined;
        return result.planUri;
    }

    private scheduleRefresh(): void {
        if (this.timer) clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.refresh(), REFRESH_DELAY_MS);
    }

    dispose(): void {
        if (this.disposed) return;
        this.disposed = true;
        if (this.timer) clearTimeout(this.timer);
        this.disposables.forEach(disposable => disposable.dispose());
        this.disposables.length = 0;
        this.panel.dispose();
        if (this.planUri) this.onDispose(this.planUri);
    }
}

async function requestReport(client: LanguageClient | undefined, params: GenerateReportParams): Promise<GenerateReportResult> {
    if (!client || !client.isRunning()) return { error: vscode.l10n.t('The PBM language server is not running. Run "PBM: Restart Language Server" and try again.') };
    try {
        return await client.sendRequest<GenerateReportResult>('pbm/generateReport', { ...params, lang: reportLanguage() });
    } catch (error) {
        return { error: vscode.l10n.t('The summary could not be generated: {0}', error instanceof Error ? error.message : String(error)) };
    }
}

const EXPORT_COMMAND = 'pbm.exportForm';

/** Runs `pbm.exportForm` (form id, plan URI); says so clearly when this PBM has no form export. */
async function exportForm(plan: vscode.Uri, form: ExportForm): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes(EXPORT_COMMAND)) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Exporting the official forms is not available in this version of PBM. Save the summary as HTML or Markdown instead.'));
        return;
    }
    await vscode.commands.executeCommand(EXPORT_COMMAND, form, plan);
}

/** `pbm.report.language`: `plan` (the plan's own `language`) sends none. */
export function reportLanguage(): 'en' | 'zh' | undefined {
    const setting = vscode.workspace.getConfiguration('pbm').get<string>('report.language', 'plan');
    return setting === 'en' || setting === 'zh' ? setting : undefined;
}

/** The `.pbm` document a command is about: its argument, else the active editor. */
export function planDocumentUri(target: vscode.Uri | string | undefined): vscode.Uri | undefined {
    if (target instanceof vscode.Uri) return target;
    if (typeof target === 'string') return vscode.Uri.parse(target);
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'pbm' ? document.uri : undefined;
}
