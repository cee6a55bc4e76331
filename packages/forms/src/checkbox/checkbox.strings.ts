import { defineStrings } from '@gouvkit/core';

/** What to do when a required box is left unticked (GOV.UK: say what to do, not what is wrong). */
export const checkboxStrings = defineStrings<'valueMissing'>('gouv-checkbox', {
  fr: { valueMissing: 'Cochez cette case pour continuer' },
  en: { valueMissing: 'Tick this box to continue' },
});
