/**
 * The evaluator's awarded points (LANGUAGE.md §8.3, 得分): `award KPI N` and
 * `award execution N` in reviews. For each row the award of the latest
 * review dated on or before asOf counts; within one review the first award
 * of a row counts (a second one is `duplicate-award`). Where reviews share a
 * date, the later one in the plan's file order counts.
 */
import * as ast from '../generated/ast.js';
import type { PlanModel } from '../model/plan-model.js';
import * as props from '../model/properties.js';
import { parseDate, parseNumber, type CalendarDate } from '../model/values.js';

export type AwardRow = ast.Kpi | 'execution';

export interface AwardFigure {
    readonly node: ast.Award;
    readonly review: ast.Review;
    readonly row: AwardRow;
    readonly value: number;
    readonly reason?: string;
}

export interface AwardFigures {
    /** The awards that count, per KPI. */
    readonly byKpi: ReadonlyMap<ast.Kpi, AwardFigure>;
    /** The award that counts for the execution row. */
    readonly execution?: AwardFigure;
    /** Later awards of a row already awarded in the same review (any review, any date). */
    readonly duplicates: readonly ast.Award[];
    /** Every award written, in plan order. */
    readonly all: readonly ast.Award[];
}

export function collectAwards(model: PlanModel, asOf: CalendarDate | undefined): AwardFigures {
    const byKpi = new Map<ast.Kpi, AwardFigure>();
    let execution: AwardFigure | undefined;
    const duplicates: ast.Award[] = [];
    const all: ast.Award[] = [];
    // Reviews by date (stable: file order among equal dates), so later ones overwrite earlier ones.
    const reviews = model.reviews
        .map((review, index) => ({ review, index, date: parseDate(review.date) }))
        .sort((a, b) => (a.date?.day ?? 0) - (b.date?.day ?? 0) || a.index - b.index);
    for (const { review, date } of reviews) {
        const counts = !asOf || !date || date.day <= asOf.day;
        const seen = new Set<AwardRow>();
        for (const node of props.reviewAwards(review)) {
            all.push(node);
            const row = rowOf(node);
            if (!row) continue;
            if (seen.has(row)) {
                duplicates.push(node);
                continue;
            }
            seen.add(row);
            const value = parseNumber(node.value);
            if (!counts || value === undefined) continue;
            const figure: AwardFigure = { node, review, row, value, reason: node.reason };
            if (row === 'execution') execution = figure;
            else byKpi.set(row, figure);
        }
    }
    all.sort((a, b) => model.reviews.indexOf(a.$container) - model.reviews.indexOf(b.$container));
    return { byKpi, execution, duplicates, all };
}

/** The row an award is for: a KPI, the execution row, or none when its KPI does not resolve. */
export function rowOf(award: ast.Award): AwardRow | undefined {
    return award.execution ? 'execution' : award.kpi?.ref;
}
