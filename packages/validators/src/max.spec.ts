import { describe, expect, it } from 'vitest';
import { max } from './max.js';

describe('max', () => {
  it('compares numbers typed the French way', () => {
    expect(max(10)('10')).toEqual({ valid: true, value: 10 });
    expect(max(10)('10,01')).toEqual({ valid: false, key: 'number.max', params: { max: 10 } });
    expect(max(0)({})).toEqual({ valid: false, key: 'number.invalid' });
  });

  it('lets an empty value through as null', () => {
    expect(max(1)(undefined)).toEqual({ valid: true, value: null });
  });
});
