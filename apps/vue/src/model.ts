// What the form holds, as one object: each field's `v-model` is one key. Values are the fields'
// own (`value` strings, ISO dates, a boolean for a box, an array for a group of boxes), so the
// model can be saved, restored or sent as JSON.
export interface Registration {
  nom: string;
  email: string;
  tel: string;
  /** A number once typed: Vue's v-model casts on a `type="number"` field. */
  enfants: number | '';
  message: string;
  region: string;
  cgu: boolean;
  nouvelles: boolean;
  interets: string[];
  contact: string;
  adresseContact: string;
  satisfaction: string;
  /** The chosen file's name: a file can't be set from a model (as on `<input type="file">`). */
  justificatif: string;
  naissance: string;
  rendezVous: string;
  pays: string;
}

export interface Choice {
  value: string;
  label: string;
}

/**
 * What the app can set at once: everything but the file, which a script can't choose (as on
 * `<input type="file">`). Setting a draft leaves the chosen file, and its key, as they are.
 */
export type Draft = Omit<Registration, 'justificatif'>;

export function emptyDraft(): Draft {
  return {
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
  };
}

export function emptyRegistration(): Registration {
  return { ...emptyDraft(), justificatif: '' };
}

/** A whole model at once, as a saved draft would give it back. */
export function exampleDraft(): Draft {
  return {
    nom: 'Martin',
    email: 'lea.martin@example.fr',
    tel: '01 23 45 67 89',
    enfants: 3,
    message: 'Merci de me rappeler.',
    region: '11',
    cgu: true,
    nouvelles: false,
    interets: ['culture'],
    contact: 'telephone',
    adresseContact: '',
    satisfaction: '9',
    naissance: '1985-03-21',
    rendezVous: '2026-05-12',
    pays: 'CH',
  };
}

/** The choices of the option fields, which Vue renders as `<option>` children. */
export function defaultChoices() {
  return {
    regions: [
      { value: '84', label: 'Auvergne-Rhône-Alpes' },
      { value: '53', label: 'Bretagne' },
      { value: '11', label: 'Île-de-France' },
    ] as Choice[],
    interets: [
      { value: 'sport', label: 'Sport' },
      { value: 'culture', label: 'Culture' },
      { value: 'nature', label: 'Nature' },
    ] as Choice[],
    pays: [
      { value: 'FR', label: 'France' },
      { value: 'BE', label: 'Belgique' },
      { value: 'CH', label: 'Suisse' },
    ] as Choice[],
  };
}

/** One more choice per list, as a list fetched later would bring. */
export const MORE_CHOICES = {
  regions: { value: '28', label: 'Normandie' },
  interets: { value: 'lecture', label: 'Lecture' },
  pays: { value: 'LU', label: 'Luxembourg' },
} satisfies Record<keyof ReturnType<typeof defaultChoices>, Choice>;
