import { defineElement } from '@gouvkit/core';
import { GouvHeader } from './header/gouv-header.js';

export * from './header/gouv-header.js';

defineElement('gouv-header', GouvHeader);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-header': GouvHeader;
  }
}
