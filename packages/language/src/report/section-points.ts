/**
 * The points of a points-scored plan as the self-evaluation form shows them
 * (LANGUAGE.md §8.2, 8.3): one row for budget execution and one per
 * indicator with its points, computed and awarded points; and the leniency
 * view — every row where the evaluator's award differs from what the row
 * earns, with the award's reason.
 */
import type { KpiFigures } from '../figures/figures.js';
import { formatNumber } from '../i18n/format.js';
import type { DocumentContext } from './document-context.js';
import type { Block, Cell } from './report-blocks.js';
import { labelOf, type KpiReport } from './report-model.js';
import { resultText } from '../i18n/result-text.js';

/** A difference below this is rounding, not a different award (forms write points with up to two decimals). */
const SAME_POINTS = 0.005;

/** Points as forms write them: up to two decimals (14.86, 13, 9.9). */
export function pointsText(ctx: DocumentContext, value: number | null): string {
    return value === null ? ctx.t.none : formatNumber(ctx.model.lang, value, 2);
}

interface PointsRow {
    readonly label: string;
    readonly target: string;
    readonly actual: string;
    readonly points: number;
    readonly earned: number;
    readonly awarded: number | null;
    readonly met: boolean;
    readonly reason?: string;
}

export function pointsBlocks(ctx: DocumentContext): Block[] {
    const { figures } = ctx.model;
    if (figures.scoring !== 'points' || !figures.execution) return [];
    return [...pointsTable(ctx), ...leniencyView(ctx)];
}

/** A KPI's name as the tables show it: its title, ★ for a core indicator. */
export function kpiLabel(ctx: DocumentContext, kpi: KpiReport): string {
    return kpi.figures.core ? `${resultText(ctx.model.lang).core} ${labelOf(kpi)}` : labelOf(kpi);
}

function rows(ctx: DocumentContext): PointsRow[] {
    const { figures } = ctx.model;
    const { f } = ctx;
    const r = resultText(ctx.model.lang);
    const execution = figures.execution!;
    const rate = figures.executionRate;
    const result: PointsRow[] = [{
        label: r.executionRow, target: f.percent(1), actual: f.percent(rate),
        points: execution.points, earned: execution.earned, awarded: execution.awarded,
        met: rate !== null && rate >= 1, reason: figures.awards.execution?.reason
    }];
    for (const goal of ctx.model.goals) {
        for (const kpi of goal.kpis) result.push(kpiRow(ctx, kpi, kpi.figures));
    }
    return result;
}

function kpiRow(ctx: DocumentContext, kpi: KpiReport, k: KpiFigures): PointsRow {
    return {
        label: kpiLabel(ctx, kpi), target: ctx.f.target(k), actual: ctx.f.actual(k),
        points: Math.max(0, k.points ?? 0), earned: k.earned ?? 0, awarded: k.awarded,
        met: k.achievement !== null && k.achievement >= 1, reason: k.awardReason
    };
}

function pointsTable(ctx: DocumentContext): Block[] {
    const { figures } = ctx.model;
    const { f } = ctx;
    const r = resultText(ctx.model.lang);
    const awards = figures.awardedScore !== null;
    const all = rows(ctx);
    const points = (value: number | null): string => pointsText(ctx, value);
    return [
        { kind: 'paragraph', content: [{ text: r.pointsTitle, strong: true }] },
        {
            kind: 'table',
            columns: [
                // 指标值 are numbers, dates and texts on the forms: left-aligned like the form.
                { title: r.columns.indicator }, { title: r.columns.target }, { title: r.columns.actual },
                { title: r.columns.points, numeric: true }, { title: r.columns.earned, numeric: true },
                ...(awards ? [{ title: r.columns.awarded, numeric: true }] : [])
            ],
            rows: all.map(row => [
                row.label, row.target, row.actual, points(row.points), points(row.earned), ...(awards ? [points(row.awarded)] : [])
            ]),
            foot: [
                ctx.t.overview.total, '', '', points(all.reduce((sum, row) => sum + row.points, 0)),
                { text: points(figures.score), strong: true },
                ...(awards ? [{ text: points(figures.awardedScore), strong: true } as Cell] : [])
            ]
        },
        { kind: 'paragraph', muted: true, content: [r.pointsNote(f.score(figures.execution!.points))] }
    ];
}

function leniencyView(ctx: DocumentContext): Block[] {
    if (ctx.model.figures.awardedScore === null) return [];
    const { t } = ctx;
    const r = resultText(ctx.model.lang);
    const points = (value: number): string => pointsText(ctx, value);
    const differing = rows(ctx).filter(row => row.awarded !== null && Math.abs(row.awarded - row.earned) >= SAME_POINTS);
    const heading: Block = { kind: 'paragraph', content: [{ text: r.leniencyTitle, strong: true }] };
    if (differing.length === 0) return [heading, { kind: 'paragraph', content: [r.leniencyNone] }];
    return [
        heading,
        { kind: 'paragraph', muted: true, content: [r.leniencyNote] },
        {
            kind: 'table',
            columns: [
                { title: r.columns.indicator }, { title: r.columns.points, numeric: true }, { title: r.columns.earned, numeric: true },
                { title: r.columns.awarded, numeric: true }, { title: r.columns.difference, numeric: true },
                { title: r.columns.result }, { title: r.columns.reason }
            ],
            rows: differing.map(row => {
                const difference = row.awarded! - row.earned;
                // Full marks for a missed target is the lenient case a reviewer looks for.
                const lenient = !row.met && row.awarded! >= row.points - SAME_POINTS;
                return [
                    row.label, points(row.points), points(row.earned), points(row.awarded!),
                    { text: `${difference > 0 ? '+' : ''}${points(difference)}`, tone: difference > 0 ? 'warning' : undefined },
                    lenient ? { text: r.lenient, tone: 'off-track' } : row.met ? r.met : r.missed,
                    row.reason ?? t.none
                ];
            })
        }
    ];
}
