import { defineStrings } from '@gouvkit/core';

export type ErrorSummaryStringKey = 'heading' | 'titlePrefix' | 'entry';

/**
 * `entry` is a link's text for a field checked in the browser: its label, then its message, so
 * « Renseignez ce champ, il est obligatoire » still says which field it is about. Server errors
 * (`errors`, child markup) keep their own text.
 */
export const errorSummaryStrings = defineStrings<ErrorSummaryStringKey>('gouv-error-summary', {
  fr: {
    heading: 'Il y a un problème',
    titlePrefix: 'Erreur\u00a0:',
    entry: '{label}\u00a0: {message}',
  },
  en: {
    heading: 'There is a problem',
    titlePrefix: 'Error:',
    entry: '{label}: {message}',
  },
});
