import {
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  press,
  tab,
  type,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { formatMessage } from '@gouvkit/validators';
import { builtinValidatorsReady } from '../shared/field-element.js';
import '../input.js';
import type { GouvInput } from './gouv-input.js';

const inputOf = (el: GouvInput) => el.querySelector<HTMLInputElement>('input.gouv-input')!;

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-input');
  return { form, el, input: inputOf(el) };
}

describe('gouv-input', () => {
  it('renders a native input labelled by its label, described by its hint, in the light DOM', async () => {
    const { el, input } = await inForm(
      html`<gouv-input label="Nom" hint="Tel qu’écrit sur votre pièce d’identité" name="nom"></gouv-input>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.labels![0]!.textContent!.trim()).to.equal('Nom');
    const node = await findA11yNode((n) => n.role === 'textbox');
    expect(node?.name).to.equal('Nom');
    expect(node?.description).to.equal('Tel qu’écrit sur votre pièce d’identité');
  });

  it('submits its value in FormData and goes back to its default on reset', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-input label="Commune" name="commune" value="Paris"></gouv-input>`,
    );
    expect(new FormData(form).get('commune')).to.equal('Paris');
    input.focus();
    input.select();
    await type('Lyon');
    expect(el.value).to.equal('Lyon');
    expect(new FormData(form).get('commune')).to.equal('Lyon');
    form.reset();
    await el.updateComplete;
    expect(input.value).to.equal('Paris');
    expect(el.value).to.equal('Paris');
  });

  it('is not submitted inside a disabled fieldset, nor when disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-input label="A" name="a" value="1"></gouv-input></fieldset>
        <gouv-input label="B" name="b" value="2" disabled></gouv-input>
      </form>`,
    );
    await form.querySelector('gouv-input')!.updateComplete;
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
  });

  it('shows no error while the user types, then the French message after leaving the field', async () => {
    const { el, input } = await inForm(
      html`<gouv-input label="Courriel" name="courriel" type="email"></gouv-input><button>Envoyer</button>`,
    );
    input.focus();
    await type('marie');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    // Not announced as invalid while no error shows (Chromium would read the custom validity).
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(input.validity.valid).to.equal(false); // the form still won't submit
    await press('Tab');
    await el.updateComplete;
    expect(errorText(el)).to.contain('Saisissez une adresse électronique au bon format');
    const node = await findA11yNode((n) => n.role === 'textbox');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('adresse électronique');
  });

  it('clears the error as soon as it is fixed', async () => {
    const { el, input } = await inForm(
      html`<gouv-input label="Courriel" type="email" value="marie"></gouv-input>`,
    );
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.not.equal('');
    input.focus();
    await press('End');
    await type('@exemple.fr');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(input.validity.valid).to.equal(true);
  });

  it('blocks submission and shows every error on submit, without the browser bubble', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-input label="Nom" name="nom" required></gouv-input>
        <gouv-input label="SIRET" name="siret" validate="siret" value="12345678901234"></gouv-input>
      </form>`,
    );
    const [nom, siret] = [...form.querySelectorAll('gouv-input')];
    await builtinValidatorsReady();
    await siret!.updateComplete;
    form.requestSubmit();
    await nom!.updateComplete;
    await siret!.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(nom!)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
    expect(errorText(siret!)).to.contain('Le numéro SIRET n’est pas valide');
  });

  it('shows a server-side error at once, until the value changes', async () => {
    const { el, input } = await inForm(
      html`<gouv-input
        label="Identifiant"
        value="jdupont"
        error="Cet identifiant est déjà pris"
      ></gouv-input>`,
    );
    expect(errorText(el)).to.contain('Cet identifiant est déjà pris');
    expect(input.validity.valid).to.equal(false);
    input.focus();
    await type('2');
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(input.validity.valid).to.equal(true);
  });

  it('takes a message per constraint and custom validators', async () => {
    const { el } = await inForm(
      html`<gouv-input
        label="Nom"
        required
        .strings=${{ valueMissing: 'Saisissez votre nom de famille' }}
      ></gouv-input>`,
    );
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Saisissez votre nom de famille');
    el.validators = [(value) => (value === 'X' ? 'Saisissez un vrai nom' : null)];
    el.value = 'X';
    await el.updateComplete;
    expect(errorText(el)).to.contain('Saisissez un vrai nom');
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-input label="Name" required></gouv-input></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-input')!;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal(`Error: ${formatMessage('required', {}, 'en')}`);
  });

  it('shows and hides a password with the keyboard', async () => {
    const { el, input } = await inForm(
      html`<gouv-input label="Mot de passe" type="password" autocomplete="current-password"></gouv-input>`,
    );
    expect(input.type).to.equal('password');
    input.focus();
    await tab();
    await press('Space');
    await el.updateComplete;
    expect(input.type).to.equal('text');
    const toggle = await findA11yNode((n) => n.role === 'checkbox');
    expect(toggle?.name).to.equal('Afficher le mot de passe');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(html`<gouv-input label=${evil} hint=${evil} error=${evil}></gouv-input>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-input label="Vide" name="a"></gouv-input>
          <gouv-input label="Rempli" name="b" value="Dupont" autocomplete="family-name"></gouv-input>
          <gouv-input label="Avec aide" hint="Exemple : 75001" name="c" width="5"></gouv-input>
          <gouv-input label="En erreur" name="d" error="Saisissez un code postal à 5 chiffres"></gouv-input>
          <gouv-input label="Désactivé" name="e" disabled value="x"></gouv-input>
          <gouv-input label="Obligatoire" name="f" required></gouv-input>
          <gouv-input label="Mot de passe" name="g" type="password"></gouv-input>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-input')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
