import type { Catalogs } from '@gouvkit/core';

/**
 * Strings every field shares. A field's `strings` property also takes a message per native
 * constraint (`valueMissing`, `typeMismatch`, `tooShort`…) to say exactly what to do for that
 * field, as GOV.UK advises: « Saisissez votre nom de famille » rather than a generic text.
 */
export type FieldStringKey = 'requiredMarker' | 'errorPrefix';

export const fieldStrings: Catalogs<FieldStringKey> = {
  fr: { requiredMarker: 'obligatoire', errorPrefix: 'Erreur\u00a0:' },
  en: { requiredMarker: 'required', errorPrefix: 'Error:' },
};
