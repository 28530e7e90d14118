/** finding-without-action: an open action addressing the finding, in the finding's review. */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { dueText, INDENT, insertIntoBlock, ownerText, quickFix, singleFile, uniqueName } from './edits.js';
import { modelOf, type QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const findingWithoutAction: QuickFix = context => {
    const finding = AstUtils.getContainerOfType(context.node, ast.isFinding);
    const review = finding && AstUtils.getContainerOfType(finding, ast.isReview);
    if (!finding?.name || !review || SyntaxErrors.of(context.document).touches(review)) return [];
    const name = uniqueName(`${finding.name}Action`, new Set(modelOf(context)?.actions.map(a => a.name)));
    const body = [`addresses ${finding.name}`, ownerText(context), dueText(context), 'status open']
        .filter((line): line is string => !!line);
    const lines = [`action ${name} {`, ...body.map(line => INDENT + line), '}'];
    const edit = insertIntoBlock(context.document, review, lines, review.members[review.members.length - 1]);
    return edit ? [quickFix(context, FIX_TITLES[context.lang].addAction(finding.name), singleFile(context.document, [edit]), true)] : [];
};
