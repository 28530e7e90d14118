/** kpi-missing-baseline: the first measured value as written (the natural starting point), else 0. */
import * as ast from '../../generated/ast.js';
import { addProperty } from './edits.js';
import type { FixContext, QuickFix } from './fix-context.js';

export const kpiMissingBaseline: QuickFix = context => addProperty(context, ast.isKpi, kpi => `baseline ${baselineGuess(kpi, context)}`);

function baselineGuess(kpi: ast.Kpi, context: FixContext): string {
    const first = context.figures?.kpiFigures.get(kpi)?.measures[0];
    return first?.node.value ?? '0';
}
