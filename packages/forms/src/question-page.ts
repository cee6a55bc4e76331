import { defineElement } from '@gouvkit/core';
import { GouvQuestionPage } from './question-page/gouv-question-page.js';

export * from './question-page/gouv-question-page.js';

defineElement('gouv-question-page', GouvQuestionPage);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-question-page': GouvQuestionPage;
  }
}
