import fc from 'fast-check';
import { composeIBAN, isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import { SEPA_COUNTRIES, validateIban } from './iban.js';

/** RIB key by the Banque de France weighted formula, independent of the mod-97-of-the-whole check in rib.ts. */
function ribKey(bank: string, branch: string, account: string): string {
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const values = '12345678912345678923456789';
  const numeric = account.replace(/[A-Z]/g, (c) => values.charAt(letters.indexOf(c)));
  const sum = 89n * BigInt(bank) + 15n * BigInt(branch) + 3n * BigInt(numeric);
  return String(97n - (sum % 97n)).padStart(2, '0');
}

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const accountNumber = fc.string({
  unit: fc.constantFrom(...'0123456789ABCDEFGHJKLMNPRSTUVWXYZ'),
  minLength: 11,
  maxLength: 11,
});

describe('validateIban', () => {
  it('accepts a French IBAN in printed or electronic form', () => {
    expect(isValidIBAN('FR7630006000011234567890189')).toBe(true);
    expect(ribKey('30006', '00001', '12345678901')).toBe('89');
    const expected = {
      valid: true,
      value: 'FR7630006000011234567890189',
      formatted: 'FR76 3000 6000 0112 3456 7890 189',
      country: 'FR',
    };
    expect(validateIban('FR76 3000 6000 0112 3456 7890 189')).toEqual(expected);
    expect(validateIban('fr7630006000011234567890189')).toEqual(expected);
    expect(validateIban('IBAN : FR76\u00a03000\u00a06000\u00a00112\u00a03456\u00a07890\u00a0189')).toEqual(
      expected,
    );
  });

  it('accepts other countries', () => {
    expect(validateIban('DE89 3704 0044 0532 0130 00')).toMatchObject({ valid: true, country: 'DE' });
    expect(validateIban('GB82WEST12345698765432')).toMatchObject({ valid: true, country: 'GB' });
    expect(validateIban('BE68539007547034')).toMatchObject({ valid: true, country: 'BE' });
  });

  it('restricts countries when asked', () => {
    const german = 'DE89370400440532013000';
    expect(validateIban(german, { countries: ['FR', 'MC'] })).toEqual({
      valid: false,
      key: 'iban.countryNotAllowed',
      params: { country: 'DE', countries: 'FR, MC' },
    });
    expect(validateIban(german, { countries: SEPA_COUNTRIES }).valid).toBe(true);
    expect(validateIban('FR7630006000011234567890189', { countries: ['fr'] }).valid).toBe(true);
    // Brazil is in the IBAN registry but not in SEPA.
    expect(validateIban('BR1800360305000010009795493C1', { countries: SEPA_COUNTRIES })).toMatchObject({
      key: 'iban.countryNotAllowed',
    });
  });

  it('counts the French overseas territories in SEPA', () => {
    expect(SEPA_COUNTRIES).toEqual(expect.arrayContaining(['FR', 'DE', 'RE', 'GP', 'MQ', 'GF', 'YT']));
    expect(SEPA_COUNTRIES).not.toContain('NC');
  });

  it('checks the RIB key where ibantools does not (overseas territories)', () => {
    const badRib = '30006000011234567890188';
    const reunion = composeIBAN({ countryCode: 'RE', bban: badRib });
    expect(reunion).not.toBeNull();
    expect(isValidIBAN(reunion!)).toBe(true); // what we are guarding against
    expect(validateIban(reunion)).toEqual({ valid: false, key: 'iban.ribKey' });
    expect(validateIban(composeIBAN({ countryCode: 'FR', bban: badRib }))).toEqual({
      valid: false,
      key: 'iban.ribKey',
    });
    expect(validateIban(composeIBAN({ countryCode: 'RE', bban: '30006000011234567890189' })).valid).toBe(
      true,
    );
  });

  it.each([
    ['', 'iban.empty'],
    [null, 'iban.empty'],
    ['FR76 3000 6000 0112 3456 7890 18!', 'iban.format'],
    ['FR7A30006000011234567890189', 'iban.format'],
    ['FR76300060000112345678901AB', 'iban.format'],
    ['XX7630006000011234567890189', 'iban.country'],
    ['7630006000011234567890189', 'iban.country'],
    ['FR773000600001123456789018', 'iban.length'],
    ['FR7730006000011234567890189', 'iban.checksum'],
    ['BE41539007547035', 'iban.nationalChecksum'], // Belgian account check digits wrong, IBAN checksum right,
    ['CH4431999123000889012', 'iban.qrIban'],
  ])('refuses %j with %s', (input, key) => {
    expect(validateIban(input)).toMatchObject({ valid: false, key });
  });

  it('gives the expected length for the country', () => {
    expect(validateIban('FR763000600001123456789018')).toEqual({
      valid: false,
      key: 'iban.length',
      params: { country: 'FR', length: 27 },
    });
  });

  it('electronic ↔ formatted round-trip on random French IBANs', () => {
    fc.assert(
      fc.property(digits(5), digits(5), accountNumber, (bank, branch, account) => {
        const iban = composeIBAN({
          countryCode: 'FR',
          bban: bank + branch + account + ribKey(bank, branch, account),
        });
        const result = validateIban(iban);
        if (!result.valid) throw new Error(`${iban} refused with ${result.key}`);
        expect(result.formatted.replace(/ /g, '')).toBe(result.value);
        expect(result.formatted).toMatch(/^(?:[A-Z0-9]{4} ){6}[A-Z0-9]{3}$/);
        expect(validateIban(result.formatted)).toEqual(result);
        expect(validateIban(result.value.toLowerCase())).toEqual(result);
      }),
    );
  });
});
