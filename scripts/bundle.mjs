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

// `pbm mcp` loads the MCP SDK from its own file (dist/mcp-sdk.cjs), at run time: `pbm check` does not parse it.
const mcpSdkApart = {
    name: 'mcp-sdk-apart',
    setup(build) {
        build.onResolve({ filter: /\/mcp-sdk\.js$/ }, () => ({ path: './mcp-sdk.cjs', external: true }));
    }
};

// The CLI's exporter (exceljs, docx) is a bundle of its own, loaded only when
// `pbm export` runs, so `pbm check` does not pay for parsing it at start-up.
// resvg is a native module (a prebuilt .node binary per platform): it stays
// external and is loaded from node_modules.
const lazyExporter = {
    name: 'lazy-exporter',
    setup(build) {
        build.onResolve({ filter: /^pbm-language\/export$/ }, () => ({ path: './export.cjs', external: true }));
    }
};

const targets = [
    { entryPoints: ['packages/cli/src/main.ts'], outfile: 'packages/cli/dist/pbm.cjs', plugins: [lazyExporter, mcpSdkApart] },
    { entryPoints: ['packages/cli/src/mcp/mcp-sdk.ts'], outfile: 'packages/cli/dist/mcp-sdk.cjs' },
    { entryPoints: ['packages/language/src/export/index.ts'], outfile: 'packages/cli/dist/export.cjs', external: ['@resvg/resvg-js'] },
    { entryPoints: ['packages/language/src/server/main.ts'], outfile: 'packages/extension/dist/server.cjs', plugins: [lazyExporter] },
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
