import {
  validateEmail,
  validateIban,
  validateNir,
  validatePhoneFr,
  validatePostcode,
  validateSiren,
  validateSiret,
  validateUrl,
  validateVatFr,
  type ValidationResult,
} from '@gouvkit/validators';

/**
 * Validators a field names in HTML (`<gouv-input validate="siret">`), so a plain page gets
 * French checks without writing script. Each runs only on a non-empty value: emptiness is
 * `required`'s job, with its own message.
 */
export const BUILTIN_VALIDATORS = {
  siren: validateSiren,
  siret: validateSiret,
  'vat-fr': validateVatFr,
  nir: validateNir,
  iban: validateIban,
  'phone-fr': validatePhoneFr,
  postcode: validatePostcode,
  email: validateEmail,
  url: validateUrl,
} satisfies Record<string, (input: unknown) => ValidationResult<unknown>>;

export type BuiltinValidatorName = keyof typeof BUILTIN_VALIDATORS;

export function isBuiltinValidator(name: string): name is BuiltinValidatorName {
  return Object.hasOwn(BUILTIN_VALIDATORS, name);
}
