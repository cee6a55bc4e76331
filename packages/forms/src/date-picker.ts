import { defineElement } from '@gouvkit/core';
import { GouvDatePicker } from './date-picker/gouv-date-picker.js';

export * from './date-picker/gouv-date-picker.js';

defineElement('gouv-date-picker', GouvDatePicker);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-date-picker': GouvDatePicker;
  }
}
