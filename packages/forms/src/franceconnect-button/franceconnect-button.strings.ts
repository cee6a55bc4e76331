import { defineStrings } from '@gouvkit/core';

export type FranceConnectStringKey =
  'login' | 'aboutFranceconnect' | 'aboutFranceconnectPlus' | 'aboutProconnect' | 'newWindow';

/**
 * DSFR's wording (src/dsfr/component/connect/i18n, v1.15.3). The brand's rules say it may be
 * translated but never changed, so an instance can't override it: no `strings` property here.
 */
export const franceConnectStrings = defineStrings<FranceConnectStringKey>('gouv-franceconnect-button', {
  fr: {
    login: 'S’identifier avec',
    aboutFranceconnect: 'Qu’est-ce que FranceConnect\u00a0?',
    aboutFranceconnectPlus: 'Qu’est-ce que FranceConnect+\u00a0?',
    aboutProconnect: 'Qu’est-ce que ProConnect\u00a0?',
    newWindow: 'nouvelle fenêtre',
  },
  en: {
    login: 'Sign in with',
    aboutFranceconnect: 'What is FranceConnect?',
    aboutFranceconnectPlus: 'What is FranceConnect+?',
    aboutProconnect: 'What is ProConnect?',
    newWindow: 'new window',
  },
});
