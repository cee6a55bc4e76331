import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitSum, isLuhnValid, luhnCheckDigit, mod97 } from './checksums.js';

describe('checksums', () => {
  it('Luhn accepts published numbers and rejects a changed digit', () => {
    expect(isLuhnValid('79927398713')).toBe(true); // the textbook Luhn example
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(luhnCheckDigit('7992739871')).toBe('3');
  });

  it('mod97 agrees with BigInt on numbers far beyond 2^53', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 }),
        (digits) => {
          expect(mod97(digits)).toBe(Number(BigInt(digits) % 97n));
        },
      ),
    );
  });

  it('digitSum adds the digits', () => {
    expect(digitSum('35600000049837')).toBe(45);
  });
});
