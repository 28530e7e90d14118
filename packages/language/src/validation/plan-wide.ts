/**
 * Whole-plan checks (weights totals, funding, coverage, duplicates across
 * checkpoints, findings across reviews...) see a plan across all its files.
 * They run once per plan and workspace state — the figures service hands out
 * a new `PlanFigures` after every change, which keys the cache — and each
 * document then reports the issues that fall on its own elements.
 */
import { AstUtils, type AstNode, type ValidationAcceptor } from 'langium';
import type { PlanFigures } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import type * as ast from '../generated/ast.js';
import type { MessageArgs } from '../i18n/messages.js';
import type { DiagnosticCode } from '../diagnostics/codes.js';
import type { IssueReporter, ReportOptions } from './pbm-diagnostics.js';
import type { ReporterFactory } from './pbm-validator.js';

/** A check over one whole plan; it reports on any element of the plan's files. */
export type PlanCheck = (figures: PlanFigures, reporter: IssueReporter) => void;

interface PendingIssue {
    readonly code: DiagnosticCode;
    readonly node: AstNode;
    readonly args: MessageArgs;
    readonly options?: ReportOptions<AstNode>;
}

type IssuesByFile = ReadonlyMap<string, readonly PendingIssue[]>;

/** Collects a plan's issues per file, to be reported by each file's validation. */
class IssueCollector implements IssueReporter {
    readonly byFile = new Map<string, PendingIssue[]>();

    report<N extends AstNode>(code: DiagnosticCode, node: N, args: MessageArgs, options?: ReportOptions<N>): void {
        const uri = AstUtils.getDocument(node).uri.toString();
        let issues = this.byFile.get(uri);
        if (!issues) this.byFile.set(uri, issues = []);
        issues.push({ code, node, args, options: options as ReportOptions<AstNode> | undefined });
    }
}

export class PlanWideChecks {
    /** Issues carry raw arguments, not worded text, so one list serves every language. */
    private readonly cache = new WeakMap<PlanFigures, IssuesByFile>();

    constructor(
        private readonly figures: PbmFigures,
        private readonly reporter: ReporterFactory,
        private readonly checks: readonly PlanCheck[]
    ) {}

    /** Reports the plan-wide issues that fall on this file, for every plan it belongs to. */
    checkFile = (file: ast.PbmFile, accept: ValidationAcceptor): void => {
        const uri = AstUtils.getDocument(file).uri;
        const reporter = this.reporter(accept);
        for (const plan of this.figures.plansOf(uri)) {
            const issues = this.issuesOf(this.figures.ofPlan(plan)).get(uri.toString()) ?? [];
            for (const issue of issues) reporter.report(issue.code, issue.node, issue.args, issue.options);
        }
    };

    private issuesOf(figures: PlanFigures): IssuesByFile {
        let issues = this.cache.get(figures);
        if (!issues) {
            const collector = new IssueCollector();
            for (const check of this.checks) check(figures, collector);
            this.cache.set(figures, issues = collector.byFile);
        }
        return issues;
    }
}
