import { defineStrings } from '@gouvkit/core';

export type ComboboxStringKey = 'loading' | 'noResults' | 'results' | 'loadError' | 'notInList';

export const comboboxStrings = defineStrings<ComboboxStringKey>('gouv-combobox', {
  fr: {
    loading: 'Chargement…',
    noResults: 'Aucun résultat',
    results: { one: '{count} résultat disponible', other: '{count} résultats disponibles' },
    loadError: 'La liste n’a pas pu être chargée. Réessayez en modifiant votre saisie.',
    notInList: 'Sélectionnez une valeur dans la liste',
  },
  en: {
    loading: 'Loading…',
    noResults: 'No results',
    results: { one: '{count} result available', other: '{count} results available' },
    loadError: 'The list could not be loaded. Try again by changing what you typed.',
    notInList: 'Select a value from the list',
  },
});
