import { defineElement } from '@gouvkit/core';
import { GouvTextarea } from './textarea/gouv-textarea.js';

export * from './textarea/gouv-textarea.js';

defineElement('gouv-textarea', GouvTextarea);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-textarea': GouvTextarea;
  }
}
