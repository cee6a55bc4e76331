// Classes only: importing this entry defines no element. Import `@gouvkit/components/<name>.js`
// (or `/all.js`) to define them.
export * from './button/gouv-button.js';
