/**
 * Quick fixes for the diagnostics of LANGUAGE.md §5, tied to the
 * diagnostic's `code` (and, for unresolved references, its `data`). Every fix
 * produces a plan in which its diagnostic is gone and no new error appears:
 * templates use values that are valid (the plan's first unit, the plan's end
 * date, empty texts to fill in) and stubs carry what their own checks ask for.
 */
import { AstUtils, CstUtils, type AstNode, type CstNode, type LangiumDocument, type MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import { CodeActionKind, type CodeAction, type CodeActionParams, type Command, type Diagnostic, type Position, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { effectiveWeights, wholePercents, type PlanFigures } from '../figures/figures.js';
import type { PbmFigures } from '../figures/pbm-figures.js';
import * as ast from '../generated/ast.js';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import { kindNoun } from '../i18n/terms.js';
import type { PlanModel } from '../model/plan-model.js';
import * as props from '../model/properties.js';
import { parsePercent } from '../model/values.js';
import type { PbmServices } from '../pbm-module.js';
import { Code, type DiagnosticCode } from '../diagnostics/codes.js';
import { bracesOf } from './pbm-blocks.js';
import { addAdjustmentReason, makeSourcesTotal, type MoneyFix } from './code-actions/money-fixes.js';

const INDENT = '    ';
/** Line breaks as LSP positions count them: a lone `\r` (old Mac files) is one too. */
const LINE_BREAK = /\r\n|\r|\n/;

/** Quick-fix titles in both languages. */
const TITLES = {
    en: {
        addProperty: (text: string) => `Add '${text}'`,
        addSource: () => `Add 'source ""'`,
        createStub: (kind: string, name: string) => `Create ${kind} '${name}'`,
        createKpiIn: (name: string, goal: string) => `Create KPI '${name}' in goal '${goal}'`,
        createFinding: (name: string, review: string) => `Create finding '${name}' in review '${review}'`,
        rescale: (shares: string) => `Rescale weights to 100%: ${shares}`,
        rescaleSplit: (shares: string) => `Rescale the split to 100%: ${shares}`,
        addBudget: (goal: string) => `Add a budget line funding '${goal}'`,
        addAction: (finding: string) => `Add an action addressing '${finding}'`
    },
    zh: {
        addProperty: (text: string) => `添加“${text}”`,
        addSource: () => `添加数据来源 source ""`,
        createStub: (kind: string, name: string) => `新建${kind}“${name}”`,
        createKpiIn: (name: string, goal: string) => `在绩效目标“${goal}”中新建绩效指标“${name}”`,
        createFinding: (name: string, review: string) => `在评估“${review}”中新建评估发现“${name}”`,
        rescale: (shares: string) => `将权重调整为合计 100%：${shares}`,
        rescaleSplit: (shares: string) => `将资金分配调整为合计 100%：${shares}`,
        addBudget: (goal: string) => `添加支持“${goal}”的预算项目`,
        addAction: (finding: string) => `添加针对“${finding}”的整改措施`
    }
} as const;

/** How many strategies a goal-not-aligned fix offers at most. */
const MAX_STRATEGY_CHOICES = 5;
/** How many goals a "create KPI in goal" fix offers at most. */
const MAX_KPI_TARGETS = 5;

interface FixContext {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
    readonly node: AstNode;
    readonly figures?: PlanFigures;
    readonly lang: Lang;
}

/**
 * Where the parser had to recover. A fix never edits a block the parser
 * recovered (nor appends behind a file whose end is broken): its braces may
 * not be where they seem, and the user's own fix of the syntax comes first.
 */
class SyntaxErrors {
    private static readonly cache = new WeakMap<LangiumDocument, SyntaxErrors>();
    private readonly offsets: number[];
    private readonly atEnd: boolean;

    static of(document: LangiumDocument): SyntaxErrors {
        let errors = SyntaxErrors.cache.get(document);
        if (!errors || errors.version !== document.textDocument.version) {
            errors = new SyntaxErrors(document);
            SyntaxErrors.cache.set(document, errors);
        }
        return errors;
    }

    private readonly version: number;

    private constructor(private readonly document: LangiumDocument) {
        const result = document.parseResult;
        const offsets = [
            ...result.lexerErrors.map(error => error.offset),
            ...(result.lexerReport?.diagnostics ?? []).filter(d => (d.severity ?? 'error') === 'error').map(d => d.offset),
            ...result.parserErrors.map(error => error.token.startOffset)
        ];
        // The end-of-file token has no position (chevrotain gives it -1 or NaN).
        const isEnd = (offset: number) => !Number.isFinite(offset) || offset < 0;
        this.atEnd = offsets.some(isEnd);
        this.offsets = offsets.filter(offset => !isEnd(offset));
        this.version = document.textDocument.version;
    }

    /** Whether an error lies in the node, or right after it (before the next token): a truncated node ends early. */
    touches(node: AstNode): boolean {
        const cst = node.$cstNode;
        if (!cst) return true;
        const text = this.document.textDocument.getText();
        const gap = /^(?:\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/)*/.exec(text.slice(cst.end))![0].length;
        const last = cst.end + gap;
        if (this.offsets.some(offset => offset >= cst.offset && offset <= last)) return true;
        // An error at the end of the file (an unclosed block) touches the last declaration.
        return this.atEnd && last >= text.length;
    }

    /** Whether text appended at the end of the file lands outside every block. */
    get endIsClean(): boolean {
        const file = this.document.parseResult.value as ast.PbmFile;
        const last = file.elements?.[file.elements.length - 1];
        return !this.atEnd && (!last || !this.touches(last));
    }
}

export class PbmCodeActionProvider implements CodeActionProvider {
    private readonly figures: PbmFigures;
    private readonly locale: PbmLocale;

    constructor(services: PbmServices) {
        this.figures = services.shared.figures.Figures;
        this.locale = services.i18n.Locale;
    }

    getCodeActions(document: LangiumDocument, params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        const actions: CodeAction[] = [];
        for (const diagnostic of params.context.diagnostics) {
            const node = this.nodeAt(document, diagnostic.range.start);
            if (!node) continue;
            const plan = this.figures.plansOf(document.uri)[0];
            const context: FixContext = {
                document, diagnostic, node,
                figures: plan ? this.figures.ofPlan(plan) : undefined,
                lang: this.locale.lang
            };
            actions.push(...this.fixesFor(String(diagnostic.code ?? (diagnostic.data as { code?: string })?.code), context));
        }
        return actions;
    }

    private fixesFor(code: string, context: FixContext): CodeAction[] {
        switch (code as DiagnosticCode) {
            case Code.GoalMissingOwner: return this.addProperty(context, ast.isGoal, () => this.ownerText(context));
            case Code.GoalMissingDue: return this.addProperty(context, ast.isGoal, () => this.dueText(context));
            case Code.GoalMissingDescription: return this.addProperty(context, ast.isGoal, () => 'description ""');
            case Code.KpiMissingUnit: return this.addProperty(context, ast.isKpi, () => 'unit ""');
            case Code.KpiMissingBaseline: return this.addProperty(context, ast.isKpi, kpi => `baseline ${this.baselineGuess(kpi, context)}`);
            case Code.KpiMissingFrequency: return this.addProperty(context, ast.isKpi, () => 'frequency quarterly');
            case Code.KpiMissingFormula: return this.addProperty(context, ast.isKpi, () => 'formula ""');
            case Code.ActionIncomplete: return this.completeAction(context);
            case Code.MeasureMissingSource: return this.addSource(context);
            case Code.UnresolvedReference: return this.createStub(context);
            case Code.WeightsNot100: return this.rescaleWeights(context);
            case Code.AllocationNot100: return this.rescaleSplit(context);
            case Code.GoalUnfunded: return this.addBudgetLine(context);
            case Code.FindingWithoutAction: return this.addAction(context);
            case Code.GoalNotAligned: return this.addSupports(context);
            case Code.AdjustedUnexplained: return this.moneyFixes(context, addAdjustmentReason(context.node, context.lang, this.touchesError(context)));
            case Code.SourcesNotTotal: return this.moneyFixes(context, makeSourcesTotal(context.node, context.lang, this.touchesError(context)));
            default: return [];
        }
    }

    // ------------------------------------------------------------ money (lsp/code-actions/money-fixes.ts)

    private touchesError(context: FixContext): (node: AstNode) => boolean {
        return node => SyntaxErrors.of(context.document).touches(node);
    }

    private moneyFixes(context: FixContext, fixes: readonly MoneyFix[]): CodeAction[] {
        return fixes.map(fix => this.action(context, fix.title, singleFile(context.document, [...fix.edits]), fix.isPreferred));
    }

    // ------------------------------------------------------------ missing properties

    private addProperty<T extends AstNode>(context: FixContext, is: (node: AstNode) => node is T, text: (block: T) => string | undefined): CodeAction[] {
        const block = AstUtils.getContainerOfType(context.node, is);
        const property = block && !SyntaxErrors.of(context.document).touches(block) && text(block);
        if (!block || !property) return [];
        return this.insertProperty(context, block, property, true);
    }

    /** "Add '<property>'": the property inserted among the block's properties. */
    private insertProperty(context: FixContext, block: AstNode, property: string, isPreferred: boolean): CodeAction[] {
        const edit = insertIntoBlock(context.document, block, [property], propertyAnchor(block));
        return edit ? [this.action(context, TITLES[context.lang].addProperty(property), singleFile(context.document, [edit]), isPreferred)] : [];
    }

    /**
     * goal-not-aligned: one fix per strategy of the plan (which one the goal
     * serves is the planner's choice), those of the goal's perspective first.
     */
    private addSupports(context: FixContext): CodeAction[] {
        const goal = AstUtils.getContainerOfType(context.node, ast.isGoal);
        if (!goal || SyntaxErrors.of(context.document).touches(goal)) return [];
        const perspective = props.goalPerspective(goal)?.value;
        const samePerspective = (strategy: ast.Strategy) => perspective !== undefined && props.strategyPerspective(strategy)?.value === perspective;
        const strategies = (this.modelOf(context)?.strategies ?? []).filter(strategy => strategy.name);
        const ranked = [...strategies.filter(samePerspective), ...strategies.filter(strategy => !samePerspective(strategy))];
        return ranked.slice(0, MAX_STRATEGY_CHOICES).flatMap(strategy => this.insertProperty(context, goal, `supports ${strategy.name}`, false));
    }

    private completeAction(context: FixContext): CodeAction[] {
        const action = AstUtils.getContainerOfType(context.node, ast.isAction);
        if (!action || SyntaxErrors.of(context.document).touches(action)) return [];
        const missing = [
            props.actionOwner(action) ? undefined : this.ownerText(context),
            props.actionDue(action) ? undefined : this.dueText(context)
        ].filter((text): text is string => !!text);
        if (missing.length === 0) return [];
        const edit = insertIntoBlock(context.document, action, missing, propertyAnchor(action));
        const title = TITLES[context.lang].addProperty(missing.join(', '));
        return edit ? [this.action(context, title, singleFile(context.document, [edit]), true)] : [];
    }

    private addSource(context: FixContext): CodeAction[] {
        const entry = AstUtils.getContainerOfType(context.node, (n): n is ast.Measure | ast.Spend => ast.isMeasure(n) || ast.isSpend(n));
        const end = entry?.$cstNode?.range.end;
        if (!entry || !end || SyntaxErrors.of(context.document).touches(entry)) return [];
        const edit: TextEdit = { range: { start: end, end }, newText: ' source ""' };
        return [this.action(context, TITLES[context.lang].addSource(), singleFile(context.document, [edit]), true)];
    }

    /** `owner` with the plan's first unit; none when the plan has no unit. */
    private ownerText(context: FixContext): string | undefined {
        const units = this.modelOf(context)?.units ?? (context.document.parseResult.value as ast.PbmFile).elements.filter(ast.isUnit);
        const unit = units.find(u => u.name);
        return unit ? `owner ${unit.name}` : undefined;
    }

    /** `due` the plan's end date; none without a plan period. */
    private dueText(context: FixContext): string | undefined {
        return context.figures?.end ? `due ${context.figures.end.iso}` : undefined;
    }

    /** The first measured value as written (the natural starting point), else 0. */
    private baselineGuess(kpi: ast.Kpi, context: FixContext): string {
        const first = context.figures?.kpiFigures.get(kpi)?.measures[0];
        return first?.node.value ?? '0';
    }

    // ------------------------------------------------------------ unresolved references

    private createStub(context: FixContext): CodeAction[] {
        const data = context.diagnostic.data as { targetType?: string; refText?: string } | undefined;
        const name = data?.refText;
        if (!name || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return [];
        const titles = TITLES[context.lang];
        // `affects` names a goal, KPI or budget line (§8.5): offer the goal, as before v2.
        const targetType = data.targetType === 'Affectable' ? 'Goal' : data.targetType;
        const kind = kindNoun(context.lang, targetType ?? '');
        switch (targetType) {
            case 'Unit':
            case 'Strategy':
            case 'Budget':
            case 'Goal': {
                if (!SyntaxErrors.of(context.document).endIsClean) return [];
                const stub = this.declarationStub(targetType, name, context);
                return [this.action(context, titles.createStub(kind, name), singleFile(context.document, [appendToFile(context.document, stub)]), true)];
            }
            case 'Kpi': return this.createKpiStubs(name, context);
            case 'Finding': {
                const review = AstUtils.getContainerOfType(context.node, ast.isReview);
                const edit = review && !SyntaxErrors.of(context.document).touches(review) && insertIntoBlock(context.document, review, [`finding ${name} { }`], review.members[review.members.length - 1]);
                return edit ? [this.action(context, titles.createFinding(name, review.name), singleFile(context.document, [edit]), true)] : [];
            }
            default: return [];
        }
    }

    private declarationStub(type: 'Unit' | 'Strategy' | 'Budget' | 'Goal', name: string, context: FixContext): string[] {
        switch (type) {
            case 'Unit': return [`unit ${name}`];
            case 'Strategy': return [`strategy ${name}`];
            case 'Budget': return [`budget ${name} {`, `${INDENT}category other`, '}'];
            case 'Goal': return this.goalStub(name, context);
        }
    }

    /** A goal stub that passes the error-level checks: a due date in the period and a KPI with a target (an output KPI in government plans). */
    private goalStub(name: string, context: FixContext): string[] {
        const model = this.modelOf(context);
        const lines = [`goal ${name} {`];
        if (model?.goals.some(goal => props.goalWeight(goal))) lines.push(`${INDENT}weight 0%`);
        const due = this.dueText(context);
        if (due) lines.push(`${INDENT}${due}`);
        const kpiName = uniqueName(`${name}Kpi`, new Set(model?.kpis.map(k => k.name)));
        const classText = context.figures?.profile === 'government' ? ' class output.quantity formula ""' : '';
        lines.push(`${INDENT}kpi ${kpiName} { unit "" baseline 0 target >= 1 frequency quarterly${classText} }`, '}');
        return lines;
    }

    /** One fix per goal of the plan (the goals of this file first), up to a few. */
    private createKpiStubs(name: string, context: FixContext): CodeAction[] {
        const measure = AstUtils.getContainerOfType(context.node, ast.isMeasure);
        const uri = context.document.uri.toString();
        const goals = [...(this.modelOf(context)?.goals ?? (context.document.parseResult.value as ast.PbmFile).elements.filter(ast.isGoal))]
            .filter(goal => goal.name && !SyntaxErrors.of(AstUtils.getDocument(goal)).touches(goal))
            .sort((a, b) => Number(AstUtils.getDocument(b).uri.toString() === uri) - Number(AstUtils.getDocument(a).uri.toString() === uri))
            .slice(0, MAX_KPI_TARGETS);
        const qualitative = measure?.level !== undefined;
        return goals.flatMap(goal => {
            const kpis = props.goalKpis(goal);
            const weight = kpis.some(kpi => props.kpiWeight(kpi)) ? ' weight 0%' : '';
            const body = qualitative
                ? `target ""${weight}`
                : `unit "" baseline ${measure?.value ?? '0'} target >= ${measure?.value ?? '1'}${weight} frequency quarterly`;
            const government = context.figures?.profile === 'government' ? ' class output.quantity' + (qualitative ? '' : ' formula ""') : '';
            const goalDocument = AstUtils.getDocument(goal);
            const edit = insertIntoBlock(goalDocument, goal, [`kpi ${name} { ${body}${government} }`], goal.members[goal.members.length - 1]);
            return edit ? [this.action(context, TITLES[context.lang].createKpiIn(name, goal.name), singleFile(goalDocument, [edit]), goals.length === 1)] : [];
        });
    }

    // ------------------------------------------------------------ rescaling

    /** weights-not-100: the KPI weights of a goal, or the goal weights of the plan, in whole percents totalling 100. */
    private rescaleWeights(context: FixContext): CodeAction[] {
        const weight = AstUtils.getContainerOfType(context.node, ast.isWeightProperty);
        if (!weight || !context.figures) return [];
        const figures = context.figures;
        const items: readonly AstNode[] = ast.isKpi(weight.$container)
            ? props.goalKpis(AstUtils.getContainerOfType(weight.$container, ast.isGoal)!)
            : figures.model.goals;
        if (items.some(item => SyntaxErrors.of(AstUtils.getDocument(item)).touches(item))) return [];
        const declared = items.map(item => parsePercent((ast.isKpi(item) ? props.kpiWeight(item) : props.goalWeight(item as ast.Goal))?.value));
        const percents = wholePercents(effectiveWeights(declared));
        const edits = new Map<LangiumDocument, TextEdit[]>();
        items.forEach((item, i) => {
            const existing = ast.isKpi(item) ? props.kpiWeight(item) : props.goalWeight(item as ast.Goal);
            const document = AstUtils.getDocument(item);
            const edit = existing?.$cstNode
                ? { range: existing.$cstNode.range, newText: `weight ${percents[i]}%` }
                : insertIntoBlock(document, item, [`weight ${percents[i]}%`], propertyAnchor(item));
            if (edit) edits.set(document, [...(edits.get(document) ?? []), edit]);
        });
        const title = TITLES[context.lang].rescale(percents.map(p => `${p}%`).join(' · '));
        return [this.action(context, title, multiFile(edits), true)];
    }

    /** allocation-not-100: a `funds` split in whole percents totalling 100. */
    private rescaleSplit(context: FixContext): CodeAction[] {
        const funds = AstUtils.getContainerOfType(context.node, ast.isFundsProperty);
        if (!funds?.$cstNode || funds.shares.some(share => !share.goal?.$refText) || SyntaxErrors.of(context.document).touches(funds.$container)) return [];
        const percents = wholePercents(effectiveWeights(funds.shares.map(share => parsePercent(share.share))));
        const split = funds.shares.map((share, i) => `${share.goal.$refText} ${percents[i]}%`).join(', ');
        const edit: TextEdit = { range: funds.$cstNode.range, newText: `funds ${split}` };
        const title = TITLES[context.lang].rescaleSplit(percents.map(p => `${p}%`).join(' · '));
        return [this.action(context, title, singleFile(context.document, [edit]), true)];
    }

    // ------------------------------------------------------------ stubs for whole-plan problems

    /** goal-unfunded: a budget line funding the goal, at the end of the goal's file. */
    private addBudgetLine(context: FixContext): CodeAction[] {
        const goal = AstUtils.getContainerOfType(context.node, ast.isGoal);
        if (!goal?.name || !SyntaxErrors.of(context.document).endIsClean) return [];
        const taken = new Set(this.modelOf(context)?.budgets.map(b => b.name));
        const name = uniqueName(`${goal.name}Budget`, taken);
        const stub = [`budget ${name} {`, `${INDENT}category other`, `${INDENT}amount 0`, `${INDENT}funds ${goal.name}`, '}'];
        return [this.action(context, TITLES[context.lang].addBudget(goal.name), singleFile(context.document, [appendToFile(context.document, stub)]), true)];
    }

    /** finding-without-action: an open action addressing the finding, in the finding's review. */
    private addAction(context: FixContext): CodeAction[] {
        const finding = AstUtils.getContainerOfType(context.node, ast.isFinding);
        const review = finding && AstUtils.getContainerOfType(finding, ast.isReview);
        if (!finding?.name || !review || SyntaxErrors.of(context.document).touches(review)) return [];
        const taken = new Set(this.modelOf(context)?.actions.map(a => a.name));
        const name = uniqueName(`${finding.name}Action`, taken);
        const body = [`addresses ${finding.name}`, this.ownerText(context), this.dueText(context), 'status open']
            .filter((line): line is string => !!line);
        const lines = [`action ${name} {`, ...body.map(line => INDENT + line), '}'];
        const edit = insertIntoBlock(context.document, review, lines, review.members[review.members.length - 1]);
        return edit ? [this.action(context, TITLES[context.lang].addAction(finding.name), singleFile(context.document, [edit]), true)] : [];
    }

    // ------------------------------------------------------------ helpers

    private action(context: FixContext, title: string, edit: WorkspaceEdit, isPreferred: boolean): CodeAction {
        return { title, kind: CodeActionKind.QuickFix, diagnostics: [context.diagnostic], edit, isPreferred };
    }

    private modelOf(context: FixContext): PlanModel | undefined {
        return context.figures?.model;
    }

    private nodeAt(document: LangiumDocument, position: Position): AstNode | undefined {
        const root = document.parseResult.value.$cstNode;
        const leaf = root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(position));
        return leaf?.astNode;
    }
}

// ---------------------------------------------------------------- text edits

function singleFile(document: LangiumDocument, edits: TextEdit[]): WorkspaceEdit {
    return { changes: { [document.uri.toString()]: edits } };
}

function multiFile(edits: ReadonlyMap<LangiumDocument, TextEdit[]>): WorkspaceEdit {
    const changes: Record<string, TextEdit[]> = {};
    for (const [document, list] of edits) changes[document.uri.toString()] = list;
    return { changes };
}

/** The last property of a block (before its nested blocks): new properties go after it. */
function propertyAnchor(block: AstNode): AstNode | undefined {
    const properties = props.propertiesOf(block);
    if (!ast.isGoal(block)) return properties[properties.length - 1];
    // In a goal, keep properties above the KPIs where the goal already does.
    const firstKpi = block.members.findIndex(ast.isKpi);
    const before = firstKpi < 0 ? properties : properties.filter(p => block.members.indexOf(p as ast.GoalMember) < firstKpi);
    return before[before.length - 1];
}

/**
 * Inserts lines into a block after `anchor` (or after its `{`): on a new
 * line at the block's indentation, or, in a one-line block, before its `}`.
 */
function insertIntoBlock(document: LangiumDocument, block: AstNode, lines: readonly string[], anchor: AstNode | undefined): TextEdit | undefined {
    const { open, close } = bracesOf(block);
    if (!open || !close) return undefined;
    const after: CstNode = anchor?.$cstNode ?? open;
    const text = document.textDocument.getText();
    if (close.range.start.line === after.range.end.line) {
        const before = text[close.offset - 1];
        const spaced = before === ' ' || before === '\t' ? '' : ' ';
        return { range: { start: close.range.start, end: close.range.start }, newText: `${spaced}${lines.join(' ')} ` };
    }
    const indent = memberIndent(document, block, open);
    const lineEnd = endOfLine(document, after.range.end.line);
    return { range: { start: lineEnd, end: lineEnd }, newText: lines.map(line => `\n${indent}${line}`).join('') };
}

/** The indentation of the block's members: that of its first member on a line of its own, else the block's own plus four spaces. */
function memberIndent(document: LangiumDocument, block: AstNode, open: CstNode): string {
    const lines = document.textDocument.getText().split(LINE_BREAK);
    const members = AstUtils.streamContents(block).toArray();
    for (const member of members) {
        const line = member.$cstNode?.range.start.line;
        if (line !== undefined && line !== open.range.start.line) return /^\s*/.exec(lines[line])![0];
    }
    const blockLine = block.$cstNode ? lines[block.$cstNode.range.start.line] : '';
    return /^\s*/.exec(blockLine)![0] + INDENT;
}

function endOfLine(document: LangiumDocument, line: number): Position {
    const text = document.textDocument.getText().split(LINE_BREAK)[line] ?? '';
    return { line, character: text.length };
}

/** Appends declarations at the end of a file, after a blank line. */
function appendToFile(document: LangiumDocument, lines: readonly string[]): TextEdit {
    const text = document.textDocument.getText();
    const end = document.textDocument.positionAt(text.length);
    const separator = text.length === 0 ? '' : text.endsWith('\n') ? '\n' : '\n\n';
    return { range: { start: end, end }, newText: `${separator}${lines.join('\n')}\n` };
}

function uniqueName(base: string, taken: ReadonlySet<string>): string {
    if (!taken.has(base)) return base;
    let i = 2;
    while (taken.has(`${base}${i}`)) i++;
    return `${base}${i}`;
}
