// Classes only: importing this entry defines no element. Import `@gouvkit/forms/<name>.js`
// (or `/all.js`) to define them.
export * from './shared/field-element.js';
export * from './shared/builtin-validators.js';
export * from './input/gouv-input.js';
export * from './file-upload/gouv-file-upload.js';
export * from './textarea/gouv-textarea.js';
export * from './select/gouv-select.js';
export * from './date-input/gouv-date-input.js';
export * from './date-picker/gouv-date-picker.js';
export * from './shared/date-field.js';
export {
  checkDate,
  dateMessage,
  partsToIso,
  isoToParts,
  splitDateText,
  formatDateText,
  type DateCheck,
  type DateParts,
  type DateRules,
  type DatePart,
  type DateMessageKey,
} from './shared/date-parts.js';
export * from './checkbox/gouv-checkbox.js';
export * from './checkbox-group/gouv-checkbox-group.js';
export * from './radio-group/gouv-radio-group.js';
export * from './toggle/gouv-toggle.js';
export * from './range/gouv-range.js';
export * from './fieldset/gouv-fieldset.js';
export * from './conditional-reveal/gouv-conditional-reveal.js';
export * from './shared/choice-field.js';
export * from './shared/choice-group.js';
export * from './shared/choice-options.js';
export * from './combobox/gouv-combobox.js';
export * from './communes/commune-source.js';
export type { Commune } from './communes/commune-data.js';
export * from './error-summary/gouv-error-summary.js';
export * from './franceconnect-button/gouv-franceconnect-button.js';
export * from './question-page/gouv-question-page.js';
export * from './check-answers/gouv-check-answers.js';
export * from './task-list/gouv-task-list.js';
export * from './shared/checked-field.js';
