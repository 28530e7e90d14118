/** goal-unfunded: a budget line funding the goal, at the end of the goal's file. */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { appendToFile, INDENT, quickFix, singleFile, uniqueName } from './edits.js';
import { modelOf, type QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const goalUnfunded: QuickFix = context => {
    const goal = AstUtils.getContainerOfType(context.node, ast.isGoal);
    if (!goal?.name || !SyntaxErrors.of(context.document).endIsClean) return [];
    const name = uniqueName(`${goal.name}Budget`, new Set(modelOf(context)?.budgets.map(b => b.name)));
    const stub = [`budget ${name} {`, `${INDENT}category other`, `${INDENT}amount 0`, `${INDENT}funds ${goal.name}`, '}'];
    return [quickFix(context, FIX_TITLES[context.lang].addBudget(goal.name), singleFile(context.document, [appendToFile(context.document, stub)]), true)];
};
