// What the form holds, as one object in a component's state: one key per field, with the
// field's own value (text, an ISO date, a boolean for a box, an array for a group of boxes).
export interface Registration {
  nom: string;
  email: string;
  tel: string;
  enfants: string;
  message: string;
  region: string;
  cgu: boolean;
  nouvelles: boolean;
  interets: string[];
  contact: string;
  adresseContact: string;
  satisfaction: string;
  /** The chosen file's name, read back: a script can't choose a file (as on `<input type="file">`). */
  justificatif: string;
  naissance: string;
  rendezVous: string;
  pays: string;
}

export interface Choice {
  value: string;
  label: string;
}

/** What the app can set at once: everything but the file. */
export type Draft = Omit<Registration, 'justificatif'>;

export const emptyDraft = (): Draft => ({
  nom: '',
  email: '',
  tel: '',
  enfants: '',
  message: '',
  region: '',
  cgu: false,
  nouvelles: false,
  interets: [],
  contact: '',
  adresseContact: '',
  satisfaction: '5',
  naissance: '',
  rendezVous: '',
  pays: '',
});

export const emptyRegistration = (): Registration => ({ ...emptyDraft(), justificatif: '' });

/** A whole draft at once, as a saved one would come back. */
export const exampleDraft = (): Draft => ({
  nom: 'Martin',
  email: 'lea.martin@example.fr',
  tel: '01 23 45 67 89',
  enfants: '3',
  message: 'Merci de me rappeler.',
  region: '11',
  cgu: true,
  nouvelles: true,
  interets: ['culture', 'nature'],
  contact: 'courriel',
  adresseContact: 'lea@example.fr',
  satisfaction: '9',
  naissance: '1985-03-21',
  rendezVous: '2026-05-12',
  pays: 'CH',
});

export const REGIONS: Choice[] = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];

export const INTERESTS: Choice[] = [
  { value: 'sport', label: 'Sport' },
  { value: 'culture', label: 'Culture' },
  { value: 'nature', label: 'Nature' },
];

export const CONTACT: Choice[] = [
  { value: 'courriel', label: 'Par courriel' },
  { value: 'telephone', label: 'Par téléphone' },
];

export const COUNTRIES: Choice[] = [
  { value: 'FR', label: 'France' },
  { value: 'BE', label: 'Belgique' },
  { value: 'CH', label: 'Suisse' },
];

/** One more country, as a list fetched later would bring: React adds and removes its `<option>`. */
export const MORE_COUNTRY: Choice = { value: 'LU', label: 'Luxembourg' };
