import { defineStrings } from '@gouvkit/core';

export type CheckAnswersStringKey = 'change' | 'changeWhat' | 'empty';

/**
 * `changeWhat` completes « Modifier » for screen readers when an answer gives no `changeLabel`
 * of its own (« le nom »): « Modifier « Nom » ». A row's `changeLabel` reads better; give one.
 */
export const checkAnswersStrings = defineStrings<CheckAnswersStringKey>('gouv-check-answers', {
  fr: { change: 'Modifier', changeWhat: '«\u00a0{key}\u00a0»', empty: 'Non renseigné' },
  en: { change: 'Change', changeWhat: '{key}', empty: 'Not provided' },
});
