import { describe, expect, it } from 'vitest';
import { filterOptions, optionWithLabel, toOptions } from './filter-options.js';

const regions = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '27', label: 'Bourgogne-Franche-Comté' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
  { value: '44', label: 'Grand Est' },
  { value: '93', label: 'Provence-Alpes-Côte d’Azur' },
];
const labels = (options: { label: string }[]) => options.map((o) => o.label);

describe('filterOptions', () => {
  it('gives the whole list for an empty query, as a select would', () => {
    expect(filterOptions(regions, '')).toHaveLength(regions.length);
    expect(filterOptions(regions, '  ')).toHaveLength(regions.length);
  });

  it('matches the start of the label, without case, accents or hyphens', () => {
    expect(labels(filterOptions(regions, 'ile de'))).toEqual(['Île-de-France']);
    expect(labels(filterOptions(regions, 'BOURGOGNE FR'))).toEqual(['Bourgogne-Franche-Comté']);
  });

  it('then matches the start of a word, after the label starts', () => {
    expect(labels(filterOptions(regions, 'b'))).toEqual(['Bourgogne-Franche-Comté', 'Bretagne']);
    expect(labels(filterOptions(regions, 'alpes'))).toEqual([
      'Auvergne-Rhône-Alpes',
      'Provence-Alpes-Côte d’Azur',
    ]);
    expect(labels(filterOptions(regions, 'azur'))).toEqual(['Provence-Alpes-Côte d’Azur']);
  });

  it('finds nothing for a text no label has', () => {
    expect(filterOptions(regions, 'xyz')).toEqual([]);
  });
});

describe('optionWithLabel', () => {
  it('finds the one option whose label is the text, ignoring case and accents', () => {
    expect(optionWithLabel(regions, 'ile-de-france')?.value).toBe('11');
    expect(optionWithLabel(regions, 'Ile')).toBe(null);
    expect(optionWithLabel([...regions, { value: 'x', label: 'Bretagne' }], 'Bretagne')).toBe(null);
  });
});

describe('toOptions', () => {
  it('keeps well-formed options, turns numbers into text and drops the rest', () => {
    const raw = [
      { value: 'a', label: 'A', description: 'desc' },
      { value: 2, label: 'Deux' },
      { value: 'c' },
      null,
      'text',
      { label: 'no value' },
    ];
    expect(toOptions(raw)).toEqual([
      { value: 'a', label: 'A', description: 'desc' },
      { value: '2', label: 'Deux', description: undefined },
      { value: 'c', label: 'c', description: undefined },
    ]);
    expect(toOptions('nope')).toEqual([]);
  });
});
