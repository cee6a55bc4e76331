import { describe, expect, it } from 'vitest';
import { groupOptions, normalizeOptions } from './options.js';

describe('select options', () => {
  it('normalises what the application passed', () => {
    expect(
      normalizeOptions([
        { value: '11', label: 'Île-de-France' },
        { value: 84, label: 'Auvergne-Rhône-Alpes', disabled: true },
        { value: '93' },
        { label: 'Corse' },
        'Bretagne',
        null,
        42,
        { value: {}, label: [] },
        { value: '44', label: 'Grand Est', group: 'Est', disabled: 'yes' },
      ]),
    ).toEqual([
      { value: '11', label: 'Île-de-France' },
      { value: '84', label: 'Auvergne-Rhône-Alpes', disabled: true },
      { value: '93', label: '93' },
      { value: 'Corse', label: 'Corse' },
      { value: 'Bretagne', label: 'Bretagne' },
      { value: '42', label: '42' },
      { value: '44', label: 'Grand Est', group: 'Est' },
    ]);
    expect(normalizeOptions(undefined)).toEqual([]);
    expect(normalizeOptions('11')).toEqual([]);
  });

  it('gathers each group under its first appearance, keeping ungrouped options in place', () => {
    const items = groupOptions([
      { value: 'a', label: 'A' },
      { value: 'b1', label: 'B1', group: 'B' },
      { value: 'c', label: 'C' },
      { value: 'b2', label: 'B2', group: 'B' },
      { value: 'd1', label: 'D1', group: 'D' },
    ]);
    expect(
      items.map((item) =>
        item.kind === 'group' ? `${item.label}:${item.options.length}` : item.option.value,
      ),
    ).toEqual(['a', 'B:2', 'c', 'D:1']);
  });
});
