/**
 * Dates as people type them: a day, a month and a year in three boxes (or one « 14/07/1990 »),
 * checked the way GOV.UK's « Date input » pattern recommends, with a message that says which
 * part to fix. Pure functions, no DOM, no `Date` arithmetic (no time zone, no daylight saving
 * time, no two-digit-year surprises): a date is three integers, and an ISO `YYYY-MM-DD` string
 * between components and servers.
 */
import type { Message, MessageParams } from '@gouvkit/core';
import { dateMessages, type DateMessageKey, type DateSubjectKey } from '../date-input/date-input.strings.js';

export type { DateMessageKey } from '../date-input/date-input.strings.js';

export type DatePart = 'day' | 'month' | 'year';
export const DATE_PARTS: readonly DatePart[] = ['day', 'month', 'year'];

/** What the user typed in each box, as text. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** A calendar date (proleptic Gregorian), month from 1 to 12. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

/** The rules a date must follow. Dates are ISO `YYYY-MM-DD`; an unreadable one is ignored. */
export interface DateRules {
  required?: boolean;
  /** The earliest date allowed. */
  min?: string;
  /** The latest date allowed. */
  max?: string;
  /** Today or earlier (a birth date, the date of an event that happened). */
  notInFuture?: boolean;
  /** For a birth date: the person is at least this old today. */
  minAge?: number;
  /** For a birth date: the person is at most this old today. */
  maxAge?: number;
  /** Today, for the checks above; the local date by default. */
  today?: string;
}

/** The ISO dates a message quotes, and an age. Formatted by `dateMessage()` in the reader's language. */
export interface DateMessageParams {
  min?: string;
  max?: string;
  age?: number;
}

export type DateCheck =
  | {
      valid: true;
      /** The ISO date, or '' when nothing was entered (and nothing is required). */
      value: string;
    }
  | {
      valid: false;
      key: DateMessageKey;
      params: DateMessageParams;
      /** The parts to highlight, in order: the first is where to send the focus. */
      parts: DatePart[];
      /** The ISO date when the date itself is real (out of range), '' otherwise. */
      value: string;
    };

// ── calendar arithmetic ────────────────────────────────────────────────────────────────────

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isRealDate({ year, month, day }: CalendarDate): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date of a strict ISO `YYYY-MM-DD` string, or null when it is not a real date. */
export function parseIso(iso: unknown): CalendarDate | null {
  const match = typeof iso === 'string' ? ISO.exec(iso.trim()) : null;
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return isRealDate(date) ? date : null;
}

export function toIso({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Days since 1970-01-01 (negative before), after Howard Hinnant's `days_from_civil`: exact for
 * every Gregorian date, with integers only.
 */
export function toDayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`). */
export function fromDayNumber(days: number): CalendarDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Moves by whole months, keeping the day when it exists (31 March − 1 month = 29 February in 2024). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** 0 for Monday … 6 for Sunday (ISO 8601). */
export function dayOfWeek(date: CalendarDate): number {
  // 1970-01-01 was a Thursday (3).
  return (((toDayNumber(date) + 3) % 7) + 7) % 7;
}

/** −1, 0 or 1, as `a` is before, the same as or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/** Today in the user's time zone, as ISO. */
export function todayIso(now: Date = new Date()): string {
  return toIso({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
}

// ── reading what people type ───────────────────────────────────────────────────────────────

/** Lower case, no accents, no final dot: « Févr. » → « fevr ». */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\.$/, '')
    .trim();
}

/** Month names and usual abbreviations, French then English, folded. */
const MONTH_NAMES: Record<string, number> = {};
[
  ['janvier', 'janv', 'january', 'jan'],
  ['fevrier', 'fevr', 'fev', 'february', 'feb'],
  ['mars', 'march', 'mar'],
  ['avril', 'avr', 'april', 'apr'],
  ['mai', 'may'],
  ['juin', 'june', 'jun'],
  ['juillet', 'juil', 'july', 'jul'],
  ['aout', 'august', 'aug'],
  ['septembre', 'sept', 'sep', 'september'],
  ['octobre', 'oct', 'october'],
  ['novembre', 'nov', 'november'],
  ['decembre', 'dec', 'december'],
].forEach((names, index) => names.forEach((name) => (MONTH_NAMES[name] = index + 1)));

function digits(text: string): number | null {
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** The day typed (« 07 », « 7 », « 1er »), or null when it is not a number from 1 to 31. */
export function parseDay(text: unknown): number | null {
  const folded = fold(asText(text)).replace(/^1\s*er$/, '1');
  const day = digits(folded);
  return day !== null && day >= 1 && day <= 31 ? day : null;
}

/** The month typed (« 03 », « 3 », « mars », « March », « févr. »), or null. */
export function parseMonth(text: unknown): number | null {
  const folded = fold(asText(text));
  const month = digits(folded) ?? MONTH_NAMES[folded] ?? null;
  return month !== null && month >= 1 && month <= 12 ? month : null;
}

/** The year typed, when it has exactly 4 digits (and is not 0000), or null. */
export function parseYear(text: unknown): number | null {
  const trimmed = asText(text).trim();
  return /^\d{4}$/.test(trimmed) && Number(trimmed) >= 1 ? Number(trimmed) : null;
}

function asText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

/** The ISO date the parts make, or null when they don't make a real date. */
export function partsToIso(parts: DateParts): string | null {
  const day = parseDay(parts.day);
  const month = parseMonth(parts.month);
  const year = parseYear(parts.year);
  if (day === null || month === null || year === null) return null;
  const date = { year, month, day };
  return isRealDate(date) ? toIso(date) : null;
}

/** The parts to show for an ISO date (« 14 », « 07 », « 1990 »); empty parts for anything else. */
export function isoToParts(iso: unknown): DateParts {
  const date = parseIso(iso);
  if (!date) return { day: '', month: '', year: '' };
  const [year, month, day] = toIso(date).split('-') as [string, string, string];
  return { day, month, year };
}

/**
 * Splits a date typed in one box into its parts: « 14/07/1990 », « 14 07 1990 », « 14.07.1990 »,
 * « 14-07-1990 », « 14071990 », « 14 juillet 1990 », « 1er mars 2000 », or ISO « 1990-07-14 ».
 * Missing parts come back empty, so the message can say which one to add.
 */
export function splitDateText(text: unknown): DateParts {
  const trimmed = asText(text).trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  if (iso) return { day: iso[3] ?? '', month: iso[2] ?? '', year: iso[1] ?? '' };
  const packed = /^(\d{2})(\d{2})(\d{4})$/.exec(trimmed);
  if (packed) return { day: packed[1] ?? '', month: packed[2] ?? '', year: packed[3] ?? '' };
  const pieces = trimmed.split(/\s*[/.\-\s,]\s*/).filter(Boolean);
  // « 1er mars 2000 »: the ordinal may be split from its number.
  if (pieces[1] !== undefined && /^er$/i.test(pieces[1]) && pieces[0] === '1') pieces.splice(1, 1);
  if (pieces.length > 3) {
    // Too many pieces: keep them all in the year, so the date is reported as not real.
    return { day: pieces[0] ?? '', month: pieces[1] ?? '', year: pieces.slice(2).join(' ') };
  }
  return { day: pieces[0] ?? '', month: pieces[1] ?? '', year: pieces[2] ?? '' };
}

/** « 14/07/1990 »: how the single-box date picker shows a date. '' for anything else. */
export function formatDateText(iso: unknown): string {
  const parts = isoToParts(iso);
  return parts.year ? `${parts.day}/${parts.month}/${parts.year}` : '';
}

// ── the check ──────────────────────────────────────────────────────────────────────────────

const MISSING_KEYS: Record<string, DateMessageKey> = {
  day: 'date.missingDay',
  month: 'date.missingMonth',
  year: 'date.missingYear',
  'day,month': 'date.missingDayMonth',
  'day,year': 'date.missingDayYear',
  'month,year': 'date.missingMonthYear',
};

function fail(key: DateMessageKey, parts: DatePart[], params: DateMessageParams = {}, value = ''): DateCheck {
  return { valid: false, key, params, parts, value };
}

function validAge(age: unknown): number | null {
  // `'18'` too: a framework sets the `min-age` attribute's string as the property.
  const years = typeof age === 'string' && age.trim() !== '' ? Number(age) : age;
  return typeof years === 'number' && Number.isInteger(years) && years >= 0 && years <= 200 ? years : null;
}

/**
 * Checks what was typed, in the order a person should fix it (GOV.UK): nothing entered, a part
 * missing, a part that is not a number (or a month name), a year without 4 digits, a date that
 * doesn't exist (31/02, 29/02 outside leap years), then the limits. Never throws.
 */
export function checkDate(parts: DateParts, rules: DateRules = {}): DateCheck {
  const text = {
    day: asText(parts?.day).trim(),
    month: asText(parts?.month).trim(),
    year: asText(parts?.year).trim(),
  };
  const empty = DATE_PARTS.filter((part) => text[part] === '');
  if (empty.length === 3)
    return rules.required ? fail('date.empty', [...DATE_PARTS]) : { valid: true, value: '' };
  if (empty.length) return fail(MISSING_KEYS[empty.join(',')]!, empty);

  const day = parseDay(text.day);
  const month = parseMonth(text.month);
  const year = parseYear(text.year);
  const yearIsDigits = /^\d+$/.test(text.year);
  const wrong: DatePart[] = [];
  if (day === null) wrong.push('day');
  if (month === null) wrong.push('month');
  if (year === null && !(yearIsDigits && text.year.length !== 4)) wrong.push('year');
  if (wrong.length) {
    if (year === null && !wrong.includes('year')) wrong.push('year');
    return fail('date.real', wrong);
  }
  if (year === null) return fail('date.yearDigits', ['year']);

  const date = { year, month: month!, day: day! };
  if (!isRealDate(date)) return fail('date.real', ['day']);
  return checkLimits(date, rules);
}

function checkLimits(date: CalendarDate, rules: DateRules): DateCheck {
  const value = toIso(date);
  const all = [...DATE_PARTS];
  const today = parseIso(rules.today) ?? parseIso(todayIso())!;
  if (rules.notInFuture && compareDates(date, today) > 0) return fail('date.notInFuture', all, {}, value);

  const min = parseIso(rules.min);
  const max = parseIso(rules.max);
  const early = min !== null && compareDates(date, min) < 0;
  const late = max !== null && compareDates(date, max) > 0;
  if ((early || late) && min && max && compareDates(min, max) <= 0)
    return fail('date.range', all, { min: toIso(min), max: toIso(max) }, value);
  if (early) return fail('date.min', all, { min: toIso(min) }, value);
  if (late) return fail('date.max', all, { max: toIso(max) }, value);

  const minAge = validAge(rules.minAge);
  if (minAge !== null) {
    const latestBirth = addYears(today, -minAge);
    if (compareDates(date, latestBirth) > 0)
      return fail('date.minAge', all, { age: minAge, max: toIso(latestBirth) }, value);
  }
  const maxAge = validAge(rules.maxAge);
  if (maxAge !== null) {
    const earliestBirth = addDays(addYears(today, -(maxAge + 1)), 1);
    if (compareDates(date, earliestBirth) < 0)
      return fail('date.maxAge', all, { age: maxAge, min: toIso(earliestBirth) }, value);
  }
  return { valid: true, value };
}

/**
 * The first and last dates `rules` allow, for the picker's calendar: its other days are
 * disabled. `null` where there is no limit.
 */
export function allowedRange(rules: DateRules): {
  earliest: CalendarDate | null;
  latest: CalendarDate | null;
} {
  const today = parseIso(rules.today) ?? parseIso(todayIso())!;
  const minAge = validAge(rules.minAge);
  const maxAge = validAge(rules.maxAge);
  const earliest = [parseIso(rules.min), maxAge === null ? null : addDays(addYears(today, -(maxAge + 1)), 1)]
    .filter((d): d is CalendarDate => d !== null)
    .sort(compareDates)
    .at(-1);
  const latest = [
    parseIso(rules.max),
    rules.notInFuture ? today : null,
    minAge === null ? null : addYears(today, -minAge),
  ]
    .filter((d): d is CalendarDate => d !== null)
    .sort(compareDates)[0];
  return { earliest: earliest ?? null, latest: latest ?? null };
}

// ── messages ───────────────────────────────────────────────────────────────────────────────

export type DateLang = 'fr' | 'en';

function langOf(lang: string | undefined): DateLang {
  return (lang ?? '').toLowerCase().startsWith('en') ? 'en' : 'fr';
}

const longFormats = new Map<DateLang, Intl.DateTimeFormat>();

/** « 1er janvier 2000 » in French, « 1 January 2000 » in English (GOV.UK's style). */
export function formatLongDate(iso: string, lang?: string): string {
  const date = parseIso(iso);
  if (!date) return iso;
  const language = langOf(lang);
  let format = longFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    longFormats.set(language, format);
  }
  const text = format.format(utcDate(date));
  return language === 'fr' ? text.replace(/^1 /, '1er ') : text;
}

/** A `Date` at midnight UTC on `date`, years below 100 included. */
export function utcDate({ year, month, day }: CalendarDate): Date {
  const result = new Date(Date.UTC(2000, month - 1, day));
  result.setUTCFullYear(year);
  return result;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const pluralRules = new Map<DateLang, Intl.PluralRules>();

function pick(message: Message, lang: DateLang, count: number): string {
  if (typeof message === 'string') return message;
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return message[rules.select(count)] ?? message.other;
}

export interface DateMessageOptions {
  /** What the date is, with its article: « la date d’arrivée ». Default « la date ». */
  subject?: string;
  /** A birth date: the default subject is « la date de naissance ». */
  birthDate?: boolean;
  /** Per-instance messages, by key (an element's `strings`). */
  overrides?: Partial<Record<DateMessageKey | DateSubjectKey, Message>>;
}

/** The params of a failed check, formatted for `lang`, with the subject in both cases. */
export function dateMessageParams(
  check: Extract<DateCheck, { valid: false }>,
  lang?: string,
  options: DateMessageOptions = {},
): MessageParams {
  const language = langOf(lang);
  const subjectKey: DateSubjectKey = options.birthDate ? 'subjectBirth' : 'subject';
  const subject =
    options.subject?.trim() ||
    pick(options.overrides?.[subjectKey] ?? dateMessages[language][subjectKey], language, 1);
  const params: MessageParams = { subject, Subject: capitalise(subject) };
  if (check.params.min) params.min = formatLongDate(check.params.min, language);
  if (check.params.max) params.max = formatLongDate(check.params.max, language);
  if (check.params.age !== undefined) {
    params.age = check.params.age;
    params.count = check.params.age;
  }
  return params;
}

/** The message of a check, '' when it passed. */
export function dateMessage(check: DateCheck, lang?: string, options: DateMessageOptions = {}): string {
  if (check.valid) return '';
  const language = langOf(lang);
  const params = dateMessageParams(check, language, options);
  const message = options.overrides?.[check.key] ?? dateMessages[language][check.key];
  return pick(message, language, Number(params.count ?? 1)).replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    return value === undefined ? match : String(value);
  });
}
