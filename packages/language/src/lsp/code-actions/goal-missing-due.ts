/** goal-missing-due: `due` the plan's end date. */
import * as ast from '../../generated/ast.js';
import { addProperty, dueText } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const goalMissingDue: QuickFix = context => addProperty(context, ast.isGoal, () => dueText(context));
