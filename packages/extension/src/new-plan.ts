/**
 * "PBM: New Plan" and the walkthrough's "Open the sample plan": a plan from
 * a template shipped with the extension (`templates/`), opened as a new
 * untitled file the user saves where they like. Templates are dated 2026;
 * a new plan gets the current year instead.
 */
import * as vscode from 'vscode';

export const TEMPLATE_IDS = ['enterprise-en', 'enterprise-zh', 'government-en', 'government-zh'] as const;
export type TemplateId = typeof TEMPLATE_IDS[number];

const TEMPLATE_YEAR = '2026';

function templateChoices(): Array<vscode.QuickPickItem & { id: TemplateId }> {
    return [
        { id: 'enterprise-en', label: vscode.l10n.t('Enterprise plan (English)'), detail: vscode.l10n.t('Goals, KPIs and budget lines scored by progress from baseline to target.') },
        { id: 'enterprise-zh', label: vscode.l10n.t('Enterprise plan (Chinese)'), detail: vscode.l10n.t('Goals, KPIs and budget lines scored by progress from baseline to target.') },
        { id: 'government-en', label: vscode.l10n.t('Government plan (English)'), detail: vscode.l10n.t('预算绩效 indicators: output, benefit and satisfaction classes with formulas.') },
        { id: 'government-zh', label: vscode.l10n.t('Government plan (Chinese)'), detail: vscode.l10n.t('预算绩效 indicators: output, benefit and satisfaction classes with formulas.') }
    ];
}

/** Asks for a template (unless `id` names one) and opens a new plan from it. */
export async function newPlan(context: vscode.ExtensionContext, id?: string): Promise<void> {
    const chosen = isTemplateId(id) ? id : (await vscode.window.showQuickPick(templateChoices(), {
        title: vscode.l10n.t('PBM: New Plan'),
        placeHolder: vscode.l10n.t('Choose a template for the new plan')
    }))?.id;
    if (!chosen) return;
    const text = await readTemplate(context, chosen);
    // "2026" only ever means the year in the templates (dates, plan names, titles).
    await openUntitled(text.replaceAll(TEMPLATE_YEAR, String(new Date().getFullYear())));
}

/** The walkthrough's sample plan, in the display language: one warning with a quick fix. */
export async function openSample(context: vscode.ExtensionContext): Promise<void> {
    const lang = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
    await openUntitled(await readTemplate(context, `sample-${lang}`));
}

async function readTemplate(context: vscode.ExtensionContext, id: string): Promise<string> {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'templates', `${id}.pbm`));
    return new TextDecoder().decode(bytes);
}

async function openUntitled(content: string): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'pbm', content });
    await vscode.window.showTextDocument(document);
}

function isTemplateId(id: string | undefined): id is TemplateId {
    return TEMPLATE_IDS.includes(id as TemplateId);
}
