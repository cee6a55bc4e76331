import { defineStrings } from '@gouvkit/core';

export type AlertStringKey = 'info' | 'success' | 'warning' | 'error' | 'dismiss' | 'dismissed';

/**
 * The alert's strings. The type prefixes are read before the title (or the text) because the
 * colour and the icon alone don't tell the type (RGAA 3.1). French puts a non-breaking space
 * before the colon; every prefix ends with a space so the title doesn't stick to it.
 */
export const alertStrings = defineStrings<AlertStringKey>('gouv-alert', {
  fr: {
    info: 'Information\u00a0: ',
    success: 'Succès\u00a0: ',
    warning: 'Attention\u00a0: ',
    error: 'Erreur\u00a0: ',
    dismiss: 'Masquer le message',
    dismissed: 'Message masqué',
  },
  en: {
    info: 'Information: ',
    success: 'Success: ',
    warning: 'Warning: ',
    error: 'Error: ',
    dismiss: 'Hide message',
    dismissed: 'Message hidden',
  },
});
