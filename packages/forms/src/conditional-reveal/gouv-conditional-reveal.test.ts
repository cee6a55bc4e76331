import {
  captureWarnings,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  press,
  tab,
} from '@gouvkit/testing';
import { nextTask } from '../test-utils/field-fixture.js';
import '../conditional-reveal.js';
import '../radio-group.js';
import '../checkbox-group.js';
import '../checkbox.js';
import '../input.js';
import '../toggle.js';
import type { GouvRadioGroup } from '../radio-group/gouv-radio-group.js';
import type { GouvConditionalReveal } from './gouv-conditional-reveal.js';

async function ready(root: ParentNode) {
  await nextTask();
  const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('gouv-'));
  await Promise.all(elements.map((e) => (e as GouvConditionalReveal).updateComplete));
}

async function contactForm() {
  const form = await fixture<HTMLFormElement>(
    html`<form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-radio-group label="Comment souhaitez-vous être contacté ?" name="contact">
        <option value="courriel">Par courriel</option>
        <option value="telephone">Par téléphone</option>
        <option value="aucun">Ne pas être contacté</option>
        <gouv-conditional-reveal when="courriel">
          <gouv-input
            label="Adresse électronique"
            name="email"
            type="email"
            autocomplete="email"
            required
          ></gouv-input>
        </gouv-conditional-reveal>
        <gouv-conditional-reveal when="telephone">
          <gouv-input
            label="Numéro de téléphone"
            name="tel"
            type="tel"
            autocomplete="tel"
            required
          ></gouv-input>
        </gouv-conditional-reveal>
      </gouv-radio-group>
      <button>Continuer</button>
    </form>`,
  );
  await ready(form);
  const group = form.querySelector<GouvRadioGroup>('gouv-radio-group')!;
  const [email, tel] = [...form.querySelectorAll<GouvConditionalReveal>('gouv-conditional-reveal')];
  const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  return { form, group, email: email!, tel: tel!, radios };
}

describe('gouv-conditional-reveal', () => {
  it('sits right after its option in a group, hidden, its fields disabled, until the option is chosen', async () => {
    const { form, group, email, tel, radios } = await contactForm();
    expect(email.previousElementSibling).to.equal(null);
    expect(email.parentElement!.previousElementSibling!.contains(radios[0]!)).to.equal(true);
    expect(tel.parentElement!.previousElementSibling!.contains(radios[1]!)).to.equal(true);
    expect(email.hidden).to.equal(true);
    expect(email.querySelector('input')!.matches(':disabled')).to.equal(true);
    expect(radios[0]!.getAttribute('aria-controls')).to.equal(email.id);
    expect(radios[0]!.hasAttribute('aria-expanded')).to.equal(false);

    radios[0]!.click();
    await ready(form);
    expect(email.hidden).to.equal(false);
    expect(email.open).to.equal(true);
    expect(email.querySelector('input')!.matches(':disabled')).to.equal(false);
    expect(tel.hidden).to.equal(true);

    radios[1]!.click();
    await ready(form);
    expect(email.hidden).to.equal(true);
    expect(tel.hidden).to.equal(false);
    expect(group.value).to.equal('telephone');
  });

  it('neither submits nor validates hidden fields', async () => {
    const { form, radios } = await contactForm();
    let submitted = 0;
    form.addEventListener('submit', () => submitted++);
    radios[2]!.click();
    await ready(form);
    form.requestSubmit();
    expect(submitted).to.equal(1);
    expect([...new FormData(form).keys()]).to.deep.equal(['contact']);

    radios[0]!.click();
    await ready(form);
    form.requestSubmit();
    expect(submitted).to.equal(1); // the revealed email is required
    await ready(form);
    const textbox = await findA11yNode((n) => n.role === 'textbox');
    expect(textbox?.name).to.equal('Adresse électronique');
    expect(textbox?.invalid).to.equal('true');
  });

  it('comes right after its option in Tab order, and follows the arrow keys', async () => {
    const { form, radios, email, tel } = await contactForm();
    radios[0]!.focus();
    await press('Space');
    await ready(form);
    expect(email.hidden).to.equal(false);
    expect(await tab()).to.equal(email.querySelector('input'));
    await tab(1, true);
    await press('ArrowDown');
    await ready(form);
    expect(email.hidden).to.equal(true);
    expect(tel.hidden).to.equal(false);
    expect(await tab()).to.equal(tel.querySelector('input'));
  });

  it('hides again on form reset, and follows a value set by script', async () => {
    const { form, group, email, radios } = await contactForm();
    radios[0]!.click();
    await ready(form);
    form.reset();
    await ready(form);
    await nextTask();
    expect(email.hidden).to.equal(true);
    group.value = 'courriel';
    await ready(form);
    expect(email.hidden).to.equal(false);
  });

  it('follows a native checkbox named by for, with aria-expanded, toggled with Space', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input type="checkbox" id="autre-adresse" name="autre" /><label for="autre-adresse"
          >L’adresse de livraison est différente</label
        >
        <gouv-conditional-reveal for="autre-adresse">
          <label for="livraison">Adresse de livraison</label>
          <input id="livraison" name="livraison" autocomplete="shipping street-address" />
        </gouv-conditional-reveal>
      </form>`,
    );
    await ready(form);
    const box = form.querySelector<HTMLInputElement>('#autre-adresse')!;
    const reveal = form.querySelector<GouvConditionalReveal>('gouv-conditional-reveal')!;
    expect(box.getAttribute('aria-expanded')).to.equal('false');
    expect(box.getAttribute('aria-controls')).to.equal(reveal.id);
    box.focus();
    await press('Space');
    await ready(form);
    expect(reveal.hidden).to.equal(false);
    expect(box.getAttribute('aria-expanded')).to.equal('true');
    const node = await findA11yNode((n) => n.role === 'checkbox');
    expect(node?.expanded).to.equal(true);
    expect((await tab())?.id).to.equal('livraison');
    expect(new FormData(form).has('livraison')).to.equal(true);
  });

  it('follows a gouv-checkbox, and a group named by for with when', async () => {
    const wrapper = await fixture(
      html`<form>
        <gouv-checkbox id="pro" label="Je suis un professionnel" name="pro"></gouv-checkbox>
        <gouv-conditional-reveal for="pro"
          ><gouv-input label="SIRET" name="siret"></gouv-input
        ></gouv-conditional-reveal>
        <gouv-checkbox-group id="aides" label="Aides" name="aides">
          <option value="logement">Aide au logement</option>
          <option value="autre">Autre</option>
        </gouv-checkbox-group>
        <gouv-conditional-reveal for="aides" when="autre"
          ><gouv-input label="Précisez" name="precision"></gouv-input
        ></gouv-conditional-reveal>
      </form>`,
    );
    await ready(wrapper);
    const [pro, autre] = [...wrapper.querySelectorAll<GouvConditionalReveal>('gouv-conditional-reveal')];
    expect(pro!.hidden).to.equal(true);
    wrapper.querySelector<HTMLInputElement>('gouv-checkbox input')!.click();
    await ready(wrapper);
    expect(pro!.hidden).to.equal(false);
    const boxes = wrapper.querySelectorAll<HTMLInputElement>('gouv-checkbox-group input');
    boxes[0]!.click();
    await ready(wrapper);
    expect(autre!.hidden).to.equal(true);
    boxes[1]!.click();
    await ready(wrapper);
    expect(autre!.hidden).to.equal(false);
    expect(boxes[1]!.getAttribute('aria-expanded')).to.equal('true');
  });

  it('matches hostile option values as plain text, and warns when it finds no trigger', async () => {
    const evil = '"] , * <img src=x onerror=alert(1)>';
    const warnings = captureWarnings();
    try {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <gouv-radio-group label="Q" name="q" .options=${[{ value: evil, label: evil }]}>
            <gouv-conditional-reveal when=${evil}><p>Révélé</p></gouv-conditional-reveal>
          </gouv-radio-group>
          <gouv-conditional-reveal for="nulle-part"><p>Jamais</p></gouv-conditional-reveal>
        </form>`,
      );
      await ready(form);
      form.querySelector<HTMLInputElement>('input[type="radio"]')!.click();
      await ready(form);
      const [reveal, orphan] = [...form.querySelectorAll<GouvConditionalReveal>('gouv-conditional-reveal')];
      expect(reveal!.hidden).to.equal(false);
      expect(form.querySelector('img')).to.equal(null);
      expect(orphan!.hidden).to.equal(true);
      expect(warnings.messages.join('\n')).to.contain('déclencheur');
    } finally {
      warnings.restore();
    }
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation, closed or open (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-radio-group label="Contact" name="contact" value="courriel">
            <option value="courriel">Par courriel</option>
            <option value="telephone">Par téléphone</option>
            <gouv-conditional-reveal when="courriel"
              ><gouv-input
                label="Adresse électronique"
                name="email"
                type="email"
                autocomplete="email"
              ></gouv-input
            ></gouv-conditional-reveal>
            <gouv-conditional-reveal when="telephone"
              ><gouv-input label="Téléphone" name="tel" type="tel" autocomplete="tel"></gouv-input
            ></gouv-conditional-reveal>
          </gouv-radio-group>
          <gouv-toggle id="t" label="Rappel" name="rappel" checked></gouv-toggle>
          <gouv-conditional-reveal for="t"
            ><gouv-input
              label="Téléphone de rappel"
              name="rappel-tel"
              type="tel"
              autocomplete="tel"
            ></gouv-input
          ></gouv-conditional-reveal>
          <gouv-checkbox id="c" label="Autre adresse" name="autre" checked></gouv-checkbox>
          <gouv-conditional-reveal for="c"
            ><gouv-input label="Adresse" name="adresse" autocomplete="street-address"></gouv-input
          ></gouv-conditional-reveal>
        </form>`,
      );
      await ready(wrapper);
      await expectNoAxeViolations(wrapper);
    });
  }
});
