import { defineStrings } from '@gouvkit/core';

/** What to do when no radio is chosen. */
export const radioGroupStrings = defineStrings<'valueMissing'>('gouv-radio-group', {
  fr: { valueMissing: 'Sélectionnez une option' },
  en: { valueMissing: 'Select an option' },
});
