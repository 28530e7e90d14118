/**
 * `pbm` (bundled to dist/pbm.cjs): runs the CLI proper (dist/pbm-main.cjs)
 * with V8's code cache, so that a check does not begin by compiling a
 * 900 KB bundle (pbm-language/compile-cache says how and why).
 */
import * as path from 'node:path';
import { runWithCompileCache } from 'pbm-language/compile-cache';

declare const __dirname: string;

runWithCompileCache(path.join(__dirname, 'pbm-main.cjs'));
