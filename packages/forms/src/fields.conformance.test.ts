// The field kernel's conformance suite, run against every field of the package (both rendered in
// the browser and server-rendered then hydrated). A new field adds its spec here; the last test
// fails while a field of the package has none.
import { html, nothing } from 'lit';
import { expect, press, type } from '@gouvkit/testing';
import './all.js';
import * as forms from './index.js';
import { GouvFieldElement } from './shared/field-element.js';
import { describeFieldConformance, type FieldAttrs, type FieldSpec } from './test-utils/field-conformance.js';

const TWO = [
  { value: 'a', label: 'Premier choix' },
  { value: 'b', label: 'Second choix' },
];
const COMMUNES = [
  { value: '69123', label: 'Lyon (69)' },
  { value: '75056', label: 'Paris (75)' },
];

/** Types `text` in the field's first control (focus is there). */
const typing = (text: string) => async () => {
  await type(text);
};

/** The attributes every spec binds, so the suite can set them. */
const bound = (a: FieldAttrs) => ({
  error: a.error ?? nothing,
  validateOn: a.validateOn ?? nothing,
  validators: a.validators ?? [],
});

const specs: FieldSpec[] = [
  {
    tag: 'gouv-input',
    typed: true,
    template: (a) =>
      html`<gouv-input
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-input>`,
    fill: typing('Dupont'),
    empty: [['champ', '']],
    filled: [['champ', 'Dupont']],
    role: 'textbox',
    requirable: true,
  },
  {
    tag: 'gouv-textarea',
    typed: true,
    template: (a) =>
      html`<gouv-textarea
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-textarea>`,
    fill: typing('Bonjour'),
    empty: [['champ', '']],
    filled: [['champ', 'Bonjour']],
    role: 'textbox',
    requirable: true,
  },
  {
    tag: 'gouv-select',
    requiredNotInTree: true,
    template: (a) =>
      html`<gouv-select
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
        .options=${TWO}
      ></gouv-select>`,
    fill: () => press('ArrowDown'),
    empty: [],
    filled: [['champ', 'a']],
    role: 'combobox',
    requirable: true,
  },
  {
    tag: 'gouv-checkbox',
    requiredNotInTree: true,
    template: (a) =>
      html`<gouv-checkbox
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-checkbox>`,
    fill: () => press('Space'),
    empty: [],
    filled: [['champ', 'on']],
    role: 'checkbox',
    requirable: true,
  },
  {
    tag: 'gouv-toggle',
    requiredNotInTree: true,
    template: (a) =>
      html`<gouv-toggle
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-toggle>`,
    fill: () => press('Space'),
    empty: [],
    filled: [['champ', 'on']],
    role: 'switch',
    requirable: true,
  },
  {
    tag: 'gouv-checkbox-group',
    prepare: (el) => Object.assign(el, { options: TWO }),
    template: (a) =>
      html`<gouv-checkbox-group
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
        .options=${TWO}
      ></gouv-checkbox-group>`,
    fill: () => press('Space'),
    empty: [],
    filled: [['champ', 'a']],
    role: 'checkbox',
    groupRole: 'group',
    requirable: true,
  },
  {
    tag: 'gouv-radio-group',
    prepare: (el) => Object.assign(el, { options: TWO }),
    template: (a) =>
      html`<gouv-radio-group
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
        .options=${TWO}
      ></gouv-radio-group>`,
    fill: () => press('Space'),
    empty: [],
    filled: [['champ', 'a']],
    role: 'radio',
    groupRole: 'radiogroup',
    requirable: true,
  },
  {
    tag: 'gouv-range',
    template: (a) =>
      html`<gouv-range
        label="Champ"
        name="champ"
        min="0"
        max="10"
        value="5"
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-range>`,
    fill: () => press('ArrowRight'),
    empty: [['champ', '5']],
    filled: [['champ', '6']],
    role: 'slider',
    requirable: false,
  },
  {
    tag: 'gouv-file-upload',
    template: (a) =>
      html`<gouv-file-upload
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-file-upload>`,
    // The one exception to « keyboard alone »: a test can't drive the system's file picker, so
    // the files are given as the picker would give them.
    fill: async (el) => {
      const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File(['%PDF'], 'piece.pdf', { type: 'application/pdf' }));
      input.files = transfer.files;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    empty: [['champ', '']],
    filled: [['champ', 'piece.pdf']],
    role: 'button',
    requirable: true,
  },
  {
    tag: 'gouv-date-input',
    typed: true,
    template: (a) =>
      html`<gouv-date-input
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-date-input>`,
    fill: async () => {
      await type('14');
      await press('Tab');
      await type('07');
      await press('Tab');
      await type('1990');
    },
    empty: [['champ', '']],
    filled: [['champ', '1990-07-14']],
    role: 'textbox',
    groupRole: 'group',
    requirable: true,
    restore: { state: '["14","07","1990"]', entries: [['champ', '1990-07-14']] },
  },
  {
    tag: 'gouv-date-picker',
    typed: true,
    template: (a) =>
      html`<gouv-date-picker
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
      ></gouv-date-picker>`,
    fill: typing('14/07/1990'),
    empty: [['champ', '']],
    filled: [['champ', '1990-07-14']],
    role: 'textbox',
    requirable: true,
    restore: { state: '14/07/1990', entries: [['champ', '1990-07-14']] },
    tabsToLeave: 2,
  },
  {
    tag: 'gouv-combobox',
    typed: true,
    template: (a) =>
      html`<gouv-combobox
        label="Champ"
        name="champ"
        ?required=${a.required}
        ?disabled=${a.disabled}
        error=${bound(a).error}
        validate-on=${bound(a).validateOn}
        .validators=${bound(a).validators}
        .options=${COMMUNES}
      ></gouv-combobox>`,
    fill: async () => {
      await type('Ly');
      await press('ArrowDown');
      await press('Enter');
    },
    empty: [['champ', '']],
    filled: [['champ', '69123']],
    role: 'combobox',
    requirable: true,
    restore: {
      state: JSON.stringify({ v: '69123', l: 'Lyon (69)', t: 'Lyon (69)' }),
      entries: [['champ', '69123']],
    },
  },
];

for (const spec of specs) describeFieldConformance(spec);

describe('field conformance', () => {
  it('has a spec for every field of the package', () => {
    const fields = (Object.values(forms) as unknown[])
      .filter((value): value is CustomElementConstructor => typeof value === 'function')
      .filter((ctor) => ctor.prototype instanceof GouvFieldElement)
      .map((ctor) => customElements.getName(ctor))
      .filter((tag): tag is string => !!tag);
    expect(fields.length).to.be.greaterThan(10);
    expect(fields.filter((tag) => !specs.some((spec) => spec.tag === tag))).to.deep.equal([]);
  });
});
