import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ComboboxOption } from './combobox-option.js';
import { ComboboxSelection, type ValueLookup } from './selection.js';

const REGIONS: ComboboxOption[] = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];
const staticList: ValueLookup = { find: (v) => REGIONS.find((o) => o.value === v), resolvable: false };
const source: ValueLookup = { find: () => undefined, resolvable: true };

function model(freeText = false) {
  const state = { freeText };
  return { m: new ComboboxSelection(() => state.freeText), state };
}

describe('ComboboxSelection', () => {
  it('a choice sets the label as text and the value', () => {
    const { m } = model();
    expect(m.choose(REGIONS[1]!)).toBe(true);
    expect([m.text, m.value, m.selected]).toEqual(['Bretagne', '53', REGIONS[1]]);
    expect(m.choose(REGIONS[1]!)).toBe(false);
  });

  it('editing the label drops the choice: strict, the value is empty and the text is not in the list', () => {
    const { m } = model();
    m.choose(REGIONS[1]!);
    expect(m.type('Bretagn')).toBe(true);
    expect([m.value, m.selected, m.notInList]).toEqual(['', null, true]);
    m.type('Bretagne');
    // Typing the label back is not choosing: the exact label is taken on leaving (acceptExact).
    expect(m.selected).toBe(null);
    expect(m.acceptExact(REGIONS)?.value).toBe('53');
    expect([m.value, m.notInList]).toEqual(['53', false]);
  });

  it('free text: the value is the text, until an option is chosen', () => {
    const { m } = model(true);
    m.type('Outre-mer');
    expect([m.value, m.notInList]).toEqual(['Outre-mer', false]);
    m.choose(REGIONS[0]!);
    expect(m.value).toBe('84');
  });

  it('switching free-text on or off changes the value of a text that is not a choice', () => {
    const { m, state } = model(false);
    m.type('Outre-mer');
    expect(m.value).toBe('');
    state.freeText = true;
    m.freeTextChanged();
    expect(m.value).toBe('Outre-mer');
    state.freeText = false;
    m.freeTextChanged();
    expect(m.value).toBe('');
  });

  it('acceptExact takes one label typed in full (case, accents aside), never an ambiguous one', () => {
    const { m } = model();
    m.type('ile de france');
    expect(m.acceptExact(REGIONS)?.value).toBe('11');
    const twins = [
      { value: 'a', label: 'Saint-Martin' },
      { value: 'b', label: 'Saint Martin' },
    ];
    m.type('saint martin');
    expect(m.acceptExact(twins)).toBe(null);
    expect(m.value).toBe('');
  });

  it('commit() reports a value once, when it differs from the last one reported', () => {
    const { m } = model();
    m.setCommitted('53');
    m.choose(REGIONS[1]!);
    expect(m.commit()).toBe(false);
    m.choose(REGIONS[2]!);
    expect(m.commit()).toBe(true);
    expect(m.commit()).toBe(false);
    expect(m.committed).toBe('11');
  });

  it('a value set from outside is answered at once, and shows its label once applied', () => {
    const { m } = model();
    m.assign('84');
    expect(m.value).toBe('84');
    expect(m.assigned).toBe(true);
    expect(m.applyAssigned(staticList)).toBe(null);
    expect([m.text, m.selected?.label, m.assigned]).toEqual([
      'Auvergne-Rhône-Alpes',
      'Auvergne-Rhône-Alpes',
      false,
    ]);
    m.assign('');
    m.applyAssigned(staticList);
    expect([m.text, m.value, m.selected]).toEqual(['', '', null]);
  });

  it('a value the list doesn’t know yet is shown as is, then labelled when the options come', () => {
    const { m } = model();
    m.assign('53');
    expect(m.applyAssigned({ find: () => undefined, resolvable: false })).toBe(null);
    expect([m.text, m.provisional, m.selected, m.notInList]).toEqual(['53', true, null, false]);
    m.relabel(staticList);
    expect([m.text, m.provisional, m.selected?.value]).toEqual(['Bretagne', false, '53']);
  });

  it('a source resolves the label of a value; an answer for an older value is dropped', () => {
    const { m } = model();
    m.assign('69123');
    expect(m.applyAssigned(source)).toBe('resolve');
    expect(m.text).toBe('69123');
    m.assign('75056');
    m.applyAssigned(source);
    expect(m.resolved('69123', { value: '69123', label: 'Lyon (69)' })).toBe(false);
    expect(m.resolved('75056', { value: '75056', label: 'Paris (75)' })).toBe(true);
    expect([m.text, m.value, m.selected?.label]).toEqual(['Paris (75)', '75056', 'Paris (75)']);
    // Once typed over, a late answer changes nothing.
    m.assign('13055');
    m.applyAssigned(source);
    m.type('Mar');
    expect(m.resolved('13055', { value: '13055', label: 'Marseille (13)' })).toBe(false);
    expect(m.text).toBe('Mar');
  });

  it('free text with a static list shows an unknown value as text', () => {
    const { m } = model(true);
    m.assign('Outre-mer');
    m.applyAssigned(staticList);
    expect([m.text, m.value, m.provisional]).toEqual(['Outre-mer', 'Outre-mer', false]);
  });

  it('reset() goes back to the default, which is also the value `change` compares with', () => {
    const { m } = model();
    m.choose(REGIONS[2]!);
    m.reset('53');
    m.applyAssigned(staticList);
    expect([m.text, m.value, m.committed]).toEqual(['Bretagne', '53', '53']);
  });

  it('saves and restores the value, its label and the text', () => {
    const { m } = model();
    m.choose({ value: '69123', label: 'Lyon (69)' });
    const saved = m.saveState();
    expect(JSON.parse(saved)).toEqual({ v: '69123', l: 'Lyon (69)', t: 'Lyon (69)' });
    const { m: other } = model();
    expect(other.restore(saved)).toBe('done');
    expect([other.text, other.value, other.selected?.label, other.committed]).toEqual([
      'Lyon (69)',
      '69123',
      'Lyon (69)',
      '69123',
    ]);
    expect(other.restore('not json')).toBe('ignored');
    expect(other.restore(42)).toBe('ignored');
    expect(other.restore('null')).toBe('ignored');
    expect(other.text).toBe('Lyon (69)');
    // A value whose label wasn't known: assigned again, to be looked up.
    expect(other.restore(JSON.stringify({ v: '53', l: null, t: '53' }))).toBe('assigned');
    other.applyAssigned(staticList);
    expect(other.text).toBe('Bretagne');
    // The text of a strict field with no choice comes back, with no value.
    expect(other.restore(JSON.stringify({ v: '', l: null, t: 'lyo' }))).toBe('done');
    expect([other.text, other.value, other.notInList]).toEqual(['lyo', '', true]);
  });

  it('adoptTyped keeps what was typed before scripts ran, over a value set meanwhile', () => {
    const { m } = model();
    m.assign('53');
    m.adoptTyped('Lyo');
    expect([m.assigned, m.text, m.value]).toEqual([false, 'Lyo', '']);
  });

  it('keeps value, text and choice consistent through any sequence of actions', () => {
    type Action =
      | { kind: 'type'; text: string }
      | { kind: 'choose'; index: number }
      | { kind: 'assign'; value: string; resolvable: boolean }
      | { kind: 'resolve'; index: number }
      | { kind: 'accept' }
      | { kind: 'freeText'; on: boolean }
      | { kind: 'reset'; value: string }
      | { kind: 'restore' };
    const value = fc.constantFrom('', '84', '53', '11', 'zz');
    const action: fc.Arbitrary<Action> = fc.oneof(
      fc.record({
        kind: fc.constant('type' as const),
        text: fc.constantFrom('', 'b', 'Bretagne', 'bretagne', 'Île', 'x'),
      }),
      fc.record({ kind: fc.constant('choose' as const), index: fc.nat(REGIONS.length - 1) }),
      fc.record({ kind: fc.constant('assign' as const), value, resolvable: fc.boolean() }),
      fc.record({ kind: fc.constant('resolve' as const), index: fc.nat(REGIONS.length - 1) }),
      fc.constant<Action>({ kind: 'accept' }),
      fc.record({ kind: fc.constant('freeText' as const), on: fc.boolean() }),
      fc.record({ kind: fc.constant('reset' as const), value }),
      fc.constant<Action>({ kind: 'restore' }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(action, { maxLength: 25 }), (free, actions) => {
        const { m, state } = model(free);
        for (const a of actions) {
          switch (a.kind) {
            case 'type':
              m.type(a.text);
              break;
            case 'choose':
              m.choose(REGIONS[a.index]!);
              break;
            case 'assign':
              m.assign(a.value);
              m.applyAssigned({ find: staticList.find, resolvable: a.resolvable });
              break;
            case 'resolve':
              m.resolved(m.value, REGIONS[a.index]!.value === m.value ? REGIONS[a.index]! : null);
              break;
            case 'accept':
              m.acceptExact(REGIONS);
              break;
            case 'freeText':
              state.freeText = a.on;
              m.freeTextChanged();
              break;
            case 'reset':
              m.reset(a.value);
              m.applyAssigned(staticList);
              break;
            case 'restore': {
              const { m: copy } = model(state.freeText);
              copy.restore(m.saveState());
              if (copy.assigned) copy.applyAssigned(staticList);
              expect(copy.value).toBe(m.value);
              if (m.selected) expect(copy.text).toBe(m.text);
              break;
            }
          }
          // The invariants of the model, after each action.
          const selected = m.selected;
          if (selected) {
            expect(m.value).toBe(selected.value);
            expect(m.notInList).toBe(false);
          } else if (m.provisional) {
            expect(m.text).toBe(m.value);
          } else {
            // No choice: the value is the text in free-text mode, else empty…
            expect(m.value).toBe(state.freeText ? m.text : '');
            // …and a strict field with text is « not in the list ».
            expect(m.notInList).toBe(!state.freeText && m.text.trim() !== '');
          }
        }
      }),
    );
  });
});
