/** weights-not-100: the KPI weights of a goal, or the goal weights of the plan, in whole percents totalling 100. */
import { AstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { effectiveWeights, wholePercents } from '../../figures/figures.js';
import * as ast from '../../generated/ast.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { parsePercent } from '../../model/values.js';
import { insertIntoBlock, multiFile, propertyAnchor, quickFix } from './edits.js';
import type { QuickFix } from './fix-context.js';
import { SyntaxErrors } from './syntax-guard.js';

export const weightsNot100: QuickFix = context => {
    const weight = AstUtils.getContainerOfType(context.node, ast.isWeightProperty);
    if (!weight || !context.figures) return [];
    const items: readonly AstNode[] = ast.isKpi(weight.$container)
        ? props.goalKpis(AstUtils.getContainerOfType(weight.$container, ast.isGoal)!)
        : context.figures.model.goals;
    if (items.some(item => SyntaxErrors.of(AstUtils.getDocument(item)).touches(item))) return [];
    const weightOf = (item: AstNode) => (ast.isKpi(item) ? props.kpiWeight(item) : props.goalWeight(item as ast.Goal));
    const percents = wholePercents(effectiveWeights(items.map(item => parsePercent(weightOf(item)?.value))));
    const edits = new Map<LangiumDocument, TextEdit[]>();
    items.forEach((item, i) => {
        const existing = weightOf(item);
        const document = AstUtils.getDocument(item);
        const edit = existing?.$cstNode
            ? { range: existing.$cstNode.range, newText: `weight ${percents[i]}%` }
            : insertIntoBlock(document, item, [`weight ${percents[i]}%`], propertyAnchor(item));
        if (edit) edits.set(document, [...(edits.get(document) ?? []), edit]);
    });
    const title = FIX_TITLES[context.lang].rescale(percents.map(p => `${p}%`).join(' · '));
    return [quickFix(context, title, multiFile(edits), true)];
};
