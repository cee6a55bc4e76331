import { defineStrings } from '@gouvkit/core';

export type FooterStringKey = 'home' | 'newWindow' | 'licencePrefix' | 'licenceLink';

/**
 * The footer's strings. `home` is the accessible name of the bloc-marque link (DSFR's title
 * "Retour à l’accueil du site - <entité>"); `newWindow` follows each link that opens a new window.
 */
export const footerStrings = defineStrings<FooterStringKey>('gouv-footer', {
  fr: {
    home: 'Retour à l’accueil du site - {institution}',
    newWindow: 'nouvelle fenêtre',
    licencePrefix:
      'Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous',
    licenceLink: 'licence etalab-2.0',
  },
  en: {
    home: 'Back to the home page - {institution}',
    newWindow: 'new window',
    licencePrefix:
      'Unless explicitly stated otherwise regarding intellectual property held by third parties, the contents of this site are available under the',
    licenceLink: 'licence etalab-2.0',
  },
});
