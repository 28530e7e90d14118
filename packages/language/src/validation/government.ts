/**
 * Checks of China's 预算绩效 indicator system (LANGUAGE.md §2.1). Only
 * `class-invalid` applies in both profiles (a class written in an enterprise
 * plan must still be a real one); the others only with `profile government`.
 */
import type { ValidationAcceptor } from 'langium';
import type * as ast from '../generated/ast.js';
import * as props from '../model/properties.js';
import { Code } from '../diagnostics/codes.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import { isQuantitative } from './smart.js';

/** The indicator classes of §2.1: level 1 → its level-2 classes. */
export const INDICATOR_CLASSES: Readonly<Record<string, readonly string[]>> = {
    output: ['quantity', 'quality', 'timeliness', 'cost'],
    benefit: ['economic', 'social', 'ecological', 'sustainable'],
    satisfaction: ['service']
};

export function isIndicatorClass(level1: string | undefined, level2: string | undefined): boolean {
    return !!level1 && !!level2 && (INDICATOR_CLASSES[level1]?.includes(level2) ?? false);
}

export class GovernmentChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    /** class-invalid: a `class` pair from the table of §2.1 (both profiles). */
    checkClassIsKnown = (property: ast.ClassProperty, accept: ValidationAcceptor): void => {
        // A half-written class (`class output.`) is a syntax error already.
        if (!property.level1 || !property.level2) return;
        if (!isIndicatorClass(property.level1, property.level2)) {
            this.reporter(accept).report(Code.ClassInvalid, property, { class: `${property.level1}.${property.level2}` });
        }
    };

    /** kpi-missing-formula, class-missing (government profile). */
    checkKpiIsClassified = (kpi: ast.Kpi, accept: ValidationAcceptor): void => {
        if (!kpi.name || !this.isGovernment(kpi)) return;
        const reporter = this.reporter(accept);
        if (!props.kpiClass(kpi)) reporter.report(Code.ClassMissing, kpi, { kpi: kpi.name }, { property: 'name' });
        if (isQuantitative(kpi) && !props.kpiFormula(kpi)) reporter.report(Code.KpiMissingFormula, kpi, { kpi: kpi.name }, { property: 'name' });
    };

    /**
     * output-indicator-missing (government profile): every goal with KPIs has
     * an `output.*` one. A goal without KPIs already has `goal-without-kpi`.
     */
    checkGoalHasOutputIndicator = (goal: ast.Goal, accept: ValidationAcceptor): void => {
        const kpis = props.goalKpis(goal);
        if (!goal.name || kpis.length === 0 || !this.isGovernment(goal)) return;
        if (!kpis.some(kpi => props.kpiClass(kpi)?.level1 === 'output')) {
            this.reporter(accept).report(Code.OutputIndicatorMissing, goal, { goal: goal.name }, { property: 'name' });
        }
    };

    private isGovernment(node: ast.Goal | ast.Kpi): boolean {
        return this.contexts.of(node).some(context => context.profile === 'government');
    }
}
