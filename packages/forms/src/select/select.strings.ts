import { defineStrings } from '@gouvkit/core';

export type SelectStringKey = 'placeholder';

export const selectStrings = defineStrings<SelectStringKey>('gouv-select', {
  fr: { placeholder: 'Sélectionner une option' },
  en: { placeholder: 'Select an option' },
});
