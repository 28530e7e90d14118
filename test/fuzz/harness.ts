/**
 * Runs one text through everything a user's text goes through — lexer,
 * parser, linker, every check, the figures — in one long-lived set of
 * services (like the language server), and checks the invariants that must
 * hold for ANY text.
 */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createPbmServices, type PbmFile, type PbmServices, type PlanFigures } from 'pbm-language';
import type { Diagnostic } from 'vscode-languageserver-types';

export interface CaseResult {
    /** The built document; it is removed from the workspace when `run` returns. */
    readonly document: LangiumDocument<PbmFile>;
    readonly diagnostics: readonly Diagnostic[];
    readonly figures?: PlanFigures;
    readonly millis: number;
}

/**
 * Lets the test worker handle its messages between cases. A property run is
 * awaited, but its work is synchronous: without a turn of the event loop,
 * thousands of cases (`npm run fuzz`) starve vitest's worker messages and it
 * fails with "Timeout calling onTaskUpdate" although every case passed.
 */
export function yieldToEventLoop(): Promise<void> {
    return new Promise(resolve => setImmediate(resolve));
}

export class FuzzHarness {
    readonly services: PbmServices;
    private counter = 0;

    constructor() {
        this.services = createPbmServices(EmptyFileSystem).Pbm;
    }

    /** Builds `text` as a new document, returns its diagnostics and figures, then removes it again. */
    async run(text: string, extraChecks?: (result: CaseResult, text: string) => void | Promise<void>): Promise<CaseResult> {
        await yieldToEventLoop();
        const shared = this.services.shared;
        const uri = URI.file(`/fuzz/case-${this.counter++}.pbm`);
        const started = performance.now();
        const document = shared.workspace.LangiumDocumentFactory.fromString<PbmFile>(text, uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        try {
            await shared.workspace.DocumentBuilder.build([document], { validation: true });
            const figures = shared.figures.Figures.ofDocument(uri);
            const result: CaseResult = { document, diagnostics: document.diagnostics ?? [], figures, millis: performance.now() - started };
            assertRangesInside(result.diagnostics, text);
            if (figures) assertFiniteFigures(figures);
            await extraChecks?.(result, text);
            return result;
        } finally {
            await shared.workspace.DocumentBuilder.update([], [uri]);
        }
    }
}

/** Every diagnostic range lies inside the document. */
export function assertRangesInside(diagnostics: readonly Diagnostic[], text: string): void {
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of diagnostics) {
        for (const position of [d.range.start, d.range.end]) {
            const ok = Number.isInteger(position.line) && Number.isInteger(position.character)
                && position.line >= 0 && position.line < lines.length
                && position.character >= 0 && position.character <= lines[position.line].length;
            if (!ok) throw new Error(`diagnostic ${d.code} has a range outside the document: ${JSON.stringify(d.range)}`);
        }
        const { start, end } = d.range;
        if (end.line < start.line || (end.line === start.line && end.character < start.character)) {
            throw new Error(`diagnostic ${d.code} has an inverted range: ${JSON.stringify(d.range)}`);
        }
        // A check that threw is reported as a diagnostic (by Langium and PbmValidationRegistry), not thrown: look for it.
        if (typeof d.message === 'string' && d.message.startsWith('An error occurred during')) {
            throw new Error(`a check failed: ${d.message}`);
        }
        // "undefined"/"NaN" in a message is a bug, unless the plan's own text says it.
        const leaked = ['undefined', 'NaN'].some(word => d.message.toString().includes(word) && !text.includes(word));
        if (typeof d.message !== 'string' || d.message.length === 0 || leaked) {
            throw new Error(`diagnostic ${d.code} has a bad message: ${JSON.stringify(d.message)}`);
        }
    }
}

/** No NaN or Infinity anywhere in the figures a report would show. */
export function assertFiniteFigures(figures: PlanFigures): void {
    const check = (label: string, value: number | null | undefined) => {
        if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`figure ${label} is ${value}`);
    };
    check('plan.score', figures.score);
    check('plan.elapsed', figures.elapsed);
    check('plan.allocated', figures.allocated);
    check('plan.spent', figures.spent);
    check('plan.executionRate', figures.executionRate);
    for (const goal of figures.goals) {
        for (const [key, value] of Object.entries({ weight: goal.weight, score: goal.score, allocated: goal.allocated, spent: goal.spent, executionRate: goal.executionRate, elapsed: goal.elapsed })) {
            check(`goal ${goal.name}.${key}`, value);
        }
        for (const kpi of goal.kpis) {
            for (const [key, value] of Object.entries({ baseline: kpi.baseline, target: kpi.target, actual: kpi.actual, achievement: kpi.achievement, expected: kpi.expected, lag: kpi.lag, projection: kpi.projection, weight: kpi.weight })) {
                check(`kpi ${kpi.name}.${key}`, value);
            }
        }
    }
    for (const budget of figures.budgets) {
        for (const [key, value] of Object.entries({ amount: budget.amount, spent: budget.spent, executionRate: budget.executionRate, lag: budget.lag })) {
            check(`budget ${budget.name}.${key}`, value);
        }
    }
}
