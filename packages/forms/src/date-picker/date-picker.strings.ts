import { defineStrings } from '@gouvkit/core';

export type DatePickerStringKey =
  'choose' | 'previousMonth' | 'nextMonth' | 'previousYear' | 'nextYear' | 'close' | 'hintFormat';

export const datePickerStrings = defineStrings<DatePickerStringKey>('gouv-date-picker', {
  fr: {
    choose: 'Choisir une date',
    previousMonth: 'Mois précédent',
    nextMonth: 'Mois suivant',
    previousYear: 'Année précédente',
    nextYear: 'Année suivante',
    close: 'Fermer',
    hintFormat: 'Format attendu\u00a0: JJ/MM/AAAA. Par exemple\u00a0: 14/07/2025',
  },
  en: {
    choose: 'Choose date',
    previousMonth: 'Previous month',
    nextMonth: 'Next month',
    previousYear: 'Previous year',
    nextYear: 'Next year',
    close: 'Close',
    hintFormat: 'Format: DD/MM/YYYY. For example, 14/07/2025',
  },
});
