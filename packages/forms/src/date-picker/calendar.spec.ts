import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, daysInMonth, toDayNumber, type CalendarDate } from '../shared/date-parts.js';
import {
  clampDate,
  dateAfterKey,
  dayLabel,
  isWithin,
  monthLabel,
  monthWeeks,
  weekdayNames,
} from './calendar.js';

const d = (year: number, month: number, day: number): CalendarDate => ({ year, month, day });

const realDate = fc
  .record({ year: fc.integer({ min: 2, max: 9998 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.integer({ min: 1, max: daysInMonth(year, month) }).map((day) => d(year, month, day)),
  );

describe('calendar', () => {
  it('lays a month out in weeks from Monday', () => {
    const july1990 = monthWeeks(1990, 7); // 1 July 1990 was a Sunday
    expect(july1990[0]!.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    expect(july1990[0]![6]).toEqual(d(1990, 7, 1));
    expect(july1990).toHaveLength(6);
    const february2021 = monthWeeks(2021, 2); // 28 days from a Monday: exactly 4 weeks
    expect(february2021).toHaveLength(4);
    expect(february2021[0]![0]).toEqual(d(2021, 2, 1));
  });

  it('moves the focus as the APG date picker does', () => {
    const start = d(1990, 7, 14); // a Saturday
    expect(dateAfterKey(start, 'ArrowLeft')).toEqual(d(1990, 7, 13));
    expect(dateAfterKey(start, 'ArrowRight')).toEqual(d(1990, 7, 15));
    expect(dateAfterKey(start, 'ArrowUp')).toEqual(d(1990, 7, 7));
    expect(dateAfterKey(start, 'ArrowDown')).toEqual(d(1990, 7, 21));
    expect(dateAfterKey(start, 'PageUp')).toEqual(d(1990, 6, 14));
    expect(dateAfterKey(start, 'PageDown')).toEqual(d(1990, 8, 14));
    expect(dateAfterKey(start, 'PageUp', true)).toEqual(d(1989, 7, 14));
    expect(dateAfterKey(start, 'PageDown', true)).toEqual(d(1991, 7, 14));
    expect(dateAfterKey(start, 'Home')).toEqual(d(1990, 7, 9));
    expect(dateAfterKey(start, 'End')).toEqual(d(1990, 7, 15));
    expect(dateAfterKey(d(2024, 1, 31), 'PageDown')).toEqual(d(2024, 2, 29));
    expect(dateAfterKey(start, 'a')).toBe(null);
  });

  it('keeps the focus within the allowed days', () => {
    const range = { earliest: d(2000, 1, 1), latest: d(2000, 12, 31) };
    expect(clampDate(d(1999, 12, 31), range)).toEqual(d(2000, 1, 1));
    expect(clampDate(d(2001, 1, 1), range)).toEqual(d(2000, 12, 31));
    expect(clampDate(d(2000, 6, 1), range)).toEqual(d(2000, 6, 1));
    expect(clampDate(d(2000, 6, 1), { earliest: d(2001, 1, 1), latest: d(2000, 1, 1) })).toEqual(
      d(2000, 6, 1),
    );
    expect(isWithin(d(2000, 6, 1), range)).toBe(true);
    expect(isWithin(d(2001, 6, 1), range)).toBe(false);
    expect(isWithin(d(2001, 6, 1), { earliest: null, latest: null })).toBe(true);
  });

  it('names days and months in French and in English', () => {
    expect(monthLabel(d(1990, 7, 14), 'fr')).toBe('Juillet 1990');
    expect(monthLabel(d(1990, 7, 14), 'en')).toBe('July 1990');
    expect(dayLabel(d(1990, 7, 14), 'fr')).toBe('samedi 14 juillet 1990');
    expect(dayLabel(d(1990, 7, 1), 'fr')).toBe('dimanche 1er juillet 1990');
    expect(dayLabel(d(1990, 7, 14), 'en')).toMatch(/^Saturday,? 14 July 1990$/);
    expect(weekdayNames('fr').map((n) => n.long)).toEqual([
      'lundi',
      'mardi',
      'mercredi',
      'jeudi',
      'vendredi',
      'samedi',
      'dimanche',
    ]);
    expect(weekdayNames('en')[0]).toEqual({ short: 'Mon', long: 'Monday' });
  });

  it('puts every day of every month exactly once, in its weekday column', () => {
    fc.assert(
      fc.property(realDate, ({ year, month }) => {
        const weeks = monthWeeks(year, month);
        const days = weeks.flat().filter((c): c is CalendarDate => c !== null);
        expect(days.map((c) => c.day)).toEqual(
          Array.from({ length: daysInMonth(year, month) }, (_, i) => i + 1),
        );
        weeks.forEach((week) => expect(week).toHaveLength(7));
        weeks.flat().forEach((cell, index) => {
          if (cell) expect(dayOfWeek(cell)).toBe(index % 7);
        });
      }),
    );
  });

  it('moves by whole days with the arrows, and Home/End stay in the week', () => {
    fc.assert(
      fc.property(realDate, (date) => {
        const day = toDayNumber(date);
        expect(toDayNumber(dateAfterKey(date, 'ArrowDown')!)).toBe(day + 7);
        expect(toDayNumber(dateAfterKey(date, 'ArrowLeft')!)).toBe(day - 1);
        const home = toDayNumber(dateAfterKey(date, 'Home')!);
        const end = toDayNumber(dateAfterKey(date, 'End')!);
        expect(end - home).toBe(6);
        expect(day >= home && day <= end).toBe(true);
      }),
    );
  });
});
