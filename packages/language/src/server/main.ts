/**
 * The PBM language server (bundled to `packages/extension/dist/server.cjs`).
 * Runs over IPC when started by the VS Code client, or over stdio (`--stdio`).
 */
import '../polyfills.js';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPbmServices } from '../pbm-module.js';
import { startPbmServer } from './pbm-server.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Pbm } = createPbmServices({ connection, ...NodeFileSystem });
startPbmServer(shared, Pbm);
startLanguageServer(shared);
