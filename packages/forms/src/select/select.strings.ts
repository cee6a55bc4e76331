import type { Catalogs } from '@gouvkit/core';

export type SelectStringKey = 'placeholder';

export const selectStrings: Catalogs<SelectStringKey> = {
  fr: { placeholder: 'Sélectionner une option' },
  en: { placeholder: 'Select an option' },
};
