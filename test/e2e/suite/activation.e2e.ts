/** The installed .vsix activates when a .pbm file is opened. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, openFixture, waitFor } from './helpers';

describe('activation', () => {
    it('opens .pbm files in the pbm language and activates the extension', async () => {
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.ok(extension, `extension ${EXTENSION_ID} is not installed`);
        const editor = await openFixture('plan.pbm');
        assert.equal(editor.document.languageId, 'pbm');
        await waitFor(`${EXTENSION_ID} to activate`, () => extension.isActive || undefined);
    });

    it('is the packaged extension, not a development copy', function () {
        // The runner installs the .vsix into a throw-away extensions dir and says where.
        const extensionsDir = process.env.PBM_E2E_EXTENSIONS_DIR;
        if (!extensionsDir) this.skip();
        const extension = vscode.extensions.getExtension(EXTENSION_ID);
        assert.equal(path.dirname(extension!.extensionPath), extensionsDir);
    });
});
