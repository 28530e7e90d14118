/**
 * Completion for PBM: the keywords valid at the cursor (a block's properties
 * only while not yet given, multi-word keywords whole), enumerated values
 * with their meaning, `class` pairs, cross-references of the right kind with
 * their titles, dates of the plan, and snippets for whole declarations.
 */
import { GrammarAST, type AstNode, type AstNodeDescription, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature
} from 'langium/lsp';
import { CompletionItemKind, InsertTextFormat } from 'vscode-languageserver';
import type { PbmFigures } from '../figures/pbm-figures.js';
import { isPlan, type PbmFile } from '../generated/ast.js';
import type { PbmLocale } from '../i18n/locale.js';
import { kindNoun } from '../i18n/terms.js';
import { BLOCK_PROPERTIES, PROPERTY_KEYWORDS } from '../model/property-keywords.js';
import { makeDate } from '../model/values.js';
import type { PbmServices } from '../pbm-module.js';
import { enclosingBlock, givenPropertyTypes, ruleNameOf } from './pbm-blocks.js';
import { INDICATOR_CLASSES, label, VALUE_RULES, valueTerm } from './pbm-lsp-terms.js';
import { SNIPPETS } from './pbm-snippets.js';

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

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DATE') {
            return this.completeDate(context, acceptor);
        }
        const assignment: AstNode | undefined = GrammarAST.isRuleCall(feature) ? feature.$container : undefined;
        if (GrammarAST.isAssignment(assignment) && ruleNameOf(assignment) === 'ClassProperty') {
            return this.completeIndicatorClass(context, assignment.feature, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    // ------------------------------------------------------------ keywords

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const rule = ruleNameOf(keyword) ?? '';
        const lang = this.locale.lang;
        if (VALUE_RULES.has(rule)) {
            acceptor(context, {
                label: keyword.value, kind: CompletionItemKind.EnumMember, sortText: '0',
                detail: valueTerm(lang, keyword.value)
            });
            return;
        }
        if (rule === 'Plan' && hasOtherPlan(context)) return;
        for (const phrase of this.keywordPhrases(context, rule, keyword)) {
            acceptor(context, { label: phrase, kind: CompletionItemKind.Keyword, sortText: '1' });
        }
        const snippet = SNIPPETS[rule];
        if (snippet && keyword.value === snippet.keyword) {
            acceptor(context, {
                label: snippet.label[lang], kind: CompletionItemKind.Snippet, sortText: '2',
                filterText: snippet.keyword, insertText: snippet.body, insertTextFormat: InsertTextFormat.Snippet,
                detail: snippet.detail[lang]
            });
        }
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
        const title = titleOf(description.node);
        return {
            ...item,
            detail: title ?? kindNoun(this.locale.lang, description.type),
            labelDetails: { description: kindNoun(this.locale.lang, description.type) }
        };
    }

    // ------------------------------------------------------------ values

    private completeDate(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const lang = this.locale.lang;
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
        const lang = this.locale.lang;
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

function titleOf(node: AstNode | undefined): string | undefined {
    const title = (node as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' && title.trim() ? title : undefined;
}

/** A file holds at most one plan (LANGUAGE.md §2): no `plan` keyword once it has one elsewhere. */
function hasOtherPlan(context: CompletionContext): boolean {
    const file = context.document.parseResult.value as PbmFile;
    return (file.elements ?? []).some(element => isPlan(element) && !(element.$cstNode && element.$cstNode.offset < context.offset && context.offset <= element.$cstNode.end));
}
