/** goal-missing-owner: `owner` with the plan's first unit. */
import * as ast from '../../generated/ast.js';
import { addProperty, ownerText } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const goalMissingOwner: QuickFix = context => addProperty(context, ast.isGoal, () => ownerText(context));
