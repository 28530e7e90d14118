/**
 * unresolved-reference, second choice: "Create …" a declaration of the
 * missing name. Stubs carry what their own error-level checks ask for, so
 * the fix leaves no new error behind.
 */
import { AstUtils } from 'langium';
import type { CodeAction } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { kindNoun } from '../../i18n/terms.js';
import * as props from '../../model/properties.js';
import { appendToFile, dueText, INDENT, insertIntoBlock, quickFix, singleFile, uniqueName } from './edits.js';
import { modelOf, type FixContext } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

/** How many goals a "create KPI in goal" fix offers at most. */
const MAX_KPI_TARGETS = 5;

export interface UnresolvedData {
    readonly targetType?: string;
    readonly refText?: string;
}

export function createStub(context: FixContext, isPreferred: boolean): CodeAction[] {
    const data = context.diagnostic.data as UnresolvedData | undefined;
    const name = data?.refText;
    if (!name || !/^[\p{L}_][\p{L}\p{N}_]*$/u.test(name)) return [];
    const titles = FIX_TITLES[context.lang];
    // `affects` names a goal, KPI or budget line (§8.5): offer the goal, as before v2.
    const targetType = data.targetType === 'Affectable' ? 'Goal' : data.targetType;
    const kind = kindNoun(context.lang, targetType ?? '');
    switch (targetType) {
        case 'Unit':
        case 'Strategy':
        case 'Budget':
        case 'Goal': {
            if (!SyntaxErrors.of(context.document).endIsClean) return [];
            const stub = declarationStub(targetType, name, context);
            return [quickFix(context, titles.createStub(kind, name), singleFile(context.document, [appendToFile(context.document, stub)]), isPreferred)];
        }
        case 'Kpi': return createKpiStubs(name, context, isPreferred);
        case 'Finding': {
            const review = AstUtils.getContainerOfType(context.node, ast.isReview);
            const edit = review && !SyntaxErrors.of(context.document).touches(review) && insertIntoBlock(context.document, review, [`finding ${name} { }`], review.members[review.members.length - 1]);
            return edit ? [quickFix(context, titles.createFinding(name, review.name), singleFile(context.document, [edit]), isPreferred)] : [];
        }
        default: return [];
    }
}

function declarationStub(type: 'Unit' | 'Strategy' | 'Budget' | 'Goal', name: string, context: FixContext): string[] {
    switch (type) {
        case 'Unit': return [`unit ${name}`];
        case 'Strategy': return [`strategy ${name}`];
        case 'Budget': return [`budget ${name} {`, `${INDENT}category other`, '}'];
        case 'Goal': return goalStub(name, context);
    }
}

/** A goal stub that passes the error-level checks: a due date in the period and a KPI with a target (an output KPI in government plans). */
function goalStub(name: string, context: FixContext): string[] {
    const model = modelOf(context);
    const lines = [`goal ${name} {`];
    if (model?.goals.some(goal => props.goalWeight(goal))) lines.push(`${INDENT}weight 0%`);
    const due = dueText(context);
    if (due) lines.push(`${INDENT}${due}`);
    const kpiName = uniqueName(`${name}Kpi`, new Set(model?.kpis.map(k => k.name)));
    const classText = context.figures?.profile === 'government' ? ' class output.quantity formula ""' : '';
    lines.push(`${INDENT}kpi ${kpiName} { unit "" baseline 0 target >= 1 frequency quarterly${classText} }`, '}');
    return lines;
}

/** One fix per goal of the plan (the goals of this file first), up to a few. */
function createKpiStubs(name: string, context: FixContext, isPreferred: boolean): CodeAction[] {
    const measure = AstUtils.getContainerOfType(context.node, ast.isMeasure);
    const uri = context.document.uri.toString();
    const goals = [...(modelOf(context)?.goals ?? (context.document.parseResult.value as ast.PbmFile).elements.filter(ast.isGoal))]
        .filter(goal => goal.name && !SyntaxErrors.of(AstUtils.getDocument(goal)).touches(goal))
        .sort((a, b) => Number(AstUtils.getDocument(b).uri.toString() === uri) - Number(AstUtils.getDocument(a).uri.toString() === uri))
        .slice(0, MAX_KPI_TARGETS);
    const qualitative = measure?.level !== undefined;
    return goals.flatMap(goal => {
        const weight = props.goalKpis(goal).some(kpi => props.kpiWeight(kpi)) ? ' weight 0%' : '';
        const body = qualitative
            ? `target ""${weight}`
            : `unit "" baseline ${measure?.value ?? '0'} target >= ${measure?.value ?? '1'}${weight} frequency quarterly`;
        const government = context.figures?.profile === 'government' ? ' class output.quantity' + (qualitative ? '' : ' formula ""') : '';
        const goalDocument = AstUtils.getDocument(goal);
        const edit = insertIntoBlock(goalDocument, goal, [`kpi ${name} { ${body}${government} }`], goal.members[goal.members.length - 1]);
        return edit ? [quickFix(context, FIX_TITLES[context.lang].createKpiIn(name, goal.name), singleFile(goalDocument, [edit]), isPreferred && goals.length === 1)] : [];
    });
}
