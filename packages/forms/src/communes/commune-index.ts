import { foldQuery, foldText, queryVariants } from '../combobox/normalize.js';
import type { Commune, CommuneTable } from './commune-data.js';

/** A commune found, with the postcodes that matched (all of them for a search by name). */
export interface CommuneMatch {
  commune: Commune;
  postcodes: readonly string[];
}

export interface CommuneSearchOptions {
  /** How many communes at most (10 by default). */
  limit?: number;
  /** Only these départements (`['69', '2A', '971']`). */
  departements?: readonly string[];
}

/** A leading article, so « rochelle » finds « La Rochelle » and « havre » « Le Havre ». */
const ARTICLE = /^(?:le|la|les|l) (?=.)/;
/** The same article, on a name as written (« L’Haÿ-les-Roses », « Le Havre »). */
const WRITTEN_ARTICLE = /^(?:les|le|la|l)(?:[\s\-‐‑]+|['’])(?=\S)/i;
/** « lyon (69) », « saint martin 05 »: a name, then a département code. */
const NAME_THEN_DEPARTEMENT = /^(.*[a-z].*?) (\d{2,3}|2a|2b) ?$/;

interface Sorted {
  keys: string[];
  ids: Int32Array;
}

interface Candidate {
  id: number;
  exact: boolean;
  postcodes?: string[];
}

/** The first index of `sorted` whose item is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first letter of `text` from `offset` on, folded (« É » → « e », « Œ » → « o »). */
function firstLetter(text: string, offset = 0): string {
  const code = text.charCodeAt(offset);
  if (code >= 97 && code <= 122) return text.charAt(offset); // a–z: most names
  if (code >= 65 && code <= 90) return String.fromCharCode(code + 32); // A–Z
  return foldText(text.slice(offset, offset + 3)).charAt(0);
}

/**
 * Keys split by their first character; a bucket is folded and sorted the first time a query
 * needs it, so the first search pays for one letter, not for the whole alphabet.
 */
class SortedBuckets {
  readonly #pending = new Map<string, number[]>();
  readonly #ready = new Map<string, Sorted>();
  readonly #keyOf: (entry: number) => string;
  readonly #idOf: (entry: number) => number;

  constructor(keyOf: (entry: number) => string, idOf: (entry: number) => number) {
    this.#keyOf = keyOf;
    this.#idOf = idOf;
  }

  add(bucket: string, entry: number) {
    const entries = this.#pending.get(bucket);
    if (entries) entries.push(entry);
    else this.#pending.set(bucket, [entry]);
  }

  get(bucket: string): Sorted | undefined {
    const ready = this.#ready.get(bucket);
    if (ready) return ready;
    const entries = this.#pending.get(bucket);
    if (!entries) return undefined;
    const keys = entries.map(this.#keyOf);
    const order = keys.map((_, i) => i);
    order.sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : a - b));
    const sorted = {
      keys: order.map((i) => keys[i]!),
      ids: Int32Array.from(order, (i) => this.#idOf(entries[i]!)),
    };
    this.#ready.set(bucket, sorted);
    this.#pending.delete(bucket);
    return sorted;
  }

  /** Sorts the largest bucket not sorted yet; false when all are. */
  sortNext(): boolean {
    let next: string | undefined;
    let size = -1;
    for (const [bucket, entries] of this.#pending)
      if (entries.length > size) {
        next = bucket;
        size = entries.length;
      }
    if (next === undefined) return false;
    this.get(next);
    return true;
  }

  sortAll() {
    while (this.sortNext());
  }
}

/**
 * A prefix index over the communes: their folded names (and their names without a leading
 * article) and their postcodes, in sorted arrays searched by bisection. A search reads only
 * the keys that start with the query and keeps the best `limit` communes: the exact name first,
 * then by population.
 */
export class CommuneIndex {
  readonly table: CommuneTable;
  /** Entries are `commune * 2`, or `commune * 2 + 1` for the name without its article. */
  readonly #names: SortedBuckets;
  #postcodes: { buckets: SortedBuckets; keys: string[]; ids: number[] } | undefined;
  readonly #seen: Uint32Array;
  #stamp = 0;
  #byCode: Map<string, number> | undefined;

  constructor(table: CommuneTable) {
    this.table = table;
    this.#names = new SortedBuckets(
      (entry) => {
        const folded = foldText(table.name(entry >> 1));
        return entry & 1 ? folded.replace(ARTICLE, '') : folded;
      },
      (entry) => entry >> 1,
    );
    for (let id = 0; id < table.size; id++) {
      const name = table.name(id);
      const first = firstLetter(name);
      this.#names.add(first, id * 2);
      const article = first === 'l' ? WRITTEN_ARTICLE.exec(name) : null;
      if (article) this.#names.add(firstLetter(name, article[0].length), id * 2 + 1);
    }
    this.#seen = new Uint32Array(table.size);
  }

  get size(): number {
    return this.table.size;
  }

  /** The commune of an INSEE code. */
  byCode(code: string): Commune | undefined {
    if (!this.#byCode) {
      this.#byCode = new Map();
      for (let id = 0; id < this.table.size; id++) this.#byCode.set(this.table.code(id), id);
    }
    const id = this.#byCode.get(code.trim().toUpperCase());
    return id === undefined ? undefined : this.table.commune(id);
  }

  /** Builds the whole index now instead of letter by letter (for measurements). */
  buildAll() {
    this.#names.sortAll();
    this.#postcodeIndex().buckets.sortAll();
  }

  /**
   * Sorts one more letter (then postcode digit) of the index ahead of the searches that need
   * it, the largest first; false once the whole index is sorted. Call it in idle time.
   */
  warmUpStep(): boolean {
    if (this.#names.sortNext()) return true;
    if (!this.#postcodes) {
      this.#postcodeIndex();
      return true;
    }
    return this.#postcodes.buckets.sortNext();
  }

  /**
   * The communes matching `query`: a name prefix (« lyo », « st etienne », « l hay »), a name
   * followed by a département (« lyon (69) », « saint martin 05 ») or a postcode prefix (« 750 »).
   */
  search(query: string, { limit = 10, departements }: CommuneSearchOptions = {}): CommuneMatch[] {
    const folded = foldQuery(query);
    if (!folded || limit <= 0) return [];
    const only = departements?.length ? new Set(departements.map((d) => d.toUpperCase())) : undefined;
    const digits = folded.replace(/ /g, '');
    if (/^\d+$/.test(digits)) return digits.length <= 5 ? this.#byPostcode(digits, limit, only) : [];
    const withDepartement = NAME_THEN_DEPARTEMENT.exec(folded);
    if (withDepartement) {
      const departement = withDepartement[2]!.toUpperCase();
      const found =
        only && !only.has(departement)
          ? []
          : this.#byName(withDepartement[1]!, limit, new Set([departement]));
      if (found.length) return found;
    }
    return this.#byName(folded, limit, only);
  }

  #nextStamp(): number {
    if (++this.#stamp === 0xffffffff) {
      this.#seen.fill(0);
      this.#stamp = 1;
    }
    return this.#stamp;
  }

  /** Negative when `a` ranks before `b`: the exact name, then the most populated, then by name. */
  #compare = (a: Candidate, b: Candidate): number => {
    if (a.exact !== b.exact) return a.exact ? -1 : 1;
    const byPopulation = this.table.population(b.id) - this.table.population(a.id);
    if (byPopulation) return byPopulation;
    const na = this.table.name(a.id);
    const nb = this.table.name(b.id);
    return na < nb ? -1 : na > nb ? 1 : a.id - b.id;
  };

  /** Puts `candidate` among the `limit` best, kept in rank order. */
  #keep(best: Candidate[], candidate: Candidate, limit: number) {
    if (best.length === limit && this.#compare(candidate, best[limit - 1]!) >= 0) return;
    let i = best.length;
    while (i > 0 && this.#compare(candidate, best[i - 1]!) < 0) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }

  #byName(folded: string, limit: number, only: Set<string> | undefined): CommuneMatch[] {
    const stamp = this.#nextStamp();
    const best: Candidate[] = [];
    const variants = queryVariants(folded);
    variants.forEach((prefix, variant) => {
      const whole = prefix.trimEnd();
      const sorted = this.#names.get(whole.charAt(0));
      if (!sorted) return;
      const { keys, ids } = sorted;
      // An exact name counts when the user typed it whole: not « saint- », nor « st » read as « saint ».
      const exactCounts = prefix === whole && variant === 0;
      for (let i = lowerBound(keys, whole); i < keys.length; i++) {
        const key = keys[i]!;
        if (!key.startsWith(whole)) break;
        // A trailing separator: the last word is complete (« saint » but not « saintes »).
        if (prefix !== whole && key.length > whole.length && key[whole.length] !== ' ') continue;
        const id = ids[i]!;
        const exact = exactCounts && key === whole;
        if (this.#seen[id] === stamp) {
          if (!exact) continue;
          const index = best.findIndex((c) => c.id === id);
          if (index >= 0) best.splice(index, 1);
        }
        this.#seen[id] = stamp;
        if (only && !only.has(this.table.departement(id))) continue;
        this.#keep(best, { id, exact }, limit);
      }
    });
    return best.map(({ id }) => {
      const commune = this.table.commune(id);
      return { commune, postcodes: commune.codesPostaux };
    });
  }

  #postcodeIndex() {
    if (!this.#postcodes) {
      const keys: string[] = [];
      const ids: number[] = [];
      const buckets = new SortedBuckets(
        (entry) => keys[entry]!,
        (entry) => ids[entry]!,
      );
      for (let id = 0; id < this.table.size; id++)
        for (const postcode of this.table.postcodes(id)) {
          buckets.add(postcode.charAt(0), keys.length);
          keys.push(postcode);
          ids.push(id);
        }
      this.#postcodes = { buckets, keys, ids };
    }
    return this.#postcodes;
  }

  #byPostcode(digits: string, limit: number, only: Set<string> | undefined): CommuneMatch[] {
    const sorted = this.#postcodeIndex().buckets.get(digits.charAt(0));
    if (!sorted) return [];
    const { keys, ids } = sorted;
    const matched = new Map<number, string[]>();
    for (let i = lowerBound(keys, digits); i < keys.length && keys[i]!.startsWith(digits); i++) {
      const id = ids[i]!;
      if (only && !only.has(this.table.departement(id))) continue;
      const list = matched.get(id);
      if (list) list.push(keys[i]!);
      else matched.set(id, [keys[i]!]);
    }
    const best: Candidate[] = [];
    for (const [id, postcodes] of matched)
      this.#keep(best, { id, exact: postcodes.includes(digits), postcodes }, limit);
    return best.map(({ id, postcodes }) => ({ commune: this.table.commune(id), postcodes: postcodes! }));
  }
}
