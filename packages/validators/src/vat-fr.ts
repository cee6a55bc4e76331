import { mod97 } from './checksums.js';
import { toText, stripSeparators } from './normalize.js';
import { fail, ok, type ValidationResult } from './result.js';
import { validateSiren } from './siren.js';

export type VatFrKey = 'vatFr.empty' | 'vatFr.format' | 'vatFr.siren' | 'vatFr.key';

// FR + 2-character key + SIREN. Keys use digits or capital letters except I and O (VIES format).
const VAT_FR = /^FR([0-9A-HJ-NP-Z]{2})(\d{9})$/;

function numericKey(siren: string): string {
  return String((12 + 3 * mod97(siren)) % 97).padStart(2, '0');
}

/**
 * French intra-community VAT number. A numeric key is checked against the SIREN:
 * (12 + 3 × (SIREN mod 97)) mod 97. Keys containing a letter come from an older DGFiP scheme
 * whose algorithm is not published: they are accepted on format only, and `keyVerified` says so,
 * so a caller can confirm them with VIES if it matters.
 */
export function validateVatFr(
  input: unknown,
): ValidationResult<string, VatFrKey, { siren: string; keyVerified: boolean }> {
  const vat = stripSeparators(toText(input)).toUpperCase();
  if (vat === '') return fail('vatFr.empty');
  const match = VAT_FR.exec(vat);
  if (!match) return fail('vatFr.format');
  const [, key = '', siren = ''] = match;
  if (!validateSiren(siren).valid) return fail('vatFr.siren');
  const keyVerified = /^\d{2}$/.test(key);
  if (keyVerified && key !== numericKey(siren)) return fail('vatFr.key');
  return ok(vat, { siren, keyVerified });
}

/** The VAT number of a company from its SIREN ("404 833 048" → "FR83404833048"), or null if the SIREN is invalid. */
export function vatFrFromSiren(siren: unknown): string | null {
  const result = validateSiren(siren);
  return result.valid ? `FR${numericKey(result.value)}${result.value}` : null;
}
