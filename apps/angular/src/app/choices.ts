// The choices of the example form (the same in every example app), and the demo's extra region.
export interface Choice {
  value: string;
  label: string;
}

export const REGIONS: readonly Choice[] = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];

/** Added and removed by a button: options rendered by `@for` come and go. */
export const CORSE: Choice = { value: '94', label: 'Corse' };

export const INTERESTS: readonly Choice[] = [
  { value: 'sport', label: 'Sport' },
  { value: 'culture', label: 'Culture' },
  { value: 'nature', label: 'Nature' },
];

export const COUNTRIES: readonly Choice[] = [
  { value: 'FR', label: 'France' },
  { value: 'BE', label: 'Belgique' },
  { value: 'CH', label: 'Suisse' },
];
