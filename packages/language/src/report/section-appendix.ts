/**
 * 6 Appendix (附录): every budget line, checkpoint (summarised) and
 * diagnostic, and how the figures are computed.
 */
import type { DocumentContext } from './document-context.js';
import type { Block, SectionBlock } from './report-blocks.js';
import { labelOf } from './report-model.js';
import { budgetAmountText } from './section-monitoring.js';

export function appendixSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const blocks: Block[] = [
        { kind: 'section', id: 'appendix-budgets', title: t.subsection(n, 1, t.appendix.budgets), blocks: [budgetTable(ctx)] },
        { kind: 'section', id: 'appendix-checkpoints', title: t.subsection(n, 2, t.appendix.checkpoints), blocks: checkpointTable(ctx) },
        { kind: 'section', id: 'appendix-diagnostics', title: t.subsection(n, 3, t.appendix.diagnostics), blocks: [diagnosticTable(ctx)] },
        {
            kind: 'section', id: 'appendix-method', title: t.subsection(n, 4, t.appendix.method),
            blocks: [{ kind: 'list', items: t.appendix.methodNotes(ctx.government).map(note => [note]) }]
        }
    ];
    return { kind: 'section', id: 'appendix', title: t.section(n, t.sections.appendix), blocks };
}

function budgetTable(ctx: DocumentContext): Block {
    const { t, f } = ctx;
    const { budgets, figures, plan } = ctx.model;
    if (budgets.length === 0) return { kind: 'paragraph', content: [t.appendix.noBudgets] };
    return {
        kind: 'table',
        columns: [
            { title: t.columns.budgetLine }, { title: t.columns.category }, { title: t.columns.owner }, { title: t.columns.funds },
            { title: t.columns.amount, numeric: true }, { title: t.columns.spent, numeric: true }, { title: t.columns.executionRate, numeric: true }
        ],
        rows: budgets.map(budget => [
            labelOf(budget),
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
    };
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

function diagnosticTable(ctx: DocumentContext): Block {
    const { t } = ctx;
    const { diagnostics } = ctx.model;
    if (diagnostics.length === 0) return { kind: 'paragraph', content: [t.appendix.noDiagnostics] };
    return {
        kind: 'table',
        columns: [{ title: t.columns.severity }, { title: t.columns.code, nowrap: true }, { title: t.columns.location }, { title: t.columns.message }],
        rows: diagnostics.map(d => [
            { text: t.diagnosticSeverity[d.severity], tone: d.severity }, d.code, `${d.file}:${d.line}:${d.column}`, d.message
        ])
    };
}
