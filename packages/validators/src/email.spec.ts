import { describe, expect, it } from 'vitest';
import { validateEmail } from './email.js';

describe('validateEmail', () => {
  it.each([
    ['nom@domaine.fr', 'nom@domaine.fr'],
    ['  Prenom.Nom@Domaine.FR ', 'Prenom.Nom@domaine.fr'], // domains are case-insensitive, local parts may not be
    ['a+tag@sous.domaine.gouv.fr', 'a+tag@sous.domaine.gouv.fr'],
    ["o'brien@example.com", "o'brien@example.com"],
    ['x@a-b.example', 'x@a-b.example'],
    ['user@mairie-égletons.fr', 'user@xn--mairie-gletons-hkb.fr'], // IDN → punycode
    ['contact@例え.テスト', 'contact@xn--r8jz45g.xn--zckzah'],
  ])('accepts %j', (input, value) => {
    expect(validateEmail(input)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'email.empty'],
    [{}, 'email.empty'],
    [42, 'email.format'],
    ['nom.domaine.fr', 'email.format'],
    ['nom@@domaine.fr', 'email.format'],
    ['nom@autre@domaine.fr', 'email.format'],
    ['@domaine.fr', 'email.format'],
    ['prénom@domaine.fr', 'email.format'], // non-ASCII local part, refused by HTML too
    ['nom prenom@domaine.fr', 'email.format'],
    ['"quoted"@domaine.fr', 'email.format'],
    ['nom@', 'email.domain'],
    ['nom@localhost', 'email.domain'], // valid HTML, but not an internet address
    ['nom@domaine', 'email.domain'],
    ['nom@domaine.fr.', 'email.domain'],
    ['nom@-domaine.fr', 'email.domain'],
    ['nom@domaine-.fr', 'email.domain'],
    ['nom@dom_aine.fr', 'email.domain'],
    ['nom@domaine..fr', 'email.domain'],
    ['nom@192.168.0.1', 'email.domain'],
    ['nom@[192.168.0.1]', 'email.domain'],
    ['nom@exa mple.fr', 'email.domain'],
    ['nom@é/x.fr', 'email.domain'],
    [`nom@${'a'.repeat(64)}.fr`, 'email.domain'], // label over 63 characters
  ])('refuses %j with %s', (input, key) => {
    expect(validateEmail(input)).toEqual({ valid: false, key });
  });

  it('enforces the SMTP length limits', () => {
    const label = 'a'.repeat(63);
    const longDomain = `${label}.${label}.${label}.${'a'.repeat(58)}.fr`; // 253 characters
    expect(validateEmail(`${'a'.repeat(64)}@domaine.fr`).valid).toBe(true);
    expect(validateEmail(`${'a'.repeat(65)}@domaine.fr`)).toEqual({
      valid: false,
      key: 'email.localTooLong',
      params: { max: 64 },
    });
    expect(validateEmail(`a@${longDomain}`)).toEqual({
      valid: false,
      key: 'email.tooLong',
      params: { max: 254 },
    });
    expect(validateEmail(`a@${longDomain.slice(2)}`).valid).toBe(true);
  });
});
