// Types of bench/generate.mjs, for the TypeScript tests that import it.

export interface SizeSpec {
    readonly lines: number;
    readonly multiFile: boolean;
}
export declare const SIZES: Readonly<Record<'S' | 'M' | 'L' | 'XL', SizeSpec>>;

/** One problem planted on purpose: the diagnostic code it must raise, and where. */
export interface PlantedProblem {
    readonly code: string;
    readonly file: string;
    /** 1-based line of the element the problem is planted on. */
    readonly line: number;
}

export interface GeneratedKpi {
    readonly name: string;
    readonly qualitative?: boolean;
    readonly weight: number;
    readonly plant?: readonly string[];
}
export interface GeneratedGoal {
    readonly name: string;
    readonly kpis: readonly GeneratedKpi[];
    readonly plant?: readonly string[];
}
export interface GeneratedBudget {
    readonly name: string;
    readonly amount: number;
    readonly funds: ReadonlyArray<{ readonly goal: string; readonly share: number }>;
}
export interface PlanData {
    readonly plan: { readonly name: string; readonly asOf: string; readonly totalBudget: number };
    readonly goals: readonly GeneratedGoal[];
    readonly budgets: readonly GeneratedBudget[];
    readonly checkpoints: ReadonlyArray<{ readonly name: string; readonly date: string }>;
    readonly [key: string]: unknown;
}

export declare function generatePlanData(options?: { seed?: number; lines?: number; goals?: number }): PlanData;

export interface PbmFiles {
    readonly files: Readonly<Record<string, string>>;
    readonly planted: readonly PlantedProblem[];
    readonly lines: number;
}
export declare function toPbmFiles(data: PlanData, options?: { multiFile?: boolean; goalsPerFile?: number }): PbmFiles;
export declare function toHledgerJournal(data: PlanData): string;
export declare function toBeancountLedger(data: PlanData): string;
export declare function toJson(data: PlanData): string;

export interface WrittenPlan {
    readonly size: string;
    readonly dir: string;
    readonly plan: string;
    readonly files: readonly string[];
    readonly lines: number;
    readonly bytes: number;
    readonly goals: number;
    readonly kpis: number;
    readonly budgets: number;
    readonly checkpoints: number;
    readonly measures: number;
    readonly postings: number;
    readonly journalLines: number;
    readonly beancountLines: number;
    readonly jsonBytes: number;
    readonly planted: readonly PlantedProblem[];
}
export declare function writePlan(size: keyof typeof SIZES, options?: { seed?: number; outDir?: string }): WrittenPlan;
export declare function defaultOutDir(): string;
export declare function createRandom(seed: number): { next(): number; between(low: number, high: number): number; integer(low: number, high: number): number; pick<T>(list: readonly T[]): T };
