/** The message of a strict commune field whose text matches no commune chosen from the list. */
export const COMMUNE_NOT_IN_LIST = {
  fr: 'Sélectionnez une commune dans la liste',
  en: 'Select a municipality from the list',
} as const;
