import { defineStrings } from '@gouvkit/core';

/** What to do when a required group has no box ticked. */
export const checkboxGroupStrings = defineStrings<'valueMissing'>('gouv-checkbox-group', {
  fr: { valueMissing: 'Sélectionnez au moins une option' },
  en: { valueMissing: 'Select at least one option' },
});
