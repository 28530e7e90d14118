import type { ValidationAcceptor, ValidationChecks } from 'langium';
import type { PbmAstType } from '../generated/ast.js';
import type { PbmServices } from '../pbm-module.js';
import { CoreChecks } from './core.js';
import { DiagnosticReporter } from './pbm-diagnostics.js';

/** Registers every family of checks (one file per family in this folder). */
export function registerValidationChecks(services: PbmServices): void {
    const registry = services.validation.ValidationRegistry;
    const reporter = (accept: ValidationAcceptor) => new DiagnosticReporter(accept, services.i18n.Locale);
    const core = new CoreChecks(services, reporter);
    const checks: ValidationChecks<PbmAstType> = {
        PbmFile: core.checkFile,
        Plan: [core.checkPlan, core.checkNoDuplicateProperty],
        RulesProperty: [core.checkRules, core.checkNoDuplicateProperty],
        Unit: core.checkNoDuplicateProperty,
        Strategy: core.checkNoDuplicateProperty,
        Goal: core.checkNoDuplicateProperty,
        Kpi: core.checkNoDuplicateProperty,
        Budget: core.checkNoDuplicateProperty,
        Finding: core.checkNoDuplicateProperty,
        Action: core.checkNoDuplicateProperty,
        Outlook: core.checkNoDuplicateProperty
    };
    registry.register(checks, core);
}

export type ReporterFactory = (accept: ValidationAcceptor) => DiagnosticReporter;
