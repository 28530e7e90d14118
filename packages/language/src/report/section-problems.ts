/**
 * 3 Problem analysis (问题分析): review findings and the plan checks'
 * errors and warnings under the four common problems (problem-groups.ts).
 */
import type { DiagnosticRecord } from '../diagnostics/diagnostic-records.js';
import type { DocumentContext } from './document-context.js';
import type { Block, Inline, SectionBlock } from './report-blocks.js';
import { labelOf, type FindingReport, type ProblemGroupReport } from './report-model.js';

/** How many diagnostics of one code the problem analysis lists before pointing to the appendix. */
const DIAGNOSTICS_PER_CODE = 3;

export function problemsSection(ctx: DocumentContext, n: number): SectionBlock {
    const { t } = ctx;
    const blocks: Block[] = [{ kind: 'paragraph', content: [t.problems.intro] }];
    ctx.model.problemGroups.forEach((group, i) => blocks.push(problemGroupSection(ctx, n, i + 1, group)));
    return { kind: 'section', id: 'problems', title: t.section(n, t.sections.problems), blocks };
}

function problemGroupSection(ctx: DocumentContext, section: number, index: number, group: ProblemGroupReport): SectionBlock {
    const { t } = ctx;
    const words = t.problems.groups[group.group];
    const blocks: Block[] = [{ kind: 'paragraph', muted: true, content: [words.covers] }];
    if (group.findings.length > 0) {
        blocks.push({ kind: 'paragraph', content: [{ text: t.problems.findings, strong: true }] });
        blocks.push({ kind: 'list', items: group.findings.map(finding => findingItem(ctx, finding)) });
    }
    if (group.diagnostics.length > 0) {
        blocks.push({ kind: 'paragraph', content: [{ text: t.problems.checks, strong: true }] });
        blocks.push({ kind: 'list', items: diagnosticItems(ctx, group.diagnostics) });
    }
    if (group.findings.length === 0 && group.diagnostics.length === 0) {
        blocks.push({ kind: 'paragraph', content: [t.problems.none] });
    }
    return { kind: 'section', id: `problems-${group.group}`, title: t.subsection(section, index, words.title), blocks };
}

function findingItem(ctx: DocumentContext, finding: FindingReport): Inline[] {
    const { t, f } = ctx;
    const review = `${labelOf(finding.review)}${t.comma}${f.date(finding.review.date)}`;
    const parts: Inline[] = [
        { text: labelOf(finding), strong: true },
        `${t.dash}${t.problems.finding(t.cause[finding.cause ?? ''] ?? t.none, t.severity[finding.severity ?? ''] ?? t.none, review)}${t.sentenceEnd}`
    ];
    if (finding.affects.length > 0) parts.push(t.problems.affects(t.join(finding.affects.map(labelOf))));
    parts.push(finding.actions.length > 0
        ? t.problems.actions(t.join(finding.actions.map(action => `${t.quote(labelOf(action))}${t.paren(ctx.actionStatusText(action))}`)))
        : { text: t.problems.noAction, tone: 'warning' });
    return parts;
}

/** One item per diagnostic; a code with many diagnostics shows the first few and a count. */
function diagnosticItems(ctx: DocumentContext, diagnostics: readonly DiagnosticRecord[]): Inline[][] {
    const { t } = ctx;
    const byCode = new Map<string, DiagnosticRecord[]>();
    for (const d of diagnostics) {
        const list = byCode.get(d.code) ?? [];
        list.push(d);
        byCode.set(d.code, list);
    }
    const items: Inline[][] = [];
    for (const list of byCode.values()) {
        for (const d of list.slice(0, DIAGNOSTICS_PER_CODE)) {
            items.push([{ text: t.diagnosticSeverity[d.severity], tone: d.severity, strong: true }, `${t.colon}${d.message}`]);
        }
        if (list.length > DIAGNOSTICS_PER_CODE) items.push([t.problems.more(list.length - DIAGNOSTICS_PER_CODE)]);
    }
    return items;
}

