/**
 * The four common problems of budget performance management under which the
 * report's problem analysis (问题分析) groups review findings and the plan
 * checks' diagnostics. Every diagnostic code and every finding cause maps to
 * exactly one group (the `Record` type makes the compiler check that no code
 * is left out); docs/report.md explains the map.
 */
import type { DiagnosticCode } from '../diagnostics/codes.js';

export type ProblemGroup = 'targets' | 'budget' | 'data' | 'communication';

/** In the order the report shows them. */
export const PROBLEM_GROUPS: readonly ProblemGroup[] = ['targets', 'budget', 'data', 'communication'];

/**
 * - targets (目标设定不合理): SMART problems of goals and KPIs, and KPIs
 *   falling behind — a KPI far behind the calendar is the first sign of a
 *   target set out of reach (or of a plan that does not lead to it);
 * - budget (预算分配不均衡): money that does not follow the goals, and
 *   spending out of step with the calendar;
 * - data (数据不准确): the quality of measures and spends, and errors in the
 *   plan file itself, which make its figures unreliable;
 * - communication (沟通协调不畅): ownership and follow-up — goals without an
 *   owner, findings nobody acts on, incomplete or overdue actions, misses
 *   nobody explained.
 */
const GROUP_OF_CODE: Readonly<Record<DiagnosticCode, ProblemGroup>> = {
    'syntax-error': 'data',
    'unresolved-reference': 'data',
    'duplicate-name': 'data',
    'duplicate-property': 'data',
    'invalid-date': 'data',
    'import-not-found': 'data',
    'import-not-pbm': 'data',
    'import-outside-workspace': 'data',
    'plan-missing': 'data',
    'plan-period-invalid': 'data',
    'rule-invalid': 'data',
    'affects-ambiguous': 'data',
    'goal-missing-owner': 'communication',
    'goal-missing-description': 'targets',
    'goal-vague': 'targets',
    'goal-without-kpi': 'targets',
    'kpi-missing-target': 'targets',
    'kpi-missing-unit': 'targets',
    'kpi-missing-baseline': 'targets',
    'kpi-missing-formula': 'targets',
    'kpi-qualitative': 'targets',
    'kpi-zero-target': 'targets',
    'target-direction-conflict': 'targets',
    'target-already-met': 'targets',
    'target-too-ambitious': 'targets',
    'goal-unfunded': 'budget',
    'goal-not-aligned': 'targets',
    'strategy-without-goals': 'targets',
    'perspective-uncovered': 'targets',
    'kpi-count': 'targets',
    'class-missing': 'targets',
    'class-invalid': 'targets',
    'output-indicator-missing': 'targets',
    'goal-missing-due': 'targets',
    'due-outside-period': 'targets',
    'kpi-missing-frequency': 'targets',
    'budget-unlinked': 'budget',
    'allocation-not-100': 'budget',
    'budget-over-total': 'budget',
    'weights-not-100': 'targets',
    'weight-zero': 'targets',
    'funding-priority-mismatch': 'budget',
    'funding-weight-mismatch': 'budget',
    'resource-category-missing': 'budget',
    'adjusted-unexplained': 'communication',
    'sources-not-total': 'budget',
    'overspend': 'budget',
    'budget-execution-lag': 'budget',
    'year-end-execution-low': 'budget',
    'kpi-lag': 'targets',
    'kpi-off-track': 'targets',
    'kpi-wrong-direction': 'targets',
    'goal-overdue': 'targets',
    'measure-missing-source': 'data',
    'measure-outside-period': 'data',
    'measure-after-as-of': 'data',
    'measure-duplicate': 'data',
    'measure-missing': 'data',
    'measure-implausible': 'data',
    'qualitative-score-band': 'data',
    'spend-source-unknown': 'data',
    'finding-without-action': 'communication',
    'action-incomplete': 'communication',
    'action-overdue': 'communication',
    'kpi-missed-unexplained': 'communication',
    'target-date-direction': 'targets',
    'cumulative-direction': 'targets',
    'points-missing': 'targets',
    'points-not-100': 'targets',
    'weight-ignored': 'targets',
    'award-without-points': 'data',
    'award-out-of-range': 'data',
    'duplicate-award': 'data',
    'award-unexplained': 'communication',
    'award-lenient': 'targets',
    'benefit-indicator-missing': 'targets',
    'satisfaction-indicator-missing': 'targets'
};

/**
 * A finding's cause: `external` — the target did not allow for outside
 * conditions; `internal` — how the funded work was organised and executed;
 * `data` and `communication` — their namesakes. A finding without a cause
 * is about a goal's achievement, so it joins the targets.
 */
const GROUP_OF_CAUSE: Readonly<Record<string, ProblemGroup>> = {
    external: 'targets',
    internal: 'budget',
    data: 'data',
    communication: 'communication'
};

/** The group of a diagnostic code; a code this version does not know (a newer server) counts as data. */
export function problemGroupOfCode(code: string): ProblemGroup {
    return (GROUP_OF_CODE as Readonly<Record<string, ProblemGroup>>)[code] ?? 'data';
}

export function problemGroupOfCause(cause: string | undefined): ProblemGroup {
    return (cause && GROUP_OF_CAUSE[cause]) || 'targets';
}
