/**
 * The `explain` tool of `pbm mcp`: the arithmetic behind one figure of a
 * plan, written out with the plan's own numbers. Every number — the inputs
 * and the result — is read from the figures module (`Figures.ofPlan`); this
 * file only writes the formula the figures module applied beside them, so
 * an agent can show a planner where a percentage comes from. It computes
 * nothing itself.
 */
import type { BudgetFigures, GoalFigures, KpiFigures, PlanFigures } from 'pbm-language';

export const FIGURE_KINDS = ['kpi-achievement', 'goal-score', 'budget-execution-rate', 'plan-execution-rate', 'plan-score'] as const;
export type FigureKind = typeof FIGURE_KINDS[number];

export interface Explanation {
    readonly figure: FigureKind;
    /** The KPI, goal or budget line explained, or the plan's name. */
    readonly name: string;
    /** The figure as the figures module computed it (a fraction; the plan score in points); null when there is none. */
    readonly value: number | null;
    /** The rule, in symbols. */
    readonly formula: string;
    /** The rule with the plan's numbers, and the result. */
    readonly arithmetic: string;
    /** Why the rule is the one that applies, what is left out, and similar. */
    readonly notes: readonly string[];
}

/** Thrown for a name the plan does not declare: the message lists the names it does. */
export class UnknownFigureError extends Error {}

export function explainFigure(figures: PlanFigures, figure: FigureKind, name: string | undefined): Explanation {
    switch (figure) {
        case 'kpi-achievement': return explainKpi(figures, pick(figures.goals.flatMap(g => g.kpis), name, 'KPI'));
        case 'goal-score': return explainGoal(pick(figures.goals, name, 'goal'));
        case 'budget-execution-rate': return explainBudget(figures, pick(figures.budgets, name, 'budget line'));
        case 'plan-execution-rate': return explainPlanExecution(figures);
        case 'plan-score': return explainPlanScore(figures);
    }
}

function pick<T extends { readonly name: string }>(items: readonly T[], name: string | undefined, what: string): T {
    const found = items.find(item => item.name === name);
    if (found) return found;
    const known = items.map(item => item.name).join(', ') || 'none';
    throw new UnknownFigureError(name
        ? `the plan has no ${what} named '${name}'; its ${what}s: ${known}`
        : `name the ${what} to explain; the plan's ${what}s: ${known}`);
}

function explainKpi(figures: PlanFigures, kpi: KpiFigures): Explanation {
    const base = { figure: 'kpi-achievement' as const, name: kpi.name, value: kpi.achievement };
    if (kpi.qualitative) {
        const level = kpi.latestLevel;
        return {
            ...base,
            formula: 'achievement = score of the latest graded measure (achieved 80–100%, partial 60–80%, missed 0–60%)',
            arithmetic: level ? `latest grade ${level.level} on ${level.date.iso}, score ${percent(level.score)} → achievement ${percentOrNone(kpi.achievement)}` : 'no graded measure up to the reporting date → no achievement',
            notes: [`qualitative target "${kpi.targetText ?? ''}"`]
        };
    }
    const { actual, baseline, target, direction } = kpi;
    const latest = kpi.measures.at(-1);
    const notes = [
        latest ? `actual = the latest measure up to the reporting date (${latest.date.iso})` : 'no measure up to the reporting date: no achievement, scored as 0',
        'the goal score counts the achievement capped to 0–100%'
    ];
    if (direction === undefined || target === undefined) {
        return { ...base, formula: 'achievement needs a numeric target', arithmetic: 'no numeric target → no achievement', notes };
    }
    const value = percentOrNone(kpi.achievement);
    if (direction === '=') {
        return {
            ...base, notes,
            formula: 'achievement = 1 − |actual − target| / |target|',
            arithmetic: actual === null ? `no actual → ${value}` : `1 − |${num(actual)} − ${num(target)}| / |${num(target)}| = ${value}`
        };
    }
    if (figures.profile === 'enterprise' && baseline !== undefined) {
        const [numerator, span] = direction === '>=' ? ['actual − baseline', 'target − baseline'] : ['baseline − actual', 'baseline − target'];
        const filled = (text: string) => text.replace('actual', actual === null ? 'actual' : num(actual)).replace('baseline', num(baseline)).replace('target', num(target));
        return {
            ...base,
            notes: [...notes, `progress scoring (enterprise profile, target ${direction} ${num(target)}, baseline ${num(baseline)})`],
            formula: `achievement = (${numerator}) / (${span})`,
            arithmetic: actual === null ? `no actual → ${value}` : `(${filled(numerator)}) / (${filled(span)}) = ${value}`
        };
    }
    const [top, bottom] = direction === '>=' ? ['actual', 'target'] : ['target', 'actual'];
    const filled = (text: string) => text === 'actual' ? (actual === null ? 'actual' : num(actual)) : num(target);
    return {
        ...base,
        notes: [...notes, `ratio scoring (${figures.profile === 'government' ? 'government profile' : 'no baseline'}, target ${direction} ${num(target)})`],
        formula: `achievement = ${top} / ${bottom}`,
        arithmetic: actual === null ? `no actual → ${value}` : `${filled(top)} / ${filled(bottom)} = ${value}`
    };
}

function explainGoal(goal: GoalFigures): Explanation {
    const terms = goal.kpis.map(k => `${num(k.weight)} × ${num(k.scoredAchievement)}`);
    return {
        figure: 'goal-score', name: goal.name, value: goal.score,
        formula: 'goal score = Σ (KPI weight × KPI achievement capped to 0–100%)',
        arithmetic: `${terms.join(' + ') || '0'} = ${percent(goal.score)}`,
        notes: goal.kpis.map(k => `${k.name}: weight ${percent(k.weight)}, achievement ${percentOrNone(k.achievement)} → counted ${percent(k.scoredAchievement)}`)
    };
}

function explainBudget(figures: PlanFigures, budget: BudgetFigures): Explanation {
    const spends = budget.spends.map(s => num(s.value));
    return {
        figure: 'budget-execution-rate', name: budget.name, value: budget.executionRate,
        formula: 'execution rate = spent / amount (spent: the spends up to the reporting date)',
        arithmetic: budget.amount === undefined || budget.executionRate === null
            ? `amount ${budget.amount === undefined ? 'not given' : num(budget.amount)} → no execution rate`
            : `(${spends.join(' + ') || '0'}) / ${num(budget.amount)} = ${num(budget.spent)} / ${num(budget.amount)} = ${percent(budget.executionRate)}`,
        notes: [
            ...budget.spends.map(s => `spend of ${num(s.value)} ${figures.currency} on ${s.date.iso}`),
            ...(figures.asOf ? [`reporting date ${figures.asOf.iso}`] : [])
        ]
    };
}

function explainPlanExecution(figures: PlanFigures): Explanation {
    return {
        figure: 'plan-execution-rate', name: figures.name, value: figures.executionRate,
        formula: 'plan execution rate = Σ spent of the budget lines / Σ their amounts',
        arithmetic: figures.executionRate === null
            ? `allocated ${num(figures.allocated)} → no execution rate`
            : `${num(figures.spent)} / ${num(figures.allocated)} = ${percent(figures.executionRate)}`,
        notes: figures.budgets.map(b => `${b.name}: spent ${num(b.spent)} of ${b.amount === undefined ? 'no amount' : num(b.amount)} ${figures.currency}`)
    };
}

function explainPlanScore(figures: PlanFigures): Explanation {
    const government = figures.government;
    if (government) {
        const parts = (['execution', 'output', 'benefit', 'satisfaction'] as const).filter(part => government[part] !== null);
        return {
            figure: 'plan-score', name: figures.name, value: figures.score,
            formula: 'score = Σ over execution, output, benefit, satisfaction of (points of the part × its achievement); parts without data leave their points to the others',
            arithmetic: `${parts.map(part => `${num(government.maxPoints[part])} × ${num(government[part]!)}`).join(' + ') || '0'} = ${num(figures.score)} points (${figures.grade})`,
            notes: parts.map(part => `${part}: ${percent(government[part]!)} of ${num(government.maxPoints[part])} points = ${num(government.points[part])}`)
        };
    }
    return {
        figure: 'plan-score', name: figures.name, value: figures.score,
        formula: 'score = 100 × Σ (goal weight × goal score)',
        arithmetic: `100 × (${figures.goals.map(g => `${num(g.weight)} × ${num(g.score)}`).join(' + ') || '0'}) = ${num(figures.score)} points (${figures.grade})`,
        notes: figures.goals.map(g => `${g.name}: weight ${percent(g.weight)}, score ${percent(g.score)}`)
    };
}

/** A number as written in the arithmetic: at most 6 significant digits, no exponent for plan-sized numbers. */
function num(value: number): string {
    return String(Number(value.toPrecision(6)));
}

function percent(fraction: number): string {
    return `${num(fraction * 100)}%`;
}

function percentOrNone(fraction: number | null): string {
    return fraction === null ? 'none' : percent(fraction);
}
