import { defineElement } from '@gouvkit/core';
import { GouvToggle } from './toggle/gouv-toggle.js';

export * from './toggle/gouv-toggle.js';

defineElement('gouv-toggle', GouvToggle);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-toggle': GouvToggle;
  }
}
