/**
 * Evaluation checks (LANGUAGE.md §5): review findings are acted on, actions
 * can be followed up, and results that missed their target are explained.
 *
 * Choices where the spec is silent (docs/diagnostics.md):
 * - an action without `status` counts as open;
 * - `kpi-missed-unexplained`: "period over" = the goal's due date (the plan's
 *   end when it has none) is on or before asOf; a KPI without any measure by
 *   then counts as below target.
 */
import type { ValidationAcceptor } from 'langium';
import { kpiExplainedBy } from '../figures/explanations.js';
import { isActionOverdue, type PlanFigures } from '../figures/figures.js';
import * as ast from '../generated/ast.js';
import { arg } from '../i18n/message-args.js';
import * as props from '../model/properties.js';
import { Code } from '../diagnostics/codes.js';
import type { IssueReporter } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';
import type { PlanContexts } from './plan-context.js';
import type { PlanCheck } from './plan-wide.js';

export class EvaluationChecks {
    constructor(private readonly contexts: PlanContexts, private readonly reporter: ReporterFactory) {}

    /** action-incomplete: an action names who does it and by when. */
    checkActionIsComplete = (action: ast.Action, accept: ValidationAcceptor): void => {
        if (!action.name) return;
        const noOwner = !props.actionOwner(action);
        const noDue = !props.actionDue(action);
        if (!noOwner && !noDue) return;
        const missing = noOwner && noDue ? 'owner-due' : noOwner ? 'owner' : 'due';
        this.reporter(accept).report(Code.ActionIncomplete, action, { action: action.name, missing }, { property: 'name' });
    };

    /** action-overdue: an open action is not past its due date. */
    checkActionNotOverdue = (action: ast.Action, accept: ValidationAcceptor): void => {
        const due = props.actionDue(action);
        if (!action.name || !due) return;
        for (const plan of this.contexts.figuresOf(action)) {
            if (isActionOverdue(action, plan.asOf)) {
                this.reporter(accept).report(Code.ActionOverdue, due, { action: action.name, due: due.date, asOf: plan.asOf?.iso }, { property: 'date' });
            }
        }
    };

    readonly planChecks: readonly PlanCheck[] = [
        (figures, reporter) => checkFindingHasAction(figures, reporter),
        (figures, reporter) => checkMissedKpiExplained(figures, reporter),
        (figures, reporter) => checkAffectsUnambiguous(figures, reporter)
    ];
}

/** finding-without-action: some action of the plan addresses each finding. */
function checkFindingHasAction(figures: PlanFigures, reporter: IssueReporter): void {
    const addressed = new Set<ast.Finding>();
    for (const action of figures.model.actions) {
        const finding = props.actionAddresses(action)?.finding?.ref;
        if (finding) addressed.add(finding);
    }
    for (const finding of figures.model.findings) {
        if (finding.name && !addressed.has(finding)) {
            reporter.report(Code.FindingWithoutAction, finding, { finding: finding.name }, { property: 'name' });
        }
    }
}

/** kpi-missed-unexplained: a KPI below target when its goal's time is up has a finding on it or its goal (§8.5). */
function checkMissedKpiExplained(figures: PlanFigures, reporter: IssueReporter): void {
    const asOf = figures.asOf;
    if (!asOf) return;
    for (const goal of figures.goals) {
        if (!goal.due || goal.due.day > asOf.day || !goal.name) continue;
        for (const kpi of goal.kpis) {
            if (kpiExplainedBy(figures.explanations, kpi.kpi).length > 0) continue;
            if (kpi.name && (kpi.achievement === null || kpi.achievement < 1)) {
                reporter.report(Code.KpiMissedUnexplained, kpi.kpi, { kpi: kpi.name, goal: goal.name }, { property: 'name' });
            }
        }
    }
}

/**
 * affects-ambiguous: the name a finding affects denotes one goal, KPI or
 * budget line of the plan (names are unique per kind, not across kinds).
 */
function checkAffectsUnambiguous(figures: PlanFigures, reporter: IssueReporter): void {
    const { model } = figures;
    const kindsByName = new Map<string, string[]>();
    for (const node of [...model.goals, ...model.kpis, ...model.budgets]) {
        const kinds = kindsByName.get(node.name) ?? [];
        if (!kinds.includes(node.$type)) kinds.push(node.$type);
        kindsByName.set(node.name, kinds);
    }
    for (const finding of model.findings) {
        const affects = props.findingAffects(finding);
        affects?.targets.forEach((ref, index) => {
            const kinds = kindsByName.get(ref.$refText) ?? [];
            if (kinds.length < 2) return;
            reporter.report(Code.AffectsAmbiguous, affects, {
                name: ref.$refText, kind1: arg.kind(kinds[0]), kind2: arg.kind(kinds[1])
            }, { property: 'targets', index });
        });
    }
}
