import { defineElement } from '@gouvkit/core';
import { GouvCombobox } from './combobox/gouv-combobox.js';
// `source="communes"`: a name only; the communes load on the first search.
import './communes/register.js';

export * from './combobox/gouv-combobox.js';

defineElement('gouv-combobox', GouvCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-combobox': GouvCombobox;
  }
}
