// Classes only: importing this entry defines no element. Import `@gouvkit/forms/<name>.js`
// (or `/all.js`) to define them.
export * from './shared/field-element.js';
export * from './shared/builtin-validators.js';
export * from './input/gouv-input.js';
export * from './file-upload/gouv-file-upload.js';
export * from './textarea/gouv-textarea.js';
export * from './select/gouv-select.js';
