import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { luhnCheckDigit } from './checksums.js';
import { validateVatFr, vatFrFromSiren } from './vat-fr.js';

// Independent key computation with BigInt, straight from the DGFiP formula.
const key = (siren: string) => String((12n + 3n * (BigInt(siren) % 97n)) % 97n).padStart(2, '0');

describe('validateVatFr', () => {
  it.each([
    ['FR83404833048', '404833048'],
    ['fr 83 404 833 048', '404833048'],
    ['FR39356000000', '356000000'], // La Poste
  ])('accepts %j', (input, siren) => {
    const vat = `FR${key(siren)}${siren}`;
    expect(validateVatFr(input)).toEqual({ valid: true, value: vat, siren, keyVerified: true });
  });

  it('accepts an old alphanumeric key on format only, and says so', () => {
    expect(validateVatFr('FRK7404833048')).toEqual({
      valid: true,
      value: 'FRK7404833048',
      siren: '404833048',
      keyVerified: false,
    });
  });

  it.each([
    ['', 'vatFr.empty'],
    [42, 'vatFr.format'],
    ['404833048', 'vatFr.format'], // SIREN alone: the FR and key are missing
    ['DE83404833048', 'vatFr.format'],
    ['FRI7404833048', 'vatFr.format'], // I and O are never used in keys
    ['FR8340483304', 'vatFr.format'],
    ['FR00123456789', 'vatFr.siren'],
    ['FR84404833048', 'vatFr.key'],
  ])('refuses %j with %s', (input, expected) => {
    expect(validateVatFr(input)).toEqual({ valid: false, key: expected });
  });

  it('vatFrFromSiren builds a number that validates, for any valid SIREN', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(digits, (prefix) => {
        const siren = prefix + luhnCheckDigit(prefix);
        const vat = vatFrFromSiren(siren);
        expect(vat).toBe(`FR${key(siren)}${siren}`);
        expect(validateVatFr(vat)).toMatchObject({ valid: true, siren, keyVerified: true });
      }),
    );
  });

  it('vatFrFromSiren accepts formatted input and returns null for an invalid SIREN', () => {
    expect(vatFrFromSiren('404 833 048')).toBe('FR83404833048');
    expect(vatFrFromSiren('404833049')).toBeNull();
    expect(vatFrFromSiren(undefined)).toBeNull();
  });
});
