import { describe, expect, it } from 'vitest';
import { groupOptions, normalizeOptions, readChildOptions } from './options.js';

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

describe('readChildOptions', () => {
  const option = (value: string, label: string, extra: { disabled?: boolean; selected?: boolean } = {}) => ({
    localName: 'option',
    value,
    label,
    disabled: extra.disabled ?? false,
    defaultSelected: extra.selected ?? false,
  });
  const group = (label: string, children: unknown[], disabled = false) => ({
    localName: 'optgroup',
    label,
    disabled,
    children,
  });

  it('reads options and groups in order, a first empty option as the placeholder, the selected one as the default', () => {
    const read = readChildOptions([
      option('', 'Choisissez'),
      group('Bretagne', [option('29', 'Finistère'), option('35', 'Ille-et-Vilaine', { selected: true })]),
      group('Normandie', [option('14', 'Calvados')], true),
      { localName: 'gouv-conditional-reveal' },
      option('2A', 'Corse-du-Sud'),
    ]);
    expect(read.placeholder).toBe('Choisissez');
    expect(read.selected).toBe('35');
    expect(read.options).toEqual([
      { value: '29', label: 'Finistère', group: 'Bretagne' },
      { value: '35', label: 'Ille-et-Vilaine', group: 'Bretagne' },
      { value: '14', label: 'Calvados', group: 'Normandie', disabled: true },
      { value: '2A', label: 'Corse-du-Sud' },
    ]);
  });

  it('takes an empty option after the first as an option, and nothing from other elements', () => {
    const read = readChildOptions([option('1', 'Un'), option('', 'Aucun'), { localName: 'p' }]);
    expect(read.placeholder).toBeUndefined();
    expect(read.options.map((o) => o.label)).toEqual(['Un', 'Aucun']);
  });
});
