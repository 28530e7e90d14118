/** kpi-missing-frequency: quarterly, the most common reporting rhythm. */
import * as ast from '../../generated/ast.js';
import { addProperty } from './edits.js';
import type { QuickFix } from './fix-context.js';

export const kpiMissingFrequency: QuickFix = context => addProperty(context, ast.isKpi, () => 'frequency quarterly');
