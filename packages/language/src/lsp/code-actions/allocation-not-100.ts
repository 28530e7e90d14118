/** allocation-not-100: a `funds` split in whole percents totalling 100. */
import { AstUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { effectiveWeights, wholePercents } from '../../figures/figures.js';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { parsePercent } from '../../model/values.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const allocationNot100: QuickFix = context => {
    const funds = AstUtils.getContainerOfType(context.node, ast.isFundsProperty);
    if (!funds?.$cstNode || funds.shares.some(share => !share.goal?.$refText) || SyntaxErrors.of(context.document).touches(funds.$container)) return [];
    const percents = wholePercents(effectiveWeights(funds.shares.map(share => parsePercent(share.share))));
    const split = funds.shares.map((share, i) => `${share.goal.$refText} ${percents[i]}%`).join(', ');
    const edit: TextEdit = { range: funds.$cstNode.range, newText: `funds ${split}` };
    const title = FIX_TITLES[context.lang].rescaleSplit(percents.map(p => `${p}%`).join(' · '));
    return [quickFix(context, title, singleFile(context.document, [edit]), true)];
};
