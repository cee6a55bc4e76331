import { describe, expect, it } from 'vitest';
import { maxLength } from './max-length.js';

describe('maxLength', () => {
  it('counts an emoji once and reports how many characters were typed', () => {
    expect(maxLength(2)('😀😀')).toEqual({ valid: true, value: '😀😀' });
    expect(maxLength(2)('😀😀😀')).toEqual({
      valid: false,
      key: 'text.maxLength',
      params: { max: 2, length: 3 },
    });
    expect(maxLength(3)('  abc  ')).toEqual({ valid: true, value: 'abc' });
  });
});
