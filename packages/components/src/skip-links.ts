import { defineElement } from '@gouvkit/core';
import { GouvSkipLinks } from './skip-links/gouv-skip-links.js';

export * from './skip-links/gouv-skip-links.js';

defineElement('gouv-skip-links', GouvSkipLinks);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-skip-links': GouvSkipLinks;
  }
}
