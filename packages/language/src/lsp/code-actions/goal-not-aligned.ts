/**
 * goal-not-aligned: one fix per strategy of the plan (which one the goal
 * serves is the planner's choice), those of the goal's perspective first.
 */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import * as props from '../../model/properties.js';
import { insertProperty } from './edits.js';
import { modelOf, type QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

/** How many strategies the fix offers at most. */
const MAX_STRATEGY_CHOICES = 5;

export const goalNotAligned: QuickFix = context => {
    const goal = AstUtils.getContainerOfType(context.node, ast.isGoal);
    if (!goal || SyntaxErrors.of(context.document).touches(goal)) return [];
    const perspective = props.goalPerspective(goal)?.value;
    const samePerspective = (strategy: ast.Strategy) => perspective !== undefined && props.strategyPerspective(strategy)?.value === perspective;
    const strategies = (modelOf(context)?.strategies ?? []).filter(strategy => strategy.name);
    const ranked = [...strategies.filter(samePerspective), ...strategies.filter(strategy => !samePerspective(strategy))];
    return ranked.slice(0, MAX_STRATEGY_CHOICES).flatMap(strategy => insertProperty(context, goal, `supports ${strategy.name}`, false));
};
