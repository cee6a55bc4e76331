import { defineElement } from '@gouvkit/core';
import { GouvCheckbox } from './checkbox/gouv-checkbox.js';

export * from './checkbox/gouv-checkbox.js';

defineElement('gouv-checkbox', GouvCheckbox);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-checkbox': GouvCheckbox;
  }
}
