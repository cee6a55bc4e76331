export * from './axe.js';
export * from './keyboard.js';
export * from './a11y-tree.js';
export * from './console.js';
export { expect, fixture, html, elementUpdated, oneEvent, nextFrame, aTimeout } from '@open-wc/testing';
