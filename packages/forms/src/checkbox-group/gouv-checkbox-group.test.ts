import { expect, expectNoAxeViolations, findA11yNode, fixture, html, press, tab } from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import '../checkbox-group.js';
import type { GouvCheckboxGroup } from './gouv-checkbox-group.js';

const boxesOf = (el: GouvCheckboxGroup) => [
  ...el.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'),
];

const aidOptions = html`
  <option value="logement" data-hint="APL, ALS ou ALF">Aide au logement</option>
  <option value="rsa">RSA</option>
  <option value="prime">Prime d’activité</option>
`;

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-checkbox-group');
  return { form, el, boxes: boxesOf(el) };
}

describe('gouv-checkbox-group', () => {
  it('renders a fieldset named by its legend, with one native checkbox per child <option>', async () => {
    const { el, boxes } = await inForm(
      html`<gouv-checkbox-group
        label="Quelles aides recevez-vous ?"
        hint="Sélectionnez toutes les réponses qui s’appliquent"
        name="aides"
        >${aidOptions}</gouv-checkbox-group
      >`,
    );
    // The page's <option> elements stay where they are, hidden: the rows are the element's own.
    const authored = [...el.children].filter((child) => child.localName === 'option');
    expect(authored).to.have.length(3);
    expect(authored.every((option) => getComputedStyle(option).display === 'none')).to.equal(true);
    expect(boxes.map((b) => b.value)).to.deep.equal(['logement', 'rsa', 'prime']);
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.name).to.equal('Quelles aides recevez-vous ?');
    expect(group?.description).to.equal('Sélectionnez toutes les réponses qui s’appliquent');
    const first = await findA11yNode((n) => n.role === 'checkbox' && n.name === 'Aide au logement');
    expect(first?.description).to.equal('APL, ALS ou ALF');
  });

  it('submits every ticked value under its name, and resets to the initial ones', async () => {
    const { form, el, boxes } = await inForm(
      html`<gouv-checkbox-group label="Aides" name="aides">
        <option value="logement" selected>Aide au logement</option>
        <option value="rsa">RSA</option>
        <option value="prime" selected>Prime d’activité</option>
      </gouv-checkbox-group>`,
    );
    expect(el.value).to.deep.equal(['logement', 'prime']);
    expect(new FormData(form).getAll('aides')).to.deep.equal(['logement', 'prime']);
    boxes[1]!.click();
    boxes[0]!.click();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['rsa', 'prime']);
    expect(new FormData(form).getAll('aides')).to.deep.equal(['rsa', 'prime']);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['logement', 'prime']);
    expect(boxes.map((b) => b.checked)).to.deep.equal([true, false, true]);
  });

  it('takes options and value from properties', async () => {
    const { form, el, boxes } = await inForm(
      html`<gouv-checkbox-group
        label="Jours"
        name="jours"
        .options=${[
          { value: 'lun', label: 'Lundi' },
          { value: 'mar', label: 'Mardi', disabled: true },
        ]}
        .value=${['lun']}
      ></gouv-checkbox-group>`,
    );
    expect(boxes[0]!.checked).to.equal(true);
    expect(boxes[1]!.disabled).to.equal(true);
    el.value = [];
    await el.updateComplete;
    expect(new FormData(form).getAll('jours')).to.deep.equal([]);
    form.reset();
    await el.updateComplete;
    expect(el.value).to.deep.equal(['lun']);
  });

  it('requires at least one box, with « Sélectionnez au moins une option »', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-checkbox-group label="Aides" name="aides" required>${aidOptions}</gouv-checkbox-group>
      </form>`,
    );
    const el = form.querySelector('gouv-checkbox-group')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(el)).to.equal('Erreur : Sélectionnez au moins une option');
    expect(boxesOf(el)[0]!.validationMessage).to.equal('Sélectionnez au moins une option');
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.description).to.contain('Sélectionnez au moins une option');
    const box = await findA11yNode((n) => n.role === 'checkbox');
    expect(box?.invalid).to.equal('true');
    expect(boxesOf(el).every((b) => b.required)).to.equal(true);
    boxesOf(el)[1]!.click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(boxesOf(el).some((b) => b.required)).to.equal(false);
    form.requestSubmit();
    expect(submitted).to.equal(true);
    // Unticking the last box brings the message back at once (a choice is a completed action).
    boxesOf(el)[1]!.click();
    boxesOf(el)[1]!.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    expect(errorText(el)).to.contain('Sélectionnez au moins une option');
  });

  it('is not submitted when disabled or inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <gouv-checkbox-group label="A" name="a"><option selected>X</option></gouv-checkbox-group>
        </fieldset>
        <gouv-checkbox-group label="B" name="b" disabled><option selected>X</option></gouv-checkbox-group>
      </form>`,
    );
    await Promise.all([...form.querySelectorAll('gouv-checkbox-group')].map((g) => g.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
  });

  it('moves through the boxes with Tab and ticks them with Space', async () => {
    const { el, boxes } = await inForm(html`
      <button type="button">Avant</button>
      <gouv-checkbox-group label="Aides" name="aides" inline>${aidOptions}</gouv-checkbox-group>
    `);
    (el.previousElementSibling as HTMLElement).focus();
    expect(await tab()).to.equal(boxes[0]);
    await press('Space');
    expect(await tab()).to.equal(boxes[1]);
    expect(await tab()).to.equal(boxes[2]);
    await press('Space');
    await el.updateComplete;
    expect(el.value).to.deep.equal(['logement', 'prime']);
    expect((await findA11yNode((n) => n.role === 'checkbox' && n.name === 'RSA'))?.checked).to.equal('false');
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-checkbox-group label="Benefits" required>${aidOptions}</gouv-checkbox-group></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-checkbox-group')!;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Select at least one option');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el, boxes } = await inForm(
      html`<gouv-checkbox-group label=${evil} hint=${evil} error=${evil} name="q">
        <option value=${evil} data-hint=${evil}>${evil}</option>
      </gouv-checkbox-group>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('<img');
    expect(el.querySelector('.gouv-choice__label')!.textContent).to.contain('<img');
    expect(el.querySelector('.gouv-choice__hint')!.textContent).to.contain('<img');
    expect(boxes[0]!.value).to.equal(evil);
    expect(errorText(el)).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-checkbox-group label="Vide" name="a">${aidOptions}</gouv-checkbox-group>
          <gouv-checkbox-group label="Cochée" name="b" .value=${['rsa']}>${aidOptions}</gouv-checkbox-group>
          <gouv-checkbox-group label="Avec aide" hint="Plusieurs réponses possibles" name="c" inline
            >${aidOptions}</gouv-checkbox-group
          >
          <gouv-checkbox-group label="En erreur" name="d" error="Sélectionnez au moins une option"
            >${aidOptions}</gouv-checkbox-group
          >
          <gouv-checkbox-group label="Désactivé" name="e" disabled .value=${['rsa']}
            >${aidOptions}</gouv-checkbox-group
          >
          <gouv-checkbox-group label="Obligatoire" name="f" required>${aidOptions}</gouv-checkbox-group>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-checkbox-group')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
