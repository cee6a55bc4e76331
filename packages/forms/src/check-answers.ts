import { defineElement } from '@gouvkit/core';
import { GouvCheckAnswers } from './check-answers/gouv-check-answers.js';

export * from './check-answers/gouv-check-answers.js';

defineElement('gouv-check-answers', GouvCheckAnswers);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-check-answers': GouvCheckAnswers;
  }
}
