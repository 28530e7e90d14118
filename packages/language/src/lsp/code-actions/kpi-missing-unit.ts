/** kpi-missing-unit: an empty unit to fill in. */
import * as ast from '../../generated/ast.js';
import { addProperty } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const kpiMissingUnit: QuickFix = context => addProperty(context, ast.isKpi, () => 'unit ""');
