/** The export of forms and the Word summary (`pbm export`): imported on its own, never by the language's main entry. */
export * from './export-plan.js';
export { sheetGrid, sheetMerges, cellAddress, type FormCell, type FormSheet, type FormWorkbook, type CellValue } from './form-model.js';
