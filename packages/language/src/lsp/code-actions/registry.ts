/**
 * The quick fixes of PBM, one per diagnostic code (LANGUAGE.md §5), each in
 * its own file of this folder. The code-action provider asks the registry
 * for the fix of each diagnostic's code; a code without an entry has none.
 */
import { Code, type DiagnosticCode } from '../../diagnostics/codes.js';
import { actionIncomplete } from './action-incomplete.js';
import { adjustedUnexplained } from './adjusted-unexplained.js';
import { allocationNot100 } from './allocation-not-100.js';
import { budgetUnlinked } from './budget-unlinked.js';
import type { QuickFix } from './fix-context.js';
import { findingWithoutAction } from './finding-without-action.js';
import { goalMissingDescription } from './goal-missing-description.js';
import { goalMissingDue } from './goal-missing-due.js';
import { goalMissingOwner } from './goal-missing-owner.js';
import { goalNotAligned } from './goal-not-aligned.js';
import { goalUnfunded } from './goal-unfunded.js';
import { kpiMissingBaseline } from './kpi-missing-baseline.js';
import { kpiMissingFormula } from './kpi-missing-formula.js';
import { kpiMissingFrequency } from './kpi-missing-frequency.js';
import { kpiMissingTarget } from './kpi-missing-target.js';
import { kpiMissingUnit } from './kpi-missing-unit.js';
import { measureMissingSource } from './measure-missing-source.js';
import { overspend } from './overspend.js';
import { awardUnexplained } from './award-unexplained.js';
import { pointsNot100 } from './points-not-100.js';
import { sourcesNotTotal } from './sources-not-total.js';
import { syntaxError } from './syntax-error.js';
import { unresolvedReference } from './unresolved-reference.js';
import { weightsNot100 } from './weights-not-100.js';

export const QUICK_FIXES: Readonly<Partial<Record<DiagnosticCode, QuickFix>>> = {
    [Code.SyntaxError]: syntaxError,
    [Code.UnresolvedReference]: unresolvedReference,
    [Code.GoalMissingOwner]: goalMissingOwner,
    [Code.GoalMissingDue]: goalMissingDue,
    [Code.GoalMissingDescription]: goalMissingDescription,
    [Code.KpiMissingTarget]: kpiMissingTarget,
    [Code.KpiMissingUnit]: kpiMissingUnit,
    [Code.KpiMissingBaseline]: kpiMissingBaseline,
    [Code.KpiMissingFrequency]: kpiMissingFrequency,
    [Code.KpiMissingFormula]: kpiMissingFormula,
    [Code.ActionIncomplete]: actionIncomplete,
    [Code.MeasureMissingSource]: measureMissingSource,
    [Code.WeightsNot100]: weightsNot100,
    [Code.AllocationNot100]: allocationNot100,
    [Code.GoalUnfunded]: goalUnfunded,
    [Code.BudgetUnlinked]: budgetUnlinked,
    [Code.Overspend]: overspend,
    [Code.FindingWithoutAction]: findingWithoutAction,
    [Code.GoalNotAligned]: goalNotAligned,
    [Code.PointsNot100]: pointsNot100,
    [Code.AwardUnexplained]: awardUnexplained,
    [Code.AdjustedUnexplained]: adjustedUnexplained,
    [Code.SourcesNotTotal]: sourcesNotTotal
};

export class PbmQuickFixRegistry {
    private readonly fixes = new Map<string, QuickFix>(Object.entries(QUICK_FIXES));

    /** Adds or replaces the fix of a code (for an embedding tool or a test). */
    register(code: string, fix: QuickFix): void {
        this.fixes.set(code, fix);
    }

    fixFor(code: string): QuickFix | undefined {
        return this.fixes.get(code);
    }

    /** The codes that have a fix, for the docs test. */
    codes(): string[] {
        return [...this.fixes.keys()];
    }
}
