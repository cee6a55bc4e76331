import { defineElement } from '@gouvkit/core';
import { GouvDateInput } from './date-input/gouv-date-input.js';

export * from './date-input/gouv-date-input.js';

defineElement('gouv-date-input', GouvDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-date-input': GouvDateInput;
  }
}
