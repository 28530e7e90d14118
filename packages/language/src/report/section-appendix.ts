/**
 * 6 Appendix (附录): every budget line, checkpoint entry and diagnostic, and
 * how the figures are computed.
 */
import { kindNoun } from '../i18n/terms.js';
import type { DocumentContext } from './document-context.js';
import type { Block, Cell, SectionBlock } from './report-blocks.js';
import { labelOf } from './report-model.js';

export function appendixSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const blocks: Block[] = [
        { kind: 'section', id: 'appendix-budgets', title: t.subsection(n, 1, t.appendix.budgets), blocks: [budgetTable(ctx)] },
        { kind: 'section', id: 'appendix-checkpoints', title: t.subsection(n, 2, t.appendix.checkpoints), blocks: [checkpointTable(ctx)] },
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
            f.amount(budget.figures.amount), f.amount(budget.figures.spent),
            ctx.alertCell(f.percent(budget.figures.executionRate), budget.executionAlert)
        ]),
        foot: [
            { text: t.appendix.total, strong: true }, '', '', '',
            { text: f.amount(figures.allocated), strong: true }, { text: f.amount(figures.spent), strong: true },
            ctx.alertCell(f.percent(figures.executionRate), plan.executionAlert)
        ]
    };
}

function checkpointTable(ctx: DocumentContext): Block {
    const { t, f } = ctx;
    const { checkpoints } = ctx.model;
    if (checkpoints.length === 0) return { kind: 'paragraph', content: [t.appendix.noCheckpoints] };
    const rows: Cell[][] = [];
    for (const checkpoint of checkpoints) {
        checkpoint.entries.forEach((entry, i) => {
            const noun = capitalise(kindNoun(ctx.model.lang, entry.kind === 'measure' ? 'Kpi' : 'Budget'));
            const value = entry.kind === 'spend'
                ? f.amount(entry.value)
                : entry.level ? f.level(entry.level, entry.score) : f.quantity(entry.value, entry.unit);
            rows.push([
                i === 0 ? checkpoint.name : '', i === 0 ? f.date(checkpoint.date) : '',
                `${noun}: ${labelOf(entry.item)}`, value, entry.source ?? { text: t.none, tone: 'warning' }
            ]);
        });
    }
    return {
        kind: 'table',
        columns: [{ title: t.columns.checkpoint }, { title: t.columns.date, nowrap: true }, { title: t.columns.item }, { title: t.columns.value, numeric: true }, { title: t.columns.source }],
        rows
    };
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

function capitalise(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
