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
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import '../toggle.js';
import type { GouvToggle } from './gouv-toggle.js';

const inputOf = (el: GouvToggle) => el.querySelector<HTMLInputElement>('input[role="switch"]')!;
const stateText = (el: GouvToggle) => plainText(el.querySelector('.gouv-toggle__state')?.textContent);

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-toggle');
  return { form, el, input: inputOf(el) };
}

describe('gouv-toggle', () => {
  it('is a native checkbox with the switch role, named by its label and described by its hint', async () => {
    const { el, input } = await inForm(
      html`<gouv-toggle
        label="Recevoir les notifications"
        hint="Par courriel, une fois par semaine"
        name="notifications"
      ></gouv-toggle>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.type).to.equal('checkbox');
    const node = await findA11yNode((n) => n.role === 'switch');
    expect(node?.name).to.equal('Recevoir les notifications');
    expect(node?.description).to.equal('Par courriel, une fois par semaine');
    expect(node?.checked).to.equal('false');
  });

  it('is submitted as a checkbox, and resets to its initial state', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-toggle label="Mode sombre" name="sombre" value="oui" checked></gouv-toggle>`,
    );
    expect(new FormData(form).get('sombre')).to.equal('oui');
    input.click();
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect(new FormData(form).has('sombre')).to.equal(false);
    form.reset();
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect(input.checked).to.equal(true);
  });

  it('shows its state as text for the eyes, hidden from assistive technologies', async () => {
    const { el, input } = await inForm(html`<gouv-toggle label="Mode sombre" show-state></gouv-toggle>`);
    expect(stateText(el)).to.equal('Désactivé');
    expect(el.querySelector('.gouv-toggle__state')!.getAttribute('aria-hidden')).to.equal('true');
    input.click();
    await el.updateComplete;
    expect(stateText(el)).to.equal('Activé');
    const node = await findA11yNode((n) => n.role === 'switch');
    expect(node?.name).to.equal('Mode sombre');
    expect(node?.checked).to.equal('true');
  });

  it('is reached with Tab and turned on and off with Space', async () => {
    const { el, input } = await inForm(html`
      <button type="button">Avant</button>
      <gouv-toggle label="Mode sombre" name="sombre" show-state></gouv-toggle>
    `);
    (el.previousElementSibling as HTMLElement).focus();
    expect(await tab()).to.equal(input);
    await press('Space');
    await el.updateComplete;
    expect(el.checked).to.equal(true);
    expect((await findA11yNode((n) => n.role === 'switch'))?.checked).to.equal('true');
    await press('Space');
    await el.updateComplete;
    expect(el.checked).to.equal(false);
    expect((await findA11yNode((n) => n.role === 'switch'))?.checked).to.equal('false');
  });

  it('blocks submission when required and off, with a French message', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-toggle label="Partager ma position" name="position" required></gouv-toggle>
      </form>`,
    );
    const el = form.querySelector('gouv-toggle')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(el)).to.equal('Erreur : Activez cette option pour continuer');
    const node = await findA11yNode((n) => n.role === 'switch');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Activez cette option pour continuer');
    inputOf(el).click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
  });

  it('is not submitted when disabled, nor inside a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-toggle label="A" name="a" checked></gouv-toggle></fieldset>
        <gouv-toggle label="B" name="b" checked disabled></gouv-toggle>
      </form>`,
    );
    await Promise.all([...form.querySelectorAll('gouv-toggle')].map((e) => e.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect((await findA11yNode((n) => n.role === 'switch' && n.name === 'B'))?.disabled).to.equal(true);
  });

  it('speaks English in an English page, and takes its own state strings', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <gouv-toggle label="Dark mode" show-state required></gouv-toggle>
        <gouv-toggle label="Wi-Fi" show-state checked .strings=${{ on: 'Connected' }}></gouv-toggle>
      </div>`,
    );
    const [el, wifi] = [...wrapper.querySelectorAll('gouv-toggle')];
    await el!.updateComplete;
    await wifi!.updateComplete;
    expect(stateText(el!)).to.equal('Off');
    expect(stateText(wifi!)).to.equal('Connected');
    el!.reportValidity();
    await el!.updateComplete;
    expect(errorText(el!)).to.equal('Error: Turn this option on to continue');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(html`<gouv-toggle label=${evil} hint=${evil} error=${evil}></gouv-toggle>`);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(errorText(el)).to.contain('<img');
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-toggle label="Désactivé" name="a" show-state></gouv-toggle>
          <gouv-toggle label="Activé" name="b" checked show-state></gouv-toggle>
          <gouv-toggle label="Avec aide" hint="Une précision" name="c"></gouv-toggle>
          <gouv-toggle label="En erreur" name="d" error="Activez cette option pour continuer"></gouv-toggle>
          <gouv-toggle label="Grisé" name="e" disabled show-state></gouv-toggle>
          <gouv-toggle label="Grisé activé" name="f" disabled checked></gouv-toggle>
          <gouv-toggle label="Obligatoire" name="g" required></gouv-toggle>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-toggle')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
