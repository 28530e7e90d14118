/**
 * The report as JSON (LANGUAGE.md §6): the figures of §4 unrounded, weights,
 * rates and achievements as fractions, amounts as plain numbers in the
 * plan's currency, `null` where there is no value. The fields of §6 keep
 * their names and meaning; the others (titles, owners, checkpoints with
 * every entry, findings, actions, outlook, problems) are additions.
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import type { KpiFigures, PlanFigures } from '../figures/figures.js';
import { parsePercent } from '../model/values.js';
import { budgetMoneyJson, kpiExplanationJson, monitoringJson, planMoneyJson } from './render-json-money.js';
import { labelOf, type ActionReport, type CheckpointReport, type GoalReport, type KpiReport, type Named, type ReportModel, type TopProblem, type UnitRef } from './report-model.js';

export function renderJson(model: ReportModel): string {
    return JSON.stringify(reportJson(model), null, 2) + '\n';
}

/**
 * The plan's result as the JSON report and the editor's status bar
 * (`pbm/planStatus`) give it. A plan not monitored yet (no checkpoint) has
 * no grade, and nothing to project (§8.8, docs/figures.md).
 */
export function planResultJson(figures: PlanFigures) {
    return {
        score: figures.score,
        grade: figures.monitored ? figures.grade : null,
        scoring: figures.scoring,
        final: figures.final,
        projectedScore: figures.monitored ? figures.projectedScore : null,
        projectedGrade: figures.monitored ? figures.projectedGrade : null,
        awardedScore: figures.awardedScore,
        awardedGrade: figures.awardedGrade
    };
}

export function reportJson(model: ReportModel): object {
    const { figures, plan } = model;
    return {
        plan: {
            name: plan.name,
            title: plan.title ?? null,
            organization: plan.organization ?? null,
            profile: figures.profile,
            language: model.lang,
            currency: figures.currency,
            start: figures.start?.iso ?? null,
            end: figures.end?.iso ?? null,
            asOf: figures.asOf?.iso ?? null,
            elapsed: figures.elapsed,
            ...planResultJson(figures),
            execution: figures.execution
                ? { points: figures.execution.points, earned: figures.execution.earned, awarded: figures.execution.awarded, reason: figures.awards.execution?.reason ?? null }
                : null,
            allocated: figures.allocated,
            spent: figures.spent,
            executionRate: figures.executionRate,
            executionAlert: plan.executionAlert ?? null,
            totalBudget: plan.totalBudget ?? null,
            ...planMoneyJson(figures),
            goalStatusCounts: plan.goalStatusCounts,
            perspectives: figures.profile === 'enterprise' ? figures.perspectives : undefined,
            government: figures.government
                ? { ...figures.government, scoreWeights: pointsOf(figures.rules.scoreWeights) }
                : undefined
        },
        goals: model.goals.map(goal => goalJson(goal, model)),
        budgets: model.budgets.map(budget => ({
            name: budget.name,
            title: budget.title ?? null,
            category: budget.figures.category ?? null,
            owner: unitName(budget.owner),
            spent: budget.figures.spent,
            executionRate: budget.figures.executionRate,
            lag: budget.figures.lag,
            executionAlert: budget.executionAlert ?? null,
            ...budgetMoneyJson(figures, budget.figures),
            funds: budget.figures.shares.map(share => ({ goal: share.goal.name, share: share.share, allocated: share.allocated, spent: share.spent }))
        })),
        checkpoints: model.checkpoints.map(checkpointJson),
        monitoring: monitoringJson(figures),
        findings: model.findings.map(finding => ({
            name: finding.name,
            title: finding.title ?? null,
            review: finding.review.name,
            date: finding.review.date ?? null,
            cause: finding.cause ?? null,
            severity: finding.severity ?? null,
            affects: finding.affects.map(goal => goal.name),
            problemGroup: finding.group,
            actions: finding.actions.map(action => action.name)
        })),
        actions: model.actions.map(actionJson),
        outlook: model.outlook.map(item => ({
            name: item.name,
            title: item.title ?? null,
            owner: unitName(item.owner),
            due: item.due ?? null,
            budget: item.budget ?? null
        })),
        problems: {
            top: model.topProblems.map(topProblemJson),
            groups: Object.fromEntries(model.problemGroups.map(group => [group.group, {
                findings: group.findings.map(finding => finding.name),
                diagnostics: group.diagnostics.map(diagnosticRef)
            }]))
        },
        diagnostics: model.diagnostics
    };
}

function goalJson(goal: GoalReport, model: ReportModel): object {
    const g = goal.figures;
    return {
        name: goal.name,
        title: goal.title ?? null,
        owner: unitName(goal.owner),
        weight: g.weight,
        score: g.score,
        status: g.status,
        allocated: g.allocated,
        spent: g.spent,
        executionRate: g.executionRate,
        executionAlert: goal.executionAlert ?? null,
        start: g.start?.iso ?? null,
        due: g.due?.iso ?? null,
        elapsed: g.elapsed,
        perspective: g.perspective ?? null,
        priority: g.priority ?? null,
        kpis: goal.kpis.map(kpi => ({ ...kpiJson(kpi), ...kpiExplanationJson(model.figures, kpi.figures) }))
    };
}

function kpiJson(kpi: KpiReport): object {
    const k: KpiFigures = kpi.figures;
    return {
        name: kpi.name,
        title: kpi.title ?? null,
        unit: k.unit ?? null,
        direction: k.direction ?? null,
        baseline: k.baseline ?? null,
        target: k.target ?? null,
        targetText: k.targetText ?? null,
        qualitative: k.qualitative,
        actual: k.actual,
        level: k.latestLevel ? { level: k.latestLevel.level, score: k.latestLevel.score, date: k.latestLevel.date.iso } : null,
        achievement: k.achievement,
        scoredAchievement: k.scoredAchievement,
        expected: k.expected,
        lag: k.lag,
        projection: k.projection,
        status: k.status,
        weight: k.weight,
        points: k.points,
        earned: k.earned,
        awarded: k.awarded,
        awardReason: k.awardReason ?? null,
        projectedAchievement: k.projectedAchievement,
        likelihood: k.likelihood,
        core: k.core,
        cumulative: k.cumulative,
        targetDate: k.targetDate?.iso ?? null,
        actualDate: k.actualDate?.iso ?? null,
        class: kpi.classLevel1 ? `${kpi.classLevel1}.${kpi.classLevel2 ?? ''}` : null
    };
}

/** A checkpoint with every entry as written (the HTML and Markdown appendix show only its totals). */
function checkpointJson(checkpoint: CheckpointReport): object {
    return {
        name: checkpoint.name,
        date: checkpoint.date || null,
        ...checkpoint.totals,
        entries: checkpoint.entries.map(entry => entry.kind === 'measure'
            ? {
                kind: entry.kind, kpi: entry.item.name, value: entry.value ?? null,
                level: entry.level ?? null, score: parsePercent(entry.score) ?? null, source: entry.source ?? null
            }
            : { kind: entry.kind, budget: entry.item.name, value: entry.value ?? null, source: entry.source ?? null })
    };
}

function actionJson(action: ActionReport): object {
    return {
        name: action.name,
        title: action.title ?? null,
        addresses: action.finding?.name ?? null,
        owner: unitName(action.owner),
        due: action.due ?? null,
        status: action.status,
        overdue: action.overdue
    };
}

function topProblemJson(problem: TopProblem): object {
    switch (problem.kind) {
        case 'errors': return { kind: 'errors', count: problem.count, first: diagnosticRef(problem.first) };
        case 'kpi': return { kind: 'kpi', name: problem.kpi.name, goal: problem.goal.name, status: problem.kpi.figures.status, lag: problem.kpi.figures.lag };
        case 'budget': return { kind: 'budget', name: problem.budget.name, executionAlert: problem.budget.executionAlert, lag: problem.budget.figures.lag };
        case 'finding': return { kind: 'finding', name: problem.finding.name, severity: problem.finding.severity ?? null, title: labelOf(problem.finding) };
        case 'action': return { kind: 'action', name: problem.action.name, due: problem.action.due ?? null };
    }
}

function diagnosticRef(d: DiagnosticRecord): object {
    return { file: d.file, line: d.line, column: d.column, code: d.code };
}

function unitName(unit: UnitRef | Named | undefined): string | null {
    return unit?.name ?? null;
}

function pointsOf([execution, output, benefit, satisfaction]: readonly [number, number, number, number]) {
    return { execution, output, benefit, satisfaction };
}
