/**
 * The PBM language server (bundled to `packages/extension/dist/server.cjs`).
 * Runs over IPC when started by the VS Code client, or over stdio (`--stdio`).
 */
import '../polyfills.js';
import * as path from 'node:path';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPbmServices } from '../pbm-module.js';
import { startPbmServer } from './pbm-server.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Pbm } = createPbmServices({ connection, ...NodeFileSystem });
// The diagnostics reference ships beside the bundle (packages/extension/docs/); a client may name another copy.
Pbm.i18n.DiagnosticsReference.load(path.join(__dirname, '..', 'docs', 'diagnostics.md'));
startPbmServer(shared, Pbm);
startLanguageServer(shared);
