import type { Catalogs } from '@gouvkit/core';

export type InputStringKey = 'showPassword' | 'showPasswordName';

export const inputStrings: Catalogs<InputStringKey> = {
  fr: { showPassword: 'Afficher', showPasswordName: 'le mot de passe' },
  en: { showPassword: 'Show', showPasswordName: 'password' },
};
