import { defineElement } from '@gouvkit/core';
import { GouvFieldset } from './fieldset/gouv-fieldset.js';

export * from './fieldset/gouv-fieldset.js';

defineElement('gouv-fieldset', GouvFieldset);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-fieldset': GouvFieldset;
  }
}
