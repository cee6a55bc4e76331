import { defineElement } from '@gouvkit/core';
import { GouvErrorSummary } from './error-summary/gouv-error-summary.js';

export * from './error-summary/gouv-error-summary.js';

defineElement('gouv-error-summary', GouvErrorSummary);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-error-summary': GouvErrorSummary;
  }
}
