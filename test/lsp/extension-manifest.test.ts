/**
 * The extension's manifest and its translations agree: every `%key%` of
 * package.json has an English and a Chinese text, every runtime string has a
 * Chinese translation, and the manifest contributes what the client uses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const dir = 'packages/extension';
const manifestText = readFileSync(`${dir}/package.json`, 'utf8');
const manifest = JSON.parse(manifestText);
const nls = JSON.parse(readFileSync(`${dir}/package.nls.json`, 'utf8'));
const nlsZh = JSON.parse(readFileSync(`${dir}/package.nls.zh-cn.json`, 'utf8'));
const bundleZh = JSON.parse(readFileSync(`${dir}/l10n/bundle.l10n.zh-cn.json`, 'utf8'));
const sources = ['extension.ts', 'summary-panel.ts', 'new-plan.ts', 'plan-status.ts', 'mcp-provider.ts'].map(file => readFileSync(`${dir}/src/${file}`, 'utf8')).join('\n');

describe('extension manifest', () => {
    const keys = [...manifestText.matchAll(/"%([\w.]+)%"/g)].map(match => match[1]);

    test.each(keys)('%s is translated', key => {
        expect(nls[key]).toBeTruthy();
        expect(nlsZh[key]).toBeTruthy();
    });

    const runtimeStrings = [...sources.matchAll(/vscode\.l10n\.t\('((?:[^'\\]|\\.)*)'/g)].map(match => match[1].replace(/\\'/g, "'"));

    test.each(runtimeStrings)('runtime string "%s" has a Chinese translation', text => {
        expect(bundleZh[text]).toBeTruthy();
    });

    test('every command the client registers is contributed, and the other way round', () => {
        const registered = [...sources.matchAll(/registerCommand\('([\w.]+)'/g)].map(match => match[1]).sort();
        expect(manifest.contributes.commands.map((command: { command: string }) => command.command).sort()).toEqual(registered);
    });

    test('activation, language, grammar and trust', () => {
        expect(manifest.activationEvents).toEqual(expect.arrayContaining(['onLanguage:pbm', 'workspaceContains:**/*.pbm']));
        expect(manifest.contributes.languages[0]).toMatchObject({ id: 'pbm', extensions: ['.pbm'], configuration: './language-configuration.json' });
        expect(manifest.contributes.grammars[0]).toMatchObject({ language: 'pbm', scopeName: 'source.pbm', path: './syntaxes/pbm.tmLanguage.json' });
        expect(manifest.capabilities.untrustedWorkspaces.supported).toBe(true);
        expect(manifest.engines.vscode).toBe('^1.100.0');
        expect(manifest.main).toBe('./dist/extension.cjs');
    });

    test('the MCP server definition provider the client registers is contributed, and ships the CLI it starts', () => {
        const registered = [...readFileSync(`${dir}/src/mcp-provider.ts`, 'utf8').matchAll(/MCP_PROVIDER_ID = '([\w.]+)'/g)].map(match => match[1]);
        expect(manifest.contributes.mcpServerDefinitionProviders.map((provider: { id: string }) => provider.id)).toEqual(registered);
        const shipped = readFileSync(`${dir}/.vscodeignore`, 'utf8');
        expect(shipped).toContain('!dist/pbm.cjs');
        expect(shipped).toContain('!dist/mcp-sdk.cjs');
    });

    test('the settings the server and the client read are contributed', () => {
        expect(Object.keys(manifest.contributes.configuration.properties).sort()).toEqual([
            'pbm.codeLens.enabled', 'pbm.inlayHints.enabled', 'pbm.messages.language', 'pbm.report.language', 'pbm.trace.server'
        ]);
    });
});

describe('onboarding contributions', () => {
    const walkthrough = manifest.contributes.walkthroughs[0];

    test('the walkthrough goes: sample plan, warning, fix, summary, form export, own plan', () => {
        expect(walkthrough.steps.map((step: { id: string }) => step.id)).toEqual(['openSample', 'seeWarning', 'applyFix', 'generateSummary', 'exportForm', 'newPlan']);
        const links = walkthrough.steps.map((step: { description: string }) => /\(command:([\w.]+)\)/.exec(nls[step.description.slice(1, -1)])?.[1]);
        // pbm.export is the form-export command contributed by the forms work (docs/editor.md).
        expect(links).toEqual(['pbm.openSample', 'workbench.actions.view.problems', 'editor.action.quickFix', 'pbm.generateSummary', 'pbm.export', 'pbm.newPlan']);
        for (const step of walkthrough.steps) {
            expect(existsSync(`${dir}/${step.media.markdown}`), step.media.markdown).toBe(true);
            expect(nlsZh[step.description.slice(1, -1)]).toContain('(command:');
        }
    });

    test('templates and walkthrough media ship in the package', () => {
        const ignore = readFileSync(`${dir}/.vscodeignore`, 'utf8');
        expect(ignore).toContain('!templates/**');
        expect(ignore).toContain('!media/**');
    });
});
