import { defineStrings } from '@gouvkit/core';

export type QuestionPageStringKey = 'back' | 'continue';

export const questionPageStrings = defineStrings<QuestionPageStringKey>('gouv-question-page', {
  fr: { back: 'Retour', continue: 'Continuer' },
  en: { back: 'Back', continue: 'Continue' },
});
