/**
 * Core checks (LANGUAGE.md §3, §5 first block): duplicate names and
 * properties, real dates, imports, plan presence and period, rule values.
 */
import { AstUtils, type AstNode, type LangiumDocument, type ValidationAcceptor } from 'langium';
import * as ast from '../generated/ast.js';
import { arg, type WordedArg } from '../i18n/message-args.js';
import { PROPERTY_KEYWORDS } from '../model/property-keywords.js';
import { planPeriod, propertiesOf } from '../model/properties.js';
import { executionLagOrderProblem, ruleProblem, type RuleProblem } from '../model/rules.js';
import { parseDate } from '../model/values.js';
import type { PbmServices } from '../pbm-module.js';
import type { PbmScopeProvider } from '../references/pbm-scope-provider.js';
import type { PlanFileSet } from '../workspace/pbm-plan-graph.js';
import { Code } from '../diagnostics/codes.js';
import type { ReporterFactory } from './pbm-validator.js';

/** Declaration kinds whose names must be unique in a plan. */
const NAMED_KINDS = ['Unit', 'Strategy', 'Goal', 'Kpi', 'Budget', 'Checkpoint', 'Review', 'Finding', 'Action', 'Outlook'] as const;

export class CoreChecks {
    constructor(private readonly services: PbmServices, private readonly reporter: ReporterFactory) {}

    checkFile = (file: ast.PbmFile, accept: ValidationAcceptor): void => {
        const document = AstUtils.getDocument(file);
        this.checkImportsExist(document, accept);
        this.checkNamesResolveInEveryPlan(document, accept);
        this.checkNamesUnique(file, document, accept);
        this.checkPlansUnique(file, document, accept);
        this.checkPartFileHasPlan(file, document, accept);
        this.checkDatesReal(file, accept);
    };

    /** duplicate-property: each property once per block; the first one counts. */
    checkNoDuplicateProperty = (node: AstNode, accept: ValidationAcceptor): void => {
        const seen = new Set<string>();
        for (const property of propertiesOf(node)) {
            if (seen.has(property.$type)) {
                this.reporter(accept).report(Code.DuplicateProperty, property, { property: PROPERTY_KEYWORDS[property.$type] ?? property.$type });
            }
            seen.add(property.$type);
        }
    };

    /** plan-period-invalid: the period must not end before it starts. */
    checkPlan = (plan: ast.Plan, accept: ValidationAcceptor): void => {
        const period = planPeriod(plan);
        const start = parseDate(period?.start);
        const end = parseDate(period?.end);
        if (period && start && end && end.day < start.day) {
            this.reporter(accept).report(Code.PlanPeriodInvalid, period, { start: start.iso, end: end.iso });
        }
    };

    /** rule-invalid: thresholds within range (LANGUAGE.md §2.3). */
    checkRules = (rules: ast.RulesProperty, accept: ValidationAcceptor): void => {
        const reporter = this.reporter(accept);
        const invalid = (rule: ast.Rule, problem: RuleProblem) =>
            reporter.report(Code.RuleInvalid, rule, { rule: PROPERTY_KEYWORDS[rule.$type], ...problem });
        for (const rule of rules.rules) {
            const problem = ruleProblem(rule);
            if (problem) invalid(rule, problem);
        }
        const misordered = executionLagOrderProblem(rules.rules);
        if (misordered) invalid(misordered, { problem: 'error-above-warning', value: misordered.value });
    };

    /**
     * import-not-found: every imported file exists; import-not-pbm: it is a
     * plan file; import-outside-workspace: it lies in the folders PBM reads
     * (the plan graph never reads the last two).
     */
    private checkImportsExist(document: LangiumDocument, accept: ValidationAcceptor): void {
        const graph = this.services.shared.workspace.PlanGraph;
        for (const resolved of graph.importsOf(document)) {
            if (resolved.found) continue;
            const path = resolved.node.path ?? '';
            if (resolved.refused === 'outside') {
                const containment = graph.importContainment();
                const root = containment?.roots.map(r => r.label).join(', ') ?? '';
                this.reporter(accept).report(Code.ImportOutsideWorkspace, resolved.node, { path, root, tool: containment?.tool ?? 'editor' }, { property: 'path' });
            } else {
                this.reporter(accept).report(resolved.refused === 'not-pbm' ? Code.ImportNotPbm : Code.ImportNotFound, resolved.node, { path }, { property: 'path' });
            }
        }
    }

    /**
     * unresolved-reference in a part file that several plans import: the file
     * is checked as part of each plan (LANGUAGE.md §3), so each name must
     * resolve in each of them, not only in the first. (Names that resolve
     * nowhere are the linker's unresolved-reference.)
     */
    private checkNamesResolveInEveryPlan(document: LangiumDocument, accept: ValidationAcceptor): void {
        const plans = this.services.shared.workspace.PlanGraph.scopeOf(document.uri).plans;
        if (plans.length < 2) return;
        const scopeProvider = this.services.references.ScopeProvider as PbmScopeProvider;
        for (const reference of document.references) {
            const target = '$nodeDescription' in reference ? reference.$nodeDescription : undefined;
            const refNode = reference.$refNode;
            if (!target || !refNode) continue;
            const declaredIn = target.documentUri.toString();
            const resolvesIn = (plan: PlanFileSet) =>
                plan.fileSet.has(declaredIn) || scopeProvider.scopeFor(plan, target.type).getElement(reference.$refText) !== undefined;
            for (const plan of plans.filter(p => !resolvesIn(p))) {
                this.reporter(accept).report(Code.UnresolvedReference, refNode.astNode,
                    { name: reference.$refText, kind: arg.kind(target.type), plan: plan.plan.name },
                    { range: refNode.range });
            }
        }
    }

    /**
     * duplicate-name: a name declared twice in one plan, in one file or across
     * files. The first declaration in the plan's canonical file order is the
     * one references resolve to; the later ones are flagged.
     */
    private checkNamesUnique(file: ast.PbmFile, document: LangiumDocument, accept: ValidationAcceptor): void {
        const scope = this.services.shared.workspace.PlanGraph.scopeOf(document.uri);
        const scopeProvider = this.services.references.ScopeProvider as PbmScopeProvider;
        const locator = this.services.workspace.AstNodeLocator;
        const uri = document.uri.toString();
        for (const kind of NAMED_KINDS) {
            const kindScope = scopeProvider.scopeFor(scope, kind);
            for (const node of declarationsOf(file, kind)) {
                if (!node.name) continue;
                const first = kindScope.getElement(node.name);
                if (!first) continue;
                const path = locator.getAstNodePath(node);
                if (first.documentUri.toString() === uri && first.path === path) continue;
                const where = this.describeLocation(first.documentUri.toString(), uri, first.nameSegment?.range.start.line);
                this.reporter(accept).report(Code.DuplicateName, node, { name: node.name, kind: arg.kind(kind), where }, { property: 'name' });
            }
        }
    }

    /** duplicate-name: two `plan`s in one plan's file set (whatever their names). */
    private checkPlansUnique(file: ast.PbmFile, document: LangiumDocument, accept: ValidationAcceptor): void {
        const plans = file.elements.filter(ast.isPlan);
        if (plans.length === 0) return;
        const uri = document.uri.toString();
        const graph = this.services.shared.workspace.PlanGraph;
        const reported = new Set<ast.Plan>();
        const flag = (plan: ast.Plan, other: ast.Plan) => {
            // A plan whose name could not be parsed already has a syntax error.
            if (reported.has(plan) || !plan.name) return;
            reported.add(plan);
            const otherUri = AstUtils.getDocument(other).uri.toString();
            const where = this.describeLocation(otherUri, uri, other.$cstNode?.range.start.line);
            // Two plans clash whatever their names: the message names both.
            this.reporter(accept).report(Code.DuplicateName, plan, { name: plan.name, kind: arg.kind('Plan'), where, otherPlan: other.name ?? '' }, { property: 'name' });
        };
        // Two plans in this file: the second and later ones.
        plans.slice(1).forEach(plan => flag(plan, plans[0]));
        // This file's plan inside another plan's file set.
        for (const other of graph.scopeOf(document.uri).plans) {
            if (other.rootUri !== uri) flag(plans[0], other.plan);
        }
    }

    /** plan-missing: a part file with goals that no plan imports. */
    private checkPartFileHasPlan(file: ast.PbmFile, document: LangiumDocument, accept: ValidationAcceptor): void {
        if (file.elements.some(ast.isPlan)) return;
        const firstGoal = file.elements.find(ast.isGoal);
        if (!firstGoal) return;
        if (this.services.shared.workspace.PlanGraph.scopeOf(document.uri).plans.length === 0) {
            this.reporter(accept).report(Code.PlanMissing, firstGoal, {}, { property: 'name' });
        }
    }

    /** invalid-date: every date literal is a real, zero-padded calendar date. */
    private checkDatesReal(file: ast.PbmFile, accept: ValidationAcceptor): void {
        for (const node of nodesWithDates(file)) {
            for (const property of dateProperties(node)) {
                const text = (node as unknown as Record<string, string | undefined>)[property];
                if (text !== undefined && parseDate(text) === undefined) {
                    this.reporter(accept).report(Code.InvalidDate, node, { text }, { property });
                }
            }
        }
    }

    private describeLocation(declaredIn: string, currentUri: string, line: number | undefined): WordedArg {
        const file = declaredIn === currentUri ? undefined : declaredIn.slice(declaredIn.lastIndexOf('/') + 1);
        return arg.where(line === undefined ? undefined : line + 1, file);
    }
}

function declarationsOf(file: ast.PbmFile, kind: typeof NAMED_KINDS[number]): Array<AstNode & { name?: string }> {
    switch (kind) {
        case 'Kpi': return file.elements.filter(ast.isGoal).flatMap(goal => goal.members.filter(ast.isKpi));
        case 'Finding': return file.elements.filter(ast.isReview).flatMap(review => review.members.filter(ast.isFinding));
        case 'Action': return file.elements.filter(ast.isReview).flatMap(review => review.members.filter(ast.isAction));
        default: return file.elements.filter(element => element.$type === kind) as Array<AstNode & { name?: string }>;
    }
}

/**
 * The nodes that can hold a date, in document order: declarations, their
 * properties and their nested blocks' properties — but not the entries of
 * checkpoints nor the properties of KPIs, which hold none and are most of a
 * large plan's nodes.
 */
function* nodesWithDates(file: ast.PbmFile): Generator<AstNode> {
    for (const element of file.elements) {
        yield element;
        if (ast.isCheckpoint(element)) continue;
        for (const child of AstUtils.streamContents(element)) {
            yield child;
            if (ast.isAction(child)) yield* child.properties;
        }
    }
}

/** The DATE-valued properties of each node type. */
function dateProperties(node: AstNode): readonly string[] {
    switch (node.$type) {
        case ast.PeriodProperty.$type: return ['start', 'end'];
        case ast.AsOfProperty.$type:
        case ast.StartProperty.$type:
        case ast.DueProperty.$type:
        case ast.Checkpoint.$type:
        case ast.Review.$type: return ['date'];
        default: return [];
    }
}
