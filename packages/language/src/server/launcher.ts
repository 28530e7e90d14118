/**
 * The language server's entry (bundled to dist/server.cjs, which the
 * extension starts): runs the server proper (dist/server-main.cjs) with V8's
 * code cache, so that the editor's first diagnostics do not wait for the
 * bundle to compile (node/compile-cache.ts).
 */
import * as path from 'node:path';
import { runWithCompileCache } from '../node/compile-cache.js';

declare const __dirname: string;

runWithCompileCache(path.join(__dirname, 'server-main.cjs'));
