import { defineElement } from '@gouvkit/core';
import { GouvRange } from './range/gouv-range.js';

export * from './range/gouv-range.js';

defineElement('gouv-range', GouvRange);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-range': GouvRange;
  }
}
