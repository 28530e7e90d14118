/**
 * 5 Improvement measures (改进措施) and 6 Outlook (未来规划): a few
 * sentences on where things stand, then the table.
 */
import type { DocumentContext } from './document-context.js';
import type { Block, SectionBlock } from './report-blocks.js';
import { labelOf, type ActionReport } from './report-model.js';

const ACTION_STATES: ReadonlyArray<ActionReport['status']> = ['done', 'open', 'dropped'];

export function measuresSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t, f } = ctx;
    const actions = ctx.model.actions;
    const blocks: Block[] = [];
    if (actions.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.measures.none] });
    } else {
        const present = ACTION_STATES.filter(status => actions.some(a => a.status === status));
        const statuses = t.countList(present.map(status => [t.actionStatus[status], actions.filter(a => a.status === status).length] as const), t.itemUnit);
        const sentences = [t.measures.summary(actions.length, statuses, present.length === 1 ? t.actionStatus[present[0]] : undefined)];
        const overdue = actions.filter(a => a.overdue);
        if (overdue.length > 0) sentences.push(t.measures.overdue(t.join(overdue.map(a => `${t.quote(labelOf(a))}${t.paren(f.date(a.due))}`))));
        blocks.push({ kind: 'paragraph', content: [t.sentences(sentences)] });
        blocks.push({ kind: 'paragraph', content: [t.measures.tableIntro] });
        blocks.push({
            kind: 'table',
            columns: [{ title: t.columns.action }, { title: t.columns.addresses }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.status, nowrap: true }],
            rows: actions.map(action => [
                ctx.link(action), action.finding ? labelOf(action.finding) : t.none, ctx.unitText(action.owner), f.date(action.due),
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
    const owners = [...new Set(items.flatMap(item => item.owner ? [labelOf(item.owner)] : []))];
    const blocks: Block[] = items.length === 0
        ? [{ kind: 'paragraph', content: [t.outlook.none] }]
        : [{ kind: 'paragraph', content: [t.outlook.intro(items.length, t.join(owners))] }, {
            kind: 'table',
            columns: [{ title: t.columns.outlookItem }, { title: t.columns.owner }, { title: t.columns.due, nowrap: true }, { title: t.columns.plannedBudget, numeric: true }],
            rows: items.map(item => [labelOf(item), ctx.unitText(item.owner), f.date(item.due), f.amount(item.budget)])
        }];
    return { kind: 'section', id: 'outlook', title: t.section(n, t.sections.outlook), blocks };
}
