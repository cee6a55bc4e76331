import { defineStrings } from '@gouvkit/core';

/**
 * The date messages, after GOV.UK's « Date input » error messages, adapted to French in the
 * DSFR style: say what to do, name the date (`{subject}`, « la date de naissance »), quote the
 * limit. `{Subject}` is the same with a capital letter, to start a sentence. `{min}` and `{max}`
 * are long dates (« 1er janvier 2000 »), `{age}` a number of years.
 */
export type DateMessageKey =
  | 'date.empty'
  | 'date.missingDay'
  | 'date.missingMonth'
  | 'date.missingYear'
  | 'date.missingDayMonth'
  | 'date.missingDayYear'
  | 'date.missingMonthYear'
  | 'date.yearDigits'
  | 'date.real'
  | 'date.notInFuture'
  | 'date.min'
  | 'date.max'
  | 'date.range'
  | 'date.minAge'
  | 'date.maxAge';

/** What the messages call the date when the element has no `subject`. */
export type DateSubjectKey = 'subject' | 'subjectBirth';

export const dateMessages = defineStrings<DateMessageKey | DateSubjectKey>('date', {
  fr: {
    subject: 'la date',
    subjectBirth: 'la date de naissance',
    'date.empty': 'Saisissez {subject}',
    'date.missingDay': 'Saisissez le jour de {subject}',
    'date.missingMonth': 'Saisissez le mois de {subject}',
    'date.missingYear': 'Saisissez l’année de {subject}',
    'date.missingDayMonth': 'Saisissez le jour et le mois de {subject}',
    'date.missingDayYear': 'Saisissez le jour et l’année de {subject}',
    'date.missingMonthYear': 'Saisissez le mois et l’année de {subject}',
    'date.yearDigits': 'L’année doit comporter 4 chiffres',
    'date.real': '{Subject} doit être une date réelle',
    'date.notInFuture': '{Subject} doit être dans le passé',
    'date.min': '{Subject} doit être le {min} ou après',
    'date.max': '{Subject} doit être le {max} ou avant',
    'date.range': '{Subject} doit être entre le {min} et le {max}',
    'date.minAge': {
      one: 'La personne doit avoir au moins {age} an\u00a0: {subject} doit être le {max} ou avant',
      other: 'La personne doit avoir au moins {age} ans\u00a0: {subject} doit être le {max} ou avant',
    },
    'date.maxAge': {
      one: 'La personne doit avoir {age} an au plus\u00a0: {subject} doit être le {min} ou après',
      other: 'La personne doit avoir {age} ans au plus\u00a0: {subject} doit être le {min} ou après',
    },
  },
  en: {
    subject: 'the date',
    subjectBirth: 'the date of birth',
    'date.empty': 'Enter {subject}',
    'date.missingDay': '{Subject} must include a day',
    'date.missingMonth': '{Subject} must include a month',
    'date.missingYear': '{Subject} must include a year',
    'date.missingDayMonth': '{Subject} must include a day and month',
    'date.missingDayYear': '{Subject} must include a day and year',
    'date.missingMonthYear': '{Subject} must include a month and year',
    'date.yearDigits': 'Year must include 4 numbers',
    'date.real': '{Subject} must be a real date',
    'date.notInFuture': '{Subject} must be in the past',
    'date.min': '{Subject} must be the same as or after {min}',
    'date.max': '{Subject} must be the same as or before {max}',
    'date.range': '{Subject} must be between {min} and {max}',
    'date.minAge': {
      one: 'The person must be at least {age} year old: {subject} must be the same as or before {max}',
      other: 'The person must be at least {age} years old: {subject} must be the same as or before {max}',
    },
    'date.maxAge': {
      one: 'The person must be {age} year old or younger: {subject} must be the same as or after {min}',
      other: 'The person must be {age} years old or younger: {subject} must be the same as or after {min}',
    },
  },
});

/** The date input's own texts. */
export type DateInputStringKey = 'day' | 'month' | 'year' | 'hintExample';

export const dateInputStrings = defineStrings<DateInputStringKey>('gouv-date-input', {
  fr: { day: 'Jour', month: 'Mois', year: 'Année', hintExample: 'Par exemple\u00a0: 14 07 1990' },
  en: { day: 'Day', month: 'Month', year: 'Year', hintExample: 'For example, 14 7 1990' },
});
