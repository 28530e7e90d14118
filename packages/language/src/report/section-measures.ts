/**
 * 4 Improvement measures (改进措施) and 5 Outlook (未来规划).
 */
import type { DocumentContext } from './document-context.js';
import type { Block, SectionBlock } from './report-blocks.js';
import { labelOf } from './report-model.js';

export function measuresSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t, f } = ctx;
    const actions = ctx.model.actions;
    const blocks: Block[] = [];
    if (actions.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.measures.none] });
    } else {
        const count = (status: string) => actions.filter(a => a.status === status).length;
        blocks.push({
            kind: 'paragraph',
            content: [t.measures.summary(actions.length, count('done'), count('open'), actions.filter(a => a.overdue).length, count('dropped'))]
        });
        blocks.push({
            kind: 'table',
            columns: [{ title: t.columns.action }, { title: t.columns.addresses }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.status }],
            rows: actions.map(action => [
                labelOf(action), action.finding ? labelOf(action.finding) : t.none, ctx.unitText(action.owner), f.date(action.due),
                { text: ctx.actionStatusText(action), tone: action.overdue ? 'overdue' : action.status === 'done' ? 'achieved' : undefined }
            ])
        });
    }
    const unaddressed = ctx.model.findings.filter(finding => finding.actions.length === 0);
    if (unaddressed.length > 0) {
        blocks.push({ kind: 'paragraph', content: [{ text: t.measures.unaddressed(t.join(unaddressed.map(x => t.quote(labelOf(x))))), tone: 'warning' }] });
    }
    return { kind: 'section', id: 'measures', title: t.section(n, t.sections.measures), blocks };
}

export function outlookSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t, f } = ctx;
    const items = ctx.model.outlook;
    const blocks: Block[] = items.length === 0
        ? [{ kind: 'paragraph', content: [t.outlook.none] }]
        : [{
            kind: 'table',
            columns: [{ title: t.columns.outlookItem }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.plannedBudget, numeric: true }],
            rows: items.map(item => [labelOf(item), ctx.unitText(item.owner), f.date(item.due), f.amount(item.budget)])
        }];
    return { kind: 'section', id: 'outlook', title: t.section(n, t.sections.outlook), blocks };
}

