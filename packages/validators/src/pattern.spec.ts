import { describe, expect, it } from 'vitest';
import { pattern } from './pattern.js';

describe('pattern', () => {
  it('matches the whole value', () => {
    const plate = pattern(/[A-Z]{2}-\d{3}-[A-Z]{2}/, { example: 'AB-123-CD' });
    expect(plate('AB-123-CD')).toEqual({ valid: true, value: 'AB-123-CD' });
    expect(plate('xAB-123-CDx')).toEqual({
      valid: false,
      key: 'text.patternExample',
      params: { example: 'AB-123-CD' },
    });
    expect(pattern('\\d+')('12a')).toEqual({ valid: false, key: 'text.pattern' });
    expect(pattern('a|b')('ab')).toEqual({ valid: false, key: 'text.pattern' });
  });

  it('lets an empty value through, like the HTML attribute', () => {
    expect(pattern('\\d+')('')).toEqual({ valid: true, value: '' });
  });

  it('keeps no state between calls with a global regexp', () => {
    const digits = pattern(/\d+/g);
    expect(digits('123').valid).toBe(true);
    expect(digits('123').valid).toBe(true);
  });

  it('throws at set-up time for an invalid pattern, never at validation time', () => {
    expect(() => pattern('(')).toThrow(SyntaxError);
  });
});
