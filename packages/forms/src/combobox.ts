import { defineElement } from '@gouvkit/core';
import { GouvCombobox } from './combobox/gouv-combobox.js';

export * from './combobox/gouv-combobox.js';
export {
  communeSource,
  communeLabel,
  type CommuneOption,
  type CommuneSourceOptions,
} from './communes/commune-source.js';

defineElement('gouv-combobox', GouvCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-combobox': GouvCombobox;
  }
}
