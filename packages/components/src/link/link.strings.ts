import { defineStrings } from '@gouvkit/core';

export type LinkStringKey = 'newWindow';

/**
 * Said after the link's text when it opens a new window (RGAA 13.2): the accessible name becomes
 * « Service-public.fr - nouvelle fenêtre », the wording DSFR uses in its `title`.
 */
export const linkStrings = defineStrings<LinkStringKey>('gouv-link', {
  fr: { newWindow: 'nouvelle fenêtre' },
  en: { newWindow: 'new window' },
});
