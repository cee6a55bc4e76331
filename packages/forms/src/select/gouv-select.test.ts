import {
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  tab,
  type,
} from '@gouvkit/testing';
import { afterMutation, errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { formatMessage } from '@gouvkit/validators';
import '../select.js';
import type { GouvSelect, SelectOption } from './gouv-select.js';

const REGIONS: SelectOption[] = [
  { value: '11', label: 'Île-de-France' },
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '93', label: 'Provence-Alpes-Côte d’Azur' },
];

const selectOf = (el: GouvSelect) => el.querySelector<HTMLSelectElement>('select')!;
const optionTexts = (el: GouvSelect) =>
  [...selectOf(el).options].map((option) => `${option.value}:${option.text.trim()}`);

async function inForm(template: unknown) {
  const { form, el, submissions } = await fieldInForm(template, 'gouv-select');
  return { form, el, select: selectOf(el), submitted: () => submissions.length };
}

describe('gouv-select', () => {
  it('renders a native select, labelled and described, starting on the placeholder', async () => {
    const { el, select } = await inForm(
      html`<gouv-select
        label="Région"
        hint="Celle de votre domicile"
        name="region"
        .options=${REGIONS}
      ></gouv-select>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(select.labels![0]!.textContent!.trim()).to.equal('Région');
    expect(optionTexts(el)).to.deep.equal([
      ':Sélectionner une option',
      '11:Île-de-France',
      '84:Auvergne-Rhône-Alpes',
      '93:Provence-Alpes-Côte d’Azur',
    ]);
    const placeholder = select.options[0]!;
    expect([placeholder.disabled, placeholder.hidden, placeholder.selected]).to.deep.equal([
      true,
      true,
      true,
    ]);
    expect(select.value).to.equal('');
    const node = await findA11yNode((n) => n.role === 'combobox');
    expect(node?.name).to.equal('Région');
    expect(node?.description).to.equal('Celle de votre domicile');
    expect(node?.value).to.equal('Sélectionner une option');
  });

  it('submits the chosen value in FormData and goes back to its default on reset', async () => {
    const { form, el, select } = await inForm(
      html`<gouv-select label="Région" name="region" value="84" .options=${REGIONS}></gouv-select>`,
    );
    expect(select.value).to.equal('84');
    expect(new FormData(form).get('region')).to.equal('84');
    el.value = '93';
    await el.updateComplete;
    expect(new FormData(form).get('region')).to.equal('93');
    form.reset();
    await el.updateComplete;
    expect(select.value).to.equal('84');
    expect(el.value).to.equal('84');
  });

  it('goes back to the placeholder on reset when it had no value', async () => {
    const { form, el, select } = await inForm(
      html`<gouv-select label="Région" name="region" .options=${REGIONS}></gouv-select>`,
    );
    select.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.not.equal('');
    form.reset();
    await el.updateComplete;
    expect(select.value).to.equal('');
    expect(el.value).to.equal('');
    // As with DSFR's select, the placeholder is a disabled option: nothing is submitted.
    expect(new FormData(form).has('region')).to.equal(false);
  });

  it('is chosen with the keyboard alone: Tab, arrows, type-ahead', async () => {
    const { el, select } = await inForm(
      html`<button type="button">Avant</button>
        <gouv-select label="Région" name="region" .options=${REGIONS}></gouv-select>`,
    );
    el.parentElement!.querySelector('button')!.focus();
    expect(await tab()).to.equal(select);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('11');
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('84');
    await type('Pro');
    await el.updateComplete;
    expect(el.value).to.equal('93');
    expect(changes).to.be.greaterThan(0);
  });

  it('blocks submission while required and on the placeholder, with the French message', async () => {
    const { form, el, select, submitted } = await inForm(
      html`<gouv-select label="Région" name="region" required .options=${REGIONS}></gouv-select>`,
    );
    expect(select.validity.valueMissing).to.equal(true);
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted()).to.equal(0);
    expect(errorText(el)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
    expect(select.validationMessage).to.equal('Renseignez ce champ, il est obligatoire');
    let node = await findA11yNode((n) => n.role === 'combobox');
    expect(node?.invalid).to.equal('true');
    expect(plainText(node?.description)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
    select.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    node = await findA11yNode((n) => n.role === 'combobox');
    expect(node?.invalid).to.not.equal('true');
    form.requestSubmit();
    expect(submitted()).to.equal(1);
  });

  it('takes options written as child elements in plain HTML, groups and placeholder included', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<form>
      <gouv-select label="Département" name="dep">
        <option value="">Choisissez un département</option>
        <optgroup label="Bretagne">
          <option value="29">Finistère</option>
          <option value="35" selected>Ille-et-Vilaine</option>
        </optgroup>
        <optgroup label="Normandie" disabled><option value="14">Calvados</option></optgroup>
        <option value="2A">Corse-du-Sud</option>
      </gouv-select>
    </form>`;
    const el = wrapper.querySelector('gouv-select')!;
    await el.updateComplete;
    // The page's elements stay where they are, hidden: the rendered select holds the options.
    const authored = [...el.children].filter(
      (child) => child.localName === 'option' || child.localName === 'optgroup',
    );
    expect(authored).to.have.length(4);
    expect(authored.every((child) => getComputedStyle(child).display === 'none')).to.equal(true);
    expect(selectOf(el).querySelectorAll('option')).to.have.length(5);
    expect(optionTexts(el)).to.deep.equal([
      ':Choisissez un département',
      '29:Finistère',
      '35:Ille-et-Vilaine',
      '14:Calvados',
      '2A:Corse-du-Sud',
    ]);
    expect([...selectOf(el).querySelectorAll('optgroup')].map((group) => group.label)).to.deep.equal([
      'Bretagne',
      'Normandie',
    ]);
    expect(selectOf(el).querySelector<HTMLOptionElement>('option[value="14"]')!.disabled).to.equal(true);
    expect(el.value).to.equal('35');
    expect(new FormData(wrapper.querySelector('form')!).get('dep')).to.equal('35');
    selectOf(el).value = '29';
    selectOf(el).dispatchEvent(new Event('change', { bubbles: true }));
    wrapper.querySelector('form')!.reset();
    await el.updateComplete;
    expect(selectOf(el).value).to.equal('35');
    expect(el.value).to.equal('35');
  });

  it('follows child options a script or framework adds, removes, reorders or edits', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('gouv-select');
    el.label = 'Région';
    wrapper.append(el);
    await el.updateComplete;
    // As the HTML parser does when the element's script ran before its markup.
    const option = document.createElement('option');
    option.value = '11';
    option.textContent = 'Île-de-France';
    el.append(option);
    await afterMutation(el);
    expect(option.parentElement).to.equal(el);
    expect(optionTexts(el)).to.deep.equal([':Sélectionner une option', '11:Île-de-France']);
    const second = Object.assign(document.createElement('option'), { value: '84', textContent: 'Auvergne' });
    el.insertBefore(second, option);
    await afterMutation(el);
    expect(optionTexts(el)).to.deep.equal([':Sélectionner une option', '84:Auvergne', '11:Île-de-France']);
    option.textContent = 'Paris et sa région';
    await afterMutation(el);
    expect(optionTexts(el)).to.include('11:Paris et sa région');
    second.remove();
    await afterMutation(el);
    expect(optionTexts(el)).to.deep.equal([':Sélectionner une option', '11:Paris et sa région']);
  });

  it('renders options given by property in groups, and chooses a value whose option comes later', async () => {
    const { el, select } = await inForm(
      html`<gouv-select label="Ville" name="ville" value="lyon"></gouv-select>`,
    );
    expect(select.value).to.equal('');
    el.options = [
      { value: 'paris', label: 'Paris', group: 'Île-de-France' },
      { value: 'lyon', label: 'Lyon', group: 'Auvergne-Rhône-Alpes' },
      { value: 'versailles', label: 'Versailles', group: 'Île-de-France', disabled: true },
    ];
    await el.updateComplete;
    expect(select.value).to.equal('lyon');
    const groups = [...el.querySelectorAll('optgroup')];
    expect(groups.map((group) => [group.label, group.children.length])).to.deep.equal([
      ['Île-de-France', 2],
      ['Auvergne-Rhône-Alpes', 1],
    ]);
    expect(el.querySelector<HTMLOptionElement>('option[value="versailles"]')!.disabled).to.equal(true);
  });

  it('is not submitted inside a disabled fieldset, nor when disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <gouv-select label="A" name="a" value="11" .options=${REGIONS}></gouv-select>
        </fieldset>
        <gouv-select label="B" name="b" value="11" disabled .options=${REGIONS}></gouv-select>
        <gouv-select label="C" name="c" value="11" .options=${REGIONS}></gouv-select>
      </form>`,
    );
    await Promise.all([...form.querySelectorAll('gouv-select')].map((e) => e.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(data.get('c')).to.equal('11');
  });

  it('shows a server error at once, until another option is chosen', async () => {
    const { el, select } = await inForm(
      html`<gouv-select
        label="Région"
        value="11"
        error="Ce service n’est pas ouvert dans cette région"
        .options=${REGIONS}
      ></gouv-select>`,
    );
    expect(errorText(el)).to.contain('Ce service n’est pas ouvert dans cette région');
    select.focus();
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-select label="Region" required .options=${REGIONS}></gouv-select></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-select')!;
    await el.updateComplete;
    expect(selectOf(el).options[0]!.text).to.equal('Select an option');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal(`Error: ${formatMessage('required', {}, 'en')}`);
  });

  it('renders hostile labels, groups, hint and error as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-select
        label=${evil}
        hint=${evil}
        error=${evil}
        placeholder=${evil}
        .options=${[{ value: evil, label: evil, group: evil }]}
      ></gouv-select>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('optgroup')!.label).to.equal(evil);
    expect(el.querySelector<HTMLOptionElement>('option[value]:not([value=""])')!.text).to.equal(evil);

    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    wrapper.innerHTML = `<gouv-select label="Choix"><option value="1">&lt;img src=x onerror=alert(1)&gt;</option></gouv-select>`;
    const plain = wrapper.querySelector('gouv-select')!;
    await plain.updateComplete;
    expect(plain.querySelector('img')).to.equal(null);
    expect(optionTexts(plain)[1]).to.equal('1:<img src=x onerror=alert(1)>');
  });

  it('ignores malformed options and warns, rather than failing', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await inForm(
        html`<gouv-select
          label="Région"
          .options=${[null, { value: '11', label: 'Île-de-France' }, {}] as never}
        ></gouv-select>`,
      );
      expect(optionTexts(el)).to.deep.equal([':Sélectionner une option', '11:Île-de-France']);
      expect(warnings.flat().join(' ')).to.contain('options');
    } finally {
      console.warn = original;
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-select label="Vide" name="a" .options=${REGIONS}></gouv-select>
          <gouv-select label="Choisie" name="b" value="84" .options=${REGIONS}></gouv-select>
          <gouv-select
            label="Avec aide"
            hint="Celle de votre domicile"
            name="c"
            .options=${REGIONS}
          ></gouv-select>
          <gouv-select
            label="En erreur"
            name="d"
            error="Choisissez une région"
            .options=${REGIONS}
          ></gouv-select>
          <gouv-select label="Désactivée" name="e" disabled value="11" .options=${REGIONS}></gouv-select>
          <gouv-select label="Obligatoire" name="f" required .options=${REGIONS}></gouv-select>
          <gouv-select
            label="Groupée"
            name="g"
            .options=${REGIONS.map((option) => ({ ...option, group: 'Régions' }))}
          ></gouv-select>
        </form>`,
      );
      const fields = [...wrapper.querySelectorAll('gouv-select')];
      await Promise.all(fields.map((e) => e.updateComplete));
      fields[5]!.reportValidity();
      await fields[5]!.updateComplete;
      await expectNoAxeViolations(wrapper);
    });
  }
});
