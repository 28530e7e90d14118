/**
 * Onboarding: the walkthrough opens, its sample plan shows the warning it teaches to fix and
 * the fix removes it, and "PBM: New Plan" opens each template as a plan without errors or
 * warnings. (The status bar item is read in the UI suite: the API cannot see status bar text.)
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, describeDiagnostics, EXTENSION_ID, waitFor } from './helpers';

const TEMPLATES = ['enterprise-en', 'enterprise-zh', 'government-en', 'government-zh'];

async function activePlan(what: string): Promise<vscode.TextDocument> {
    return waitFor(what, () => {
        const document = vscode.window.activeTextEditor?.document;
        return document?.languageId === 'pbm' && document.isUntitled ? document : undefined;
    });
}

/** Waits until the server has checked the document (a plan always gets at least one info, e.g. a perspective no goal covers). */
function checked(document: vscode.TextDocument): Promise<vscode.Diagnostic[]> {
    return waitFor(`diagnostics of ${document.uri.toString()}`, () => {
        const diagnostics = vscode.languages.getDiagnostics(document.uri);
        return diagnostics.length > 0 ? diagnostics : undefined;
    });
}

describe('onboarding', () => {
    afterEach(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));
    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('the walkthrough is contributed and opens', async () => {
        const walkthroughs = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON.contributes.walkthroughs;
        assert.equal(walkthroughs[0].id, 'gettingStarted');
        await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
        const labels = () => vscode.window.tabGroups.all.flatMap(group => group.tabs).map(tab => tab.label);
        // VS Code titles it "Walkthrough: Get started with PBM" (older versions: "Welcome").
        await waitFor(`the walkthrough tab among ${JSON.stringify(labels())}`, () => labels().find(label => /Get started with PBM|walkthrough|welcome/i.test(label)));
    });

    it("the sample plan's warning is fixed by its quick fix", async () => {
        await vscode.commands.executeCommand('pbm.openSample');
        const document = await activePlan('the sample plan');
        const warning = await waitFor('the measure-missing-source warning', () =>
            vscode.languages.getDiagnostics(document.uri).find(d => codeOf(d) === 'measure-missing-source'));
        assert.equal(warning.severity, vscode.DiagnosticSeverity.Warning);
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, warning.range, vscode.CodeActionKind.QuickFix.value);
        const fix = actions.find(action => action.title === `Add 'source ""'`);
        assert.ok(fix?.edit, `no "Add 'source \\"\\"'" among ${actions.map(a => a.title).join(', ')}`);
        await vscode.workspace.applyEdit(fix.edit);
        await waitFor('the warning to go', () => vscode.languages.getDiagnostics(document.uri).some(d => codeOf(d) === 'measure-missing-source') ? undefined : true);
    });

    for (const template of TEMPLATES) {
        it(`pbm.newPlan ${template}: a plan of this year without errors or warnings`, async () => {
            await vscode.commands.executeCommand('pbm.newPlan', template);
            const document = await activePlan(`the new ${template} plan`);
            assert.match(document.getText(), new RegExp(`profile ${template.split('-')[0]}`));
            assert.match(document.getText(), new RegExp(`period ${new Date().getFullYear()}-01-01`));
            const diagnostics = await checked(document);
            const serious = diagnostics.filter(d => d.severity <= vscode.DiagnosticSeverity.Warning);
            assert.deepEqual(serious, [], describeDiagnostics(document.uri));
        });
    }
});
