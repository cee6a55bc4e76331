import { describe, expect, it } from 'vitest';
import { min } from './min.js';

describe('min', () => {
  it('compares numbers typed the French way', () => {
    expect(min(0)('3,5')).toEqual({ valid: true, value: 3.5 });
    expect(min(5)('5')).toEqual({ valid: true, value: 5 });
    expect(min(5)('3')).toEqual({ valid: false, key: 'number.min', params: { min: 5 } });
    expect(min(0)('abc')).toEqual({ valid: false, key: 'number.invalid' });
  });

  it('lets an empty value through as null', () => {
    expect(min(1)('')).toEqual({ valid: true, value: null });
  });
});
