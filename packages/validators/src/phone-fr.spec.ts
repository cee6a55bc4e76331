import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validatePhoneFr } from './phone-fr.js';

describe('validatePhoneFr', () => {
  it.each([
    '06 12 34 56 78',
    '0612345678',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '06/12/34/56/78',
    '+33 6 12 34 56 78',
    '+33612345678',
    '0033 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '+33 06 12 34 56 78',
    '(0)6 12 34 56 78',
    ' 06\u00a012\u00a034\u00a056\u00a078 ',
  ])('reads %j as +33612345678', (input) => {
    expect(validatePhoneFr(input)).toEqual({
      valid: true,
      value: '+33612345678',
      national: '06 12 34 56 78',
      kind: 'mobile',
    });
  });

  it.each([
    ['01 22 33 44 55', '+33122334455', 'landline'],
    ['05 61 22 33 44', '+33561223344', 'landline'],
    ['07 51 22 33 44', '+33751223344', 'mobile'],
    ['08 00 12 34 56', '+33800123456', 'special'],
    ['09 70 12 34 56', '+33970123456', 'voip'],
  ])('classifies %s', (input, e164, kind) => {
    expect(validatePhoneFr(input)).toMatchObject({ valid: true, value: e164, kind });
  });

  it.each([
    ['0692 12 34 56', '+262692123456', 'mobile'], // La Réunion
    ['0262 12 34 56', '+262262123456', 'landline'],
    ['0639 12 34 56', '+262639123456', 'mobile'], // Mayotte
    ['0690 12 34 56', '+590690123456', 'mobile'], // Guadeloupe
    ['0594 12 34 56', '+594594123456', 'landline'], // Guyane
    ['0696 12 34 56', '+596696123456', 'mobile'], // Martinique
    ['+262 692 12 34 56', '+262692123456', 'mobile'],
    ['+33 6 92 12 34 56', '+262692123456', 'mobile'], // common mistake, corrected
    ['00590 590 12 34 56', '+590590123456', 'landline'],
    ['+262 9 76 22 12 34', '+262976221234', 'voip'], // overseas 09 ranges trust the code typed
  ])('gives overseas numbers their own country code: %s', (input, e164, kind) => {
    expect(validatePhoneFr(input)).toMatchObject({ valid: true, value: e164, kind });
  });

  it('can require a mobile number', () => {
    expect(validatePhoneFr('06 12 34 56 78', { mobileOnly: true }).valid).toBe(true);
    expect(validatePhoneFr('0692 12 34 56', { mobileOnly: true }).valid).toBe(true);
    expect(validatePhoneFr('01 22 33 44 55', { mobileOnly: true })).toEqual({
      valid: false,
      key: 'phone.notMobile',
    });
  });

  it.each([
    ['', 'phone.empty'],
    [undefined, 'phone.empty'],
    ['06 12 34 56 7a', 'phone.format'],
    ['06 12 34 56 78 ext 2', 'phone.format'],
    ['6+33 12 34 56 78', 'phone.format'],
    ['06 12 34 56 7', 'phone.length'],
    ['06 12 34 56 78 9', 'phone.length'],
    ['+33 6 12 34 56', 'phone.length'],
    ['+', 'phone.length'],
    ['612345678', 'phone.length'],
    ['6123456789', 'phone.prefix'],
    ['00 12 34 56 78', 'phone.prefix'],
    ['+33 0 12 34 56 78', 'phone.prefix'], // trunk 0 kept but a digit missing
    ['+33 012 345 678', 'phone.prefix'],
    ['+262 6 12 34 56 78', 'phone.prefix'], // a mainland mobile under Réunion's code
    ['+44 20 7946 0958', 'phone.foreign'],
    ['+687 12 34 56', 'phone.foreign'], // New Caledonia: its own 6-digit plan
    ['+269 773 12 34', 'phone.foreign'], // Comoros, Mayotte's code before 2007
  ])('refuses %j with %s', (input, key) => {
    expect(validatePhoneFr(input)).toEqual({ valid: false, key });
  });

  it('formatting a valid number then validating it gives the same E.164', () => {
    const nsn = fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 99_999_999 }))
      .map(([first, rest]) => `${first}${String(rest).padStart(8, '0')}`);
    fc.assert(
      fc.property(nsn, fc.constantFrom(' ', '.', '-', ''), (digits, separator) => {
        const first = validatePhoneFr(`0${digits}`);
        if (!first.valid) throw new Error(`0${digits} refused with ${first.key}`);
        expect(first.national).toMatch(/^0\d(?: \d{2}){4}$/);
        for (const again of [first.value, first.national, first.national.replace(/ /g, separator)]) {
          expect(validatePhoneFr(again)).toEqual(first);
        }
      }),
    );
  });
});
