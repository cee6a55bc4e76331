import { defineElement } from '@gouvkit/core';
import { GouvConditionalReveal } from './conditional-reveal/gouv-conditional-reveal.js';

export * from './conditional-reveal/gouv-conditional-reveal.js';

defineElement('gouv-conditional-reveal', GouvConditionalReveal);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-conditional-reveal': GouvConditionalReveal;
  }
}
