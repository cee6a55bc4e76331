import {
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  tab,
} from '@gouvkit/testing';
import { fieldInForm } from '../test-utils/field-fixture.js';
import '../range.js';
import type { GouvRange } from './gouv-range.js';

const inputOf = (el: GouvRange) => el.querySelector<HTMLInputElement>('input[type="range"]')!;
const shown = (el: GouvRange) => plainText(el.querySelector('.gouv-range__output')?.textContent);

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-range');
  return { form, el, input: inputOf(el) };
}

describe('gouv-range', () => {
  it('is a native slider named by its label, described by its hint, reading its value with the unit', async () => {
    const { el, input } = await inForm(
      html`<gouv-range
        label="Montant de l’aide"
        hint="Entre 0 et 5 000 euros"
        name="montant"
        min="0"
        max="5000"
        step="100"
        value="1500"
        unit="€"
      ></gouv-range>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Montant de l’aide');
    expect(input.getAttribute('aria-valuetext')).to.equal('1\u202f500\u00a0€');
    expect(shown(el)).to.equal('1 500 €');
    expect(plainText(el.querySelector('.gouv-range__max')!.textContent)).to.equal('5 000 €');
    const node = await findA11yNode((n) => n.role === 'slider');
    expect(node?.name).to.equal('Montant de l’aide');
    expect(node?.description).to.equal('Entre 0 et 5 000 euros');
  });

  it('submits its value and goes back to its initial value on reset', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-range label="Distance" name="km" min="0" max="50" value="10" unit="km"></gouv-range>`,
    );
    expect(new FormData(form).get('km')).to.equal('10');
    input.focus();
    await press('ArrowRight');
    await el.updateComplete;
    expect(el.value).to.equal('11');
    expect(new FormData(form).get('km')).to.equal('11');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('10');
    expect(input.value).to.equal('10');
    expect(shown(el)).to.equal('10 km');
  });

  it('starts in the middle without a value, as the browser does, and clamps a value set by script', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-range label="Note" name="note" min="0" max="10" step="2"></gouv-range>`,
    );
    expect(el.value).to.equal('6');
    expect(input.value).to.equal('6');
    el.value = '99';
    await el.updateComplete;
    expect(el.value).to.equal('10');
    expect(el.valueAsNumber).to.equal(10);
    expect(new FormData(form).get('note')).to.equal('10');
    form.reset();
    expect(el.value).to.equal('6');
  });

  it('moves with the arrow keys, Home and End, after a Tab', async () => {
    const { el, input } = await inForm(html`
      <button type="button">Avant</button>
      <gouv-range label="Enfants à charge" min="0" max="6" value="2"></gouv-range>
    `);
    (el.previousElementSibling as HTMLElement).focus();
    expect(await tab()).to.equal(input);
    await press('ArrowRight');
    await press('ArrowUp');
    await el.updateComplete;
    expect(el.value).to.equal('4');
    await press('ArrowLeft');
    await el.updateComplete;
    expect(el.value).to.equal('3');
    await press('End');
    await el.updateComplete;
    expect(el.value).to.equal('6');
    await press('Home');
    await el.updateComplete;
    expect(el.value).to.equal('0');
    expect(input.getAttribute('aria-valuetext')).to.equal('0');
  });

  it('takes a format function, and survives one that throws', async () => {
    const { el, input } = await inForm(
      html`<gouv-range
        label="Enfants"
        min="0"
        max="5"
        value="3"
        .format=${(n: number) => (n === 1 ? '1 enfant' : `${n} enfants`)}
      ></gouv-range>`,
    );
    expect(input.getAttribute('aria-valuetext')).to.equal('3 enfants');
    el.format = () => {
      throw new Error('oops');
    };
    await el.updateComplete;
    expect(input.getAttribute('aria-valuetext')).to.equal('3');
  });

  it('is not submitted when disabled, nor inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-range label="A" name="a" value="1"></gouv-range></fieldset>
        <gouv-range label="B" name="b" value="2" disabled></gouv-range>
      </form>`,
    );
    await Promise.all([...form.querySelectorAll('gouv-range')].map((e) => e.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
  });

  it('shows a server error, exposed as invalid, until the value changes', async () => {
    const { el, input } = await inForm(
      html`<gouv-range
        label="Budget"
        name="budget"
        value="40"
        error="Ce budget dépasse le plafond"
      ></gouv-range>`,
    );
    expect(plainText(el.querySelector('.gouv-error')?.textContent)).to.contain(
      'Ce budget dépasse le plafond',
    );
    let node = await findA11yNode((n) => n.role === 'slider');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Ce budget dépasse le plafond');
    input.focus();
    await press('ArrowLeft');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    node = await findA11yNode((n) => n.role === 'slider');
    expect(node?.invalid).to.not.equal('true');
  });

  it('formats numbers in English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <gouv-range label="Amount" min="0" max="5000" value="1500" unit="€"></gouv-range>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-range')!;
    await el.updateComplete;
    expect(inputOf(el).getAttribute('aria-valuetext')).to.equal('1,500\u00a0€');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-range label=${evil} hint=${evil} error=${evil} unit=${evil}></gouv-range>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(shown(el)).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-range label="Par défaut" name="a"></gouv-range>
          <gouv-range
            label="Montant"
            name="b"
            min="0"
            max="5000"
            step="100"
            value="1500"
            unit="€"
          ></gouv-range>
          <gouv-range label="Avec aide" hint="Une précision" name="c"></gouv-range>
          <gouv-range label="En erreur" name="d" error="Ce budget dépasse le plafond"></gouv-range>
          <gouv-range label="Désactivé" name="e" value="30" disabled></gouv-range>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-range')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
