import {
  electronicFormatIBAN,
  friendlyFormatIBAN,
  getCountrySpecifications,
  validateIBAN,
  ValidationErrorsIBAN,
} from 'ibantools';
import { toText } from './normalize.js';
import { fail, ok, type ValidationResult } from './result.js';
import { isRibKeyValid, RIB_COUNTRIES } from './rib.js';

export type IbanKey =
  | 'iban.empty'
  | 'iban.format'
  | 'iban.country'
  | 'iban.countryNotAllowed'
  | 'iban.length'
  | 'iban.checksum'
  | 'iban.ribKey'
  | 'iban.nationalChecksum'
  | 'iban.qrIban';

export interface IbanOptions {
  /** Accepted country codes, e.g. ['FR'] or SEPA_COUNTRIES. All IBAN countries when omitted. */
  countries?: readonly string[];
}

const specifications = getCountrySpecifications();

/**
 * SEPA members known to ibantools, plus the French overseas departments and collectivities
 * the EPC includes through France (ibantools lists them as separate countries without the flag).
 */
export const SEPA_COUNTRIES: readonly string[] = [
  ...Object.keys(specifications).filter((code) => specifications[code]?.SEPA === true),
  ...'GF GP MQ RE YT BL MF PM'.split(' '),
].sort();

// What people paste from bank documents: "IBAN : FR76 …", with any kind of space.
function normalise(text: string): string {
  const compact = text.replace(/[\s\u200b-\u200d\u2060]/g, '').replace(/^IBAN:?/i, '');
  return electronicFormatIBAN(compact) ?? '';
}

function countriesParam(countries: readonly string[]): string {
  return countries.join(', ');
}

/**
 * IBAN of any country in the registry (ibantools), in electronic or printed form.
 * Returns the electronic form as `value` and the printed form (groups of 4) as `formatted`.
 */
export function validateIban(
  input: unknown,
  options: IbanOptions = {},
): ValidationResult<string, IbanKey, { formatted: string; country: string }> {
  const iban = normalise(toText(input));
  if (iban === '') return fail('iban.empty');
  if (!/^[A-Z0-9]+$/.test(iban)) return fail('iban.format');

  const country = iban.slice(0, 2);
  const spec = /^[A-Z]{2}$/.test(country) ? specifications[country] : undefined;
  if (!spec?.chars) return fail('iban.country');

  const allowed = typeof options === 'object' && options !== null ? options.countries : undefined;
  if (Array.isArray(allowed)) {
    const codes = allowed
      .filter((code): code is string => typeof code === 'string')
      .map((c) => c.toUpperCase());
    if (!codes.includes(country)) {
      return fail('iban.countryNotAllowed', { country, countries: countriesParam(codes) });
    }
  }

  // Checked before ibantools, whose checksum code is quadratic on a pasted megabyte.
  if (iban.length !== spec.chars) return fail('iban.length', { country, length: spec.chars });

  // QR-IBANs (Swiss QR-bills) cannot receive ordinary transfers, which is what a form collects.
  const { errorCodes } = validateIBAN(iban, { allowQRIBAN: false });
  const has = (code: ValidationErrorsIBAN) => errorCodes.includes(code);
  if (has(ValidationErrorsIBAN.WrongBBANFormat) || has(ValidationErrorsIBAN.ChecksumNotNumber)) {
    return fail('iban.format');
  }
  if (has(ValidationErrorsIBAN.WrongIBANChecksum)) return fail('iban.checksum');
  const isRib = RIB_COUNTRIES.includes(country);
  if (isRib && !isRibKeyValid(iban.slice(4))) return fail('iban.ribKey');
  if (has(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) return fail('iban.nationalChecksum');
  if (has(ValidationErrorsIBAN.QRIBANNotAllowed)) return fail('iban.qrIban');
  // Any other code a future ibantools adds: refuse rather than accept something it rejects.
  if (errorCodes.length > 0) return fail('iban.checksum');

  return ok(iban, { formatted: friendlyFormatIBAN(iban) ?? iban, country });
}
