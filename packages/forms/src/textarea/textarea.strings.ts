import { defineStrings } from '@gouvkit/core';

export type TextareaStringKey =
  | 'charactersUnderLimit'
  | 'charactersAtLimit'
  | 'charactersOverLimit'
  | 'wordsUnderLimit'
  | 'wordsAtLimit'
  | 'wordsOverLimit'
  | 'wordsTooMany';

// Plural forms are chosen by Intl.PluralRules from `count` (in French, 0 and 1 are « one »).
export const textareaStrings = defineStrings<TextareaStringKey>('gouv-textarea', {
  fr: {
    charactersUnderLimit: {
      one: 'Vous pouvez saisir encore {count} caractère',
      other: 'Vous pouvez saisir encore {count} caractères',
    },
    charactersAtLimit: 'Vous avez atteint la limite de caractères',
    charactersOverLimit: {
      one: 'Vous avez dépassé la limite de {count} caractère',
      other: 'Vous avez dépassé la limite de {count} caractères',
    },
    wordsUnderLimit: {
      one: 'Vous pouvez saisir encore {count} mot',
      other: 'Vous pouvez saisir encore {count} mots',
    },
    wordsAtLimit: 'Vous avez atteint la limite de mots',
    wordsOverLimit: {
      one: 'Vous avez dépassé la limite de {count} mot',
      other: 'Vous avez dépassé la limite de {count} mots',
    },
    wordsTooMany: 'Saisissez {max} mots au maximum (vous en avez saisi {length})',
  },
  en: {
    charactersUnderLimit: {
      one: 'You have {count} character remaining',
      other: 'You have {count} characters remaining',
    },
    charactersAtLimit: 'You have 0 characters remaining',
    charactersOverLimit: {
      one: 'You have {count} character too many',
      other: 'You have {count} characters too many',
    },
    wordsUnderLimit: { one: 'You have {count} word remaining', other: 'You have {count} words remaining' },
    wordsAtLimit: 'You have 0 words remaining',
    wordsOverLimit: { one: 'You have {count} word too many', other: 'You have {count} words too many' },
    wordsTooMany: 'Enter {max} words or fewer (you entered {length})',
  },
});
