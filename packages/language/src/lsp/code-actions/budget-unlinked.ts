/**
 * budget-unlinked: "Fund goal 'X'" for each goal of the plan, the likeliest
 * first (preferred). Goals are ranked by, in this order:
 *  1. the same owner unit as the budget line;
 *  2. a perspective the line's category usually serves (training → learning,
 *     marketing and services → customer, technology, equipment and
 *     materials → process);
 *  3. the words (Latin words, Chinese character pairs) the line's name and
 *     title share with the goal's name and title;
 *  4. the goal's place in the plan.
 */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { insertIntoBlock, propertyAnchor, quickFix, singleFile } from './edits.js';
import { modelOf, type QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

/** How many goals the fix offers at most. */
const MAX_GOAL_CHOICES = 5;

const CATEGORY_PERSPECTIVE: Readonly<Record<string, string>> = {
    training: 'learning',
    marketing: 'customer',
    services: 'customer',
    technology: 'process',
    equipment: 'process',
    materials: 'process'
};

export const budgetUnlinked: QuickFix = context => {
    const budget = AstUtils.getContainerOfType(context.node, ast.isBudget);
    if (!budget?.name || SyntaxErrors.of(context.document).touches(budget)) return [];
    const goals = (modelOf(context)?.goals ?? []).filter(goal => goal.name);
    return rankGoals(budget, goals).slice(0, MAX_GOAL_CHOICES).flatMap((goal, i) => {
        const edit = insertIntoBlock(context.document, budget, [`funds ${goal.name}`], propertyAnchor(budget));
        return edit ? [quickFix(context, FIX_TITLES[context.lang].fundGoal(goal.name, goal.title), singleFile(context.document, [edit]), i === 0)] : [];
    });
};

export function rankGoals(budget: ast.Budget, goals: readonly ast.Goal[]): ast.Goal[] {
    const owner = props.budgetOwner(budget)?.unit?.$refText;
    const perspective = CATEGORY_PERSPECTIVE[props.budgetCategory(budget)?.value ?? ''];
    const budgetWords = wordsOf(budget.name, budget.title);
    const keys = new Map(goals.map((goal, order) => [goal, [
        Number(owner !== undefined && props.goalOwner(goal)?.unit?.$refText === owner),
        Number(perspective !== undefined && props.goalPerspective(goal)?.value === perspective),
        sharedCount(budgetWords, wordsOf(goal.name, goal.title)),
        -order
    ]]));
    return [...goals].sort((a, b) => compareDescending(keys.get(a)!, keys.get(b)!));
}

function compareDescending(a: readonly number[], b: readonly number[]): number {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return b[i] - a[i];
    return 0;
}

/** Lower-cased Latin words of at least three letters (camel case split) and pairs of adjacent Chinese characters. */
function wordsOf(...texts: Array<string | undefined>): Set<string> {
    const words = new Set<string>();
    for (const text of texts) {
        if (!text) continue;
        for (const word of text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
        for (const run of text.match(/[\u3400-\u9fff]+/g) ?? []) {
            for (let i = 0; i + 1 < run.length; i++) words.add(run.slice(i, i + 2));
        }
    }
    return words;
}

function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    let count = 0;
    for (const word of a) if (b.has(word)) count++;
    return count;
}
