import { describe, expect, it } from 'vitest';
import { combineOptions, optionFromElement, readChildOptions, sameOptions } from './child-options.js';

/** An `<option>` as plain data: what the element reads of it. */
function option(text: string, attributes: Record<string, string> = {}) {
  return {
    textContent: text,
    getAttribute: (name: string) => attributes[name] ?? null,
    hasAttribute: (name: string) => name in attributes,
  };
}

describe('<option> children', () => {
  it('reads value, label (attribute or text) and description, as a select does', () => {
    expect(optionFromElement(option('  Madame ', { value: 'mme' }))).toEqual({
      value: 'mme',
      label: 'Madame',
    });
    expect(optionFromElement(option('Lyon', { value: '69123', label: 'Lyon (69)' })).label).toBe('Lyon (69)');
    expect(optionFromElement(option('Sans valeur'))).toEqual({ value: 'Sans valeur', label: 'Sans valeur' });
    expect(
      optionFromElement(option('Lyon', { value: '69123', 'data-description': '69001, 69002…' })),
    ).toEqual({
      value: '69123',
      label: 'Lyon',
      description: '69001, 69002…',
    });
  });

  it('gives the options in order, and the value of the first one written selected', () => {
    const read = readChildOptions([
      option('Madame', { value: 'mme' }),
      option('Monsieur', { value: 'm', selected: '' }),
      option('Autre', { value: 'x', selected: '' }),
    ]);
    expect(read.options.map((o) => o.value)).toEqual(['mme', 'm', 'x']);
    expect(read.selected).toBe('m');
    expect(readChildOptions([]).selected).toBe(null);
  });

  it('compares two lists, order included', () => {
    const a = [
      { value: '1', label: 'Un' },
      { value: '2', label: 'Deux' },
    ];
    expect(sameOptions(a, [...a])).toBe(true);
    expect(sameOptions(a, [a[1]!, a[0]!])).toBe(false);
    expect(sameOptions(a, [a[0]!, { value: '2', label: 'Deux', description: 'x' }])).toBe(false);
    expect(sameOptions(a, a.slice(1))).toBe(false);
  });

  it('puts the options property first, then the children', () => {
    const property = [{ value: '1', label: 'Un' }];
    const children = [{ value: '2', label: 'Deux' }];
    expect(combineOptions(property, children).map((o) => o.value)).toEqual(['1', '2']);
    expect(combineOptions(property, [])).toBe(property);
    expect(combineOptions([], children)).toBe(children);
  });
});
