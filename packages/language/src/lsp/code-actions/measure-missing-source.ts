/** measure-missing-source: an empty `source ""` after the measured or spent value. */
import { AstUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import { quickFix, singleFile } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const measureMissingSource: QuickFix = context => {
    const entry = AstUtils.getContainerOfType(context.node, (n): n is ast.Measure | ast.Spend => ast.isMeasure(n) || ast.isSpend(n));
    const end = entry?.$cstNode?.range.end;
    if (!entry || !end || SyntaxErrors.of(context.document).touches(entry)) return [];
    const edit: TextEdit = { range: { start: end, end }, newText: ' source ""' };
    return [quickFix(context, FIX_TITLES[context.lang].addSource(), singleFile(context.document, [edit]), true)];
};
