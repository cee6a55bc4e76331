import { defineStrings } from '@gouvkit/core';

export type SkipLinksStringKey = 'label' | 'content';

/** The navigation's name (DSFR: « Accès rapide ») and the default link's text. */
export const skipLinksStrings = defineStrings<SkipLinksStringKey>('gouv-skip-links', {
  fr: { label: 'Accès rapide', content: 'Contenu' },
  en: { label: 'Skip links', content: 'Content' },
});
