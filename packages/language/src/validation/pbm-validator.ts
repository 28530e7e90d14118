import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { PbmAstType } from '../generated/ast.js';
import type { PbmServices } from '../pbm-module.js';
import { BudgetChecks } from './budget.js';
import { CoreChecks } from './core.js';
import { DataQualityChecks } from './data-quality.js';
import { EvaluationChecks } from './evaluation.js';
import { FormsChecks } from './forms.js';
import { GovernmentChecks } from './government.js';
import { MonitoringChecks } from './monitoring.js';
import { DiagnosticReporter } from './pbm-diagnostics.js';
import { PlanContexts } from './plan-context.js';
import { PlanWideChecks } from './plan-wide.js';
import { SmartChecks } from './smart.js';

/** Registers every family of checks (one file per family in this folder). */
export function registerValidationChecks(services: PbmServices): void {
    const registry = services.validation.ValidationRegistry;
    const reporter = (accept: ValidationAcceptor) => new DiagnosticReporter(accept, services.i18n.Locale);
    const figures = services.shared.figures.Figures;
    const contexts = new PlanContexts(figures);
    const core = new CoreChecks(services, reporter);
    const smart = new SmartChecks(contexts, reporter);
    const government = new GovernmentChecks(contexts, reporter);
    const budget = new BudgetChecks(reporter, contexts);
    const forms = new FormsChecks(contexts, reporter);
    const monitoring = new MonitoringChecks(contexts, reporter);
    const dataQuality = new DataQualityChecks(contexts, reporter);
    const evaluation = new EvaluationChecks(contexts, reporter);
    const planWide = new PlanWideChecks(figures, reporter, [
        ...smart.planChecks, ...budget.planChecks, ...monitoring.planChecks, ...dataQuality.planChecks, ...evaluation.planChecks, ...forms.planChecks
    ]);
    const checks: ValidationChecks<PbmAstType> = {
        PbmFile: [core.checkFile, planWide.checkFile],
        Plan: [core.checkPlan, core.checkNoDuplicateProperty],
        RulesProperty: [core.checkRules, core.checkNoDuplicateProperty],
        Unit: core.checkNoDuplicateProperty,
        Strategy: core.checkNoDuplicateProperty,
        Goal: [
            core.checkNoDuplicateProperty,
            smart.checkGoalHasOwner, smart.checkGoalHasDescription, smart.checkGoalIsConcrete,
            smart.checkGoalHasKpi, smart.checkGoalSupportsStrategy, smart.checkGoalKpiCount,
            smart.checkGoalHasDue, smart.checkGoalWithinPeriod,
            government.checkGoalHasOutputIndicator,
            budget.checkKpiWeightsTotal100,
            monitoring.checkGoalNotOverdue
        ],
        Kpi: [
            core.checkNoDuplicateProperty,
            smart.checkKpiIsMeasurable, smart.checkTargetPointsAhead, smart.checkTargetIsAchievable, smart.checkKpiHasFrequency,
            government.checkKpiIsClassified,
            monitoring.checkKpiOnTrack,
            dataQuality.checkKpiMeasuredRegularly,
            forms.checkCumulativeDirection, forms.checkKpiHasPoints
        ],
        TargetProperty: [smart.checkQualitativeKpiIsGraded, forms.checkDateTargetDirection],
        ClassProperty: government.checkClassIsKnown,
        WeightProperty: [budget.checkWeightNotZero, forms.checkWeightCounts],
        Award: forms.checkAward,
        Budget: [
            core.checkNoDuplicateProperty,
            budget.checkBudgetFundsGoal,
            monitoring.checkLineNotOverspent, monitoring.checkExecutionKeepsPace
        ],
        FundsProperty: budget.checkSplitTotals100,
        AdjustedProperty: budget.checkAdjustmentExplained,
        SourcesProperty: budget.checkSourcesTotal,
        ...checkpointChecks(dataQuality),
        Finding: core.checkNoDuplicateProperty,
        Action: [core.checkNoDuplicateProperty, evaluation.checkActionIsComplete, evaluation.checkActionNotOverdue],
        Outlook: core.checkNoDuplicateProperty
    };
    registry.register(checks, core);
}

/**
 * The checks of a checkpoint and its entries. Their diagnostics are kept
 * between validations while what they read stays the same
 * (kept-checkpoint-diagnostics.ts lists what that is): a check added here
 * must read nothing else, or be added to those inputs.
 */
export const CHECKPOINT_CHECKS = {
    Checkpoint: ['checkCheckpointDate'],
    Measure: ['checkEntryHasSource', 'checkMeasurePlausible', 'checkScoreFitsLevel'],
    Spend: ['checkEntryHasSource', 'checkSpendPlausible', 'checkSpendSourceDeclared']
} as const satisfies Record<'Checkpoint' | 'Measure' | 'Spend', ReadonlyArray<keyof DataQualityChecks>>;

function checkpointChecks(dataQuality: DataQualityChecks): ValidationChecks<PbmAstType> {
    const checksOf = (names: readonly (keyof DataQualityChecks)[]) => names.map(name => dataQuality[name]) as never;
    return { Checkpoint: checksOf(CHECKPOINT_CHECKS.Checkpoint), Measure: checksOf(CHECKPOINT_CHECKS.Measure), Spend: checksOf(CHECKPOINT_CHECKS.Spend) };
}

export type ReporterFactory = (accept: ValidationAcceptor) => DiagnosticReporter;
