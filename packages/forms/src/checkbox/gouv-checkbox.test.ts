import { expect, expectNoAxeViolations, findA11yNode, fixture, html, press, tab } from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import '../checkbox.js';
import type { GouvCheckbox } from './gouv-checkbox.js';

const inputOf = (el: GouvCheckbox) => el.querySelector<HTMLInputElement>('input[type="checkbox"]')!;

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-checkbox');
  return { form, el, input: inputOf(el) };
}

describe('gouv-checkbox', () => {
  it('renders a native checkbox named by its label and described by its hint, in the light DOM', async () => {
    const { el, input } = await inForm(
      html`<gouv-checkbox
        label="J’accepte les conditions d’utilisation"
        hint="Vous pouvez les lire dans la page Conditions"
        name="cgu"
      ></gouv-checkbox>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.labels![0]!.textContent!.trim()).to.equal('J’accepte les conditions d’utilisation');
    const node = await findA11yNode((n) => n.role === 'checkbox');
    expect(node?.name).to.equal('J’accepte les conditions d’utilisation');
    expect(node?.description).to.equal('Vous pouvez les lire dans la page Conditions');
    expect(node?.checked).to.equal('false');
  });

  it('submits its value (on by default) only when ticked, and resets to its initial state', async () => {
    const { form, el, input } = await inForm(html`
      <gouv-checkbox label="Recevoir la lettre" name="lettre"></gouv-checkbox>
      <gouv-checkbox label="Rappel par SMS" name="sms" value="oui" checked></gouv-checkbox>
    `);
    const sms = form.querySelectorAll('gouv-checkbox')[1]!;
    await sms.updateComplete;
    expect(new FormData(form).has('lettre')).to.equal(false);
    expect(new FormData(form).get('sms')).to.equal('oui');
    input.click();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(new FormData(form).get('lettre')).to.equal('on');
    inputOf(sms).click();
    expect(new FormData(form).has('sms')).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(sms.checked).to.equal(true);
    expect(inputOf(sms).checked).to.equal(true);
  });

  it('follows the checked property set by script', async () => {
    const { form, el, input } = await inForm(html`<gouv-checkbox label="A" name="a"></gouv-checkbox>`);
    el.checked = true;
    await el.updateComplete;
    expect(input.checked).to.equal(true);
    expect(new FormData(form).get('a')).to.equal('on');
  });

  it('blocks submission when required and unticked, with a French message, then clears it', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-checkbox label="J’accepte les conditions" name="cgu" required></gouv-checkbox>
      </form>`,
    );
    const el = form.querySelector('gouv-checkbox')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(el)).to.equal('Erreur : Cochez cette case pour continuer');
    expect(inputOf(el).validationMessage).to.equal('Cochez cette case pour continuer');
    const node = await findA11yNode((n) => n.role === 'checkbox');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Cochez cette case pour continuer');
    inputOf(el).click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('keeps a message of the author’s over the default one', async () => {
    const { el } = await inForm(
      html`<gouv-checkbox
        label="Je certifie l’exactitude des informations"
        required
        .strings=${{ valueMissing: 'Certifiez l’exactitude des informations pour envoyer' }}
      ></gouv-checkbox>`,
    );
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Certifiez l’exactitude des informations pour envoyer');
  });

  it('is not submitted when disabled, nor inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-checkbox label="A" name="a" checked></gouv-checkbox></fieldset>
        <gouv-checkbox label="B" name="b" checked disabled></gouv-checkbox>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('gouv-checkbox')];
    await a!.updateComplete;
    await b!.updateComplete;
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(inputOf(a!).matches(':disabled')).to.equal(true);
    const node = await findA11yNode((n) => n.role === 'checkbox' && n.name === 'B');
    expect(node?.disabled).to.equal(true);
  });

  it('is reached with Tab and ticked with Space', async () => {
    const { el } = await inForm(html`
      <button type="button">Avant</button>
      <gouv-checkbox label="Recevoir la lettre" name="lettre"></gouv-checkbox>
    `);
    (el.previousElementSibling as HTMLElement).focus();
    const focused = await tab();
    expect(focused).to.equal(inputOf(el));
    await press('Space');
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect((await findA11yNode((n) => n.role === 'checkbox'))?.checked).to.equal('true');
    await press('Space');
    await el.updateComplete;
    expect(el.checked).to.equal(false);
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-checkbox label="I agree" required></gouv-checkbox></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-checkbox')!;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Tick this box to continue');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-checkbox label=${evil} hint=${evil} error=${evil}></gouv-checkbox>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(el.querySelector('.gouv-hint')!.textContent).to.contain('<img');
    expect(errorText(el)).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-checkbox label="Vide" name="a"></gouv-checkbox>
          <gouv-checkbox label="Cochée" name="b" checked></gouv-checkbox>
          <gouv-checkbox label="Avec aide" hint="Une précision" name="c"></gouv-checkbox>
          <gouv-checkbox label="En erreur" name="d" error="Cochez cette case pour continuer"></gouv-checkbox>
          <gouv-checkbox label="Désactivée" name="e" disabled></gouv-checkbox>
          <gouv-checkbox label="Désactivée cochée" name="f" disabled checked></gouv-checkbox>
          <gouv-checkbox label="Obligatoire" name="g" required></gouv-checkbox>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-checkbox')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
