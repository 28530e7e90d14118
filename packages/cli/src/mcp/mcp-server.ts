/**
 * `pbm mcp` (LANGUAGE.md §8.11): a Model Context Protocol server over stdio
 * for AI agents, with read-only tools — `check`, `explain`, `report`,
 * `list_plans` — confined to the folder it was started in
 * (`ConfinedFolder`). It writes no file and opens no connection: stdin and
 * stdout carry the protocol, stderr the rare log line.
 */
import { NodeFileSystem } from 'langium/node';
import {
    collectDiagnosticRecords, createPbmServices, InputError, loadPlanFiles, readPlanText, type Lang, type PbmServices
} from 'pbm-language';
import { findPlanTarget, onePlanFile, planDeclaredIn } from '../plan-target.js';
import { loadPlan, runReport } from '../report.js';
import { ConfinedFolder, RefusedPathError } from './confined-folder.js';
import { explainFigure, FIGURE_KINDS, UnknownFigureError, type FigureKind } from './explain.js';
import type * as Sdk from './mcp-sdk.js';

type ToolResult = { content: Array<{ type: 'text'; text: string }>; isError?: boolean };

/** Imports resolve anywhere below the served folder (the process's working folder), and nowhere else — real paths compared. */
const CONFINED = { importRoots: ['.'], confineRealPaths: true } as const;

export async function serveMcp(folder: string, version: string): Promise<void> {
    // The protocol owns stdout: a log line there would corrupt it.
    console.log = console.info = console.debug = console.warn = (...args: unknown[]) => console.error(...args);
    const sdk: typeof Sdk = await import('./mcp-sdk.js');
    const confined = await ConfinedFolder.open(folder);
    process.chdir(confined.root);
    const server = new sdk.McpServer({ name: 'pbm', version }, {
        instructions: `PBM budget performance plans (.pbm) in ${confined.root}. Read-only: list_plans finds the plans, check lists their diagnostics, `
            + 'explain shows how a figure was computed, report renders the work-summary report. Paths are relative to that folder.'
    });
    registerTools(server, sdk.z, confined);
    const transport = new sdk.StdioServerTransport();
    const closed = new Promise<void>(resolve => {
        process.stdin.once('end', resolve);
        process.stdin.once('close', resolve);
    });
    await server.connect(transport);
    await closed;
    await server.close();
}

function registerTools(server: Sdk.McpServer, z: typeof Sdk.z, confined: ConfinedFolder): void {
    const lang = z.enum(['en', 'zh']).optional().describe('Language of the messages: en (default) or zh');
    const plan = z.string().default('.').describe('A plan file, or a folder holding one plan, relative to the served folder (default: the folder itself)');
    const annotations = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false };

    server.registerTool('list_plans', {
        title: 'List plans',
        description: 'Lists the plan files (files declaring "plan … { … }") below a folder, with each plan\'s name and title.',
        inputSchema: { folder: z.string().default('.').describe('A folder relative to the served folder (default: the folder itself)') },
        annotations
    }, ({ folder }) => guarded(async () => {
        const services = servicesIn('en');
        const target = await findPlanTarget(services, await confined.resolve(folder));
        const plans = [];
        for (const file of target.planFiles) {
            const declared = planDeclaredIn(services, await readPlanText(file));
            plans.push({ file: slashes(file), name: declared?.name ?? null, title: declared?.title ?? null });
        }
        return json({ plans });
    }));

    server.registerTool('check', {
        title: 'Check plans',
        description: 'Checks a plan file or every plan file below a folder, like `pbm check --format json`: returns the counts and the diagnostics '
            + '(file, 1-based line and column, end exclusive, severity error|warning|info|hint, code, message). Codes are explained in docs/diagnostics.md.',
        inputSchema: { path: z.string().default('.').describe('A .pbm file or a folder, relative to the served folder (default: the folder itself)'), lang },
        annotations
    }, ({ path, lang }) => guarded(async () => {
        const services = servicesIn(lang ?? 'en');
        const workspace = await loadPlanFiles(services, [await confined.resolve(path)], { referenceIndex: false, ...CONFINED });
        const diagnostics = collectDiagnosticRecords(workspace);
        const count = (severity: string) => diagnostics.filter(d => d.severity === severity).length;
        return json({
            files: workspace.files.length,
            errors: count('error'), warnings: count('warning'), infos: count('info') + count('hint'),
            diagnostics
        });
    }));

    server.registerTool('explain', {
        title: 'Explain a figure',
        description: 'Shows the arithmetic behind one figure of a plan, with the plan\'s own numbers, as PBM computed it: a KPI\'s achievement, '
            + 'a goal\'s score, a budget line\'s execution rate, the plan\'s execution rate or its score. Returns the value (fractions: 0.5 is 50%), '
            + 'the formula, the arithmetic and notes.',
        inputSchema: {
            plan,
            figure: z.enum(FIGURE_KINDS).describe('Which figure: kpi-achievement, goal-score, budget-execution-rate (these three need name), plan-execution-rate, plan-score'),
            name: z.string().optional().describe('The name of the KPI, goal or budget line, as declared in the plan (e.g. CostDown)')
        },
        annotations
    }, ({ plan, figure, name }) => guarded(async () => {
        const services = servicesIn('en');
        const file = await onePlanOf(services, confined, plan);
        const loaded = await loadPlan(services, file, CONFINED);
        if (!loaded.figures) {
            throw new InputError('no-readable-plan', { file });
        }
        return json({ plan: loaded.figures.name, file: slashes(file), ...explainFigure(loaded.figures, figure as FigureKind, name) });
    }));

    server.registerTool('report', {
        title: 'Render the report',
        description: 'Renders the work-summary report of one plan: md (Markdown, the default) or json (the computed figures of LANGUAGE.md §6, unrounded). '
            + 'Nothing is written to disk.',
        inputSchema: { plan, format: z.enum(['md', 'json']).default('md').describe('md (default) or json'), lang },
        annotations
    }, ({ plan, format, lang }) => guarded(async () => {
        const file = await onePlanOf(servicesIn('en'), confined, plan);
        const result = await runReport(servicesIn, { file, format, lang, ...CONFINED });
        if (result.exitCode !== 0) return { content: [{ type: 'text', text: result.stderr }], isError: true };
        return { content: [{ type: 'text', text: result.stdout }] };
    }));
}

/** The one plan file a plan-file-or-folder argument names (several: an error naming them). */
async function onePlanOf(services: PbmServices, confined: ConfinedFolder, given: string): Promise<string> {
    const target = await findPlanTarget(services, await confined.resolve(given));
    return onePlanFile(target, 'mcp');
}

function servicesIn(lang: Lang): PbmServices {
    const services = createPbmServices(NodeFileSystem).Pbm;
    services.i18n.Locale.lang = lang;
    return services;
}

/** Runs a tool; a refused path, bad input or an unknown name is a tool error the agent can read, never a crash of the server. */
async function guarded(run: () => Promise<ToolResult>): Promise<ToolResult> {
    try {
        return await run();
    } catch (error) {
        const known = error instanceof RefusedPathError || error instanceof InputError || error instanceof UnknownFigureError;
        const message = known ? (error as Error).message : `internal error: ${(error as Error)?.message ?? error}`;
        return { content: [{ type: 'text', text: `pbm: ${message}` }], isError: true };
    }
}

function json(value: unknown): ToolResult {
    return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

function slashes(file: string): string {
    return file.split('\\').join('/');
}
