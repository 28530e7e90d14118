/**
 * The thresholds of the checks and the scoring (LANGUAGE.md §2.3), with the
 * plan's `rules { … }` overrides applied. A value `rule-invalid` rejects keeps
 * its default, so the checks never run on an out-of-range threshold.
 */
import * as ast from '../generated/ast.js';
import { planRules } from './properties.js';
import { parseNumber, parsePercent } from './values.js';

export interface Rules {
    /** Fractions (0.5 = 50%) unless noted. */
    readonly ambitionLimit: number;
    readonly kpiLagWarning: number;
    /** A count. */
    readonly kpiCountLimit: number;
    readonly executionLagWarning: number;
    readonly executionLagError: number;
    readonly yearEndExecution: number;
    /** A ratio (3 = 3×). */
    readonly fundingWeightRatio: number;
    /** Score cut-offs (0–100) of excellent, good, fair. */
    readonly gradeBands: readonly [number, number, number];
    /** Government score points of execution, output, benefit, satisfaction (total 100). */
    readonly scoreWeights: readonly [number, number, number, number];
    /** Default scores of achieved, partial, missed, as fractions. */
    readonly qualitativeScores: readonly [number, number, number];
    /** Default scores of the form grades excellent, good, fair, low, poor, as fractions (LANGUAGE.md §8.1). */
    readonly gradeScores: readonly [number, number, number, number, number];
    /** Points of the budget-execution row in a points-scored plan; undefined: the profile's default (§8.2). */
    readonly executionPoints?: number;
    /** The achievement from which a KPI past its due is `mostly-achieved` (§8.6), a fraction. */
    readonly mostlyAchieved: number;
}

export const DEFAULT_RULES: Rules = {
    ambitionLimit: 0.5,
    kpiLagWarning: 0.15,
    kpiCountLimit: 5,
    executionLagWarning: 0.8,
    executionLagError: 0.6,
    yearEndExecution: 0.9,
    fundingWeightRatio: 3,
    gradeBands: [90, 80, 60],
    scoreWeights: [10, 50, 30, 10],
    qualitativeScores: [1, 0.7, 0.3],
    gradeScores: [1, 0.8, 0.6, 0.4, 0],
    mostlyAchieved: 0.8
};

/** Why a rule's value is out of range (LANGUAGE.md §5 `rule-invalid`), for the message. */
export interface RuleProblem {
    readonly problem: 'percent-range' | 'whole-number' | 'positive' | 'bands-order' | 'weights-total' | 'qualitative-order' | 'error-above-warning' | 'points-range' | 'grade-order';
    readonly value?: string | number;
}

/** The plan's rules with valid overrides applied (the first occurrence of a key counts). */
export function resolveRules(plan: ast.Plan | undefined): Rules {
    const rules: { -readonly [K in keyof Rules]: Rules[K] } = { ...DEFAULT_RULES };
    const seen = new Set<string>();
    for (const rule of planRules(plan)) {
        if (seen.has(rule.$type)) continue;
        seen.add(rule.$type);
        if (isComplete(rule) && !ruleProblem(rule)) applyRule(rules, rule);
    }
    if (rules.executionLagError > rules.executionLagWarning) rules.executionLagError = DEFAULT_RULES.executionLagError;
    return rules;
}

/** The problem with one rule's value, or undefined when it is in range. */
export function ruleProblem(rule: ast.Rule): RuleProblem | undefined {
    // A rule whose value the parser could not read is a syntax error, reported as such.
    if (!isComplete(rule)) return undefined;
    if (isPercentRule(rule)) {
        const fraction = parsePercent(rule.value);
        return fraction === undefined || fraction < 0 || fraction > 1 ? { problem: 'percent-range', value: rule.value } : undefined;
    }
    switch (rule.$type) {
        case ast.KpiCountLimitRule.$type: {
            const value = parseNumber(rule.value);
            return value === undefined || !Number.isInteger(value) || value < 1 ? { problem: 'whole-number', value: rule.value } : undefined;
        }
        case ast.FundingWeightRatioRule.$type: {
            const value = parseNumber(rule.value);
            return value === undefined || value <= 0 ? { problem: 'positive', value: rule.value } : undefined;
        }
        case ast.GradeBandsRule.$type: {
            const [a, b, c] = rule.values.map(parseNumber);
            const ok = [a, b, c].every(v => v !== undefined && v >= 0 && v <= 100) && a! > b! && b! > c!;
            return ok ? undefined : { problem: 'bands-order' };
        }
        case ast.ScoreWeightsRule.$type: {
            const weights = rule.values.map(parseNumber);
            const total = weights.reduce<number>((sum, w) => sum + (w ?? NaN), 0);
            const ok = weights.length === 4 && weights.every(w => w !== undefined && w >= 0) && Math.abs(total - 100) < 1e-9;
            return ok ? undefined : { problem: 'weights-total', value: Number.isFinite(total) ? Math.round(total * 1e6) / 1e6 : '?' };
        }
        case ast.QualitativeScoresRule.$type:
        case ast.GradeScoresRule.$type: {
            const values = rule.values.map(parsePercent);
            const ok = values.every(v => v !== undefined && v >= 0 && v <= 1) && values.every((v, i) => i === 0 || values[i - 1]! >= v!);
            return ok ? undefined : { problem: ast.isGradeScoresRule(rule) ? 'grade-order' : 'qualitative-order' };
        }
        case ast.ExecutionPointsRule.$type: {
            const value = parseNumber(rule.value);
            return value === undefined || value < 0 || value > 100 ? { problem: 'points-range', value: rule.value } : undefined;
        }
        default: return undefined;
    }
}

/** An `execution lag error` threshold above the `execution lag warning` one (both valid) in one rules block. */
export function executionLagOrderProblem(rules: readonly ast.Rule[]): ast.ExecutionLagErrorRule | undefined {
    const warning = rules.find(ast.isExecutionLagWarningRule);
    const error = rules.find(ast.isExecutionLagErrorRule);
    if (!warning || !error || !isComplete(warning) || !isComplete(error) || ruleProblem(warning) || ruleProblem(error)) return undefined;
    const warningValue = parsePercent(warning.value)!;
    const errorValue = parsePercent(error.value)!;
    return errorValue > warningValue ? error : undefined;
}

function isComplete(rule: ast.Rule): boolean {
    if ('values' in rule) return rule.values.length === (ast.isScoreWeightsRule(rule) ? 4 : ast.isGradeScoresRule(rule) ? 5 : 3) && rule.values.every(v => v !== undefined);
    return (rule as { value?: string }).value !== undefined;
}

type PercentRule = ast.AmbitionLimitRule | ast.KpiLagWarningRule | ast.ExecutionLagWarningRule | ast.ExecutionLagErrorRule | ast.YearEndExecutionRule | ast.MostlyAchievedRule;

function isPercentRule(rule: ast.Rule): rule is PercentRule {
    return ast.isAmbitionLimitRule(rule) || ast.isKpiLagWarningRule(rule) || ast.isExecutionLagWarningRule(rule)
        || ast.isExecutionLagErrorRule(rule) || ast.isYearEndExecutionRule(rule) || ast.isMostlyAchievedRule(rule);
}

/** Applies a rule whose value `ruleProblem` accepted. */
function applyRule(rules: { -readonly [K in keyof Rules]: Rules[K] }, rule: ast.Rule): void {
    switch (rule.$type) {
        case ast.AmbitionLimitRule.$type: rules.ambitionLimit = parsePercent(rule.value)!; break;
        case ast.KpiLagWarningRule.$type: rules.kpiLagWarning = parsePercent(rule.value)!; break;
        case ast.ExecutionLagWarningRule.$type: rules.executionLagWarning = parsePercent(rule.value)!; break;
        case ast.ExecutionLagErrorRule.$type: rules.executionLagError = parsePercent(rule.value)!; break;
        case ast.YearEndExecutionRule.$type: rules.yearEndExecution = parsePercent(rule.value)!; break;
        case ast.KpiCountLimitRule.$type: rules.kpiCountLimit = parseNumber(rule.value)!; break;
        case ast.FundingWeightRatioRule.$type: rules.fundingWeightRatio = parseNumber(rule.value)!; break;
        case ast.GradeBandsRule.$type: rules.gradeBands = rule.values.map(v => parseNumber(v)!) as unknown as [number, number, number]; break;
        case ast.ScoreWeightsRule.$type: rules.scoreWeights = rule.values.map(v => parseNumber(v)!) as unknown as [number, number, number, number]; break;
        case ast.QualitativeScoresRule.$type: rules.qualitativeScores = rule.values.map(v => parsePercent(v)!) as unknown as [number, number, number]; break;
        case ast.GradeScoresRule.$type: rules.gradeScores = rule.values.map(v => parsePercent(v)!) as unknown as [number, number, number, number, number]; break;
        case ast.ExecutionPointsRule.$type: rules.executionPoints = parseNumber(rule.value)!; break;
        case ast.MostlyAchievedRule.$type: rules.mostlyAchieved = parsePercent(rule.value)!; break;
    }
}
