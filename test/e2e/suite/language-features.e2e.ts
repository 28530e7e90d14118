/** The language server's features as VS Code's own commands reach them: what a user's editor shows. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
    completionLabels, fixtureUri, hoverText, openFixture, rangeOf, replaceText, revertAll,
    waitFor, waitForDiagnostic, waitForDiagnosticGone, waitForQuickFix
} from './helpers';

describe('language features', () => {
    afterEach(revertAll);

    it('completes goal names, and only goals, after `funds `', async () => {
        const { document } = await openFixture('plan.pbm');
        await replaceText(document, 'funds Revenue', 'funds ');
        const position = rangeOf(document, 'funds ', 'budget CrmRollout').end;
        const labels = await waitFor('completion items after `funds `', async () => {
            const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
            const found = completionLabels(list);
            return found.includes('Revenue') ? found : undefined;
        });
        assert.ok(labels.includes('Efficiency'), `goal Efficiency missing from ${labels.join(', ')}`);
        for (const notAGoal of ['Sales', 'Finance', 'NewAccounts', 'CrmRollout', 'Growth']) {
            assert.ok(!labels.includes(notAGoal), `'${notAGoal}' is not a goal but was offered after funds: ${labels.join(', ')}`);
        }
    });

    it("shows a KPI's achievement on hover", async () => {
        const { document } = await openFixture('plan.pbm');
        // NewAccounts: baseline 0, target >= 10, latest measure 5 → achievement (5 − 0) / (10 − 0) = 50%.
        const position = rangeOf(document, 'NewAccounts', 'kpi NewAccounts').start.translate(0, 2);
        const text = await waitFor('a hover with figures on kpi NewAccounts', async () => {
            const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
            const content = hoverText(hovers);
            return /achievement/i.test(content) ? content : undefined;
        });
        assert.match(text, /NewAccounts/);
        assert.match(text, /achievement[^\n]*\b50(\.0+)?\s?%/i);
    });

    it('goes to the definition of a unit declared in an imported file', async () => {
        const { document } = await openFixture('plan.pbm');
        const position = rangeOf(document, 'Sales', 'owner Sales').start.translate(0, 1);
        const locations = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', document.uri, position);
        assert.equal(locations.length, 1, `one definition expected, got ${locations.length}`);
        const target = locations[0];
        const uri = 'targetUri' in target ? target.targetUri : target.uri;
        const range = 'targetUri' in target ? target.targetSelectionRange ?? target.targetRange : target.range;
        assert.equal(uri.toString(), fixtureUri('org.pbm').toString());
        const org = await vscode.workspace.openTextDocument(uri);
        assert.equal(org.getText(range), 'Sales');
        assert.ok(org.lineAt(range.start.line).text.startsWith('unit Sales'), `points at '${org.lineAt(range.start.line).text}'`);
    });

    // Data-driven: each deliberate problem of the fixture that has a quick fix.
    const fixable = [
        { code: 'unresolved-reference', text: 'Marketing', after: 'owner Marketing' },
        { code: 'measure-missing-source', text: 'spend CrmRollout 500k', after: 'checkpoint Q2' }
    ];
    for (const { code, text, after } of fixable) {
        it(`fixes ${code} with its quick fix`, async () => {
            const { document } = await openFixture('plan.pbm');
            const diagnostic = await waitForDiagnostic(document, code, text, after);
            // The light bulb's quick fixes at the diagnostic (VS Code's command does not return which
            // diagnostics an action fixes: that the diagnostic goes away below is the proof).
            // Ours is the preferred one (the newest VS Code adds its chat's "Fix" and "Explain").
            const fix = await waitForQuickFix(document.uri, diagnostic.range, `the preferred quick fix for ${code}`, action => action.isPreferred === true);
            if (fix.edit) assert.ok(await vscode.workspace.applyEdit(fix.edit), `'${fix.title}' did not apply`);
            if (fix.command) await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
            await waitForDiagnosticGone(document.uri, code, diagnostic.range);
        });
    }

    it('formats a plan back to its canonical layout, idempotently', async () => {
        const { document } = await openFixture('plan.pbm');
        const options: vscode.FormattingOptions = { tabSize: 4, insertSpaces: true };
        const format = async () => {
            const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', document.uri, options) ?? [];
            if (edits.length === 0) return;
            const edit = new vscode.WorkspaceEdit();
            edit.set(document.uri, edits);
            assert.ok(await vscode.workspace.applyEdit(edit));
        };
        const canonical = document.getText();
        // Mess up the layout the way hand edits do: extra spaces, a tab, a property on the goal's line.
        await replaceText(document, 'goal Revenue "Win 10 new key accounts" {\n    owner Sales', 'goal   Revenue "Win 10 new key accounts"{ owner    Sales');
        await replaceText(document, '    category technology', '\tcategory technology');
        assert.notEqual(document.getText(), canonical);
        await format();
        assert.equal(document.getText(), canonical, 'formatting did not restore the canonical layout');
        await format();
        assert.equal(document.getText(), canonical, 'formatting a formatted plan changed it');
    });
});
