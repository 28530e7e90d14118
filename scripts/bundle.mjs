// Bundles what ships: the CLI, and (when present) the language server and the
// VS Code extension. Langium 4 is ESM-only; bundling to CommonJS (.cjs) lets
// the extension host `require` it, and makes the CLI start faster.
// Usage: node scripts/bundle.mjs [--watch] [--dev]
import * as esbuild from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';

const watch = process.argv.includes('--watch');
const dev = process.argv.includes('--dev');
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: dev ? 'inline' : false,
    minify: !dev,
    keepNames: false,
    legalComments: 'none',
    logLevel: 'warning',
    define: { PBM_VERSION: JSON.stringify(version) },
    // Langium's ESM code reads import.meta.url only to locate files it does not need in a bundle.
    supported: { 'import-meta': false }
};

/**
 * A part loaded at run time from a bundle of its own beside the main one: `import(specifier)` in the
 * source becomes a `require('./<file>')` that runs only when the import is reached. A plain external
 * would keep `import()`, which V8's code cache cannot serve (the launchers run the main bundles from
 * it: packages/language/src/node/compile-cache.ts).
 */
function loadedApart(name, filter, file) {
    return {
        name,
        setup(build) {
            build.onResolve({ filter }, () => ({ path: file, namespace: 'apart' }));
            build.onLoad({ filter: /.*/, namespace: 'apart' }, args => ({ contents: `module.exports = require(${JSON.stringify(args.path)});`, loader: 'js' }));
            build.onResolve({ filter: /^\.\/[\w-]+\.cjs$/, namespace: 'apart' }, args => ({ path: args.path, external: true }));
        }
    };
}

// `pbm mcp` loads the MCP SDK from its own file (dist/mcp-sdk.cjs), at run time: `pbm check` does not parse it.
const mcpSdkApart = loadedApart('mcp-sdk-apart', /\/mcp-sdk\.js$/, './mcp-sdk.cjs');

// The CLI's exporter (exceljs, docx) is a bundle of its own, loaded only when
// `pbm export` runs, so `pbm check` does not pay for parsing it at start-up.
// resvg is a native module (a prebuilt .node binary per platform): it stays
// external and is loaded from node_modules.
const lazyExporter = loadedApart('lazy-exporter', /^pbm-language\/export$/, './export.cjs');

// dist/pbm.cjs and dist/server.cjs are small launchers that run the program proper (pbm-main.cjs,
// server-main.cjs) with V8's code cache (packages/language/src/node/compile-cache.ts): the compile of a
// 900 KB bundle was a third of a small `pbm check`.
const targets = [
    { entryPoints: ['packages/cli/src/launcher.ts'], outfile: 'packages/cli/dist/pbm.cjs' },
    { entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/pbm-main.cjs', plugins: [lazyExporter, mcpSdkApart] },
    { entryPoints: ['packages/cli/src/mcp/mcp-sdk.ts'], outfile: 'packages/cli/dist/mcp-sdk.cjs' },
    { entryPoints: ['packages/language/src/export/index.ts'], outfile: 'packages/cli/dist/export.cjs', external: ['@resvg/resvg-js'] },
    { entryPoints: ['packages/language/src/server/launcher.ts'], outfile: 'packages/extension/dist/server.cjs' },
    { entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/extension/dist/server-main.cjs', plugins: [lazyExporter] },
    // The same exporter beside the server, for the editor's "PBM: Export …" commands.
    { entryPoints: ['packages/language/src/export/index.ts'], outfile: 'packages/extension/dist/export.cjs', external: ['@resvg/resvg-js'] },
    { entryPoints: ['packages/extension/src/extension.ts'], outfile: 'packages/extension/dist/extension.cjs', external: ['vscode'] }
].filter(target => existsSync(target.entryPoints[0]));

for (const target of targets) {
    const options = { ...common, ...target };
    if (watch) {
        const context = await esbuild.context(options);
        await context.watch();
    } else {
        await esbuild.build(options);
    }
}
// The extension ships copies of the shared TextMate grammar, the licence, and the CLI (its `pbm mcp` is the
// MCP server the extension offers to VS Code's agent mode) — vsce packages only its own folder.
const extensionCopies = [
    ['packages/cli/dist/pbm.cjs', 'packages/extension/dist/pbm.cjs'],
    ['packages/cli/dist/pbm-main.cjs', 'packages/extension/dist/pbm-main.cjs'],
    ['packages/cli/dist/mcp-sdk.cjs', 'packages/extension/dist/mcp-sdk.cjs'],
    ['syntaxes/pbm.tmLanguage.json', 'packages/extension/syntaxes/pbm.tmLanguage.json'],
    ['LICENSE', 'packages/extension/LICENSE'],
    // Each diagnostic's code links to its entry here (codeDescription.href).
    ['docs/diagnostics.md', 'packages/extension/docs/diagnostics.md']
];
for (const [from, to] of extensionCopies) {
    if (!existsSync(from)) continue;
    mkdirSync(to.slice(0, to.lastIndexOf('/')), { recursive: true });
    copyFileSync(from, to);
}
if (!watch) console.log(`bundled ${targets.map(t => t.outfile).join(', ')}`);
