/** kpi-missing-formula: an empty formula to fill in. */
import * as ast from '../../generated/ast.js';
import { addProperty } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const kpiMissingFormula: QuickFix = context => addProperty(context, ast.isKpi, () => 'formula ""');
