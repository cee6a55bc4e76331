import { describe, expect, it } from 'vitest';
import { minLength } from './min-length.js';

describe('minLength', () => {
  it('counts trimmed code points, after NFC normalisation', () => {
    expect(minLength(3)(' abc ')).toEqual({ valid: true, value: 'abc' });
    expect(minLength(3)('ab')).toEqual({ valid: false, key: 'text.minLength', params: { min: 3 } });
    expect(minLength(2)('e\u0301t')).toEqual({ valid: true, value: 'ét' }); // decomposed é counts once
    expect(minLength(2)('😀')).toMatchObject({ valid: false });
  });

  it('lets an empty value through, like HTML minlength', () => {
    expect(minLength(3)('')).toEqual({ valid: true, value: '' });
    expect(minLength(3)(undefined)).toEqual({ valid: true, value: '' });
  });
});
