import type { Catalogs } from '@gouvkit/core';

/** What to do when no radio is chosen. */
export const radioGroupStrings: Catalogs<'valueMissing'> = {
  fr: { valueMissing: 'Sélectionnez une option' },
  en: { valueMissing: 'Select an option' },
};
