/**
 * The one status rule (LANGUAGE.md §6, §8.6; issue #19): every surface —
 * hover, code lens, inlay hints, report, JSON, forms — reads the status
 * computed here, never its own.
 *
 * Before a KPI's due date:
 * - `not-started` without a measure; `achieved` at or above the target;
 * - else by the lag behind the calendar: `on-track` (≤ kpi lag warning),
 *   `at-risk` (≤ twice that), `off-track`;
 * - a KPI whose trend misses its target (`kpi-off-track` fires) is never
 *   `on-track` or `achieved`: it is at least `at-risk`.
 * At and after its due date (its goal's `due`, else the plan's end):
 * `achieved` (≥ 100%), `mostly-achieved` (≥ `mostly achieved`, 80%),
 * `not-achieved` (below, or no measure).
 *
 * A goal's status is its worst scored KPI's; a goal none of whose KPIs is
 * measured yet but on which money has been spent is `unmeasured` ("spending,
 * no measures yet"), not `not-started`.
 */
export type KpiStatus = 'achieved' | 'mostly-achieved' | 'not-achieved' | 'on-track' | 'at-risk' | 'off-track' | 'not-started';
export type GoalStatus = KpiStatus | 'unmeasured';

export interface StatusInput {
    /** Uncapped achievement; null without a measure. */
    readonly achievement: number | null;
    readonly lag: number | null;
    /** asOf on or after the KPI's due date. */
    readonly pastDue: boolean;
    /** The trend misses the target while the goal runs (`kpi-off-track`). */
    readonly offTrack: boolean;
    readonly lagWarning: number;
    readonly mostlyAchieved: number;
}

export function kpiStatusOf(input: StatusInput): KpiStatus {
    const { achievement, lag, lagWarning } = input;
    if (input.pastDue) {
        if (achievement !== null && achievement >= 1) return 'achieved';
        return achievement !== null && achievement >= input.mostlyAchieved ? 'mostly-achieved' : 'not-achieved';
    }
    if (achievement === null) return 'not-started';
    const byLag: KpiStatus = achievement >= 1 ? 'achieved'
        : lag === null || lag <= lagWarning ? 'on-track'
            : lag <= 2 * lagWarning ? 'at-risk' : 'off-track';
    return input.offTrack && (byLag === 'achieved' || byLag === 'on-track') ? 'at-risk' : byLag;
}

/** Worst first: a goal takes the lowest-ranked status of its scored KPIs. */
export const STATUS_RANK: Readonly<Record<KpiStatus, number>> = {
    'off-track': 0, 'not-achieved': 0, 'at-risk': 1, 'not-started': 2, 'mostly-achieved': 3, 'on-track': 3, 'achieved': 4
};

/** Every status a goal can have, in the order reports list them (best first). */
export const GOAL_STATUSES: readonly GoalStatus[] = [
    'achieved', 'mostly-achieved', 'on-track', 'at-risk', 'off-track', 'not-achieved', 'unmeasured', 'not-started'
];

/**
 * The worst status of the goal's scored KPIs (`weight > 0`); `not-started`
 * when none is scored — or `unmeasured` when none is measured yet while the
 * goal's money is being spent.
 */
export function goalStatusOf(kpis: ReadonlyArray<{ readonly weight: number; readonly status: KpiStatus }>, spent: number): GoalStatus {
    const scored = kpis.filter(k => k.weight > 0);
    const worst = scored.length === 0 ? 'not-started'
        : scored.map(k => k.status).reduce((w, status) => STATUS_RANK[status] < STATUS_RANK[w] ? status : w);
    return worst === 'not-started' && spent > 0 && scored.every(k => k.status === 'not-started') ? 'unmeasured' : worst;
}
