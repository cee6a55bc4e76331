import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { completeSiren, validateSiren } from './siren.js';

// Independent Luhn for cross-checking: double every second digit from the right.
function luhnOk(digits: string): boolean {
  const sum = [...digits]
    .reverse()
    .map((c, i) => (i % 2 === 1 ? ((Number(c) * 2) % 10) + Math.floor((Number(c) * 2) / 10) : Number(c)))
    .reduce((a, b) => a + b, 0);
  return sum % 10 === 0;
}

const digits = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });

describe('validateSiren', () => {
  it.each([
    ['356000000', '356000000'], // La Poste
    ['732 829 320', '732829320'], // INSEE's own example of a SIREN
    ['404.833.048', '404833048'],
    ['130025265', '130025265'],
    [' 552-081-317 ', '552081317'],
    ['356\u00a0000\u202f000', '356000000'], // no-break and narrow no-break spaces pasted from a PDF
    [356000000, '356000000'],
  ])('accepts %j', (input, value) => {
    expect(luhnOk(value)).toBe(true);
    expect(validateSiren(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'siren.empty'],
    ['   ', 'siren.empty'],
    [null, 'siren.empty'],
    [{}, 'siren.empty'],
    ['35600000A', 'siren.digits'],
    ['３５６０００００', 'siren.digits'], // full-width digits are not silently converted
    ['35600000', 'siren.length'],
    ['3560000000', 'siren.length'],
    ['356000001', 'siren.checksum'],
    ['732829321', 'siren.checksum'],
  ])('refuses %j with %s', (input, key) => {
    expect(validateSiren(input)).toEqual({ valid: false, key });
  });

  it('appending the Luhn digit to any 8 digits gives a valid SIREN', () => {
    fc.assert(
      fc.property(digits(8), (prefix) => {
        const siren = completeSiren(prefix);
        expect(siren).not.toBeNull();
        expect(luhnOk(siren!)).toBe(true);
        expect(validateSiren(siren).valid).toBe(true);
      }),
    );
  });

  it('changing any one digit of a valid SIREN makes it invalid', () => {
    fc.assert(
      fc.property(digits(8), fc.nat(8), fc.integer({ min: 1, max: 9 }), (prefix, position, delta) => {
        const siren = completeSiren(prefix)!;
        const changed = String((Number(siren[position]) + delta) % 10);
        const typo = siren.slice(0, position) + changed + siren.slice(position + 1);
        expect(validateSiren(typo)).toEqual({ valid: false, key: 'siren.checksum' });
      }),
    );
  });

  it('completeSiren refuses anything but 8 digits', () => {
    expect(completeSiren('1234567')).toBeNull();
    expect(completeSiren('1234567a')).toBeNull();
  });
});
