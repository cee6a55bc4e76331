import type { Catalogs } from '@gouvkit/core';

export type QuestionPageStringKey = 'back' | 'continue';

export const questionPageStrings: Catalogs<QuestionPageStringKey> = {
  fr: { back: 'Retour', continue: 'Continuer' },
  en: { back: 'Back', continue: 'Continue' },
};
