#!/usr/bin/env node
// The CLI is bundled (langium is ESM-only and the bundle starts faster):
// `npm run build` writes ../dist/pbm.cjs.
require('../dist/pbm.cjs');
