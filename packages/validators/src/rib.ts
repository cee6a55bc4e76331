import { mod97 } from './checksums.js';

/**
 * Countries whose IBAN carries a French RIB (bank 5, branch 5, account 11, key 2): France,
 * Monaco and the overseas territories that use French banks. ibantools checks the RIB key
 * for FR and MC only, so a mistyped Réunion or Polynesia IBAN with a recomputed IBAN checksum
 * would get through; we check all of them ourselves.
 */
export const RIB_COUNTRIES: readonly string[] = 'FR MC GF GP MQ RE YT BL MF PM NC PF WF TF'.split(' ');

// Letters in account numbers count as digits by the Banque de France table:
// A–I → 1–9, J–R → 1–9, S–Z → 2–9.
function ribDigit(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 48 && code <= 57) return char;
  if (code >= 65 && code <= 73) return String(code - 64);
  if (code >= 74 && code <= 82) return String(code - 73);
  if (code >= 83 && code <= 90) return String(code - 81);
  return '';
}

/** True when a 23-character French BBAN (RIB) has a correct key: the whole is divisible by 97. */
export function isRibKeyValid(bban: string): boolean {
  if (!/^\d{10}[0-9A-Z]{11}\d{2}$/.test(bban)) return false;
  return mod97(Array.from(bban, ribDigit).join('')) === 0;
}
