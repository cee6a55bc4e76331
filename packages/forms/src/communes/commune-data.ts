/** A current French commune, as the combobox needs it. */
export interface Commune {
  /** The INSEE code (« code officiel géographique »): `69123`, `2A004`, `97101`. */
  code: string;
  /** The official name: « Lyon », « L'Haÿ-les-Roses ». */
  nom: string;
  /** The département's code: `69`, `2A`, `971`. */
  departement: string;
  /** Its postcodes (several for big cities, none for the French Southern Lands). */
  codesPostaux: readonly string[];
  /** The municipal population (0 when unknown), to rank homonyms and prefixes. */
  population: number;
}

/** The département of an INSEE code: its first two characters, three overseas (97x, 98x). */
export function departementOf(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}

/**
 * The communes of the compact text that scripts/build-communes.mjs writes (the format is
 * described there). Decoding reads each row once and keeps only where its fields start, so
 * it creates no string per commune: a field is read when a search needs it, and `commune()`
 * makes an object for the few communes a search returns.
 */
export class CommuneTable {
  readonly size: number;
  readonly #data: string;
  /** Per commune: where its name, postcodes and population start, and where its row ends. */
  readonly #offsets: Int32Array;
  /** The INSEE code is `#prefixes[#prefixOf[i]]` followed by `#numbers[i]` on three digits. */
  readonly #prefixes: string[] = [];
  readonly #prefixOf: Uint8Array;
  readonly #numbers: Int16Array;
  /** Populations read so far (-1: not read yet). */
  readonly #population: Int32Array;

  constructor(data: string) {
    this.#data = data;
    let rows = data ? 1 : 0;
    for (let i = data.indexOf('|'); i >= 0; i = data.indexOf('|', i + 1)) rows++;
    this.size = rows;
    this.#offsets = new Int32Array(rows * 4);
    this.#prefixOf = new Uint8Array(rows);
    this.#numbers = new Int16Array(rows);
    this.#population = new Int32Array(rows).fill(-1);
    const prefixIds = new Map<string, number>();
    let prefix = -1;
    let number = 0;
    let pos = 0;
    for (let row = 0; row < rows; row++) {
      let end = data.indexOf('|', pos);
      if (end < 0) end = data.length;
      const a = data.indexOf(';', pos);
      const b = a < 0 ? -1 : data.indexOf(';', a + 1);
      const c = b < 0 ? -1 : data.indexOf(';', b + 1);
      if (c < 0 || c > end) throw new Error(`gouvkit: commune data is malformed at ${pos}`);
      if (a === pos) number++;
      else if (data.charCodeAt(pos) === 43 /* + */) number += Number(data.slice(pos + 1, a));
      else {
        const code = data.slice(pos, a);
        let id = prefixIds.get(code.slice(0, 2));
        if (id === undefined)
          prefixIds.set(code.slice(0, 2), (id = this.#prefixes.push(code.slice(0, 2)) - 1));
        prefix = id;
        number = Number(code.slice(2));
      }
      if (prefix < 0) throw new Error('gouvkit: commune data starts without a code');
      this.#prefixOf[row] = prefix;
      this.#numbers[row] = number;
      this.#offsets.set([a + 1, b + 1, c + 1, end], row * 4);
      pos = end + 1;
    }
  }

  /** The INSEE code of the commune at `index`. */
  code(index: number): string {
    const number = this.#numbers[index]!;
    return this.#prefixes[this.#prefixOf[index]!]! + (number < 10 ? '00' : number < 100 ? '0' : '') + number;
  }

  name(index: number): string {
    const at = index * 4;
    return this.#data.slice(this.#offsets[at]!, this.#offsets[at + 1]! - 1);
  }

  departement(index: number): string {
    return departementOf(this.code(index));
  }

  postcodes(index: number): string[] {
    const at = index * 4;
    const field = this.#data.slice(this.#offsets[at + 1]!, this.#offsets[at + 2]! - 1);
    if (!field) return [];
    const prefix = this.#prefixes[this.#prefixOf[index]!]!;
    return field.split(' ').map((p) => (p.length === 3 ? prefix + p : p));
  }

  population(index: number): number {
    let population = this.#population[index]!;
    if (population < 0) {
      const at = index * 4;
      const field = this.#data.slice(this.#offsets[at + 2]!, this.#offsets[at + 3]!);
      population = this.#population[index] = field ? parseInt(field, 36) : 0;
    }
    return population;
  }

  /** The commune at `index`, as an object. */
  commune(index: number): Commune {
    const code = this.code(index);
    return {
      code,
      nom: this.name(index),
      departement: departementOf(code),
      codesPostaux: this.postcodes(index),
      population: this.population(index),
    };
  }
}

/** Decodes the compact text that scripts/build-communes.mjs writes. */
export function decodeCommunes(data: string): CommuneTable {
  return new CommuneTable(data);
}
