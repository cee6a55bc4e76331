import { defineElement } from '@gouvkit/core';
import { GouvButton } from './button/gouv-button.js';

export * from './button/gouv-button.js';

defineElement('gouv-button', GouvButton);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-button': GouvButton;
  }
}
