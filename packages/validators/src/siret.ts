import { digitSum, isLuhnValid } from './checksums.js';
import { stripSeparators, toText } from './normalize.js';
import { fail, ok, type ValidationResult } from './result.js';

export type SiretKey = 'siret.empty' | 'siret.digits' | 'siret.length' | 'siret.checksum';

/**
 * When La Poste became a company (2010) all its offices were put under one SIREN, more
 * establishments than the 4-digit NIC + Luhn key can number; INSEE checks those SIRETs with
 * "sum of the 14 digits is a multiple of 5" instead. The head office 35600000000048 is the
 * exception that still passes Luhn, hence "either rule" below.
 */
const LA_POSTE_SIREN = '356000000';

function isSiretChecksumValid(siret: string): boolean {
  // Every SIRET embeds a real SIREN: checking it too catches typos that cancel out in the
  // 14-digit sum.
  if (!isLuhnValid(siret.slice(0, 9))) return false;
  if (isLuhnValid(siret)) return true;
  return siret.startsWith(LA_POSTE_SIREN) && digitSum(siret) % 5 === 0;
}

/** SIRET: 14 digits = SIREN (9) + NIC (5), Luhn over the 14, with the La Poste exception. */
export function validateSiret(
  input: unknown,
): ValidationResult<string, SiretKey, { siren: string; nic: string }> {
  const siret = stripSeparators(toText(input));
  if (siret === '') return fail('siret.empty');
  if (!/^\d+$/.test(siret)) return fail('siret.digits');
  if (siret.length !== 14) return fail('siret.length');
  if (!isSiretChecksumValid(siret)) return fail('siret.checksum');
  return ok(siret, { siren: siret.slice(0, 9), nic: siret.slice(9) });
}
