/**
 * 7 Appendix (附录): every budget line, checkpoint (summarised), the data
 * points to complete in plain words, the checker's full list for the
 * auditor, and how the figures are computed.
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import { CODE_INFO } from '../diagnostics/codes.js';
import type { DocumentContext } from './document-context.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';
import { labelOf } from './report-model.js';
import { budgetAmountText } from './section-monitoring.js';

export function appendixSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const blocks: Block[] = [
        { kind: 'section', id: 'appendix-budgets', title: t.subsection(n, 1, t.appendix.budgets), blocks: budgetTable(ctx) },
        { kind: 'section', id: 'appendix-checkpoints', title: t.subsection(n, 2, t.appendix.checkpoints), blocks: checkpointTable(ctx) },
        { kind: 'section', id: 'appendix-data', title: t.subsection(n, 3, t.appendix.dataQuality), blocks: dataQuality(ctx) },
        { kind: 'section', id: 'appendix-diagnostics', title: t.subsection(n, 4, t.appendix.diagnostics), blocks: diagnosticTable(ctx) },
        {
            kind: 'section', id: 'appendix-method', title: t.subsection(n, 5, t.appendix.method),
            blocks: [{ kind: 'list', items: t.appendix.methodNotes(ctx.government).map(note => [note]) }]
        }
    ];
    return { kind: 'section', id: 'appendix', title: t.section(n, t.sections.appendix), blocks };
}

function budgetTable(ctx: DocumentContext): Block[] {
    const { t, f } = ctx;
    const { budgets, figures, plan } = ctx.model;
    if (budgets.length === 0) return [{ kind: 'paragraph', content: [t.appendix.noBudgets] }];
    return [{ kind: 'paragraph', content: [t.appendix.budgetsIntro] }, {
        kind: 'table',
        columns: [
            { title: t.columns.budgetLine }, { title: t.columns.category, nowrap: true }, { title: t.columns.owner }, { title: t.columns.funds },
            { title: t.columns.amount, numeric: true, wrap: true }, { title: t.columns.spent, numeric: true, wrap: true },
            { title: t.columns.executionRate, numeric: true, wrap: true }
        ],
        rows: budgets.map(budget => [
            ctx.link(budget),
            budget.figures.category ? t.category[budget.figures.category] ?? budget.figures.category : t.none,
            ctx.unitText(budget.owner),
            budget.funds.length > 0 ? budget.funds.map(share => `${labelOf(share.goal)}${t.paren(f.percent(share.share))}`).join('\n') : t.none,
            budgetAmountText(ctx, budget.figures), f.amount(budget.figures.spent),
            ctx.alertCell(f.percent(budget.figures.executionRate), budget.executionAlert)
        ]),
        foot: [
            { text: t.appendix.total, strong: true }, '', '', '',
            { text: f.amount(figures.allocated), strong: true }, { text: f.amount(figures.spent), strong: true },
            ctx.alertCell(f.percent(figures.executionRate), plan.executionAlert)
        ]
    }];
}

/**
 * One row per checkpoint — its entries counted, its spending totalled, the
 * entries without a source — rather than one per measure and spend: a plan
 * of a whole organisation records tens of thousands of entries. The JSON
 * report lists every entry.
 */
function checkpointTable(ctx: DocumentContext): Block[] {
    const { t, f } = ctx;
    const { checkpoints } = ctx.model;
    if (checkpoints.length === 0) return [{ kind: 'paragraph', content: [t.appendix.noCheckpoints] }];
    const count = (n: number): string => String(n);
    return [
        { kind: 'paragraph', content: [t.appendix.checkpointsNote], muted: true },
        {
            kind: 'table',
            columns: [
                { title: t.columns.checkpoint }, { title: t.columns.date, nowrap: true }, { title: t.columns.measures, numeric: true },
                { title: t.columns.spends, numeric: true }, { title: t.columns.spendingRecorded, numeric: true }, { title: t.columns.unsourced, numeric: true }
            ],
            rows: checkpoints.map(({ name, date, totals }) => [
                name, f.date(date), count(totals.measures), count(totals.spends), f.amount(totals.spent),
                totals.unsourced > 0 ? { text: count(totals.unsourced), tone: 'warning' } : count(totals.unsourced)
            ])
        }
    ];
}

/**
 * The checker's points about the data — measures and spends without a
 * source, missing, out of period, implausible — and errors in the plan file,
 * counted in plain words. The problem analysis points here with the same total.
 */
export function dataPointCount(ctx: DocumentContext): number {
    return dataDiagnostics(ctx.model.diagnostics).length;
}

function dataDiagnostics(diagnostics: readonly DiagnosticRecord[]): DiagnosticRecord[] {
    return diagnostics.filter(d => isPlanError(d) || familyOf(d.code) === 'data-quality');
}

function familyOf(code: string): string | undefined {
    return (CODE_INFO as Readonly<Record<string, { family: string } | undefined>>)[code]?.family;
}

/** An error in the plan file itself (syntax, names, imports): its figures may be incomplete. */
function isPlanError(d: DiagnosticRecord): boolean {
    return d.severity === 'error' && (familyOf(d.code) ?? 'core') === 'core';
}

/** How many items a data point names before "…". */
const DATA_ITEMS = 5;

function dataQuality(ctx: DocumentContext): Block[] {
    const { t } = ctx;
    const points = dataDiagnostics(ctx.model.diagnostics);
    if (points.length === 0) return [{ kind: 'paragraph', content: [t.appendix.noDataPoints] }];
    const items: Inline[][] = [];
    const errors = points.filter(isPlanError).length;
    if (errors > 0) items.push([t.appendix.planErrors(errors)]);
    const byCode = new Map<string, DiagnosticRecord[]>();
    for (const d of points.filter(d => !isPlanError(d))) byCode.set(d.code, [...byCode.get(d.code) ?? [], d]);
    let other = 0;
    const titles = titlesByName(ctx);
    for (const [code, list] of byCode) {
        const words = t.appendix.dataPoints[code];
        if (words) items.push([words(list.length), ...itemsConcerned(ctx, list, titles)]);
        else other += list.length;
    }
    if (other > 0) items.push([t.appendix.dataOther(other)]);
    return [{ kind: 'paragraph', content: [t.appendix.dataQualityIntro] }, { kind: 'list', items }];
}

/**
 * The KPIs and budget lines a data point is about, by title (the checker's
 * message names them by identifier), each linked to the line to complete.
 */
function itemsConcerned(ctx: DocumentContext, list: readonly DiagnosticRecord[], titles: ReadonlyMap<string, string>): Inline[] {
    const named = list.flatMap(d => typeof d.args.name === 'string' ? [{ d, title: titles.get(d.args.name) ?? d.args.name }] : []);
    if (named.length === 0) return [];
    const { t } = ctx;
    const spans: Inline[] = named.slice(0, DATA_ITEMS).flatMap(({ d, title }, i) => [
        ...(i > 0 ? [t.listSeparator] : []), { text: title, source: { uri: d.file, line: d.line } }
    ]);
    if (named.length > DATA_ITEMS) spans.push(t.andMore);
    const [open, close] = t.appendix.dataItems;
    return [open, ...spans, close];
}

function titlesByName(ctx: DocumentContext): Map<string, string> {
    const titles = new Map<string, string>();
    for (const budget of ctx.model.budgets) titles.set(budget.name, labelOf(budget));
    for (const goal of ctx.model.goals) for (const kpi of goal.kpis) titles.set(kpi.name, labelOf(kpi));
    return titles;
}

/** Every diagnostic, for the auditor: what and where (the editor's view links each to its line), the code last. */
function diagnosticTable(ctx: DocumentContext): Block[] {
    const { t, f } = ctx;
    const { diagnostics } = ctx.model;
    if (diagnostics.length === 0) return [{ kind: 'paragraph', content: [t.appendix.noDiagnostics] }];
    // Hints count with infos: both are 提示 in Chinese.
    const count = (...severities: string[]) => diagnostics.filter(d => severities.includes(d.severity)).length;
    const bySeverity = t.countList([
        [t.diagnosticSeverity.error, count('error')], [t.diagnosticSeverity.warning, count('warning')], [t.diagnosticSeverity.info, count('info', 'hint')]
    ], t.itemUnit);
    return [{ kind: 'paragraph', content: [t.appendix.diagnosticsIntro(diagnostics.length, bySeverity)] }, {
        kind: 'table',
        columns: [{ title: t.columns.severity, nowrap: true }, { title: t.columns.message }, { title: t.columns.location }, { title: t.columns.code, nowrap: true }],
        rows: diagnostics.map(d => [
            { text: t.diagnosticSeverity[d.severity], tone: d.severity }, f.datesIn(d.message),
            { text: t.appendix.location(d.file, d.line), source: { uri: d.file, line: d.line } }, d.code
        ])
    }];
}
