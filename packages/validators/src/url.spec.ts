import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUrl } from './url.js';

describe('validateUrl', () => {
  it('accepts http and https addresses and normalises them', () => {
    expect(validateUrl(' https://www.service-public.fr ')).toEqual({
      valid: true,
      value: 'https://www.service-public.fr/',
    });
    expect(validateUrl('http://exemple.gouv.fr/a?b=c')).toMatchObject({ valid: true });
  });

  it('refuses addresses that are not web pages', () => {
    for (const bad of [
      'javascript:alert(1)',
      'data:text/html,x',
      'www.exemple.fr',
      'https://',
      'mailto:a@b.fr',
    ])
      expect(validateUrl(bad)).toMatchObject({ valid: false, key: 'url.format' });
    expect(validateUrl('')).toMatchObject({ valid: false, key: 'url.empty' });
  });

  it('never throws', () => {
    fc.assert(fc.property(fc.anything(), (input) => typeof validateUrl(input).valid === 'boolean'));
  });
});
