import { describe, expect, it } from 'vitest';
import { codePointLength, isBlank, stripSeparators, toText } from './normalize.js';

describe('normalize', () => {
  it('toText keeps strings and non-negative safe integers only', () => {
    expect(toText(' a ')).toBe(' a ');
    expect(toText(356000000)).toBe('356000000');
    expect(toText(12n)).toBe('12');
    expect(toText(-1)).toBe('');
    expect(toText(1.5)).toBe('');
    expect(toText(1e21)).toBe('');
    expect(toText({ toString: () => '356000000' })).toBe('');
  });

  it('stripSeparators removes every kind of space, dot and dash', () => {
    expect(stripSeparators('1\u00a02\u202f3.4-5\u20136\u200b7 8\t9')).toBe('123456789');
  });

  it('isBlank', () => {
    expect([null, undefined, '', ' \n'].every(isBlank)).toBe(true);
    expect([0, false, 'a'].some(isBlank)).toBe(false);
  });

  it('codePointLength counts surrogate pairs once and lone surrogates as one each', () => {
    expect(codePointLength('a😀é')).toBe(3);
    expect(codePointLength('\ud800\ud800')).toBe(2);
  });
});
