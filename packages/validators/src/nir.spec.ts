import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nirKey, parseNir, validateNir } from './nir.js';

/**
 * Independent key computation: BigInt over the 13 characters with 2A/2B read as 20, then
 * minus 1 000 000 (2A → 19) or 2 000 000 (2B → 18), the arithmetic form of the INSEE rule.
 */
function independentKey(body: string): string {
  let n = BigInt(body.replace(/2[AB]/, '20'));
  if (body.slice(5, 7) === '2A') n -= 1_000_000n;
  if (body.slice(5, 7) === '2B') n -= 2_000_000n;
  return String(97n - (n % 97n)).padStart(2, '0');
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Random structurally valid 13-character NIR bodies covering every kind of birthplace. */
const nirBody = fc
  .record({
    sex: fc.constantFrom('1', '2', '3', '4', '7', '8'),
    year: fc.integer({ min: 0, max: 99 }),
    month: fc.oneof(
      fc.integer({ min: 1, max: 12 }),
      fc.constant(20),
      fc.integer({ min: 30, max: 42 }),
      fc.integer({ min: 50, max: 99 }),
    ),
    place: fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 96 }), fc.integer({ min: 0, max: 999 }))
        .map(([d, c]) => pad(d, 2) + pad(c, 3)),
      fc.tuple(fc.constantFrom('2A', '2B'), fc.integer({ min: 0, max: 999 })).map(([d, c]) => d + pad(c, 3)),
      fc.tuple(fc.constantFrom('97', '98'), fc.integer({ min: 0, max: 999 })).map(([d, c]) => d + pad(c, 3)),
      fc.integer({ min: 0, max: 999 }).map((c) => '99' + pad(c, 3)),
    ),
    order: fc.integer({ min: 0, max: 999 }),
  })
  .map(({ sex, year, month, place, order }) => sex + pad(year, 2) + pad(month, 2) + place + pad(order, 3));

const withKey = (body: string) => body + independentKey(body);

describe('nirKey', () => {
  it('matches an independent BigInt computation, Corsica included', () => {
    fc.assert(
      fc.property(nirBody, (body) => {
        expect(nirKey(body)).toBe(independentKey(body));
      }),
    );
  });

  it('replaces 2A by 19 and 2B by 18', () => {
    expect(nirKey('1850520004084')).not.toBe(nirKey('185052A004084'));
    expect(nirKey('185052A004084')).toBe(nirKey('1850519004084'));
    expect(nirKey('185052B004084')).toBe(nirKey('1850518004084'));
  });

  it('returns null for anything but a NIR body', () => {
    expect(nirKey('12345')).toBeNull();
    expect(nirKey('18505A2004084')).toBeNull();
  });
});

describe('validateNir', () => {
  it('accepts a NIR with spaces and describes it', () => {
    const body = '2850578006084'; // woman, born May 1985 in Yvelines (78), commune 006, order 084
    const nir = withKey(body);
    const spaced = `${nir.slice(0, 1)} ${nir.slice(1, 3)} ${nir.slice(3, 5)} ${nir.slice(5, 7)} ${nir.slice(7, 10)} ${nir.slice(10, 13)} ${nir.slice(13)}`;
    expect(validateNir(spaced)).toEqual({
      valid: true,
      value: nir,
      parts: {
        sex: 'F',
        temporary: false,
        birthYear: '85',
        birthMonth: 5,
        departement: '78',
        commune: '006',
        bornAbroad: false,
        order: '084',
        key: nir.slice(13),
      },
    });
  });

  it('reads overseas, Corsican, foreign and unknown-month NIRs', () => {
    expect(parseNir(withKey('1920597105012'))).toMatchObject({ departement: '971', commune: '05' });
    expect(parseNir(withKey('160012B033123').toLowerCase())).toMatchObject({
      departement: '2B',
      commune: '033',
    });
    expect(parseNir(withKey('1700199135007'))).toMatchObject({
      departement: '99',
      commune: '135',
      bornAbroad: true,
    });
    expect(parseNir(withKey('1703399135007'))).toMatchObject({ birthMonth: null });
    expect(parseNir(withKey('1602020033123'))).toMatchObject({ birthMonth: null, departement: '20' });
    expect(parseNir('not a nir')).toBeNull();
  });

  it('accepts temporary numbers unless told not to', () => {
    const nir = withKey('7850578006084');
    expect(validateNir(nir)).toMatchObject({ valid: true, parts: { temporary: true, sex: 'M' } });
    expect(validateNir(nir, { allowTemporary: false })).toEqual({ valid: false, key: 'nir.temporary' });
    expect(validateNir(withKey('1850578006084'), { allowTemporary: false }).valid).toBe(true);
  });

  it.each([
    ['', 'nir.empty'],
    ['1 85 05 78 006 084 3X', 'nir.format'],
    ['1850578006A8436', 'nir.format'], // a letter outside the département
    ['185057800608', 'nir.length'],
    ['18505780060843612', 'nir.length'],
    [withKey('5850578006084'), 'nir.sex'],
    [withKey('0850578006084'), 'nir.sex'],
    [withKey('1850078006084'), 'nir.month'],
    [withKey('1851378006084'), 'nir.month'],
    [withKey('1852578006084'), 'nir.month'],
    [withKey('1854578006084'), 'nir.month'],
    [withKey('1850500006084'), 'nir.departement'],
    ['1850578006084' + (independentKey('1850578006084') === '01' ? '02' : '01'), 'nir.checksum'],
  ])('refuses %j with %s', (input, key) => {
    expect(validateNir(input)).toEqual({ valid: false, key });
  });

  it('checks consistency with a birth date and place given elsewhere', () => {
    const nir = withKey('1850578006084');
    expect(validateNir(nir, { birthDate: { year: 1985, month: 5 }, departement: '78' }).valid).toBe(true);
    expect(validateNir(nir, { birthDate: { year: 1986 } })).toEqual({
      valid: false,
      key: 'nir.birthYearMismatch',
      params: { year: 1986 },
    });
    expect(validateNir(nir, { birthDate: { year: 1985, month: 6 } })).toEqual({
      valid: false,
      key: 'nir.birthMonthMismatch',
    });
    expect(validateNir(nir, { departement: '75' })).toEqual({
      valid: false,
      key: 'nir.departementMismatch',
      params: { departement: '75' },
    });
  });

  it('consistency checks allow for unknown months and pre-1976 Corsica', () => {
    expect(validateNir(withKey('1853378006084'), { birthDate: { year: 1985, month: 6 } }).valid).toBe(true);
    expect(validateNir(withKey('1600520033123'), { departement: '2A' }).valid).toBe(true);
    expect(validateNir(withKey('1600501033123'), { departement: '1' }).valid).toBe(true);
    // Malformed options from untyped callers are ignored, not trusted.
    expect(validateNir(withKey('1850578006084'), { birthDate: { year: Number.NaN } }).valid).toBe(true);
    expect(validateNir(withKey('1850578006084'), null as never).valid).toBe(true);
  });

  it('a random valid NIR validates, and every single-digit change invalidates it', () => {
    fc.assert(
      fc.property(nirBody, fc.nat(14), fc.integer({ min: 1, max: 9 }), (body, position, delta) => {
        const nir = withKey(body);
        expect(validateNir(nir).valid).toBe(true);
        const char = nir.charAt(position);
        fc.pre(/\d/.test(char));
        const typo = nir.slice(0, position) + String((Number(char) + delta) % 10) + nir.slice(position + 1);
        expect(validateNir(typo).valid).toBe(false);
      }),
    );
  });
});
