import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateEmail } from './email.js';
import { SEPA_COUNTRIES, validateIban } from './iban.js';
import { max } from './max.js';
import { maxLength } from './max-length.js';
import { formatMessage, messageKeys } from './messages.js';
import { min } from './min.js';
import { minLength } from './min-length.js';
import { parseNir, validateNir } from './nir.js';
import { pattern } from './pattern.js';
import { validatePhoneFr } from './phone-fr.js';
import { validatePostcode } from './postcode.js';
import { required } from './required.js';
import { validateSiren } from './siren.js';
import { validateSiret } from './siret.js';
import { validateVatFr, vatFrFromSiren } from './vat-fr.js';

// Every public entry point, with and without options: all must survive any input.
const validators: ReadonlyArray<readonly [string, (input: unknown) => unknown]> = [
  ['validateSiren', validateSiren],
  ['validateSiret', validateSiret],
  ['validateVatFr', validateVatFr],
  ['vatFrFromSiren', vatFrFromSiren],
  ['validateNir', (input) => validateNir(input)],
  [
    'validateNir with options',
    (input) =>
      validateNir(input, { allowTemporary: false, birthDate: { year: 1985, month: 5 }, departement: '2A' }),
  ],
  ['parseNir', parseNir],
  ['validateIban', (input) => validateIban(input)],
  ['validateIban SEPA', (input) => validateIban(input, { countries: SEPA_COUNTRIES })],
  ['validatePhoneFr', (input) => validatePhoneFr(input)],
  ['validatePhoneFr mobile', (input) => validatePhoneFr(input, { mobileOnly: true })],
  ['validatePostcode', validatePostcode],
  ['validateEmail', validateEmail],
  ['required', required],
  ['minLength', minLength(3)],
  ['maxLength', maxLength(3)],
  ['pattern', pattern(/[A-Z]{2}\d+/)],
  ['min', min(0)],
  ['max', max(10)],
];

const keys = new Set<string>(messageKeys);

/** Results are well-formed and their message renders fully, in both languages. */
function checkResult(result: unknown): void {
  if (result === null || typeof result === 'string') return; // parseNir, vatFrFromSiren
  const r = result as { valid: boolean; key?: string; params?: Record<string, string | number> };
  expect(typeof r.valid).toBe('boolean');
  if (r.valid || r.key === undefined) return;
  expect(keys.has(r.key)).toBe(true);
  for (const lang of ['fr', 'en']) {
    expect(formatMessage(r.key as never, r.params, lang)).not.toMatch(/\{\w+\}/);
  }
}

// Characters that reach the deeper branches (separators, +, @, digits, 2A/2B, country codes).
const nearMiss = fc.string({ unit: fc.constantFrom(...'0123456789 .-+()@AB2FRrè\u00a0'), maxLength: 40 });

describe.each(validators)('%s never throws', (_name, validate) => {
  it('on anything', () => {
    fc.assert(fc.property(fc.anything(), (input) => checkResult(validate(input))));
  });

  it('on unicode and near-miss strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), nearMiss),
        (input) => checkResult(validate(input)),
      ),
    );
  });

  it('on huge strings', () => {
    // A pasted file or a hostile request body: far beyond any real identifier.
    const size = 300_000;
    const huge = [
      '1'.repeat(size),
      ' '.repeat(size),
      `+33${'6'.repeat(size)}`,
      `FR76${'0'.repeat(size)}`,
      `a@${'b.'.repeat(size / 2)}fr`,
      '😀'.repeat(size / 2),
      '\ud800'.repeat(size / 2), // lone surrogates
    ];
    for (const input of huge) checkResult(validate(input));
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 5_000, maxLength: 10_000 }), (input) =>
        checkResult(validate(input)),
      ),
      { numRuns: 3 },
    );
  });
});

describe('options from untyped callers never make a validator throw', () => {
  it.each([
    ['validateNir', (input: unknown, options: unknown) => validateNir(input, options as never)],
    ['validateIban', (input: unknown, options: unknown) => validateIban(input, options as never)],
    ['validatePhoneFr', (input: unknown, options: unknown) => validatePhoneFr(input, options as never)],
  ])('%s', (_name, validate) => {
    const options = fc.oneof(
      fc.anything(),
      fc.record({ countries: fc.anything(), mobileOnly: fc.anything(), allowTemporary: fc.anything() }),
      fc.record({ birthDate: fc.anything(), departement: fc.anything() }),
      fc.record({ birthDate: fc.record({ year: fc.anything(), month: fc.anything() }) }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), nearMiss), options, (input, opts) =>
        checkResult(validate(input, opts)),
      ),
    );
  });
});
