import { fail, ok, type ValidationResult } from './result.js';
import { stripSeparators, toText } from './normalize.js';

export type PhoneFrKey =
  'phone.empty' | 'phone.format' | 'phone.length' | 'phone.prefix' | 'phone.foreign' | 'phone.notMobile';

/** 01–05 geographic, 06/07 mobile, 08 special rate or free, 09 non-geographic (internet boxes, VoIP). */
export type PhoneKind = 'landline' | 'mobile' | 'special' | 'voip';

export interface PhoneFrOptions {
  mobileOnly?: boolean;
}

/**
 * Overseas departments share the French 10-digit plan (0692 12 34 56 is dialled as is from
 * Paris) but have their own country codes, so their E.164 form is +262 692…, not +33 692….
 * Geographic and mobile prefixes by territory, from the ITU/ARCEP allocations.
 * Saint-Pierre-et-Miquelon (+508), Wallis-et-Futuna (+681), New Caledonia (+687) and French
 * Polynesia (+689) use their own 6- or 8-digit plans, which don't fit the 0X XX XX XX XX format
 * this validator is about: they are refused as foreign, like +269 (Comoros; Mayotte moved to +262).
 */
// Grouped by territory; longer prefixes first so the first match is the most specific.
// prettier-ignore
const OVERSEAS_PREFIXES: ReadonlyArray<readonly [prefix: string, countryCode: string]> = [
  ['70935', '262'], ['70936', '262'], ['70937', '262'],
  ['2688', '262'], ['2689', '262'], ['5987', '590'], ['5988', '594'], ['5989', '596'],
  ['7090', '590'], ['7091', '596'], ['7092', '262'], ['7093', '594'],
  ['262', '262'], ['263', '262'], ['269', '262'], ['639', '262'], ['692', '262'], ['693', '262'], // Réunion, Mayotte
  ['590', '590'], ['690', '590'], ['691', '590'], // Guadeloupe, Saint-Barthélemy, Saint-Martin
  ['594', '594'], ['694', '594'], // Guyane
  ['596', '596'], ['696', '596'], ['697', '596'], // Martinique
];
const OVERSEAS_CODES = ['262', '590', '594', '596'];

/** Country code for a 9-digit national significant number. */
function countryCodeOf(nsn: string): string {
  return OVERSEAS_PREFIXES.find(([prefix]) => nsn.startsWith(prefix))?.[1] ?? '33';
}

function kindOf(nsn: string): PhoneKind {
  const first = nsn.charAt(0);
  if (first === '6' || first === '7') return 'mobile';
  if (first === '8') return 'special';
  if (first === '9') return 'voip';
  return 'landline';
}

// Digits, the + sign, spaces, dots, dashes, slashes and the "(0)" of "+33 (0)6…".
const ALLOWED = /^\+?[\d\s\u200b-\u200d\u2060.\-\u2010-\u2015\u2212/()]*$/;

interface Dialled {
  /** Country code typed by the user, or null for a national number. */
  countryCode: string | null;
  nsn: string;
}

type ParseError = 'phone.length' | 'phone.prefix' | 'phone.foreign' | 'phone.format';

function parse(text: string): Dialled | ParseError {
  const compact = stripSeparators(text).replace(/\//g, '');
  // "00" is the international prefix only when a country code can follow it: "00 12 34 56 78"
  // is a typo in a national number, not a call abroad.
  const international = compact.startsWith('+') || (compact.startsWith('00') && compact.length > 10);
  const body = international
    ? compact
        .replace(/^(\+|00)/, '')
        .replace(/\(0\)/g, '')
        .replace(/[()]/g, '')
    : compact.replace(/[()]/g, '');
  if (!/^\d*$/.test(body)) return 'phone.format';

  if (!international) {
    if (body.length !== 10) return 'phone.length';
    if (!/^0[1-9]/.test(body)) return 'phone.prefix';
    return { countryCode: null, nsn: body.slice(1) };
  }
  const countryCode = ['33', ...OVERSEAS_CODES].find((code) => body.startsWith(code));
  if (countryCode === undefined) return body === '' ? 'phone.length' : 'phone.foreign';
  let nsn = body.slice(countryCode.length);
  // "+33 06 12 34 56 78": the national 0 kept after the country code.
  if (nsn.length === 10 && nsn.startsWith('0')) nsn = nsn.slice(1);
  if (nsn.length !== 9) return 'phone.length';
  if (nsn.startsWith('0')) return 'phone.prefix';
  return { countryCode, nsn };
}

function e164CountryCode({ countryCode, nsn }: Dialled): string | null {
  const expected = countryCodeOf(nsn);
  // +33 692… is a common mistake for +262 692…: the prefix tells us which territory it is.
  if (countryCode === null || countryCode === '33') return expected;
  if (countryCode === expected) return countryCode;
  // Overseas 08/09 ranges are not all listed above: trust the country code typed for those.
  if (expected === '33' && /^[89]/.test(nsn)) return countryCode;
  return null;
}

/** "612345678" → "06 12 34 56 78". */
function nationalFormat(nsn: string): string {
  return `0${nsn}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}

/**
 * French phone number in any usual writing (0X XX XX XX XX, with dots or dashes, +33 X…, 0033 X…,
 * +33 (0)X…), overseas departments included. `value` is E.164 (+33612345678), `national` the
 * display form (06 12 34 56 78).
 */
export function validatePhoneFr(
  input: unknown,
  options: PhoneFrOptions = {},
): ValidationResult<string, PhoneFrKey, { national: string; kind: PhoneKind }> {
  const text = toText(input).trim();
  if (text === '') return fail('phone.empty');
  if (!ALLOWED.test(text)) return fail('phone.format');
  const dialled = parse(text);
  if (typeof dialled === 'string') return fail(dialled);
  const countryCode = e164CountryCode(dialled);
  if (countryCode === null) return fail('phone.prefix');

  const kind = kindOf(dialled.nsn);
  const mobileOnly = typeof options === 'object' && options !== null && options.mobileOnly === true;
  if (mobileOnly && kind !== 'mobile') return fail('phone.notMobile');
  return ok(`+${countryCode}${dialled.nsn}`, { national: nationalFormat(dialled.nsn), kind });
}
