import { describe, expect, it } from 'vitest';
import { matchLanguage } from './lang.js';

describe('matchLanguage', () => {
  it('keeps the supported primary language of a BCP 47 tag', () => {
    expect(matchLanguage('fr')).toBe('fr');
    expect(matchLanguage('fr-CA')).toBe('fr');
    expect(matchLanguage('EN')).toBe('en');
    expect(matchLanguage('en_GB')).toBe('en');
    expect(matchLanguage(' en-US ')).toBe('en');
  });

  it('falls back to French for an empty, missing or unsupported tag', () => {
    expect(matchLanguage('')).toBe('fr');
    expect(matchLanguage(null)).toBe('fr');
    expect(matchLanguage(undefined)).toBe('fr');
    expect(matchLanguage('de')).toBe('fr');
    expect(matchLanguage('english')).toBe('fr');
  });
});
