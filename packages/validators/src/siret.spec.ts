import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './checksums.js';
import { validateSiret } from './siret.js';

function luhnOk(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map((c, i) => (i % 2 === 1 ? ((Number(c) * 2) % 10) + Math.floor((Number(c) * 2) / 10) : Number(c)))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

const digitSum = (s: string) => [...s].reduce((a, c) => a + Number(c), 0);

describe('validateSiret', () => {
  it.each([
    '73282932000074', // INSEE's example: 7th establishment of SIREN 732 829 320
    '13002526500013',
    '55208131766522',
    '12002701600563',
  ])('accepts %s, which passes an independent Luhn check', (siret) => {
    expect(luhnOk(siret)).toBe(true);
    expect(validateSiret(siret)).toEqual({
      valid: true,
      value: siret,
      siren: siret.slice(0, 9),
      nic: siret.slice(9),
    });
  });

  it('accepts La Poste establishments by the digit-sum rule', () => {
    expect(luhnOk('35600000049837')).toBe(false);
    expect(digitSum('35600000049837') % 5).toBe(0);
    expect(validateSiret('356 000 000 49837')).toMatchObject({ valid: true, value: '35600000049837' });
    // The head office is the one La Poste SIRET that follows Luhn instead.
    expect(digitSum('35600000000048') % 5).not.toBe(0);
    expect(validateSiret('35600000000048').valid).toBe(true);
    expect(validateSiret('35600000049838')).toEqual({ valid: false, key: 'siret.checksum' });
  });

  it('does not extend the digit-sum rule to other companies', () => {
    // Sum is a multiple of 5 but Luhn fails: only La Poste may use that rule.
    const siret = '73282932000072';
    expect(digitSum(siret) % 5).toBe(0);
    expect(luhnOk(siret)).toBe(false);
    expect(validateSiret(siret)).toEqual({ valid: false, key: 'siret.checksum' });
  });

  it('refuses a SIRET whose 14 digits pass Luhn but whose SIREN does not', () => {
    const siret = '12345678000014';
    expect(luhnOk(siret)).toBe(true);
    expect(luhnOk(siret.slice(0, 9))).toBe(false);
    expect(validateSiret(siret)).toEqual({ valid: false, key: 'siret.checksum' });
  });

  it.each([
    ['', 'siret.empty'],
    [undefined, 'siret.empty'],
    ['7328293200007A', 'siret.digits'],
    ['732829320 0007', 'siret.length'],
    ['732829320000745', 'siret.length'],
    ['73282932000075', 'siret.checksum'],
  ])('refuses %j with %s', (input, key) => {
    expect(validateSiret(input)).toEqual({ valid: false, key });
  });

  it('any valid SIREN + 4 digits + Luhn digit is valid, and one changed digit is not', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 });
    const nic = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 4, maxLength: 4 });
    fc.assert(
      fc.property(
        digits,
        nic,
        fc.nat(13),
        fc.integer({ min: 1, max: 9 }),
        (prefix, order, position, delta) => {
          fc.pre(prefix !== '35600000'); // La Poste has its own rule
          const siren = prefix + luhnCheckDigit(prefix);
          const body = siren + order;
          const siret = body + luhnCheckDigit(body);
          const typo =
            siret.slice(0, position) +
            String((Number(siret[position]) + delta) % 10) +
            siret.slice(position + 1);
          fc.pre(!typo.startsWith('356000000'));
          expect(validateSiret(siret).valid).toBe(true);
          expect(validateSiret(typo).valid).toBe(false);
        },
      ),
    );
  });
});
