/**
 * Completion for PBM: the keywords valid at the cursor (a block's properties
 * only while not yet given, multi-word keywords whole), enumerated values
 * with their meaning, `class` pairs, cross-references of the right kind with
 * their titles, dates of the plan, and snippets for whole declarations.
 *
 * Langium lexes the whole file and re-parses it from its start up to the
 * cursor for every request: 100–400 ms deep in a 1 MB monitoring file. Here
 * both work on a window of the text around the cursor instead (see
 * `completionWindow`), so a request costs what the enclosing entry costs.
 */
import {
    AstUtils, GrammarAST, type AstNode, type AstNodeDescription, type LangiumDocument, type MaybePromise, type ReferenceInfo,
    type RootCstNode
} from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext,
    type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CompletionItemKind, InsertTextFormat, MarkupKind, type MarkupContent, type Position } from 'vscode-languageserver';
import type { PbmFigures } from '../figures/pbm-figures.js';
import { isPlan, type PbmFile } from '../generated/ast.js';
import { keywordEntry, renderKeywordDoc, TARGET_OPERATORS, valueEntry } from '../i18n/keyword-docs.js';
import type { Lang, PbmLocale } from '../i18n/locale.js';
import { kindNoun } from '../i18n/terms.js';
import { lastStartingBefore } from '../model/ast-walk.js';
import { BLOCK_PROPERTIES, PROPERTY_KEYWORDS } from '../model/property-keywords.js';
import { makeDate } from '../model/values.js';
import type { PbmServices } from '../pbm-module.js';
import { enclosingBlock, givenPropertyTypes, ruleNameOf } from './pbm-blocks.js';
import { INDICATOR_CLASSES, label, VALUE_RULES, valueTerm } from '../i18n/editor-terms.js';
import { isSnippetRule, SNIPPETS } from './pbm-snippets.js';
import { snippetPlaceholders, snippetWords } from '../i18n/snippet-text.js';

export class PbmCompletionProvider extends DefaultCompletionProvider {
    private readonly locale: PbmLocale;
    private readonly figures: PbmFigures;
    /** Today, for date completion; a function so that tests can fix it. */
    today: () => Date = () => new Date();

    constructor(services: PbmServices) {
        super(services);
        this.locale = services.i18n.Locale;
        this.figures = services.shared.figures.Figures;
    }

    // ------------------------------------------------------------ parsing only around the cursor

    /** The document of the request being answered: `backtrackToAnyToken` receives only its text. */
    private completing: LangiumDocument | undefined;

    protected override *buildContexts(document: LangiumDocument, position: Position): IterableIterator<CompletionContext> {
        this.completing = document;
        yield* super.buildContexts(document, position);
    }

    /** The features the completion parser expects at `offset`, parsing only the window's text before it. */
    protected override findFeaturesAt(document: TextDocument, offset: number): NextFeature[] {
        const text = document.getText();
        const window = this.windowAt(text, offset);
        if (!window) return super.findFeaturesAt(document, offset);
        const before = text.slice(window.headerStart, window.headerEnd) + text.slice(window.start, offset);
        return super.findFeaturesAt(TextDocument.create(document.uri, document.languageId, document.version, before), before.length);
    }

    /** The tokens around `offset`, lexing only the window: token boundaries in it are those of the whole text. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const window = this.windowAt(text, offset);
        if (!window) return super.backtrackToAnyToken(text, offset);
        const found = super.backtrackToAnyToken(text.slice(window.start, window.end), offset - window.start);
        const rebase = (at: number | undefined) => (at === undefined ? undefined : at + window.start);
        return {
            nextTokenStart: found.nextTokenStart + window.start,
            nextTokenEnd: found.nextTokenEnd + window.start,
            previousTokenStart: rebase(found.previousTokenStart),
            previousTokenEnd: rebase(found.previousTokenEnd)
        };
    }

    /**
     * The window for `offset` in `text`, when the document being completed
     * was parsed from exactly this text (otherwise its syntax tree cannot say
     * where declarations start, and Langium's whole-text way is used).
     */
    private windowAt(text: string, offset: number): CompletionWindow | undefined {
        const document = this.completing;
        const root = document?.parseResult.value.$cstNode as RootCstNode | undefined;
        if (!document || !root || root.fullText !== text || document.textDocument.getText() !== text) return undefined;
        return completionWindow(document.parseResult.value as PbmFile, text.length, offset);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DATE') {
            return this.completeDate(context, acceptor);
        }
        const assignment: AstNode | undefined = GrammarAST.isRuleCall(feature) ? feature.$container : undefined;
        if (GrammarAST.isAssignment(assignment) && ruleNameOf(assignment) === 'ClassProperty') {
            return this.completeIndicatorClass(context, assignment.feature, acceptor);
        }
        if (GrammarAST.isCrossReference(feature) && !this.fitsContext(context, next)) return;
        return super.completionFor(context, next, acceptor);
    }

    /**
     * Whether a cross-reference the parser expects can belong to the node at
     * the cursor. Not when the document changed while the completion ran
     * (found by the soak test): the node then comes from the new syntax tree
     * and the expected features from the old text, and Langium failed on
     * "Property finding of type Outlook is not a reference". The client asks
     * again for the new text.
     */
    private fitsContext(context: CompletionContext, next: NextFeature): boolean {
        if (next.type || !context.node) return true;
        const assignment = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment);
        const rule = assignment && ruleNameOf(assignment);
        return !rule || this.astReflection.isSubtype(context.node.$type, rule);
    }

    // ------------------------------------------------------------ keywords

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = ruleNameOf(keyword) ?? '';
        const lang = this.locale.langOf(context.document.uri.toString());
        if (rule === 'Operator') return this.completeOperator(context, keyword, acceptor);
        if (!this.filterKeyword(context, keyword)) return;
        const documentation = keywordDocumentation(lang, keyword.value, rule);
        if (VALUE_RULES.has(rule)) {
            // Values in the grammar's order (high, medium, low), not alphabetical.
            acceptor(context, {
                label: keyword.value, kind: CompletionItemKind.EnumMember, sortText: `0${orderIn(keyword)}`,
                detail: valueTerm(lang, keyword.value), documentation
            });
            return;
        }
        if (rule === 'Plan' && hasOtherPlan(context)) return;
        for (const phrase of this.keywordPhrases(context, rule, keyword)) {
            acceptor(context, { label: phrase, kind: CompletionItemKind.Keyword, sortText: '1', documentation: keywordDocumentation(lang, phrase.split(' ')[0], phrase.includes(' ') ? ruleOfPhrase(phrase, rule) : rule) });
        }
        if (isSnippetRule(rule) && keyword.value === SNIPPETS[rule].keyword) {
            const snippet = SNIPPETS[rule];
            const words = snippetWords(lang, rule);
            acceptor(context, {
                label: words.label, kind: CompletionItemKind.Snippet, sortText: '2',
                filterText: snippet.keyword, insertText: snippet.body(snippetPlaceholders(lang)), insertTextFormat: InsertTextFormat.Snippet,
                detail: words.detail, documentation
            });
        }
    }

    /** After `target `: the ASCII operators (their full-width forms are what input methods type, not what to offer). */
    private completeOperator(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        const index = TARGET_OPERATORS.indexOf(keyword.value);
        if (index < 0) return;
        const entry = valueEntry(keyword.value)!;
        acceptor(context, {
            label: keyword.value, kind: CompletionItemKind.Operator, sortText: `0${index}`,
            detail: entry[this.locale.langOf(context.document.uri.toString())].meaning, documentation: { kind: MarkupKind.Markdown, value: renderKeywordDoc(this.locale.langOf(context.document.uri.toString()), entry) }
        });
    }

    /**
     * What to offer for a keyword: a property keyword only while its block
     * does not have that property yet; multi-word keywords (`as of`,
     * `kpi lag warning`) whole at their first word — for every property of the
     * block that starts with it, since Langium proposes a keyword once — and
     * not at their later words (they are typed with the first).
     */
    private keywordPhrases(context: CompletionContext, rule: string, keyword: GrammarAST.Keyword): string[] {
        const phrase = PROPERTY_KEYWORDS[rule];
        if (!phrase) return [keyword.value];
        const words = phrase.split(' ');
        if (keyword.value !== words[0]) return words.includes(keyword.value) ? [] : [keyword.value];
        const block = enclosingBlock(context.node, context.offset);
        if (!block) return [phrase];
        const given = givenPropertyTypes(block, context.offset);
        return (BLOCK_PROPERTIES[block.$type] ?? [rule])
            .filter(property => !given.has(property) && PROPERTY_KEYWORDS[property]?.split(' ')[0] === keyword.value)
            .map(property => PROPERTY_KEYWORDS[property]);
    }

    // ------------------------------------------------------------ cross-references

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        // Planners know their goals and units by title: the title is what the list shows beside the name.
        const title = titleOf(description.node);
        const kind = kindNoun(this.locale.langOf(context.document.uri.toString()), description.type);
        return {
            ...item,
            detail: title ?? kind,
            labelDetails: { description: title ?? kind }
        };
    }

    // ------------------------------------------------------------ values

    private completeDate(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang = this.locale.langOf(context.document.uri.toString());
        const figures = this.figures.ofDocument(context.document.uri);
        const now = this.today();
        const candidates: Array<[string | undefined, string]> = [
            [figures?.start?.iso, label(lang, 'planStart')],
            [figures?.end?.iso, label(lang, 'planEnd')],
            [figures?.asOf?.iso, label(lang, 'asOf')],
            [makeDate(now.getFullYear(), now.getMonth() + 1, now.getDate()).iso, label(lang, 'today')]
        ];
        candidates.forEach(([date, detail], index) => {
            if (date) acceptor(context, { label: date, detail, kind: CompletionItemKind.Constant, sortText: `0${index}` });
        });
    }

    /** `class` takes `LEVEL1.LEVEL2`: after `class ` the valid pairs, after `output.` that level's second parts. */
    private completeIndicatorClass(context: CompletionContext, feature: string, acceptor: CompletionAcceptor): void {
        const lang = this.locale.langOf(context.document.uri.toString());
        if (feature === 'level1') {
            for (const [level1, levels] of Object.entries(INDICATOR_CLASSES)) {
                for (const [level2, term] of Object.entries(levels)) {
                    acceptor(context, { label: `${level1}.${level2}`, detail: term[lang], kind: CompletionItemKind.EnumMember, sortText: '0' });
                }
            }
            return;
        }
        const before = context.textDocument.getText().slice(0, context.tokenOffset);
        const level1 = /([A-Za-z_]\w*)\s*\.\s*$/.exec(before)?.[1];
        for (const [level2, term] of Object.entries(INDICATOR_CLASSES[level1 ?? ''] ?? {})) {
            acceptor(context, { label: level2, detail: term[lang], kind: CompletionItemKind.EnumMember, sortText: '0' });
        }
    }
}

/**
 * The text the completion parser needs to reach `offset` in the state that
 * parsing from the file start would leave it in: the header of the top-level
 * declaration before `offset` (up to its first member), then the text from
 * the start of its member before `offset`. The file is a list of
 * declarations and a declaration's members follow each other with nothing
 * between them, so the members and declarations skipped do not change the
 * parser's state. [`start`, `end`) is the member's text (or the
 * declaration's): it starts and ends at token boundaries, for the lexer.
 */
interface CompletionWindow {
    readonly headerStart: number;
    readonly headerEnd: number;
    readonly start: number;
    readonly end: number;
}

function completionWindow(file: PbmFile, textLength: number, offset: number): CompletionWindow | undefined {
    const elements = file.elements ?? [];
    const index = lastStartingBefore(elements, offset);
    if (index < 0) return undefined;
    const declaration = elements[index];
    const declarationStart = declaration.$cstNode!.offset;
    const declarationEnd = elements[index + 1]?.$cstNode?.offset ?? textLength;
    const members = AstUtils.streamContents(declaration).toArray();
    const memberIndex = lastStartingBefore(members, offset);
    if (memberIndex < 0 || !inOneList(members)) {
        return { headerStart: declarationStart, headerEnd: declarationStart, start: declarationStart, end: declarationEnd };
    }
    return {
        headerStart: declarationStart,
        headerEnd: members[0].$cstNode!.offset,
        start: members[memberIndex].$cstNode!.offset,
        end: members[memberIndex + 1]?.$cstNode?.offset ?? declarationEnd
    };
}

/** Whether the members are one list of the declaration in text order: only then can some be skipped. */
function inOneList(members: readonly AstNode[]): boolean {
    return members.every((member, i) => member.$cstNode !== undefined && member.$containerProperty === members[0].$containerProperty
        && member.$containerIndex === i);
}

function keywordDocumentation(lang: Lang, keyword: string, rule: string): MarkupContent | undefined {
    const entry = keywordEntry(keyword, rule);
    return entry ? { kind: MarkupKind.Markdown, value: renderKeywordDoc(lang, entry) } : undefined;
}

/** The rule a whole phrase offered at its first word belongs to (`kpi lag warning` → KpiLagWarningRule). */
function ruleOfPhrase(phrase: string, rule: string): string {
    return Object.entries(PROPERTY_KEYWORDS).find(([, words]) => words === phrase)?.[0] ?? rule;
}

/** A value's place among its rule's alternatives, two digits for sorting. */
function orderIn(keyword: GrammarAST.Keyword): string {
    return String(keyword.$containerIndex ?? 0).padStart(2, '0');
}

function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim() ? title : undefined;
}

/** A file holds at most one plan (LANGUAGE.md §2): no `plan` keyword once it has one elsewhere. */
function hasOtherPlan(context: CompletionContext): boolean {
    const file = context.document.parseResult.value as PbmFile;
    return (file.elements ?? []).some(element => isPlan(element) && !(element.$cstNode && element.$cstNode.offset < context.offset && context.offset <= element.$cstNode.end));
}
