import { describe, expect, it } from 'vitest';
import { parseNumber } from './parse-number.js';

describe('parseNumber', () => {
  it.each([
    ['12', 12],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['1 234,5', 1234.5],
    ['1\u202f234', 1234], // narrow no-break space, as Intl formats French numbers
    ['\u22123', -3],
    ['-0,5', -0.5],
    ['.5', 0.5],
    [7, 7],
    ['', null],
    [null, null],
  ])('reads %j as %j', (input, value) => {
    expect(parseNumber(input)).toBe(value);
  });

  it('reads bigints', () => {
    expect(parseNumber(10n)).toBe(10);
  });

  it.each(['abc', '1,234.5', '1e3', '12 €', Number.POSITIVE_INFINITY, Number.NaN, {}, '--1'])(
    'refuses %j',
    (input) => {
      expect(parseNumber(input)).toBeUndefined();
    },
  );
});
