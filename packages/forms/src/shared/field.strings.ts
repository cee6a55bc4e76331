import { defineStrings } from '@gouvkit/core';

/**
 * Strings every field shares (catalog `field`). A field's `strings` property also takes a
 * message per native constraint (`valueMissing`, `typeMismatch`, `tooShort`…) to say exactly
 * what to do for that field, as GOV.UK advises: « Saisissez votre nom de famille » rather than
 * a generic text.
 *
 * - `requiredMarker`: the tooltip of the asterisk after a label;
 * - `requiredLegend`: read after a group's legend, where no control says « required » itself;
 * - `errorPrefix`: read before each message;
 * - `validationPending`: while the code of a named validator is still loading.
 */
export type FieldStringKey = 'requiredMarker' | 'requiredLegend' | 'errorPrefix' | 'validationPending';

export const fieldStrings = defineStrings<FieldStringKey>('field', {
  fr: {
    requiredMarker: 'obligatoire',
    requiredLegend: '(obligatoire)',
    errorPrefix: 'Erreur\u00a0:',
    validationPending: 'Vérification en cours, réessayez dans un instant',
  },
  en: {
    requiredMarker: 'required',
    requiredLegend: '(required)',
    errorPrefix: 'Error:',
    validationPending: 'Checking, try again in a moment',
  },
});
