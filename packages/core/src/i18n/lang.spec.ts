import { afterEach, describe, expect, it } from 'vitest';
import { matchLanguage } from './lang.js';
import { registerLanguage, resetLanguages } from './registry.js';

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

describe('matchLanguage with registered languages', () => {
  afterEach(() => resetLanguages());

  it('speaks a registered language, and only once it is registered', () => {
    expect(matchLanguage('de-AT')).toBe('fr');
    registerLanguage('de', { field: { errorPrefix: 'Fehler:' } });
    expect(matchLanguage('de-AT')).toBe('de');
  });
});
