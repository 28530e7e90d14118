/** action-incomplete: the missing owner and due date of an action, in one fix. */
import { AstUtils } from 'langium';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { dueText, insertIntoBlock, ownerText, propertyAnchor, quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const actionIncomplete: QuickFix = context => {
    const action = AstUtils.getContainerOfType(context.node, ast.isAction);
    if (!action || SyntaxErrors.of(context.document).touches(action)) return [];
    const missing = [
        props.actionOwner(action) ? undefined : ownerText(context),
        props.actionDue(action) ? undefined : dueText(context)
    ].filter((text): text is string => !!text);
    if (missing.length === 0) return [];
    const edit = insertIntoBlock(context.document, action, missing, propertyAnchor(action));
    const title = FIX_TITLES[context.lang].addProperty(missing.join(', '));
    return edit ? [quickFix(context, title, singleFile(context.document, [edit]), true)] : [];
};
