import { defineElement } from '@gouvkit/core';
import { GouvAlert } from './alert/gouv-alert.js';

export * from './alert/gouv-alert.js';

defineElement('gouv-alert', GouvAlert);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-alert': GouvAlert;
  }
}
