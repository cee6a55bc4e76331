/**
 * The calendar's arithmetic and texts, without DOM: the weeks of a month (Monday first, as in
 * France and ISO 8601), where each key of the WAI-ARIA APG « Date Picker Dialog » grid moves
 * the focus, and day and month names from `Intl.DateTimeFormat`.
 */
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  dayOfWeek,
  daysInMonth,
  utcDate,
  type CalendarDate,
} from '../shared/date-parts.js';

export interface DateRange {
  earliest: CalendarDate | null;
  latest: CalendarDate | null;
}

/** The weeks of `month`, Monday to Sunday; days of the months around are `null`. */
export function monthWeeks(year: number, month: number): (CalendarDate | null)[][] {
  const first: CalendarDate = { year, month, day: 1 };
  const cells: (CalendarDate | null)[] = Array.from({ length: dayOfWeek(first) }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day++) cells.push({ year, month, day });
  while (cells.length % 7) cells.push(null);
  const weeks: (CalendarDate | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

export function isWithin(date: CalendarDate, { earliest, latest }: DateRange): boolean {
  return (!earliest || compareDates(date, earliest) >= 0) && (!latest || compareDates(date, latest) <= 0);
}

/** `date` brought within the range (a range that allows nothing leaves it as it is). */
export function clampDate(date: CalendarDate, range: DateRange): CalendarDate {
  const { earliest, latest } = range;
  if (earliest && latest && compareDates(earliest, latest) > 0) return date;
  if (earliest && compareDates(date, earliest) < 0) return earliest;
  if (latest && compareDates(date, latest) > 0) return latest;
  return date;
}

/**
 * Where a key moves the focus in the grid (APG): arrows by a day or a week, Page Up / Page Down
 * by a month (a year with Shift), Home / End to the start or end of the week. `null` for any
 * other key.
 */
export function dateAfterKey(date: CalendarDate, key: string, shiftKey = false): CalendarDate | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'PageUp':
      return shiftKey ? addYears(date, -1) : addMonths(date, -1);
    case 'PageDown':
      return shiftKey ? addYears(date, 1) : addMonths(date, 1);
    case 'Home':
      return addDays(date, -dayOfWeek(date));
    case 'End':
      return addDays(date, 6 - dayOfWeek(date));
    default:
      return null;
  }
}

/** A BCP 47 language: `Intl` formats the names. */
type CalendarLang = string;

const formats = new Map<string, Intl.DateTimeFormat>();
function format(lang: CalendarLang, options: Intl.DateTimeFormatOptions, date: CalendarDate): string {
  const key = `${lang}${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    // British English: day before month, as GOV.UK writes dates.
    formatter = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang === 'fr' ? 'fr-FR' : lang, {
      ...options,
      timeZone: 'UTC',
    });
    formats.set(key, formatter);
  }
  return formatter.format(utcDate(date));
}

/** « Juillet 1990 », « July 1990 »: the grid's label, a title, so with a capital. */
export function monthLabel(date: CalendarDate, lang: CalendarLang): string {
  const text = format(lang, { month: 'long', year: 'numeric' }, { ...date, day: 1 });
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** « samedi 14 juillet 1990 », « dimanche 1er juillet 1990 », « Saturday 14 July 1990 ». */
export function dayLabel(date: CalendarDate, lang: CalendarLang): string {
  const text = format(lang, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }, date);
  return lang === 'fr' ? text.replace(/(^|\s)1 (?=\p{L})/u, '$11er ') : text;
}

/** The days of the week from Monday: a short name to show (« lun. ») and the full one to read (« lundi »). */
export function weekdayNames(lang: CalendarLang): { short: string; long: string }[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = { year: 2024, month: 1, day: 1 + i };
    return { short: format(lang, { weekday: 'short' }, date), long: format(lang, { weekday: 'long' }, date) };
  });
}
