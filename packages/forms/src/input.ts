import { defineElement } from '@gouvkit/core';
import { GouvInput } from './input/gouv-input.js';

export * from './input/gouv-input.js';

defineElement('gouv-input', GouvInput);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-input': GouvInput;
  }
}
