/** Diagnostics appear in VS Code within seconds of opening a plan, and follow edits. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWithCode, openFixture, replaceText, revertAll, waitForDiagnostic, waitForDiagnosticGone } from './helpers';

describe('diagnostics', () => {
    afterEach(revertAll);

    // The fixture's deliberate problems (test/e2e/workspace/plan.pbm), by code, severity and the text they mark.
    const expected = [
        { code: 'unresolved-reference', severity: vscode.DiagnosticSeverity.Error, text: 'Marketing', after: 'owner Marketing' },
        { code: 'kpi-off-track', severity: vscode.DiagnosticSeverity.Warning, text: 'InvoiceCost', after: 'kpi InvoiceCost' },
        { code: 'measure-missing-source', severity: vscode.DiagnosticSeverity.Warning, text: 'spend CrmRollout 500k', after: 'checkpoint Q2' }
    ];
    for (const { code, severity, text, after } of expected) {
        it(`reports ${code} on '${text}'`, async () => {
            const { document } = await openFixture('plan.pbm');
            const diagnostic = await waitForDiagnostic(document, code, text, after);
            assert.equal(diagnostic.severity, severity);
            assert.equal(diagnostic.source, 'pbm');
            assert.ok(diagnostic.message.length > 20, `a message that says what to do, got '${diagnostic.message}'`);
        });
    }

    it('checks the imported part file as part of the plan: no problems there', async () => {
        const plan = await openFixture('plan.pbm');
        await waitForDiagnostic(plan.document, 'unresolved-reference', 'Marketing', 'owner Marketing');   // the plan has been checked
        const part = await openFixture('org.pbm');
        const problems = vscode.languages.getDiagnostics(part.document.uri)
            .filter(diagnostic => diagnostic.severity <= vscode.DiagnosticSeverity.Warning);
        assert.deepEqual(problems.map(diagnostic => diagnostic.message), []);
    });

    it('drops the error once a WorkspaceEdit fixes the reference', async () => {
        const { document } = await openFixture('plan.pbm');
        const diagnostic = await waitForDiagnostic(document, 'unresolved-reference', 'Marketing', 'owner Marketing');
        await replaceText(document, 'owner Marketing', 'owner Finance');
        await waitForDiagnosticGone(document.uri, 'unresolved-reference', diagnostic.range);
        assert.deepEqual(diagnosticsWithCode(document.uri, 'unresolved-reference'), []);
    });
});
