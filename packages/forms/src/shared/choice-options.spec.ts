import { describe, expect, it } from 'vitest';
import { normalizeOptions, optionFromElement, type OptionSource } from './choice-options.js';

function fakeOption(attributes: Record<string, string>, textContent: string): OptionSource {
  return {
    getAttribute: (name) => attributes[name] ?? null,
    hasAttribute: (name) => name in attributes,
    textContent,
  };
}

describe('optionFromElement', () => {
  it('reads value, label, hint, image, disabled and selected', () => {
    expect(
      optionFromElement(
        fakeOption(
          {
            value: 'courriel',
            'data-hint': 'Réponse sous 48 h',
            'data-image': '/mail.svg',
            disabled: '',
            selected: '',
          },
          '\n   Par   courriel\n ',
        ),
      ),
    ).to.deep.equal({
      value: 'courriel',
      label: 'Par courriel',
      hint: 'Réponse sous 48 h',
      image: '/mail.svg',
      disabled: true,
      checked: true,
    });
  });

  it('submits the text when there is no value attribute, as a <select> does', () => {
    expect(optionFromElement(fakeOption({}, 'Oui'))).to.deep.equal({ value: 'Oui', label: 'Oui' });
  });

  it('keeps an empty value attribute', () => {
    expect(optionFromElement(fakeOption({ value: '' }, 'Aucune')).value).to.equal('');
  });
});

describe('normalizeOptions', () => {
  it('keeps well-formed options and their optional fields', () => {
    const { options, problems } = normalizeOptions([
      { value: 'a', label: 'A', hint: 'h', disabled: true },
      { value: 'b', label: 'B', checked: true, image: '/b.svg' },
    ]);
    expect(problems).to.deep.equal([]);
    expect(options).to.deep.equal([
      { value: 'a', label: 'A', hint: 'h', disabled: true },
      { value: 'b', label: 'B', checked: true, image: '/b.svg' },
    ]);
  });

  it('takes numbers as text and a missing value from the label', () => {
    const { options } = normalizeOptions([{ value: 1, label: 2 }, { label: 'Sans valeur' }]);
    expect(options).to.deep.equal([
      { value: '1', label: '2' },
      { value: 'Sans valeur', label: 'Sans valeur' },
    ]);
  });

  it('reports and drops what it cannot render, without throwing', () => {
    const { options, problems } = normalizeOptions([
      null,
      'texte',
      { value: 'x' },
      { value: 'y', label: '   ' },
      { value: 'z', label: { html: '<b>' } },
      { value: 'ok', label: 'OK' },
      { value: 'ok', label: 'Encore OK' },
    ]);
    expect(options).to.deep.equal([{ value: 'ok', label: 'OK' }]);
    expect(problems).to.have.length(6);
    expect(problems.at(-1)).to.contain('en double');
  });

  it('takes nothing from a value that is not an array', () => {
    expect(normalizeOptions(undefined)).to.deep.equal({ options: [], problems: [] });
    const { options, problems } = normalizeOptions('a,b');
    expect(options).to.deep.equal([]);
    expect(problems[0]).to.contain('tableau');
  });

  it('ignores flags that are not exactly true', () => {
    const { options } = normalizeOptions([{ value: 'a', label: 'A', disabled: 'false', checked: 1 }]);
    expect(options[0]).to.deep.equal({ value: 'a', label: 'A' });
  });
});
