import { defineStrings } from '@gouvkit/core';

export type HeaderStringKey = 'menu' | 'close' | 'home' | 'homeNoService';

/**
 * The header's strings. `home` is the accessible name of the home link, as DSFR's link title:
 * "Accueil - <service> - <institution>". The institution stays in French (it is the brand).
 */
export const headerStrings = defineStrings<HeaderStringKey>('gouv-header', {
  fr: {
    menu: 'Menu',
    close: 'Fermer',
    home: 'Accueil - {service} - {institution}',
    homeNoService: 'Accueil - {institution}',
  },
  en: {
    menu: 'Menu',
    close: 'Close',
    home: 'Home - {service} - {institution}',
    homeNoService: 'Home - {institution}',
  },
});
