import { defineElement } from '@gouvkit/core';
import { GouvSelect } from './select/gouv-select.js';

export * from './select/gouv-select.js';

defineElement('gouv-select', GouvSelect);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-select': GouvSelect;
  }
}
