import type { Catalogs } from '@gouvkit/core';

export type LinkStringKey = 'newWindow';

/**
 * Said after the link's text when it opens a new window (RGAA 13.2): the accessible name becomes
 * « Service-public.fr - nouvelle fenêtre », the wording DSFR uses in its `title`.
 */
export const linkStrings: Catalogs<LinkStringKey> = {
  fr: { newWindow: 'nouvelle fenêtre' },
  en: { newWindow: 'new window' },
};
