/** award-unexplained (LANGUAGE.md §8.3): `reason ""` after the award's value, for the evaluator to fill in. */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const awardUnexplained: QuickFix = context => {
    const award = AstUtils.getContainerOfType(context.node, ast.isAward);
    const end = award?.$cstNode?.range.end;
    if (!award || !end || award.reason !== undefined || SyntaxErrors.of(context.document).touches(award)) return [];
    const edit = { range: { start: end, end }, newText: ' reason ""' };
    return [quickFix(context, FIX_TITLES[context.lang].addAwardReason(), singleFile(context.document, [edit]), true)];
};
