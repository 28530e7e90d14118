/**
 * Early warnings and corrections (监控预警及纠偏情况, LANGUAGE.md §8.8): the
 * plan's money (the approved total budget beside what is allocated, initial
 * and adjusted budgets, execution by funding source), the timeline of
 * execution against time elapsed per checkpoint, and every early warning
 * raised at a checkpoint with whether it was corrected by the reporting date.
 * A plan not monitored yet says so. Every number comes from the figures.
 */
import { executionAlert, type BudgetFigures, type PlanFigures } from '../figures/figures.js';
import { monitoringRecord, type CheckpointRecord, type RecordedAlert } from '../figures/monitoring-record.js';
import type * as ast from '../generated/ast.js';
import { fundingSourceName } from '../i18n/funding-sources.js';
import type { TimelineChart } from './chart-timeline.js';
import type { DocumentContext } from './document-context.js';
import { monitoringText, type MonitoringText } from '../i18n/monitoring-text.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';

export function monitoringSection(ctx: DocumentContext, n: number): SectionBlock {
    const mt = monitoringText(ctx.model.lang);
    const { figures } = ctx.model;
    const blocks: Block[] = [...moneyBlocks(ctx, mt)];
    if (!figures.monitored) {
        blocks.unshift({ kind: 'paragraph', content: [{ text: mt.notMonitored, strong: true }] });
    } else {
        const record = monitoringRecord(figures);
        // Checkpoints on one date are one round of monitoring: the same figures, the same alerts, counted once.
        const rounds = record.filter((entry, i) => i === 0 || record[i - 1].date.day !== entry.date.day);
        const alerts = rounds.flatMap(entry => entry.alerts.map(alert => ({ entry, alert })));
        blocks.push({ kind: 'paragraph', content: [mt.intro(rounds.length, alerts.length, alerts.filter(a => a.alert.open).length)] });
        blocks.push({ kind: 'chart', chart: timelineChart(ctx, mt, record) });
        blocks.push(checkpointTable(ctx, mt, record));
        if (alerts.length > 0) {
            blocks.push({ kind: 'paragraph', content: [{ text: mt.alertsTitle, strong: true }] });
            // One sentence per alert (a table of six columns would not fit a phone or A4).
            blocks.push({ kind: 'list', items: alerts.map(({ entry, alert }) => alertItem(ctx, mt, record, entry, alert)) });
        }
    }
    return { kind: 'section', id: 'monitoring', title: ctx.t.section(n, mt.section), blocks };
}

// ---------------------------------------------------------------- money

function moneyBlocks(ctx: DocumentContext, mt: MonitoringText): Block[] {
    const { figures } = ctx.model;
    const { f } = ctx;
    if (figures.budgets.length === 0) return [];
    const adjusted = figures.budgets.filter(line => line.adjusted !== undefined).length;
    const sentences = [mt.money.summary(
        f.amount(figures.allocated), adjusted > 0 ? f.amount(figures.initialAllocated) : undefined,
        f.amount(figures.spent), f.percent(figures.executionRate)
    )];
    if (figures.totalBudget !== undefined && figures.totalBudget > 0) {
        sentences.push(mt.money.total(f.amount(figures.totalBudget), f.percent(figures.spent / figures.totalBudget),
            f.amount(Math.max(0, figures.totalBudget - figures.allocated))));
    }
    if (adjusted > 0) sentences.push(mt.money.adjusted(adjusted));
    const blocks: Block[] = [
        { kind: 'paragraph', content: [{ text: mt.money.title, strong: true }] },
        { kind: 'paragraph', content: [ctx.t.sentences(sentences)] }
    ];
    if (figures.sources.length > 0) {
        const unattributed = figures.budgets.filter(line => line.sources.length > 0).reduce((total, line) => total + line.unattributedSpent, 0);
        blocks.push({ kind: 'paragraph', content: [{ text: mt.money.sourcesTitle, strong: true }] });
        blocks.push({
            kind: 'table',
            columns: [{ title: mt.columns.source }, { title: mt.columns.budget, numeric: true }, { title: mt.columns.spent, numeric: true }, { title: mt.columns.rate, numeric: true }],
            rows: [
                ...figures.sources.map(source => [fundingSourceName(ctx.model.lang, source.source), f.amount(source.amount), f.amount(source.spent), f.percent(source.executionRate)]),
                ...(unattributed > 0 ? [[mt.money.unattributed, ctx.t.none, f.amount(unattributed), ctx.t.none]] : [])
            ]
        });
    }
    return blocks;
}

/** A line's effective budget, with its initial amount under it when it was adjusted (the appendix's amount cell). */
export function budgetAmountText(ctx: DocumentContext, line: BudgetFigures): string {
    const { f } = ctx;
    if (line.adjusted === undefined || line.initialAmount === undefined) return f.amount(line.amount);
    return `${f.amount(line.amount)}\n${ctx.t.paren(monitoringText(ctx.model.lang).money.initially(f.amount(line.initialAmount))).trim()}`;
}

// ---------------------------------------------------------------- record

function timelineChart(ctx: DocumentContext, mt: MonitoringText, record: readonly CheckpointRecord[]): TimelineChart {
    const { f } = ctx;
    const rules = ctx.model.figures.rules;
    return {
        kind: 'timeline',
        title: mt.timeline.title,
        desc: record.map(entry => mt.timeline.desc(entry.name, f.date(entry.date.iso), f.percent(entry.figures.executionRate), f.percent(entry.figures.elapsed))).join(' '),
        points: record.map(entry => ({
            label: entry.name,
            elapsed: entry.figures.elapsed ?? 0,
            rate: entry.figures.executionRate,
            valueLabel: f.percent(entry.figures.executionRate),
            alert: planAlert(entry.figures)
        })),
        thresholds: { yellow: rules.executionLagWarning, red: rules.executionLagError },
        legend: mt.timeline
    };
}

/** The plan-wide spending alert at a checkpoint (the points of the timeline are coloured by it). */
function planAlert(figures: PlanFigures): 'red' | 'yellow' | undefined {
    return figures.atPeriodEnd ? undefined : executionAlert(figures.executionRate, figures.elapsed, figures.rules);
}

function checkpointTable(ctx: DocumentContext, mt: MonitoringText, record: readonly CheckpointRecord[]): Block {
    const { f, t } = ctx;
    return {
        kind: 'table',
        columns: [
            { title: mt.columns.checkpoint }, { title: mt.columns.date, nowrap: true }, { title: mt.columns.elapsed, numeric: true },
            { title: mt.columns.executionRate, numeric: true }, { title: mt.columns.alerts }
        ],
        rows: record.map(entry => [
            entry.name, f.date(entry.date.iso), f.percent(entry.figures.elapsed),
            ctx.alertCell(f.percent(entry.figures.executionRate), planAlert(entry.figures)),
            entry.alerts.length === 0 ? t.none : entry.alerts.map(alert => `${targetLabel(alert)}${t.paren(alertName(mt, entry, alert))}`).join('\n')
        ])
    };
}

/** "Q2: red alert on “设备” (…); corrected by Q4, …" (an alert still open in its tone) and the findings that explain it. */
function alertItem(ctx: DocumentContext, mt: MonitoringText, record: readonly CheckpointRecord[], entry: CheckpointRecord, alert: RecordedAlert): Inline[] {
    const { t } = ctx;
    const target = t.quote(targetLabel(alert));
    const name = alertName(mt, entry, alert);
    const now = mt.now(alert.code, ctx.f.percent(currentValue(ctx.model.figures, alert)));
    const sentence = alert.open
        ? mt.openSentence(entry.name, target, name, thenText(ctx, mt, alert), now)
        : mt.correctedSentence(entry.name, target, name, thenText(ctx, mt, alert), correctedBy(mt, record, entry, alert), now);
    const explained = alert.explainedByNow.length > 0 ? [mt.explained(t.join(alert.explainedByNow.map(titleOf))) + t.sentenceEnd.trim()] : [];
    return [{ text: t.sentences([sentence, ...explained]), tone: alert.open ? 'off-track' : undefined }];
}

/** The alert's name; a KPI alert raised at or after the KPI's due date says the target was missed, never that it lags (§8.6). */
function alertName(mt: MonitoringText, entry: CheckpointRecord, alert: RecordedAlert): string {
    const pastDue = alert.code !== 'budget-execution-lag' && entry.figures.kpiFigures.get(alert.target as ast.Kpi)?.pastDue === true;
    return mt.alert(alert.code, alert.level, pastDue);
}

function thenText(ctx: DocumentContext, mt: MonitoringText, alert: RecordedAlert): string {
    return mt.then(alert.code, ctx.f.percent(alert.value), ctx.f.percent(alert.expected));
}

/** The first later checkpoint where the alert is no longer raised; the reporting date when there is none. */
function correctedBy(mt: MonitoringText, record: readonly CheckpointRecord[], entry: CheckpointRecord, alert: RecordedAlert): string {
    const later = record.slice(record.indexOf(entry) + 1);
    const cleared = later.find(next => !next.alerts.some(other => other.code === alert.code && other.target === alert.target));
    return cleared?.name ?? mt.asOf;
}

/** The line's execution rate or the KPI's achievement at the reporting date. */
function currentValue(figures: PlanFigures, alert: RecordedAlert): number | null {
    return alert.code === 'budget-execution-lag'
        ? figures.budgetFigures.get(alert.target as ast.Budget)?.executionRate ?? null
        : figures.kpiFigures.get(alert.target as ast.Kpi)?.achievement ?? null;
}

function targetLabel(alert: RecordedAlert): string {
    return alert.target.title ?? alert.name;
}

function titleOf(finding: ast.Finding): string {
    return finding.title ?? finding.name;
}
