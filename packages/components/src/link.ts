import { defineElement } from '@gouvkit/core';
import { GouvLink } from './link/gouv-link.js';

export * from './link/gouv-link.js';

defineElement('gouv-link', GouvLink);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-link': GouvLink;
  }
}
