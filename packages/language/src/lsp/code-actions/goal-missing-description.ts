/** goal-missing-description: an empty description to fill in. */
import * as ast from '../../generated/ast.js';
import { addProperty } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const goalMissingDescription: QuickFix = context => addProperty(context, ast.isGoal, () => 'description ""');
