import { mod97 } from './checksums.js';
import { stripSeparators, toText } from './normalize.js';
import { fail, ok, type ValidationFailure, type ValidationResult } from './result.js';

export type NirKey =
  | 'nir.empty'
  | 'nir.format'
  | 'nir.length'
  | 'nir.sex'
  | 'nir.month'
  | 'nir.departement'
  | 'nir.checksum'
  | 'nir.temporary'
  | 'nir.birthYearMismatch'
  | 'nir.birthMonthMismatch'
  | 'nir.departementMismatch';

export interface NirParts {
  /** From the first digit: odd is male, even is female. */
  sex: 'M' | 'F';
  /** First digit 3, 4, 7 or 8: a number given while registration is pending (NIA). */
  temporary: boolean;
  /** Last two digits of the birth year, as written ("05"): the century is not encoded. */
  birthYear: string;
  /** 1–12, or null when the NIR carries a code for an unknown month (see below). */
  birthMonth: number | null;
  /** Département at the time of birth: "75", "2A", "20" (Corsica before 1976), "971", or "99" (abroad). */
  departement: string;
  /** Commune within the département (3 digits; 2 for overseas), or the INSEE country code when born abroad. */
  commune: string;
  bornAbroad: boolean;
  /** Birth certificate order number within the commune and month. */
  order: string;
  key: string;
}

export interface NirOptions {
  /** Definitive numbers start with 1 or 2. Temporary ones (3, 4, 7, 8) are accepted unless this is false. */
  allowTemporary?: boolean;
  /** Cross-check with the birth date given elsewhere in the form. `year` may be 4 or 2 digits. */
  birthDate?: { year?: number; month?: number };
  /** Cross-check with the birth département given elsewhere ("75", "2A", "971", "99" for abroad). */
  departement?: string;
}

// Temporary numbers are accepted by default: foreign workers legitimately hold them for months
// while INSEE registers them, and refusing them would shut those users out of the service.
const DEFINITIVE_SEX = new Set(['1', '2']);
const TEMPORARY_SEX = new Set(['3', '4', '7', '8']);

/**
 * 01–12 is a month. NIRs built from incomplete civil records carry 20, 30–42 or 50–99 in place
 * of the month: valid, but they say nothing about the month (null). Other values (00, 13–19,
 * 21–29, 43–49) are refused: undefined.
 */
function birthMonth(code: string): number | null | undefined {
  const month = Number(code);
  if (month >= 1 && month <= 12) return month;
  if (month === 20 || (month >= 30 && month <= 42) || month >= 50) return null;
  return undefined;
}

/**
 * 01–96 (20 for Corsica before 1976; 91–96 were also used for Algeria, Morocco and Tunisia
 * before independence), 2A/2B, 97/98 followed by a third digit for overseas, 99 for abroad.
 */
function isDepartementCode(code: string): boolean {
  if (code === '2A' || code === '2B') return true;
  if (!/^\d{2}$/.test(code)) return false;
  const value = Number(code);
  return value >= 1 && value <= 99;
}

/**
 * The 2-digit key of the first 13 characters: 97 − (n mod 97), where Corsica's 2A and 2B
 * count as 19 and 18. Null when the 13 characters are not a NIR body.
 */
export function nirKey(first13: string): string | null {
  if (!/^\d{5}(?:\d{2}|2A|2B)\d{6}$/.test(first13)) return null;
  const numeric = first13.replace(/^(\d{5})2A/, '$119').replace(/^(\d{5})2B/, '$118');
  return String(97 - mod97(numeric)).padStart(2, '0');
}

function parts(nir: string, month: number | null): NirParts {
  const overseas = nir.startsWith('97', 5) || nir.startsWith('98', 5);
  const departement = nir.slice(5, overseas ? 8 : 7);
  const sexDigit = nir.charAt(0);
  return {
    sex: Number(sexDigit) % 2 === 1 ? 'M' : 'F',
    temporary: TEMPORARY_SEX.has(sexDigit),
    birthYear: nir.slice(1, 3),
    birthMonth: month,
    departement,
    commune: nir.slice(overseas ? 8 : 7, 10),
    bornAbroad: departement === '99',
    order: nir.slice(10, 13),
    key: nir.slice(13),
  };
}

function normaliseDepartement(value: string): string {
  const code = value.trim().toUpperCase();
  return /^\d$/.test(code) ? `0${code}` : code;
}

function departementMatches(nirDepartement: string, expected: string): boolean {
  // People born in Corsica before the 1976 split kept 20 in their NIR.
  if (nirDepartement === '20') return expected === '20' || expected === '2A' || expected === '2B';
  return nirDepartement === expected;
}

type Mismatch = 'nir.birthYearMismatch' | 'nir.birthMonthMismatch' | 'nir.departementMismatch';

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function checkConsistency(parsed: NirParts, options: NirOptions): ValidationFailure<Mismatch> | null {
  // Options may come from untyped code: anything malformed is ignored rather than trusted.
  const { birthDate, departement } = options;
  if (typeof birthDate === 'object' && birthDate !== null) {
    const { year, month } = birthDate;
    if (isCount(year) && String(year % 100).padStart(2, '0') !== parsed.birthYear) {
      return fail('nir.birthYearMismatch', { year });
    }
    // An unknown-month NIR cannot contradict any month.
    if (isCount(month) && parsed.birthMonth !== null && month !== parsed.birthMonth) {
      return fail('nir.birthMonthMismatch');
    }
  }
  if (typeof departement === 'string' && departement.trim() !== '') {
    const expected = normaliseDepartement(departement);
    if (!departementMatches(parsed.departement, expected)) {
      return fail('nir.departementMismatch', { departement: expected });
    }
  }
  return null;
}

/**
 * French social security number (NIR): 13 characters + 2-digit key, spaces allowed
 * ("1 85 05 78 006 084 36"). Returns the 15 characters and their meaning in `parts`.
 */
export function validateNir(
  input: unknown,
  options: NirOptions = {},
): ValidationResult<string, NirKey, { parts: NirParts }> {
  const nir = stripSeparators(toText(input)).toUpperCase();
  if (nir === '') return fail('nir.empty');
  if (/[^0-9AB]/.test(nir)) return fail('nir.format');
  if (nir.length !== 15) return fail('nir.length');
  // A or B only make sense as the Corsican département (2A, 2B).
  if (!/^\d{5}..\d{8}$/.test(nir)) return fail('nir.format');

  const sexDigit = nir.charAt(0);
  if (!DEFINITIVE_SEX.has(sexDigit) && !TEMPORARY_SEX.has(sexDigit)) return fail('nir.sex');
  const month = birthMonth(nir.slice(3, 5));
  if (month === undefined) return fail('nir.month');
  if (!isDepartementCode(nir.slice(5, 7))) return fail('nir.departement');
  if (nirKey(nir.slice(0, 13)) !== nir.slice(13)) return fail('nir.checksum');

  const parsed = parts(nir, month);
  const safeOptions: NirOptions = typeof options === 'object' && options !== null ? options : {};
  if (parsed.temporary && safeOptions.allowTemporary === false) return fail('nir.temporary');
  const mismatch = checkConsistency(parsed, safeOptions);
  if (mismatch) return mismatch;
  return ok(nir, { parts: parsed });
}

/** The meaning of a valid NIR (sex, birth year and month, place, order), or null if it is not valid. */
export function parseNir(input: unknown): NirParts | null {
  const result = validateNir(input);
  return result.valid ? result.parts : null;
}
