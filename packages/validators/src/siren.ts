import { isLuhnValid, luhnCheckDigit } from './checksums.js';
import { stripSeparators, toText } from './normalize.js';
import { fail, ok, type ValidationResult } from './result.js';

export type SirenKey = 'siren.empty' | 'siren.digits' | 'siren.length' | 'siren.checksum';

/** SIREN: 9 digits, the last a Luhn check digit (INSEE). Accepts "356 000 000", "356.000.000". */
export function validateSiren(input: unknown): ValidationResult<string, SirenKey> {
  const siren = stripSeparators(toText(input));
  if (siren === '') return fail('siren.empty');
  if (!/^\d+$/.test(siren)) return fail('siren.digits');
  if (siren.length !== 9) return fail('siren.length');
  if (!isLuhnValid(siren)) return fail('siren.checksum');
  return ok(siren);
}

/** Completes 8 digits into a valid SIREN; null when the input is not exactly 8 digits. */
export function completeSiren(first8: string): string | null {
  return /^\d{8}$/.test(first8) ? first8 + luhnCheckDigit(first8) : null;
}
