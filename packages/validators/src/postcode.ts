import { fail, ok, type ValidationResult } from './result.js';
import { toText } from './normalize.js';

export type PostcodeKey = 'postcode.empty' | 'postcode.format' | 'postcode.invalid';

/**
 * Structural check only: whether a commune has this code is the commune directory's job.
 * Valid: 01000–95999 (Corsica is 20000–20999, CEDEX codes are in these ranges too),
 * overseas 971xx–976xx (Guadeloupe, Martinique, Guyane, La Réunion, Saint-Pierre-et-Miquelon, Mayotte;
 * Saint-Barthélemy 97133 and Saint-Martin 97150 sit in 971),
 * 980xx (Monaco, served by La Poste), 984xx TAAF, 986xx Wallis-et-Futuna, 987xx French Polynesia,
 * 988xx New Caledonia. Refused: 00xxx (military sectors, not addresses), 96xxx, 977xx–979xx,
 * 981xx–983xx, 985xx, 989xx and 99xxx, which La Poste never assigns.
 */
function isStructurallyValid(code: string): boolean {
  const department = Number(code.slice(0, 2));
  if (department >= 1 && department <= 95) return true;
  const prefix = code.slice(0, 3);
  return /^97[1-6]$/.test(prefix) || /^98[04678]$/.test(prefix);
}

/** French postcode: 5 digits; "75 001" is accepted and returned as "75001". */
export function validatePostcode(input: unknown): ValidationResult<string, PostcodeKey> {
  const code = toText(input).replace(/[\s\u200b-\u200d\u2060]/g, '');
  if (code === '') return fail('postcode.empty');
  if (!/^\d{5}$/.test(code)) return fail('postcode.format');
  if (!isStructurallyValid(code)) return fail('postcode.invalid');
  return ok(code);
}
