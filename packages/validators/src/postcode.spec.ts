import { describe, expect, it } from 'vitest';
import { validatePostcode } from './postcode.js';

describe('validatePostcode', () => {
  it.each([
    ['75001', '75001'],
    ['01000', '01000'],
    ['75 001', '75001'],
    ['20000', '20000'], // Ajaccio
    ['20200', '20200'], // Bastia
    ['97400', '97400'], // La Réunion
    ['97133', '97133'], // Saint-Barthélemy
    ['97500', '97500'], // Saint-Pierre-et-Miquelon
    ['97600', '97600'], // Mayotte
    ['98000', '98000'], // Monaco, served by La Poste
    ['98714', '98714'], // French Polynesia
    ['98800', '98800'], // New Caledonia
    [75001, '75001'],
  ])('accepts %j', (input, value) => {
    expect(validatePostcode(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'postcode.empty'],
    [null, 'postcode.empty'],
    ['7500', 'postcode.format'],
    [1000, 'postcode.format'], // a number field dropped the leading zero: we don't guess it back
    ['750011', 'postcode.format'],
    ['75-001', 'postcode.format'],
    ['7500A', 'postcode.format'],
    ['00100', 'postcode.invalid'],
    ['96000', 'postcode.invalid'],
    ['97700', 'postcode.invalid'],
    ['98500', 'postcode.invalid'],
    ['99000', 'postcode.invalid'],
  ])('refuses %j with %s', (input, key) => {
    expect(validatePostcode(input)).toEqual({ valid: false, key });
  });
});
