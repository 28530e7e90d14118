/** "PBM: Generate Summary" opens the work-summary report in a webview beside the plan. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';


describe('summary', () => {
    after(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

    it('pbm.generateSummary opens a webview tab for the plan', async () => {
        await openFixture('plan.pbm');
        await vscode.commands.executeCommand('pbm.generateSummary');
        // The panel opens as "PBM Summary" and takes the plan's name once the report has arrived.
        const tab = await waitFor("the summary webview tab titled with the plan's name", () => vscode.window.tabGroups.all
            .flatMap(group => group.tabs)
            .find(tab => tab.input instanceof vscode.TabInputWebview && tab.label === 'Summary: Demo2026'));
        assert.ok((tab.input as vscode.TabInputWebview).viewType.endsWith('pbm.summary'));
        assert.equal(tab.group.viewColumn, vscode.ViewColumn.Two, 'the summary opens beside the plan');
    });
});
