import { describe, expect, it } from 'vitest';
import { firstFailedFlag, nativeMessage } from './validity-messages.js';

describe('native constraint messages', () => {
  it('reports the first failure in the order a user fixes them', () => {
    expect(firstFailedFlag({})).toBe(null);
    expect(firstFailedFlag({ valueMissing: true, typeMismatch: true })).toBe('valueMissing');
    expect(firstFailedFlag({ tooLong: true, patternMismatch: true })).toBe('patternMismatch');
  });

  it('says what to do, in French by default, quoting the constraint', () => {
    expect(nativeMessage('valueMissing', {}, 'fr')).toBe('Renseignez ce champ, il est obligatoire');
    expect(nativeMessage('tooShort', { minLength: 3 }, 'fr')).toBe('Saisissez au moins 3 caractères');
    expect(nativeMessage('rangeOverflow', { max: '120' }, 'fr')).toContain('120');
    expect(nativeMessage('typeMismatch', { type: 'email' }, 'fr')).toContain('nom@domaine.fr');
    expect(nativeMessage('stepMismatch', { step: '0.5' }, 'fr')).toContain('0.5');
  });

  it('speaks English when the page does', () => {
    expect(nativeMessage('typeMismatch', { type: 'url' }, 'en-GB')).toBe(
      'Enter a full web address, like https://www.example.com',
    );
  });
});
