import { defineElement } from '@gouvkit/core';
import { GouvFooter } from './footer/gouv-footer.js';

export * from './footer/gouv-footer.js';

defineElement('gouv-footer', GouvFooter);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-footer': GouvFooter;
  }
}
