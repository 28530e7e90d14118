/**
 * "PBM: Export Form…": asks which form (unless a summary-view button named
 * it) and where to save it, then lets the server write it (`pbm/exportForm`)
 * from the plan as the editor holds it. The client only asks and shows.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { planDocumentUri, reportLanguage } from './summary-panel.js';

type FormId = 'self-evaluation' | 'targets' | 'monitoring' | 'summary';
type ExportResult = { path: string; planName: string; errors: number } | { error: string };

function forms(): ReadonlyArray<{ id: FormId; label: string; detail: string; extension: 'xlsx' | 'docx' }> {
    return [
        { id: 'self-evaluation', label: vscode.l10n.t('Self-evaluation form'), detail: vscode.l10n.t('项目支出绩效自评表 · .xlsx'), extension: 'xlsx' },
        { id: 'targets', label: vscode.l10n.t('Performance targets form'), detail: vscode.l10n.t('绩效目标表 · .xlsx'), extension: 'xlsx' },
        { id: 'monitoring', label: vscode.l10n.t('Performance monitoring form'), detail: vscode.l10n.t('绩效运行监控表 · .xlsx'), extension: 'xlsx' },
        { id: 'summary', label: vscode.l10n.t('Work summary'), detail: vscode.l10n.t('预算绩效管理工作总结 · .docx'), extension: 'docx' }
    ];
}

export async function exportForm(client: () => LanguageClient | undefined, formId?: string, target?: vscode.Uri | string): Promise<void> {
    const uri = planDocumentUri(target);
    if (!uri) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a .pbm plan in the editor first, then export its form.'));
        return;
    }
    const form = forms().find(f => f.id === formId) ?? await vscode.window.showQuickPick(forms(), { placeHolder: vscode.l10n.t('Which form do you want to export?') });
    if (!form) return;
    const folder = uri.scheme === 'file' ? path.dirname(uri.fsPath) : undefined;
    const name = `${path.basename(uri.path, '.pbm')}-${form.id}.${form.extension}`;
    const destination = await vscode.window.showSaveDialog({
        defaultUri: folder ? vscode.Uri.file(path.join(folder, name)) : undefined,
        filters: { [form.extension === 'xlsx' ? vscode.l10n.t('Excel workbook') : vscode.l10n.t('Word document')]: [form.extension] },
        saveLabel: vscode.l10n.t('Export')
    });
    if (!destination) return;
    const result = await requestExport(client(), { uri: uri.toString(), form: form.id, output: destination.fsPath, lang: reportLanguage() });
    if ('error' in result) {
        void vscode.window.showErrorMessage(result.error);
        return;
    }
    const open = vscode.l10n.t('Open');
    const note = result.errors > 0 ? ' ' + vscode.l10n.t('The plan has {0} errors; they are listed in the file.', result.errors) : '';
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('{0} exported to {1}.', form.label, vscode.workspace.asRelativePath(destination)) + note, open);
    if (choice === open) await vscode.env.openExternal(destination);
}

async function requestExport(client: LanguageClient | undefined, params: { uri: string; form: FormId; output: string; lang?: 'en' | 'zh' }): Promise<ExportResult> {
    if (!client || !client.isRunning()) return { error: vscode.l10n.t('The PBM language server is not running. Run "PBM: Restart Language Server" and try again.') };
    try {
        return await client.sendRequest<ExportResult>('pbm/exportForm', params);
    } catch (error) {
        return { error: vscode.l10n.t('The form could not be exported: {0}', error instanceof Error ? error.message : String(error)) };
    }
}
