import './polyfills.js';

export * from './generated/ast.js';
export * from './generated/module.js';
export * from './pbm-module.js';
export * from './i18n/locale.js';
export * from './i18n/messages.js';
export * from './i18n/terms.js';
export * from './model/values.js';
export * from './model/properties.js';
export * from './model/property-keywords.js';
export * from './validation/codes.js';
export * from './workspace/pbm-plan-graph.js';
export * from './node/plan-files.js';
export * from './figures/figures.js';
export * from './figures/pbm-figures.js';
export * from './model/plan-model.js';
export * from './model/rules.js';
export * from './diagnostic-records.js';
