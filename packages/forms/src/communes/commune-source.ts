import type { ComboboxOption, ComboboxSource } from '../combobox/combobox-option.js';
import { COMMUNE_NOT_IN_LIST } from './commune-messages.js';
import { decodeCommunes, type Commune } from './commune-data.js';
import { CommuneIndex, type CommuneMatch, type CommuneSearchOptions } from './commune-index.js';

/** A commune as a combobox option: the INSEE code is the value, « Lyon (69) » the label. */
export interface CommuneOption extends ComboboxOption {
  code: string;
  nom: string;
  departement: string;
  codesPostaux: readonly string[];
}

export type CommuneSourceOptions = CommuneSearchOptions;

let loading: Promise<CommuneIndex> | undefined;

/** Runs `step` in idle time until it returns false, so sorting the index never blocks typing. */
function whenIdle(step: () => boolean) {
  const run = (deadline?: IdleDeadline) => {
    while (step()) {
      if (!deadline || deadline.timeRemaining() < 8) {
        schedule();
        return;
      }
    }
  };
  const schedule = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(run, { timeout: 1000 })
      : setTimeout(run, 20);
  schedule();
}

/**
 * Loads the 34,969 communes and builds their index, once per page. The data is a module of its
 * own, imported on the first call: bundlers put it in a chunk that only loads then.
 */
export function loadCommuneIndex(): Promise<CommuneIndex> {
  if (!loading) {
    loading = import('./generated/communes-data.js').then((data) => {
      const index = new CommuneIndex(decodeCommunes(data.COMMUNES_DATA));
      // The letters not searched yet get sorted while the user reads or types.
      whenIdle(() => index.warmUpStep());
      return index;
    });
    // A failed load (network) is tried again on the next search.
    loading.catch(() => (loading = undefined));
  }
  return loading;
}

/** « Lyon (69) »: the département tells homonyms apart (« Saint-Martin (05) », « Saint-Martin (32) »). */
export function communeLabel(commune: Pick<Commune, 'nom' | 'departement'>): string {
  return `${commune.nom} (${commune.departement})`;
}

/** Up to three postcodes, the matched ones first: « 69001, 69002, 69003… ». */
function postcodesText(postcodes: readonly string[]): string {
  return postcodes.length > 3 ? `${postcodes.slice(0, 3).join(', ')}…` : postcodes.join(', ');
}

export function communeOption(
  commune: Commune,
  postcodes: readonly string[] = commune.codesPostaux,
): CommuneOption {
  return {
    value: commune.code,
    label: communeLabel(commune),
    description: postcodesText(postcodes),
    code: commune.code,
    nom: commune.nom,
    departement: commune.departement,
    codesPostaux: commune.codesPostaux,
  };
}

const toOption = ({ commune, postcodes }: CommuneMatch) => communeOption(commune, postcodes);

/**
 * The current French communes as a `gouv-combobox` source: `el.search = communeSource()`.
 * Searches by name prefix (accents, hyphens and « St » don’t matter), by name and département
 * (« saint martin 05 ») or by postcode prefix (« 750 »); ranks the exact name first, then by
 * population; submits the INSEE code. The data (about 310 KB gzipped) loads on the first search.
 */
export function communeSource(options: CommuneSourceOptions = {}): ComboboxSource {
  const source: ComboboxSource = async (query, signal) => {
    const index = await loadCommuneIndex();
    signal.throwIfAborted();
    return index.search(query, options).map(toOption);
  };
  // Called when the field gets focus: the data loads while the user starts typing.
  source.preload = () => void loadCommuneIndex().catch(() => {});
  source.resolve = async (value, signal) => {
    const index = await loadCommuneIndex();
    signal.throwIfAborted();
    const commune = index.byCode(value);
    return commune ? communeOption(commune) : null;
  };
  source.notInListMessage = COMMUNE_NOT_IN_LIST;
  return source;
}
