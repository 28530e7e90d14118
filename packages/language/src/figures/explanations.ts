/**
 * Findings explain (LANGUAGE.md §8.5): which review findings explain a KPI's
 * shortfall or a budget line's slow spending, and a KPI's 偏差原因分析及改进措施
 * assembled from them. Computed once per plan with its figures; the checks
 * (which turn explained warnings into infos), hover, JSON and report read it.
 */
import * as ast from '../generated/ast.js';
import type { PlanModel } from '../model/plan-model.js';
import * as props from '../model/properties.js';
import { parseDate, type CalendarDate } from '../model/values.js';

export interface Explanations {
    /** The findings that explain each KPI (they affect the KPI or its goal), in plan order. */
    readonly kpis: ReadonlyMap<ast.Kpi, readonly ast.Finding[]>;
    /** The findings that explain each budget line (they affect the line or a goal it funds), in plan order. */
    readonly budgets: ReadonlyMap<ast.Budget, readonly ast.Finding[]>;
    /** The actions addressing each finding, in plan order. */
    readonly actions: ReadonlyMap<ast.Finding, readonly ast.Action[]>;
}

const NONE: readonly never[] = [];

/**
 * The findings of reviews dated on or before asOf (all of them without an
 * asOf; a review whose date is not a real date counts, its date is flagged
 * `invalid-date`) and what they explain.
 */
export function explainPlan(model: PlanModel, asOf: CalendarDate | undefined): Explanations {
    const affected = new Map<ast.Affectable, ast.Finding[]>();
    for (const finding of model.findings) {
        if (!reviewCounts(finding.$container as ast.Review, asOf)) continue;
        for (const ref of props.findingAffects(finding)?.targets ?? []) {
            const target = ref.ref;
            if (target) add(affected, target, finding);
        }
    }
    const kpis = new Map<ast.Kpi, ast.Finding[]>();
    for (const kpi of model.kpis) {
        const findings = union(affected.get(kpi), affected.get(kpi.$container as ast.Goal));
        if (findings.length > 0) kpis.set(kpi, findings);
    }
    const budgets = new Map<ast.Budget, ast.Finding[]>();
    for (const budget of model.budgets) {
        const goals = (props.budgetFunds(budget)?.shares ?? []).map(share => share.goal?.ref);
        const findings = union(affected.get(budget), ...goals.map(goal => goal && affected.get(goal)));
        if (findings.length > 0) budgets.set(budget, findings);
    }
    const actions = new Map<ast.Finding, ast.Action[]>();
    for (const action of model.actions) {
        const finding = props.actionAddresses(action)?.finding?.ref;
        if (finding) add(actions, finding, action);
    }
    return { kpis, budgets, actions };
}

/** The findings that explain a KPI; [] when none does. */
export function kpiExplainedBy(explanations: Explanations, kpi: ast.Kpi): readonly ast.Finding[] {
    return explanations.kpis.get(kpi) ?? NONE;
}

/** The findings that explain a budget line; [] when none does. */
export function lineExplainedBy(explanations: Explanations, budget: ast.Budget): readonly ast.Finding[] {
    return explanations.budgets.get(budget) ?? NONE;
}

/** A KPI's 偏差原因分析及改进措施: the findings that explain it and the actions addressing them. */
export interface Deviation {
    readonly findings: readonly ast.Finding[];
    readonly actions: readonly ast.Action[];
}

export function kpiDeviation(explanations: Explanations, kpi: ast.Kpi): Deviation {
    const findings = kpiExplainedBy(explanations, kpi);
    return { findings, actions: findings.flatMap(finding => explanations.actions.get(finding) ?? NONE) };
}

function reviewCounts(review: ast.Review, asOf: CalendarDate | undefined): boolean {
    const date = parseDate(review.date);
    return !asOf || !date || date.day <= asOf.day;
}

function add<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
}

/** The findings of several lists, each once, in the order first seen. */
function union(...lists: ReadonlyArray<readonly ast.Finding[] | undefined>): ast.Finding[] {
    const result: ast.Finding[] = [];
    for (const list of lists) {
        for (const finding of list ?? NONE) if (!result.includes(finding)) result.push(finding);
    }
    return result;
}
