/** adjusted-unexplained: `reason ""` after the adjusted amount, for the planner to fill in (LANGUAGE.md §8.4). */
import { AstUtils, GrammarUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const adjustedUnexplained: QuickFix = context => {
    const adjusted = AstUtils.getContainerOfType(context.node, ast.isAdjustedProperty);
    const value = adjusted?.$cstNode && GrammarUtils.findNodeForProperty(adjusted.$cstNode, 'value');
    if (!adjusted || !value || adjusted.reason !== undefined || SyntaxErrors.of(context.document).touches(adjusted.$container)) return [];
    const end = value.range.end;
    return [quickFix(context, FIX_TITLES[context.lang].addReason(), singleFile(context.document, [{ range: { start: end, end }, newText: ' reason ""' }]), true)];
};
