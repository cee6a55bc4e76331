import {
  captureWarnings,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  tab,
} from '@gouvkit/testing';
import { afterMutation, fieldInForm } from '../test-utils/field-fixture.js';
import '../fieldset.js';
import '../input.js';
import '../radio-group.js';
import type { GouvFieldset } from './gouv-fieldset.js';

/** The element's shadow part matching `selector`. */
const inShadow = (el: GouvFieldset, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-fieldset');
  await Promise.all([...form.querySelectorAll('gouv-input')].map((i) => i.updateComplete));
  return { form, el };
}

describe('gouv-fieldset', () => {
  it('groups the page’s fields, left in place, in a fieldset named by its legend and described by its hint', async () => {
    const { el } = await inForm(
      html`<gouv-fieldset legend="Votre adresse" hint="En France métropolitaine">
        <label for="rue">Numéro et rue</label>
        <input id="rue" name="rue" autocomplete="street-address" />
        <gouv-input label="Code postal" name="cp" width="5"></gouv-input>
      </gouv-fieldset>`,
    );
    // Never moved: the fields are still the element's children, shown in the fieldset's slot.
    expect(el.querySelector('#rue')!.parentElement).to.equal(el);
    expect(el.querySelector('gouv-input')!.parentElement).to.equal(el);
    expect(el.querySelector('#rue')!.assignedSlot?.closest('fieldset')).to.equal(el.fieldset);
    expect((el.querySelector('#rue') as HTMLInputElement).labels![0]!.textContent).to.equal('Numéro et rue');
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.name).to.equal('Votre adresse');
    expect(group?.description).to.equal('En France métropolitaine');
    const textboxes = group?.children?.filter((n) => n.role === 'textbox').map((n) => n.name);
    expect(textboxes).to.deep.equal(['Numéro et rue', 'Code postal']);
  });

  it('disables every gouvkit field inside: not focusable, not submitted, not validated', async () => {
    const { form, el } = await inForm(
      html`<button type="button">Avant</button>
        <gouv-fieldset legend="Conjoint" disabled>
          <fieldset disabled><input name="prenom" value="Marie" aria-label="Prénom" /></fieldset>
          <gouv-input label="Nom" name="nom" value="Curie" required></gouv-input>
          <gouv-radio-group label="Situation" name="situation" value="marie"
            ><option value="marie">Marié</option></gouv-radio-group
          >
        </gouv-fieldset>
        <button type="button">Après</button>`,
    );
    await el.querySelector('gouv-radio-group')!.updateComplete;
    const data = new FormData(form);
    expect([...data.keys()]).to.deep.equal([]);
    expect(form.checkValidity()).to.equal(true);
    form.querySelector('button')!.focus();
    expect(plainText((await tab())?.textContent)).to.equal('Après');
    const textbox = await findA11yNode((n) => n.role === 'textbox' && n.name.startsWith('Nom'));
    expect(textbox?.disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    await el.querySelector('gouv-input')!.updateComplete;
    expect(new FormData(form).get('nom')).to.equal('Curie');
    expect(new FormData(form).get('situation')).to.equal('marie');
  });

  it('shows children added later in the fieldset, in Tab order, where the page put them', async () => {
    const { el } = await inForm(
      html`<gouv-fieldset legend="Enfants"><input aria-label="Enfant 1" /></gouv-fieldset>`,
    );
    const added = document.createElement('input');
    added.setAttribute('aria-label', 'Enfant 2');
    el.append(added);
    await afterMutation(el);
    expect(added.parentElement).to.equal(el);
    el.querySelector<HTMLInputElement>('input')!.focus();
    expect(await tab()).to.equal(added);
    const group = await findA11yNode((n) => n.role === 'group' && n.name === 'Enfants');
    expect(group?.children?.filter((n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal([
      'Enfant 1',
      'Enfant 2',
    ]);
  });

  it('makes the legend the page heading on a question page', async () => {
    const { el } = await inForm(
      html`<gouv-fieldset legend="Où habitez-vous ?" legend-heading="1" legend-size="l"
        ><input aria-label="Ville"
      /></gouv-fieldset>`,
    );
    const heading = inShadow(el, 'legend > h1')!;
    expect(heading.textContent).to.equal('Où habitez-vous ?');
    expect(getComputedStyle(heading).fontSize).to.equal('32px');
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.name).to.equal('Où habitez-vous ?');
    const h1 = await findA11yNode((n) => n.role === 'heading');
    expect(h1?.level).to.equal(1);
  });

  it('shows an error for the group in a live region, and describes the group with it', async () => {
    const { el } = await inForm(
      html`<gouv-fieldset legend="Date de naissance"><input aria-label="Jour" /></gouv-fieldset>`,
    );
    expect(inShadow(el, '.gouv-messages')!.getAttribute('aria-live')).to.equal('polite');
    el.error = 'La date de naissance doit être dans le passé';
    await el.updateComplete;
    expect(plainText(inShadow(el, '.gouv-error')!.textContent)).to.equal(
      'Erreur : La date de naissance doit être dans le passé',
    );
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.description).to.contain('La date de naissance doit être dans le passé');
  });

  it('nests: an inner fieldset keeps its own fields', async () => {
    const { el } = await inForm(
      html`<gouv-fieldset legend="Foyer">
        <input aria-label="Adresse" />
        <gouv-fieldset legend="Conjoint"><input aria-label="Nom du conjoint" /></gouv-fieldset>
      </gouv-fieldset>`,
    );
    const inner = el.querySelector<GouvFieldset>('gouv-fieldset')!;
    await inner.updateComplete;
    const outer = await findA11yNode((n) => n.role === 'group' && n.name === 'Foyer');
    const nested = outer?.children?.find((n) => n.role === 'group');
    expect(nested?.name).to.equal('Conjoint');
    expect(nested?.children?.filter((n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal([
      'Nom du conjoint',
    ]);
    expect(outer?.children?.filter((n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal([
      'Adresse',
    ]);
  });

  it('speaks English in an English page, and warns without a legend', async () => {
    const warnings = captureWarnings();
    try {
      const wrapper = await fixture(
        html`<div lang="en">
          <gouv-fieldset error="Enter a date in the past"><input aria-label="Day" /></gouv-fieldset>
        </div>`,
      );
      const el = wrapper.querySelector('gouv-fieldset')!;
      await el.updateComplete;
      expect(plainText(inShadow(el, '.gouv-error')!.textContent)).to.equal('Error: Enter a date in the past');
      expect(warnings.messages.join('\n')).to.contain('légende');
    } finally {
      warnings.restore();
    }
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-fieldset legend=${evil} hint=${evil} error=${evil} legend-heading="2"></gouv-fieldset>`,
    );
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(inShadow(el, 'legend')!.textContent).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-fieldset legend="Simple"><gouv-input label="Nom" name="a"></gouv-input></gouv-fieldset>
          <gouv-fieldset legend="Avec aide" hint="Une précision"
            ><gouv-input label="Nom" name="b"></gouv-input
          ></gouv-fieldset>
          <gouv-fieldset legend="En erreur" error="Saisissez une date dans le passé"
            ><gouv-input label="Jour" name="c"></gouv-input
          ></gouv-fieldset>
          <gouv-fieldset legend="Désactivé" disabled
            ><gouv-input label="Nom" name="d" value="x"></gouv-input
          ></gouv-fieldset>
          <gouv-fieldset legend="Question de la page" legend-heading="1" legend-size="l"
            ><gouv-input label="Ville" name="e"></gouv-input
          ></gouv-fieldset>
          <gouv-fieldset legend="Moyen" legend-size="m"
            ><gouv-input label="Ville" name="f"></gouv-input
          ></gouv-fieldset>
        </form>`,
      );
      await Promise.all(
        [...wrapper.querySelectorAll('gouv-fieldset, gouv-input')].map(
          (e) => (e as GouvFieldset).updateComplete,
        ),
      );
      await expectNoAxeViolations(wrapper);
    });
  }
});
