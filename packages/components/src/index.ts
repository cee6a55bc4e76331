// Classes only: importing this entry defines no element. Import `@gouvkit/components/<name>.js`
// (or `/all.js`) to define them.
export * from './button/gouv-button.js';
export * from './alert/gouv-alert.js';
export * from './link/gouv-link.js';
export * from './skip-links/gouv-skip-links.js';
export * from './header/gouv-header.js';
export * from './footer/gouv-footer.js';
// For server rendering: `await iconsReady()` (from `@gouvkit/core`) before a render puts icons
// chosen by name (`icon="…"`) in the server markup.
