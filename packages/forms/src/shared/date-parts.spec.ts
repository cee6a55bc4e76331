import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  allowedRange,
  checkDate,
  dateMessage,
  dayOfWeek,
  daysInMonth,
  formatDateText,
  formatLongDate,
  fromDayNumber,
  isoToParts,
  parseDay,
  parseIso,
  parseMonth,
  parseYear,
  partsToIso,
  splitDateText,
  toDayNumber,
  toIso,
  todayIso,
  utcDate,
  type DateCheck,
  type DateParts,
  type DateRules,
} from './date-parts.js';

const parts = (day: string, month: string, year: string): DateParts => ({ day, month, year });
const failed = (check: DateCheck) => {
  if (check.valid) throw new Error(`expected a failure, got ${check.value}`);
  return check;
};
const fr = (check: DateCheck, subject?: string) => dateMessage(check, 'fr', { subject });
const en = (check: DateCheck, subject?: string) => dateMessage(check, 'en', { subject });

/** Any real date, from year 1 to 9999. */
const realDate = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => ({ year, month, day })),
  );

describe('reading the parts', () => {
  it('reads days with spaces, leading zeros and « 1er »', () => {
    expect(parseDay(' 07 ')).toBe(7);
    expect(parseDay('7')).toBe(7);
    expect(parseDay('007')).toBe(7);
    expect(parseDay('1er')).toBe(1);
    expect(parseDay('31')).toBe(31);
    expect(parseDay('0')).toBe(null);
    expect(parseDay('32')).toBe(null);
    expect(parseDay('1,5')).toBe(null);
    expect(parseDay('-1')).toBe(null);
    expect(parseDay('')).toBe(null);
  });

  it('reads months as numbers or French and English names', () => {
    expect(parseMonth('03')).toBe(3);
    expect(parseMonth('mars')).toBe(3);
    expect(parseMonth('March')).toBe(3);
    expect(parseMonth('Février')).toBe(2);
    expect(parseMonth('fevrier')).toBe(2);
    expect(parseMonth('févr.')).toBe(2);
    expect(parseMonth('AOÛT')).toBe(8);
    expect(parseMonth('juil')).toBe(7);
    expect(parseMonth('juin')).toBe(6);
    expect(parseMonth('Sept.')).toBe(9);
    expect(parseMonth('déc')).toBe(12);
    expect(parseMonth('13')).toBe(null);
    expect(parseMonth('0')).toBe(null);
    expect(parseMonth('ma')).toBe(null);
  });

  it('reads years of exactly 4 digits', () => {
    expect(parseYear(' 1990 ')).toBe(1990);
    expect(parseYear('0999')).toBe(999);
    expect(parseYear('90')).toBe(null);
    expect(parseYear('19900')).toBe(null);
    expect(parseYear('0000')).toBe(null);
    expect(parseYear('19a0')).toBe(null);
  });

  it('splits a date typed in one box', () => {
    expect(splitDateText('14/07/1990')).toEqual(parts('14', '07', '1990'));
    expect(splitDateText(' 14 07 1990 ')).toEqual(parts('14', '07', '1990'));
    expect(splitDateText('14.07.1990')).toEqual(parts('14', '07', '1990'));
    expect(splitDateText('14-7-1990')).toEqual(parts('14', '7', '1990'));
    expect(splitDateText('14071990')).toEqual(parts('14', '07', '1990'));
    expect(splitDateText('14 juillet 1990')).toEqual(parts('14', 'juillet', '1990'));
    expect(splitDateText('1 er mars 2000')).toEqual(parts('1', 'mars', '2000'));
    expect(splitDateText('1er mars 2000')).toEqual(parts('1er', 'mars', '2000'));
    expect(splitDateText('1990-07-14')).toEqual(parts('14', '07', '1990'));
    expect(splitDateText('14/07')).toEqual(parts('14', '07', ''));
    expect(splitDateText('')).toEqual(parts('', '', ''));
    expect(partsToIso(splitDateText('1er mars 2000'))).toBe('2000-03-01');
    expect(partsToIso(splitDateText('14/07/1990/2'))).toBe(null);
  });

  it('shows dates as parts and as « JJ/MM/AAAA »', () => {
    expect(isoToParts('1990-07-14')).toEqual(parts('14', '07', '1990'));
    expect(isoToParts('1990-02-30')).toEqual(parts('', '', ''));
    expect(isoToParts(undefined)).toEqual(parts('', '', ''));
    expect(formatDateText('2000-03-01')).toBe('01/03/2000');
    expect(formatDateText('n’importe quoi')).toBe('');
  });

  it('reads only strict ISO dates that exist', () => {
    expect(parseIso('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIso('2023-02-29')).toBe(null);
    expect(parseIso('2024-2-9')).toBe(null);
    expect(parseIso('14/07/1990')).toBe(null);
    expect(parseIso(20240229)).toBe(null);
  });
});

describe('checking a date', () => {
  it('accepts an empty date unless it is required', () => {
    expect(checkDate(parts('', ' ', ''))).toEqual({ valid: true, value: '' });
    const check = failed(checkDate(parts('', '', ''), { required: true }));
    expect(check.key).toBe('date.empty');
    expect(check.parts).toEqual(['day', 'month', 'year']);
    expect(fr(check, 'la date de naissance')).toBe('Saisissez la date de naissance');
    expect(en(check)).toBe('Enter the date');
  });

  it('names the missing parts, even when the date is optional', () => {
    const year = failed(checkDate(parts('14', '07', '')));
    expect(year.parts).toEqual(['year']);
    expect(fr(year, 'la date de naissance')).toBe('Saisissez l’année de la date de naissance');
    expect(en(year, 'the date of birth')).toBe('The date of birth must include a year');
    const dayMonth = failed(checkDate(parts('', '', '1990')));
    expect(dayMonth.parts).toEqual(['day', 'month']);
    expect(fr(dayMonth)).toBe('Saisissez le jour et le mois de la date');
    expect(en(dayMonth)).toBe('The date must include a day and month');
    expect(fr(checkDate(parts('', '7', '1990')))).toBe('Saisissez le jour de la date');
    expect(fr(checkDate(parts('1', '', '1990')))).toBe('Saisissez le mois de la date');
    expect(fr(checkDate(parts('', '7', '')))).toBe('Saisissez le jour et l’année de la date');
    expect(fr(checkDate(parts('1', '', '')))).toBe('Saisissez le mois et l’année de la date');
  });

  it('refuses dates that do not exist, and says which part is wrong', () => {
    const feb31 = failed(checkDate(parts('31', '02', '2023')));
    expect(feb31.key).toBe('date.real');
    expect(feb31.parts).toEqual(['day']);
    expect(fr(feb31)).toBe('La date doit être une date réelle');
    expect(en(feb31)).toBe('The date must be a real date');
    expect(failed(checkDate(parts('29', '2', '2023'))).parts).toEqual(['day']);
    expect(failed(checkDate(parts('29', '2', '1900'))).parts).toEqual(['day']);
    expect(checkDate(parts('29', '2', '2024'))).toEqual({ valid: true, value: '2024-02-29' });
    expect(checkDate(parts('29', '2', '2000'))).toEqual({ valid: true, value: '2000-02-29' });
    expect(failed(checkDate(parts('12', '13', '2000'))).parts).toEqual(['month']);
    expect(failed(checkDate(parts('abc', 'mars', '2000'))).parts).toEqual(['day']);
    expect(failed(checkDate(parts('32', '13', '2000'))).parts).toEqual(['day', 'month']);
    expect(failed(checkDate(parts('1', '1', '0000'))).parts).toEqual(['year']);
    expect(failed(checkDate(parts('1', '1', 'deux mille'))).parts).toEqual(['year']);
  });

  it('asks for a 4-digit year', () => {
    const check = failed(checkDate(parts('14', '07', '90')));
    expect(check.key).toBe('date.yearDigits');
    expect(check.parts).toEqual(['year']);
    expect(fr(check)).toBe('L’année doit comporter 4 chiffres');
    expect(en(check)).toBe('Year must include 4 numbers');
    expect(failed(checkDate(parts('14', '07', '19900'))).key).toBe('date.yearDigits');
    // A wrong day as well: the date is not real, both parts are highlighted.
    expect(failed(checkDate(parts('32', '07', '90'))).parts).toEqual(['day', 'year']);
  });

  it('reads month names and trims every part', () => {
    expect(checkDate(parts(' 1er ', ' Mars ', ' 2000 '))).toEqual({ valid: true, value: '2000-03-01' });
    expect(checkDate(parts('4', 'July', '1776'))).toEqual({ valid: true, value: '1776-07-04' });
  });

  it('refuses a birth date in the future (not-in-future)', () => {
    const rules: DateRules = { notInFuture: true, today: '2025-06-10' };
    expect(checkDate(parts('10', '6', '2025'), rules).valid).toBe(true);
    const check = failed(checkDate(parts('11', '6', '2025'), rules));
    expect(check.key).toBe('date.notInFuture');
    expect(check.parts).toEqual(['day', 'month', 'year']);
    expect(check.value).toBe('2025-06-11');
    expect(dateMessage(check, 'fr', { birthDate: true })).toBe(
      'La date de naissance doit être dans le passé',
    );
    expect(dateMessage(check, 'en', { birthDate: true })).toBe('The date of birth must be in the past');
  });

  it('quotes min and max as long dates', () => {
    const min = failed(checkDate(parts('31', '12', '1999'), { min: '2000-01-01' }));
    expect(fr(min)).toBe('La date doit être le 1er janvier 2000 ou après');
    expect(en(min)).toBe('The date must be the same as or after 1 January 2000');
    const max = failed(checkDate(parts('2', '1', '2000'), { max: '2000-01-01' }));
    expect(fr(max)).toBe('La date doit être le 1er janvier 2000 ou avant');
    expect(en(max)).toBe('The date must be the same as or before 1 January 2000');
    const range = failed(checkDate(parts('1', '1', '2031'), { min: '2025-09-01', max: '2030-12-31' }));
    expect(fr(range)).toBe('La date doit être entre le 1er septembre 2025 et le 31 décembre 2030');
    expect(en(range)).toBe('The date must be between 1 September 2025 and 31 December 2030');
    expect(checkDate(parts('1', '1', '2000'), { min: '2000-01-01', max: '2000-01-01' }).valid).toBe(true);
    // Unreadable limits are ignored.
    expect(checkDate(parts('1', '1', '2000'), { min: 'demain', max: '2000-02-30' }).valid).toBe(true);
  });

  it('checks an age range on the day of the birthday', () => {
    const rules: DateRules = { minAge: 18, maxAge: 25, today: '2025-06-10' };
    expect(checkDate(parts('10', '6', '2007'), rules).valid).toBe(true); // 18 today
    const young = failed(checkDate(parts('11', '6', '2007'), rules));
    expect(young.key).toBe('date.minAge');
    expect(fr(young, 'la date de naissance')).toBe(
      'La personne doit avoir au moins 18 ans\u00a0: la date de naissance doit être le 10 juin 2007 ou avant',
    );
    expect(en(young)).toBe(
      'The person must be at least 18 years old: the date must be the same as or before 10 June 2007',
    );
    expect(checkDate(parts('11', '6', '1999'), rules).valid).toBe(true); // 25 until tomorrow
    const old = failed(checkDate(parts('10', '6', '1999'), rules));
    expect(old.key).toBe('date.maxAge');
    expect(fr(old)).toBe(
      'La personne doit avoir 25 ans au plus\u00a0: la date doit être le 11 juin 1999 ou après',
    );
    expect(fr(checkDate(parts('1', '1', '2025'), { minAge: 1, today: '2025-06-10' }))).toContain(
      'au moins 1 an\u00a0:',
    );
  });

  it('makes people born on 29 February one year older on 1 March', () => {
    expect(checkDate(parts('29', '2', '2008'), { minAge: 18, today: '2026-02-28' }).valid).toBe(false);
    expect(checkDate(parts('29', '2', '2008'), { minAge: 18, today: '2026-03-01' }).valid).toBe(true);
  });

  it('gives the calendar the range of allowed days', () => {
    expect(allowedRange({})).toEqual({ earliest: null, latest: null });
    expect(
      allowedRange({ min: '2000-01-01', max: '2030-01-01', notInFuture: true, today: '2025-06-10' }),
    ).toEqual({ earliest: { year: 2000, month: 1, day: 1 }, latest: { year: 2025, month: 6, day: 10 } });
    expect(allowedRange({ minAge: 18, maxAge: 25, today: '2025-06-10' })).toEqual({
      earliest: { year: 1999, month: 6, day: 11 },
      latest: { year: 2007, month: 6, day: 10 },
    });
  });

  it('lets a page override a message and the subject', () => {
    const check = checkDate(parts('31', '2', '2000'));
    expect(
      dateMessage(check, 'fr', { overrides: { 'date.real': 'Vérifiez {subject}' }, subject: 'l’échéance' }),
    ).toBe('Vérifiez l’échéance');
    expect(dateMessage(checkDate(parts('1', '1', '2000')), 'fr')).toBe('');
  });
});

describe('calendar arithmetic', () => {
  it('moves by days, months and weeks', () => {
    expect(addDays({ year: 2024, month: 2, day: 28 }, 1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addDays({ year: 2023, month: 12, day: 31 }, 1)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(addMonths({ year: 2024, month: 3, day: 31 }, -1)).toEqual({ year: 2024, month: 2, day: 29 });
    expect(addMonths({ year: 2024, month: 12, day: 15 }, 1)).toEqual({ year: 2025, month: 1, day: 15 });
    expect(addMonths({ year: 2024, month: 2, day: 29 }, 12)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(dayOfWeek({ year: 1990, month: 7, day: 14 })).toBe(5); // a Saturday
    expect(dayOfWeek({ year: 2024, month: 1, day: 1 })).toBe(0); // a Monday
  });

  it('formats long dates for any year', () => {
    expect(formatLongDate('0050-03-01', 'fr')).toBe('1er mars 50');
    expect(formatLongDate('1990-07-14', 'en')).toBe('14 July 1990');
    expect(formatLongDate('pas une date', 'fr')).toBe('pas une date');
  });

  it('knows today in the local time zone', () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe('2025-01-05');
  });
});

describe('properties', () => {
  it('round-trips every real date: ISO → parts → ISO', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const iso = toIso(date);
        expect(parseIso(iso)).toEqual(date);
        expect(partsToIso(isoToParts(iso))).toBe(iso);
        expect(checkDate(isoToParts(iso))).toEqual({ valid: true, value: iso });
        expect(partsToIso(splitDateText(formatDateText(iso)))).toBe(iso);
      }),
    );
  });

  it('counts days exactly as the JavaScript calendar does', () => {
    fc.assert(
      fc.property(realDate, fc.integer({ min: -1000, max: 1000 }), (date, delta) => {
        const days = toDayNumber(date);
        expect(fromDayNumber(days)).toEqual(date);
        expect(days).toBe(Math.round(utcDate(date).getTime() / 86_400_000));
        expect((utcDate(date).getUTCDay() + 6) % 7).toBe(dayOfWeek(date));
        expect(toDayNumber(addDays(date, delta))).toBe(days + delta);
      }),
    );
  });

  it('never throws, whatever it is given', () => {
    // Date-like text reaches the deeper checks; any string and any value probe the rest.
    const dateLike = fc
      .array(fc.constantFrom('0', '1', '2', '9', '29', '31', '/', ' ', '.', 'er', 'mars', 'févr.', '-'), {
        maxLength: 8,
      })
      .map((pieces) => pieces.join(''));
    const anyText = fc.oneof(dateLike, fc.string(), fc.string({ unit: 'binary' }), fc.anything());
    fc.assert(
      fc.property(
        fc.record({ day: anyText, month: anyText, year: anyText }),
        fc.record(
          {
            required: fc.anything(),
            min: fc.anything(),
            max: fc.anything(),
            notInFuture: fc.anything(),
            minAge: fc.anything(),
            maxAge: fc.anything(),
            today: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (input, rules) => {
          const check = checkDate(input as DateParts, rules as DateRules);
          expect(typeof dateMessage(check, 'fr')).toBe('string');
          expect(typeof dateMessage(check, 'en')).toBe('string');
          if (check.valid) expect(check.value === '' || parseIso(check.value) !== null).toBe(true);
          else expect(check.parts.length).toBeGreaterThan(0);
        },
      ),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const split = splitDateText(text);
        expect(typeof split.day).toBe('string');
        checkDate(split);
        partsToIso(split);
        formatDateText(text);
        allowedRange({ min: text as string, max: text as string, minAge: text as number });
      }),
    );
  });

  it('accepts a date exactly when it lies within the allowed range', () => {
    fc.assert(
      fc.property(realDate, realDate, realDate, (date, a, b) => {
        const [min, max] = [a, b].sort((x, y) => toDayNumber(x) - toDayNumber(y)).map(toIso);
        const check = checkDate(isoToParts(toIso(date)), { min, max });
        const iso = toIso(date);
        expect(check.valid).toBe(iso >= min! && iso <= max!);
      }),
    );
  });
});
