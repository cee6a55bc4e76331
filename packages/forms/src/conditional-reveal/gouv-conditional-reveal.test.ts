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
import '../conditional-reveal.js';
import '../radio-group.js';
import '../checkbox-group.js';
import '../checkbox.js';
import '../input.js';
import '../toggle.js';
import type { GouvRadioGroup } from '../radio-group/gouv-radio-group.js';
import type { GouvConditionalReveal } from './gouv-conditional-reveal.js';

/** Waits for every gouvkit element inside `root` to finish updating (twice: a reveal's change updates the fields). */
async function ready(root: ParentNode) {
  for (let round = 0; round < 2; round++) {
    await Promise.resolve();
    const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('gouv-'));
    await Promise.all(elements.map((e) => (e as GouvConditionalReveal).updateComplete));
  }
}

/** Hidden from view and from assistive technologies. */
const shown = (reveal: GouvConditionalReveal) => getComputedStyle(reveal).display !== 'none';

const controls = (input: HTMLInputElement) =>
  (input as HTMLInputElement & { ariaControlsElements: Element[] | null }).ariaControlsElements ?? [];

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
    // Where the page put them: the reveals are still the group's own children.
    expect(email.parentElement).to.equal(group);
    expect(tel.parentElement).to.equal(group);
    // Shown in the slot right after their option's row.
    expect(email.assignedSlot?.previousElementSibling?.getAttribute('name')).to.equal('option:courriel');
    expect(tel.assignedSlot?.previousElementSibling?.getAttribute('name')).to.equal('option:telephone');
    expect(shown(email)).to.equal(false);
    expect(email.open).to.equal(false);
    expect(email.querySelector('input')!.matches(':disabled')).to.equal(true);
    expect(controls(radios[0]!)).to.deep.equal([email]);
    expect(radios[0]!.hasAttribute('aria-expanded')).to.equal(false);

    radios[0]!.click();
    await ready(form);
    expect(shown(email)).to.equal(true);
    expect(email.open).to.equal(true);
    expect(email.querySelector('input')!.matches(':disabled')).to.equal(false);
    expect(shown(tel)).to.equal(false);
    // On screen too: between the first and the second option.
    const top = email.getBoundingClientRect().top;
    expect(top).to.be.greaterThan(radios[0]!.getBoundingClientRect().bottom);
    expect(top).to.be.lessThan(radios[1]!.getBoundingClientRect().top);

    radios[1]!.click();
    await ready(form);
    expect(shown(email)).to.equal(false);
    expect(shown(tel)).to.equal(true);
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
    expect(shown(email)).to.equal(true);
    expect(await tab()).to.equal(email.querySelector('input'));
    await tab(1, true);
    await press('ArrowDown');
    await ready(form);
    expect(shown(email)).to.equal(false);
    expect(shown(tel)).to.equal(true);
    expect(await tab()).to.equal(tel.querySelector('input'));
  });

  it('hides again on form reset, and follows a value set by script', async () => {
    const { form, group, email, radios } = await contactForm();
    radios[0]!.click();
    await ready(form);
    form.reset();
    await ready(form);
    expect(shown(email)).to.equal(false);
    group.value = 'courriel';
    await ready(form);
    expect(shown(email)).to.equal(true);
  });

  it("follows a native checkbox named by for, toggled with Space, and leaves the page's nodes as they are", async () => {
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
    expect(shown(reveal)).to.equal(false);
    box.focus();
    await press('Space');
    await ready(form);
    expect(shown(reveal)).to.equal(true);
    expect((await tab())?.id).to.equal('livraison');
    expect(new FormData(form).has('livraison')).to.equal(true);
    // The page's checkbox and the page's reveal get no attribute from the element.
    expect(box.getAttributeNames().sort()).to.deep.equal(['id', 'name', 'type']);
    expect(reveal.getAttributeNames()).to.deep.equal(['for']);
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
    expect(shown(pro!)).to.equal(false);
    const proBox = wrapper.querySelector<HTMLInputElement>('gouv-checkbox input')!;
    expect(proBox.getAttribute('aria-expanded')).to.equal('false');
    expect(controls(proBox)).to.deep.equal([pro]);
    proBox.click();
    await ready(wrapper);
    expect(shown(pro!)).to.equal(true);
    expect(proBox.getAttribute('aria-expanded')).to.equal('true');
    const node = await findA11yNode((n) => n.role === 'checkbox' && n.name === 'Je suis un professionnel');
    expect(node?.expanded).to.equal(true);
    const boxes = wrapper.querySelectorAll<HTMLInputElement>('gouv-checkbox-group input');
    boxes[0]!.click();
    await ready(wrapper);
    expect(shown(autre!)).to.equal(false);
    boxes[1]!.click();
    await ready(wrapper);
    expect(shown(autre!)).to.equal(true);
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
      expect(shown(reveal!)).to.equal(true);
      expect(form.querySelector('img')).to.equal(null);
      // Without a trigger, the content stays as the page wrote it, visible (a warning says why).
      expect(shown(orphan!)).to.equal(true);
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
