import { defineStrings } from '@gouvkit/core';

export type InputStringKey = 'showPassword' | 'showPasswordName';

export const inputStrings = defineStrings<InputStringKey>('gouv-input', {
  fr: { showPassword: 'Afficher', showPasswordName: 'le mot de passe' },
  en: { showPassword: 'Show', showPasswordName: 'password' },
});
