import { describe, expect, it } from 'vitest';
import { composeIBAN } from 'ibantools';
import { formatMessage, messageKeys, messages, resolveLang, type MessageKey } from './messages.js';
import { errorMessage, type ValidationResult } from './result.js';
import { max } from './max.js';
import { step } from './step.js';
import { validateUrl } from './url.js';
import { maxLength } from './max-length.js';
import { min } from './min.js';
import { minLength } from './min-length.js';
import { pattern } from './pattern.js';
import { required } from './required.js';
import { validateEmail } from './email.js';
import { validateIban } from './iban.js';
import { nirKey, validateNir } from './nir.js';
import { validatePhoneFr } from './phone-fr.js';
import { validatePostcode } from './postcode.js';
import { validateSiren } from './siren.js';
import { validateSiret } from './siret.js';
import { validateVatFr } from './vat-fr.js';

const nir = (body: string) => body + nirKey(body);

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);

/** One real call per key: proves each key is reachable and carries the params its texts use. */
const examples: Record<MessageKey, () => ValidationResult<unknown>> = {
  required: () => required(''),
  'text.minLength': () => minLength(3)('ab'),
  'text.maxLength': () => maxLength(3)('abcd'),
  'text.pattern': () => pattern(/\d+/)('abc'),
  'text.patternExample': () => pattern(/\d+/, { example: '123' })('abc'),
  'number.invalid': () => min(0)('abc'),
  'number.min': () => min(5)('3'),
  'number.max': () => max(5)('7'),
  'number.step': () => step(0.5)('1.3'),
  'url.empty': () => validateUrl(''),
  'url.format': () => validateUrl('javascript:alert(1)'),
  'siren.empty': () => validateSiren(''),
  'siren.digits': () => validateSiren('35600000A'),
  'siren.length': () => validateSiren('35600000'),
  'siren.checksum': () => validateSiren('356000001'),
  'siret.empty': () => validateSiret(''),
  'siret.digits': () => validateSiret('3560000004983A'),
  'siret.length': () => validateSiret('3560000004983'),
  'siret.checksum': () => validateSiret('73282932000075'),
  'vatFr.empty': () => validateVatFr(''),
  'vatFr.format': () => validateVatFr('FR123'),
  'vatFr.siren': () => validateVatFr('FR00123456789'),
  'vatFr.key': () => validateVatFr('FR84404833048'),
  'nir.empty': () => validateNir(''),
  'nir.format': () => validateNir('1850578006A8436'),
  'nir.length': () => validateNir('185057800608'),
  'nir.sex': () => validateNir(nir('5850578006084')),
  'nir.month': () => validateNir(nir('1851378006084')),
  'nir.departement': () => validateNir(nir('1850500006084')),
  'nir.checksum': () => validateNir(nir('1850578006084').slice(0, 13) + '00'),
  'nir.temporary': () => validateNir(nir('7850578006084'), { allowTemporary: false }),
  'nir.birthYearMismatch': () => validateNir(nir('1850578006084'), { birthDate: { year: 1990 } }),
  'nir.birthMonthMismatch': () => validateNir(nir('1850578006084'), { birthDate: { month: 6 } }),
  'nir.departementMismatch': () => validateNir(nir('1850578006084'), { departement: '75' }),
  'iban.empty': () => validateIban(''),
  'iban.format': () => validateIban('FR76 3000 6000 0112 3456 7890 18!'),
  'iban.country': () => validateIban('XX7630006000011234567890189'),
  'iban.countryNotAllowed': () => validateIban('DE89370400440532013000', { countries: ['FR'] }),
  'iban.length': () => validateIban('FR763000600001123456789018'),
  'iban.checksum': () => validateIban('FR7730006000011234567890189'),
  'iban.ribKey': () => validateIban(composeIBAN({ countryCode: 'RE', bban: '30006000011234567890188' })),
  'iban.nationalChecksum': () => validateIban('BE41539007547035'),
  'iban.qrIban': () => validateIban('CH4431999123000889012'),
  'phone.empty': () => validatePhoneFr(''),
  'phone.format': () => validatePhoneFr('06 12 34 56 7a'),
  'phone.length': () => validatePhoneFr('06 12 34 56 7'),
  'phone.prefix': () => validatePhoneFr('6123456789'),
  'phone.foreign': () => validatePhoneFr('+44 20 7946 0958'),
  'phone.notMobile': () => validatePhoneFr('01 22 33 44 55', { mobileOnly: true }),
  'postcode.empty': () => validatePostcode(''),
  'postcode.format': () => validatePostcode('7500'),
  'postcode.invalid': () => validatePostcode('00100'),
  'email.empty': () => validateEmail(''),
  'email.format': () => validateEmail('nom.domaine.fr'),
  'email.tooLong': () => validateEmail(`${'a'.repeat(60)}@${'b'.repeat(200)}.fr`),
  'email.localTooLong': () => validateEmail(`${'a'.repeat(65)}@domaine.fr`),
  'email.domain': () => validateEmail('nom@localhost'),
};

describe('messages', () => {
  it('has a French and an English text for every key, with the same placeholders', () => {
    expect(Object.keys(messages.en).sort()).toEqual([...messageKeys].sort());
    for (const key of messageKeys) {
      expect(messages.fr[key].trim(), key).not.toBe('');
      expect(messages.en[key].trim(), key).not.toBe('');
      expect(placeholders(messages.en[key]).sort(), key).toEqual(placeholders(messages.fr[key]).sort());
    }
  });

  it('follows French typography', () => {
    for (const key of messageKeys) {
      const text = messages.fr[key];
      expect(text, key).not.toMatch(/'/); // typographic apostrophe only
      expect(text, key).not.toMatch(/[^\u00a0]:(?!\/\/)/); // no-break space before a colon
      expect(text, key).not.toMatch(/\.$/); // short instructions, no final full stop
    }
  });

  it.each(messageKeys)('%s is returned by its validator with every parameter its texts use', (key) => {
    const result = examples[key]();
    if (result.valid) throw new Error(`${key}: the example input was accepted`);
    expect(result.key).toBe(key);
    const needed = new Set([...placeholders(messages.fr[key]), ...placeholders(messages.en[key])]);
    expect(Object.keys(result.params ?? {}).sort()).toEqual([...needed].sort());
    for (const lang of ['fr', 'en']) {
      expect(formatMessage(result.key, result.params, lang)).not.toMatch(/[{}]/);
    }
  });

  it('picks the language by its prefix, French by default', () => {
    expect(resolveLang('fr-FR')).toBe('fr');
    expect(resolveLang('en-GB')).toBe('en');
    expect(resolveLang('EN_us')).toBe('en');
    expect(resolveLang('de')).toBe('fr');
    expect(resolveLang('')).toBe('fr');
    expect(resolveLang(undefined)).toBe('fr');
    expect(formatMessage('siret.length')).toBe('Saisissez un numéro SIRET à 14 chiffres');
    expect(formatMessage('siret.length', undefined, 'en-GB')).toBe('Enter a 14-digit SIRET number');
    expect(formatMessage('siret.checksum', undefined, 'br')).toBe(
      'Le numéro SIRET n’est pas valide\u00a0: vérifiez les 14 chiffres',
    );
  });

  it('interpolates parameters, formatting numbers for the language', () => {
    expect(formatMessage('text.maxLength', { max: 1000, length: 1002 }, 'fr')).toBe(
      'Saisissez 1\u202f000 caractères au maximum (vous en avez saisi 1\u202f002)',
    );
    expect(formatMessage('number.min', { min: 2.5 }, 'fr')).toBe(
      'Saisissez un nombre supérieur ou égal à 2,5',
    );
    expect(formatMessage('number.min', { min: 2.5 }, 'en')).toBe(
      'Enter a number greater than or equal to 2.5',
    );
    // A missing parameter stays visible rather than printing "undefined".
    expect(formatMessage('number.min')).toBe('Saisissez un nombre supérieur ou égal à {min}');
  });

  it('returns the key for an unknown key instead of throwing', () => {
    expect(formatMessage('nope' as MessageKey)).toBe('nope');
    expect(formatMessage('toString' as MessageKey)).toBe('toString');
  });

  it('errorMessage gives the text of a failure and nothing for a success', () => {
    expect(errorMessage(validateSiren('123'), 'en')).toBe('Enter a 9-digit SIREN number');
    expect(errorMessage(validateSiren('356000000'))).toBe('');
  });
});
