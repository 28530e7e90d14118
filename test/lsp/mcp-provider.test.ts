/**
 * The extension's MCP server definition provider (packages/extension/src/mcp-provider.ts)
 * against a stand-in for the `vscode` module: with the VS Code ≥ 1.101 API it offers one
 * server per trusted file folder, running the bundled CLI's `mcp` in that folder; without
 * the API (VS Code 1.100, the e2e workbench) it registers nothing and does not throw.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => {
    const state = {
        registered: [] as Array<{ id: string; provider: { provideMcpServerDefinitions(token: unknown): unknown[] } }>,
        trusted: true,
        folders: [] as Array<{ name: string; uri: { scheme: string; fsPath: string } }>,
        withMcpApi: true
    };
    class McpStdioServerDefinition {
        cwd?: unknown;
        constructor(readonly label: string, readonly command: string, readonly args: string[], readonly env: Record<string, string>, readonly version: string) {}
    }
    const event = () => ({ dispose() {} });
    const vscode = {
        EventEmitter: class { event = event; fire() {} dispose() {} },
        l10n: { t: (text: string, ...args: string[]) => text.replace(/\{(\d)\}/g, (_, i) => args[Number(i)]) },
        workspace: {
            onDidChangeWorkspaceFolders: event,
            onDidGrantWorkspaceTrust: event,
            get isTrusted() { return state.trusted; },
            get workspaceFolders() { return state.folders; }
        },
        get lm() {
            return state.withMcpApi ? { registerMcpServerDefinitionProvider: (id: string, provider: never) => { state.registered.push({ id, provider }); return { dispose() {} }; } } : {};
        },
        get McpStdioServerDefinition() { return state.withMcpApi ? McpStdioServerDefinition : undefined; }
    };
    return { state, vscode };
});

vi.mock('vscode', () => fake.vscode);

const { MCP_PROVIDER_ID, registerMcpProvider } = await import('../../packages/extension/src/mcp-provider.js');

function context() {
    return {
        subscriptions: [] as unknown[],
        asAbsolutePath: (relative: string) => `/ext/${relative}`,
        extension: { packageJSON: { version: '0.1.0' } }
    };
}

beforeEach(() => {
    fake.state.registered = [];
    fake.state.trusted = true;
    fake.state.withMcpApi = true;
    fake.state.folders = [
        { name: 'plans', uri: { scheme: 'file', fsPath: '/work/plans' } },
        { name: 'remote', uri: { scheme: 'vscode-vfs', fsPath: '/remote' } }
    ];
});

describe('the MCP server definition provider', () => {
    test('one server per file workspace folder: the bundled CLI\'s mcp, run by the editor\'s runtime in that folder', () => {
        registerMcpProvider(context() as never);
        expect(fake.state.registered.map(r => r.id)).toEqual([MCP_PROVIDER_ID]);
        const servers = fake.state.registered[0].provider.provideMcpServerDefinitions({}) as Array<Record<string, unknown>>;
        expect(servers).toEqual([expect.objectContaining({
            label: 'PBM plans (plans)',
            command: process.execPath,
            args: ['/ext/dist/pbm.cjs', 'mcp'],
            env: { ELECTRON_RUN_AS_NODE: '1' },
            version: '0.1.0',
            cwd: fake.state.folders[0].uri
        })]);
    });

    test('none in an untrusted workspace', () => {
        fake.state.trusted = false;
        registerMcpProvider(context() as never);
        expect(fake.state.registered[0].provider.provideMcpServerDefinitions({})).toEqual([]);
    });

    test('nothing registered, nothing thrown, where VS Code has no MCP API (1.100)', () => {
        fake.state.withMcpApi = false;
        const ctx = context();
        expect(() => registerMcpProvider(ctx as never)).not.toThrow();
        expect(fake.state.registered).toEqual([]);
        expect(ctx.subscriptions).toEqual([]);
    });
});
