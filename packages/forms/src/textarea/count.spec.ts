import { describe, expect, it } from 'vitest';
import { countCharacters, countStatus, countWords, validLimit } from './count.js';

describe('textarea count', () => {
  it('counts characters as code points of the NFC form, line breaks once', () => {
    expect(countCharacters('')).toBe(0);
    expect(countCharacters('abc')).toBe(3);
    expect(countCharacters('e\u0301t\u00e9')).toBe(3); // é decomposed, then composed
    expect(countCharacters('😀😀')).toBe(2);
    expect(countCharacters('a\nb')).toBe(3);
    expect(countCharacters('  ')).toBe(2); // spaces the user typed count: they are sent
  });

  it('counts words as runs of non-space characters', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   ')).toBe(0);
    expect(countWords('Bonjour  le\nmonde ')).toBe(3);
    expect(countWords('l’État, c’est nous')).toBe(3);
    expect(countWords('a\u00a0b')).toBe(1); // a no-break space joins words
    expect(countWords('Montant\u00a0: 10\u202f000\u00a0€')).toBe(2);
  });

  it('says where the text stands against its limit', () => {
    expect(countStatus('abc', 5, 'characters')).toEqual({
      unit: 'characters',
      max: 5,
      count: 3,
      remaining: 2,
      key: 'charactersUnderLimit',
    });
    expect(countStatus('abcde', 5, 'characters').key).toBe('charactersAtLimit');
    expect(countStatus('abcdefgh', 5, 'characters')).toMatchObject({
      remaining: -3,
      key: 'charactersOverLimit',
    });
    expect(countStatus('un deux trois', 2, 'words')).toMatchObject({
      count: 3,
      remaining: -1,
      key: 'wordsOverLimit',
    });
  });

  it('accepts only positive whole limits', () => {
    expect(validLimit(200)).toBe(200);
    for (const bad of [0, -1, 1.5, Number.NaN, undefined, null]) expect(validLimit(bad)).toBe(null);
  });
});
