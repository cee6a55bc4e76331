import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeCommunes, type CommuneTable } from './commune-data.js';
import { CommuneIndex } from './commune-index.js';
import { communeLabel, communeSource } from './commune-source.js';
import { COMMUNES_COUNT, COMMUNES_DATA } from './generated/communes-data.js';

interface Row {
  type: string;
  code: string;
  nom: string;
  departement: string;
  codesPostaux?: string[];
  population?: number;
}

const require = createRequire(import.meta.url);
const rows = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
) as Row[];
const current = rows.filter((row) => row.type === 'commune-actuelle');

let table: CommuneTable;
let index: CommuneIndex;
beforeAll(() => {
  table = decodeCommunes(COMMUNES_DATA);
  index = new CommuneIndex(table);
});

const names = (query: string, options?: Parameters<CommuneIndex['search']>[1]) =>
  index.search(query, options).map(({ commune }) => communeLabel(commune));

describe('commune data', () => {
  it('holds every current commune with its code, name, département, postcodes and population', () => {
    expect(current).toHaveLength(34969);
    expect(table.size).toBe(COMMUNES_COUNT);
    const decoded = new Map(
      Array.from({ length: table.size }, (_, i) => table.commune(i)).map((c) => [c.code, c]),
    );
    expect(decoded.size).toBe(current.length);
    for (const row of current)
      expect(decoded.get(row.code)).toEqual({
        code: row.code,
        nom: row.nom,
        departement: row.departement,
        codesPostaux: row.codesPostaux ?? [],
        population: row.population ?? 0,
      });
  });

  it('rejects malformed data with an error rather than wrong communes', () => {
    expect(() => decodeCommunes('01001;Nom')).toThrow(/malformed/);
    expect(decodeCommunes('').size).toBe(0);
  });
});

describe('commune search', () => {
  it('finds a commune by the start of its name, the most populated first', () => {
    expect(names('lyo')[0]).toBe('Lyon (69)');
    expect(names('marse')[0]).toBe('Marseille (13)');
    expect(names('s')).toHaveLength(10);
  });

  it('ignores case, accents, hyphens and apostrophes', () => {
    for (const query of ['saint-étienne', 'SAINT ETIENNE', 'saint etienne', 'st etienne', 'St-Étienne'])
      expect(names(query)[0]).toBe('Saint-Étienne (42)');
    expect(names('l’hay')).toEqual(["L'Haÿ-les-Roses (94)"]);
    expect(names('oeuilly')).toEqual(['Œuilly (51)', 'Œuilly (02)']);
  });

  it('puts the exact name first, before more populated communes starting with it', () => {
    expect(names('sai')[0]).toBe('Sai (61)');
    expect(names('paris')).toEqual(['Paris (75)', 'Parisot (81)', 'Parisot (82)', "Paris-l'Hôpital (71)"]);
  });

  it('reads a trailing separator as a complete word', () => {
    const found = names('saint-');
    expect(found).toHaveLength(10);
    for (const label of found) expect(label).toMatch(/^Saint-/);
    expect(names('saint')).toContain('Saint-Étienne (42)');
  });

  it('finds a name without its article', () => {
    expect(names('rochelle')).toEqual(['La Rochelle (17)', 'La Rochelle (70)']);
    expect(names('havre')[0]).toBe('Le Havre (76)');
    expect(names('mans')[0]).toBe('Le Mans (72)');
  });

  it('tells homonyms apart by their département, and takes one after the name', () => {
    const colombes = names('sainte-colombe', { limit: 50 }).filter((l) => l.startsWith('Sainte-Colombe ('));
    expect(colombes.length).toBeGreaterThan(5);
    expect(new Set(colombes).size).toBe(colombes.length);
    expect(names('sainte colombe 05')).toEqual(['Sainte-Colombe (05)']);
    expect(names('Lyon (69)')).toEqual(['Lyon (69)']);
    expect(names('lyon 2a')).toEqual(names('lyon 2A'));
  });

  it('finds communes by postcode prefix, with the postcodes that matched', () => {
    const [paris] = index.search('750');
    expect(communeLabel(paris!.commune)).toBe('Paris (75)');
    expect(paris!.postcodes.every((p) => p.startsWith('750'))).toBe(true);
    const lyon = index.search('69003');
    expect(lyon.map((m) => m.commune.code)).toEqual(['69123']);
    expect(lyon[0]!.postcodes).toEqual(['69003']);
    expect(names('69')[0]).toBe('Lyon (69)');
    expect(index.search('123456')).toEqual([]);
  });

  it('limits the results and filters by département', () => {
    expect(names('saint', { limit: 3 })).toHaveLength(3);
    expect(names('saint', { limit: 0 })).toEqual([]);
    const inRhone = index.search('saint', { departements: ['69'] });
    expect(inRhone.length).toBe(10);
    for (const { commune } of inRhone) expect(commune.departement).toBe('69');
    expect(index.search('lyon 13', { departements: ['69'] }).map((m) => m.commune.code)).toEqual([]);
  });

  it('finds nothing for an empty query or a name no commune has', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  -  ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });

  it('finds every commune by its full name, and by its name without the article', () => {
    for (const row of current) {
      const found = index.search(row.nom, { limit: 50 }).map((m) => m.commune.code);
      expect(found, row.nom).toContain(row.code);
    }
    const bare = index.search('abergement clemenciat').map((m) => m.commune.code);
    expect(bare).toEqual(['01001']);
  });

  it('finds a commune by its INSEE code', () => {
    expect(index.byCode('69123')?.nom).toBe('Lyon');
    expect(index.byCode('2a004')?.nom).toBe('Ajaccio');
    expect(index.byCode('00000')).toBeUndefined();
  });
});

describe('communeSource', () => {
  it('gives combobox options: the INSEE code as value, « Lyon (69) » as label, postcodes as description', async () => {
    const source = communeSource();
    const [lyon] = await source('lyo', new AbortController().signal);
    expect(lyon).toMatchObject({
      value: '69123',
      label: 'Lyon (69)',
      code: '69123',
      nom: 'Lyon',
      departement: '69',
    });
    expect(lyon!.description).toBe('69001, 69002, 69003…');
    const [marly] = await communeSource({ limit: 1 })('69003', new AbortController().signal);
    expect(marly!.description).toBe('69003');
    expect(await source.resolve!('75056', new AbortController().signal)).toMatchObject({
      label: 'Paris (75)',
    });
    expect(await source.resolve!('99999', new AbortController().signal)).toBe(null);
  });

  it('rejects with an AbortError once its query is aborted', async () => {
    const controller = new AbortController();
    const pending = communeSource()('lyo', controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
