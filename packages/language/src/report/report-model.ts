/**
 * What the summary report says, independent of its output format: the plan's
 * figures (taken as they are from `figures/figures.ts` — the report computes
 * no score, rate or lag of its own), the plan's declarations the report
 * lists (findings, actions, outlook, checkpoints), the problems grouped and
 * ranked, and the diagnostics. The JSON, Markdown and HTML renderers all read
 * this one model, so they show the same numbers.
 */
import { AstUtils, type AstNode } from 'langium';
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import {
    checkpointTotals, executionAlert, isActionOverdue,
    type BudgetFigures, type CheckpointTotals, type ExecutionAlert, type GoalFigures, type GoalStatus, type KpiFigures, type PlanFigures
} from '../figures/figures.js';
import * as ast from '../generated/ast.js';
import type { Lang } from '../i18n/locale.js';
import * as props from '../model/properties.js';
import { parseDate, parseNumber } from '../model/values.js';
import { CODE_INFO } from '../diagnostics/codes.js';
import { PROBLEM_GROUPS, problemGroupOfCause, problemGroupOfCode, type ProblemGroup } from './problem-groups.js';

/** A declaration as the report names it: its title, or its name when it has none. */
export interface Named {
    readonly name: string;
    readonly title?: string;
    /** Where it is declared, for the editor's view to jump to (never printed: output stays reproducible). */
    readonly source?: SourceRef;
}

/** A place in a plan file and its 1-based line. */
export interface SourceRef {
    /** The document's URI, or (diagnostics) its path relative to the plan file's folder. */
    readonly uri: string;
    readonly line: number;
}

export interface UnitRef extends Named {
    readonly lead?: string;
}

export interface ReportModel {
    readonly lang: Lang;
    readonly figures: PlanFigures;
    readonly plan: PlanReport;
    readonly goals: readonly GoalReport[];
    readonly budgets: readonly BudgetReport[];
    readonly checkpoints: readonly CheckpointReport[];
    readonly findings: readonly FindingReport[];
    readonly actions: readonly ActionReport[];
    readonly outlook: readonly OutlookReport[];
    /** The four groups of the problem analysis, in report order. */
    readonly problemGroups: readonly ProblemGroupReport[];
    /** The (up to) three most serious problems, for the abstract. */
    readonly topProblems: readonly TopProblem[];
    readonly diagnostics: readonly DiagnosticRecord[];
    /** An optional date the report is dated (never the clock: output stays reproducible). */
    readonly preparedOn?: string;
}

export interface PlanReport extends Named {
    readonly organization?: string;
    readonly totalBudget?: number;
    readonly executionAlert?: ExecutionAlert;
    readonly goalStatusCounts: Readonly<Record<GoalStatus, number>>;
    readonly errorCount: number;
    readonly warningCount: number;
}

export interface GoalReport extends Named {
    readonly figures: GoalFigures;
    readonly owner?: UnitRef;
    readonly description?: string;
    readonly supports: readonly Named[];
    readonly executionAlert?: ExecutionAlert;
    readonly kpis: readonly KpiReport[];
}

export interface KpiReport extends Named {
    readonly figures: KpiFigures;
    /** Government indicator class as written (`output`, `quantity`), when given. */
    readonly classLevel1?: string;
    readonly classLevel2?: string;
}

export interface BudgetReport extends Named {
    readonly figures: BudgetFigures;
    readonly owner?: UnitRef;
    readonly funds: ReadonlyArray<{ readonly goal: Named; readonly share: number }>;
    readonly executionAlert?: ExecutionAlert;
}

export interface CheckpointEntryReport {
    readonly kind: 'measure' | 'spend';
    /** The KPI or budget line. */
    readonly item: Named;
    readonly value?: number;
    readonly level?: string;
    readonly score?: string;
    /** The KPI's unit of measure (measures only). */
    readonly unit?: string;
    readonly source?: string;
}

export interface CheckpointReport extends Named {
    readonly date?: string;
    readonly totals: CheckpointTotals;
    readonly entries: readonly CheckpointEntryReport[];
}

export interface FindingReport extends Named {
    readonly review: Named & { readonly date?: string };
    readonly cause?: string;
    readonly severity?: string;
    readonly affects: readonly Named[];
    readonly group: ProblemGroup;
    readonly actions: readonly ActionReport[];
}

export interface ActionReport extends Named {
    readonly finding?: Named;
    readonly owner?: UnitRef;
    readonly due?: string;
    readonly status: 'open' | 'done' | 'dropped';
    readonly overdue: boolean;
}

export interface OutlookReport extends Named {
    readonly owner?: UnitRef;
    readonly due?: string;
    readonly budget?: number;
}

export interface ProblemGroupReport {
    readonly group: ProblemGroup;
    readonly findings: readonly FindingReport[];
    /** Errors and warnings of the plan checks in this group (infos stay in the appendix). */
    readonly diagnostics: readonly DiagnosticRecord[];
}

/**
 * One of the abstract's top problems. Ranking (docs/report.md): tier 0 —
 * errors in the plan (one item); tier 1 (red) — off-track KPIs, overspent
 * budget lines and lines in red alert, high-severity findings; tier 2 (yellow) — at-risk KPIs,
 * yellow budget lines, medium-severity findings, overdue actions; tier 3 —
 * low-severity findings. Within a tier the larger gap
 * (KPI lag, budget lag, overspending) comes first, then KPIs, budget lines,
 * findings, actions, then plan order.
 */
export type TopProblem =
    | { readonly kind: 'errors'; readonly count: number; readonly first: DiagnosticRecord }
    | { readonly kind: 'kpi'; readonly kpi: KpiReport; readonly goal: GoalReport }
    | { readonly kind: 'budget'; readonly budget: BudgetReport }
    | { readonly kind: 'finding'; readonly finding: FindingReport }
    | { readonly kind: 'action'; readonly action: ActionReport };

export interface ReportModelOptions {
    readonly lang: Lang;
    readonly preparedOn?: string;
}

export function buildReportModel(figures: PlanFigures, diagnostics: readonly DiagnosticRecord[], options: ReportModelOptions): ReportModel {
    const { model } = figures;
    const goals = figures.goals.map(goal => goalReport(goal, figures));
    const actions = model.actions.map(action => actionReport(action, figures));
    const findings = model.findings.map(finding => findingReport(finding, actions));
    const budgets = figures.budgets.map(budget => budgetReport(budget, figures));
    const report: Omit<ReportModel, 'topProblems'> = {
        lang: options.lang,
        figures,
        preparedOn: options.preparedOn,
        plan: {
            name: figures.name ?? '',
            title: figures.title,
            organization: props.planOrganization(model.plan),
            totalBudget: parseNumber(props.planTotalBudget(model.plan)?.amount),
            executionAlert: monitoredAlert(figures, figures.executionRate, figures.elapsed),
            goalStatusCounts: countStatuses(figures.goals),
            errorCount: diagnostics.filter(d => d.severity === 'error').length,
            warningCount: diagnostics.filter(d => d.severity === 'warning').length
        },
        goals,
        budgets,
        checkpoints: model.checkpoints.map(checkpointReport),
        findings,
        actions,
        outlook: model.outlooks.map(outlookReport),
        problemGroups: PROBLEM_GROUPS.map(group => ({
            group,
            findings: findings.filter(f => f.group === group),
            diagnostics: diagnostics.filter(d => (d.severity === 'error' || d.severity === 'warning') && problemGroupOfCode(d.code) === group)
        })),
        diagnostics
    };
    return { ...report, topProblems: rankTopProblems(report) };
}

// ---------------------------------------------------------------- declarations

export function labelOf(named: Named): string {
    return named.title ?? named.name;
}

/**
 * A declaration's name and title. A declaration the parser recovered from a
 * syntax error may have no name (`goal {`, `budget` at the end of a line):
 * its name is empty, so the report still renders (the syntax error is listed).
 */
function named(node: AstNode & { name: string; title?: string }): Named {
    return { name: node.name ?? '', title: node.title, source: sourceOf(node) };
}

function sourceOf(node: AstNode): SourceRef | undefined {
    const document = AstUtils.findRootNode(node).$document;
    const start = node.$cstNode?.range.start;
    return document && start ? { uri: document.uri.toString(), line: start.line + 1 } : undefined;
}

function unitRef(unit: ast.Unit | undefined): UnitRef | undefined {
    return unit ? { ...named(unit), lead: props.unitLead(unit) } : undefined;
}

function goalReport(goal: GoalFigures, figures: PlanFigures): GoalReport {
    const node = goal.goal;
    return {
        ...named(node),
        figures: goal,
        owner: unitRef(props.goalOwner(node)?.unit?.ref),
        description: props.goalDescription(node)?.value,
        supports: (props.goalSupports(node)?.strategies ?? []).flatMap(ref => ref.ref ? [named(ref.ref)] : []),
        executionAlert: monitoredAlert(figures, goal.executionRate, goal.elapsed),
        kpis: goal.kpis.map(kpi => ({
            ...named(kpi.kpi),
            figures: kpi,
            classLevel1: props.kpiClass(kpi.kpi)?.level1,
            classLevel2: props.kpiClass(kpi.kpi)?.level2
        }))
    };
}

function budgetReport(budget: BudgetFigures, figures: PlanFigures): BudgetReport {
    return {
        ...named(budget.budget),
        figures: budget,
        owner: unitRef(props.budgetOwner(budget.budget)?.unit?.ref),
        funds: budget.shares.map(share => ({ goal: named(share.goal), share: share.share })),
        executionAlert: monitoredAlert(figures, budget.executionRate, figures.elapsed)
    };
}

function checkpointReport(checkpoint: ast.Checkpoint): CheckpointReport {
    return {
        name: checkpoint.name ?? '',
        date: parseDate(checkpoint.date)?.iso ?? checkpoint.date ?? '',
        totals: checkpointTotals(checkpoint),
        entries: checkpoint.entries.map(entry => ast.isMeasure(entry)
            ? {
                kind: 'measure' as const,
                item: entry.kpi?.ref ? named(entry.kpi.ref) : { name: entry.kpi?.$refText ?? '' },
                value: parseNumber(entry.value),
                level: entry.level,
                score: entry.score,
                unit: entry.kpi?.ref ? props.kpiUnit(entry.kpi.ref)?.value : undefined,
                source: entry.source
            }
            : {
                kind: 'spend' as const,
                item: entry.budget?.ref ? named(entry.budget.ref) : { name: entry.budget?.$refText ?? '' },
                value: parseNumber(entry.value),
                source: entry.source
            })
    };
}

function actionReport(action: ast.Action, figures: PlanFigures): ActionReport {
    const finding = props.actionAddresses(action)?.finding?.ref;
    const status = props.actionStatus(action)?.value;
    return {
        ...named(action),
        finding: finding ? named(finding) : undefined,
        owner: unitRef(props.actionOwner(action)?.unit?.ref),
        due: dateText(props.actionDue(action)?.date),
        status: status === 'done' || status === 'dropped' ? status : 'open',
        overdue: isActionOverdue(action, figures.asOf)
    };
}

function findingReport(finding: ast.Finding, actions: readonly ActionReport[]): FindingReport {
    const review = finding.$container as ast.Review;
    const cause = props.findingCause(finding)?.value;
    return {
        ...named(finding),
        review: { ...named(review), date: dateText(review.date) },
        cause,
        severity: props.findingSeverity(finding)?.value,
        affects: (props.findingAffects(finding)?.targets ?? []).flatMap(ref => ref.ref ? [named(ref.ref)] : []),
        group: problemGroupOfCause(cause),
        actions: actions.filter(action => action.finding?.name === finding.name)
    };
}

function outlookReport(outlook: ast.Outlook): OutlookReport {
    return {
        ...named(outlook),
        owner: unitRef(props.outlookOwner(outlook)?.unit?.ref),
        due: dateText(props.outlookDue(outlook)?.date),
        budget: parseNumber(props.outlookBudget(outlook)?.amount)
    };
}

/** A spending alert, once the plan has been monitored (a plan without checkpoints has none: issue #19). */
function monitoredAlert(figures: PlanFigures, rate: number | null, elapsed: number | null): ExecutionAlert | undefined {
    return figures.monitored ? executionAlert(rate, elapsed, figures.rules) : undefined;
}

function dateText(text: string | undefined): string | undefined {
    return text === undefined ? undefined : parseDate(text)?.iso ?? text;
}

function countStatuses(goals: readonly GoalFigures[]): Record<GoalStatus, number> {
    const counts: Record<GoalStatus, number> = {
        'achieved': 0, 'mostly-achieved': 0, 'on-track': 0, 'at-risk': 0, 'off-track': 0, 'not-achieved': 0, 'unmeasured': 0, 'not-started': 0
    };
    for (const goal of goals) counts[goal.status]++;
    return counts;
}

// ---------------------------------------------------------------- top problems

interface Candidate {
    readonly problem: TopProblem;
    readonly tier: number;
    readonly gap: number;
    readonly order: number;
}

const KIND_ORDER: Readonly<Record<TopProblem['kind'], number>> = { errors: 0, kpi: 1, budget: 2, finding: 3, action: 4 };
const SEVERITY_TIER: Readonly<Record<string, number>> = { high: 1, medium: 2, low: 3 };
const TOP_PROBLEMS = 3;
/** At most this many of the top problems are of one kind, so three lagging KPIs do not hide a red budget line. */
const MAX_PER_KIND = 2;

function rankTopProblems(report: Omit<ReportModel, 'topProblems'>): TopProblem[] {
    const candidates: Candidate[] = [];
    const add = (problem: TopProblem, tier: number, gap: number) => candidates.push({ problem, tier, gap, order: candidates.length });
    const errors = report.diagnostics.filter(isPlanError);
    if (errors.length > 0) add({ kind: 'errors', count: errors.length, first: errors[0] }, 0, errors.length);
    for (const goal of report.goals) {
        for (const kpi of goal.kpis) {
            const { status, lag, weight } = kpi.figures;
            if (weight <= 0 || (status !== 'off-track' && status !== 'at-risk' && status !== 'not-achieved')) continue;
            add({ kind: 'kpi', kpi, goal }, status === 'at-risk' ? 2 : 1, lag ?? 0);
        }
    }
    for (const budget of report.budgets) {
        const rate = budget.figures.executionRate;
        if (rate !== null && rate > 1) add({ kind: 'budget', budget }, 1, rate - 1);
        else if (budget.executionAlert) add({ kind: 'budget', budget }, budget.executionAlert === 'red' ? 1 : 2, budget.figures.lag ?? 0);
    }
    for (const finding of report.findings) {
        add({ kind: 'finding', finding }, SEVERITY_TIER[finding.severity ?? 'medium'] ?? 2, 0);
    }
    for (const action of report.actions) {
        if (action.overdue) add({ kind: 'action', action }, 2, 0);
    }
    candidates.sort((a, b) => a.tier - b.tier || b.gap - a.gap
        || KIND_ORDER[a.problem.kind] - KIND_ORDER[b.problem.kind] || a.order - b.order);
    return pickVaried(candidates).map(c => c.problem);
}

/**
 * An error that makes the plan's figures unreliable (a broken reference, a
 * weight split that does not add up…). Monitoring errors — overspending, a
 * red spending alert — are findings about the money, not about the plan, and
 * rank as budget problems instead.
 */
function isPlanError(diagnostic: DiagnosticRecord): boolean {
    return diagnostic.severity === 'error' && (CODE_INFO as Readonly<Record<string, { family: string }>>)[diagnostic.code]?.family !== 'monitoring';
}

function pickVaried(ranked: readonly Candidate[]): Candidate[] {
    const picked: Candidate[] = [];
    const perKind = new Map<string, number>();
    for (const candidate of ranked) {
        if (picked.length === TOP_PROBLEMS) break;
        const count = perKind.get(candidate.problem.kind) ?? 0;
        if (count >= MAX_PER_KIND) continue;
        perKind.set(candidate.problem.kind, count + 1);
        picked.push(candidate);
    }
    // Too few other kinds to vary: fill up in rank order.
    for (const candidate of ranked) {
        if (picked.length === TOP_PROBLEMS) break;
        if (!picked.includes(candidate)) picked.push(candidate);
    }
    return picked.sort((a, b) => ranked.indexOf(a) - ranked.indexOf(b));
}
