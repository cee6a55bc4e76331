import { describe, expect, it } from 'vitest';
import { afterEach } from 'vitest';
import { registerLanguage, resetLanguages } from './registry.js';
import { interpolate, translate, type Catalogs } from './translate.js';

const catalogs: Catalogs<'close' | 'results' | 'greeting' | 'onlyFrench'> = {
  id: 'test',
  fr: {
    close: 'Fermer',
    results: { one: '{count} résultat', other: '{count} résultats' },
    greeting: 'Bonjour {name}',
    onlyFrench: 'Seulement en français',
  },
  en: {
    close: 'Close',
    results: { one: '{count} result', other: '{count} results' },
    greeting: 'Hello {name}',
  } as Catalogs<'close' | 'results' | 'greeting' | 'onlyFrench'>['en'],
};

describe('translate', () => {
  it('returns the message in the requested language', () => {
    expect(translate(catalogs, 'fr', 'close')).toBe('Fermer');
    expect(translate(catalogs, 'en', 'close')).toBe('Close');
  });

  it('chooses plural forms with the language rules (0 is singular in French)', () => {
    expect(translate(catalogs, 'fr', 'results', { count: 0 })).toBe('0 résultat');
    expect(translate(catalogs, 'fr', 'results', { count: 2 })).toBe('2 résultats');
    expect(translate(catalogs, 'en', 'results', { count: 0 })).toBe('0 results');
    expect(translate(catalogs, 'en', 'results', { count: 1 })).toBe('1 result');
  });

  it('formats numbers for the language', () => {
    expect(translate(catalogs, 'fr', 'results', { count: 34969 })).toBe('34\u202f969 résultats');
    expect(translate(catalogs, 'en', 'results', { count: 34969 })).toBe('34,969 results');
  });

  it('prefers a per-instance override', () => {
    expect(translate(catalogs, 'fr', 'close', {}, { close: 'Fermer le message' })).toBe('Fermer le message');
  });

  it('falls back to French, then to the key, never to an empty string', () => {
    expect(translate(catalogs, 'en', 'onlyFrench')).toBe('Seulement en français');
    expect(translate(catalogs, 'en', 'missing' as 'close')).toBe('missing');
  });

  it('leaves unknown placeholders visible and does not interpret markup', () => {
    expect(interpolate('Bonjour {name} {other}', { name: '<b>Ana</b>' })).toBe('Bonjour <b>Ana</b> {other}');
  });
});

describe('registerLanguage', () => {
  afterEach(() => resetLanguages());

  it('adds a language whose messages win, with French for what it leaves out', () => {
    registerLanguage('de-DE', { test: { close: 'Schließen' } });
    expect(translate(catalogs, 'de', 'close')).toBe('Schließen');
    expect(translate(catalogs, 'de', 'greeting', { name: 'Ana' })).toBe('Bonjour Ana');
  });

  it('extends a built-in language without replacing its other messages', () => {
    registerLanguage('en', { test: { onlyFrench: 'Now in English' } });
    expect(translate(catalogs, 'en', 'onlyFrench')).toBe('Now in English');
    expect(translate(catalogs, 'en', 'close')).toBe('Close');
  });

  it('formats plurals and numbers with the registered language rules', () => {
    registerLanguage('de', { test: { results: { one: '{count} Ergebnis', other: '{count} Ergebnisse' } } });
    expect(translate(catalogs, 'de', 'results', { count: 1 })).toBe('1 Ergebnis');
    expect(translate(catalogs, 'de', 'results', { count: 34969 })).toBe('34.969 Ergebnisse');
  });
});
