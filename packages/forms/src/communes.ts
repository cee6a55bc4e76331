// The communes of France: registers `source="communes"` for `gouv-combobox` (its code and data
// load on the first search), and gives the source and its helpers to scripts.
export * from './communes/index.js';
