import {
  captureWarnings,
  collectA11yNodes,
  accessibilityTree,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  press,
  tab,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import '../radio-group.js';
import type { GouvRadioGroup } from './gouv-radio-group.js';

const radiosOf = (el: GouvRadioGroup) => [...el.querySelectorAll<HTMLInputElement>('input[type="radio"]')];

const contactOptions = html`
  <option value="courriel" data-hint="Réponse sous 48 heures">Par courriel</option>
  <option value="telephone">Par téléphone</option>
  <option value="courrier">Par courrier</option>
`;

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-radio-group');
  return { form, el, radios: radiosOf(el) };
}

describe('gouv-radio-group', () => {
  it('renders a fieldset named by its legend, with one native radio per child <option>', async () => {
    const { el, radios } = await inForm(
      html`<gouv-radio-group
        label="Comment souhaitez-vous être contacté ?"
        hint="Une seule réponse"
        name="contact"
        >${contactOptions}</gouv-radio-group
      >`,
    );
    // The page's <option> elements stay where they are, hidden: the rows are the element's own.
    const authored = [...el.children].filter((child) => child.localName === 'option');
    expect(authored).to.have.length(3);
    expect(authored.every((option) => getComputedStyle(option).display === 'none')).to.equal(true);
    expect(radios.map((r) => r.value)).to.deep.equal(['courriel', 'telephone', 'courrier']);
    expect(radios.every((r) => r.name === 'contact')).to.equal(true);
    const group = await findA11yNode((n) => n.role === 'radiogroup');
    expect(group?.name).to.equal('Comment souhaitez-vous être contacté ?');
    expect(group?.description).to.equal('Une seule réponse');
    const first = await findA11yNode((n) => n.role === 'radio' && n.name === 'Par courriel');
    expect(first?.description).to.equal('Réponse sous 48 heures');
    expect(first?.checked).to.equal('false');
  });

  it('takes options from the property, and submits and resets the chosen value', async () => {
    const options = [
      { value: 'oui', label: 'Oui' },
      { value: 'non', label: 'Non' },
    ];
    const { form, el, radios } = await inForm(
      html`<gouv-radio-group
        label="Avez-vous un numéro fiscal ?"
        name="fiscal"
        value="non"
        .options=${options}
      ></gouv-radio-group>`,
    );
    expect(new FormData(form).get('fiscal')).to.equal('non');
    radios[0]!.click();
    await el.updateComplete;
    expect(el.value).to.equal('oui');
    expect(new FormData(form).get('fiscal')).to.equal('oui');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('non');
    expect(radios[1]!.checked).to.equal(true);
  });

  it('takes the initial choice from <option selected>, and follows value set by script', async () => {
    const { form, el, radios } = await inForm(
      html`<gouv-radio-group label="Q" name="q">
        <option value="a">A</option>
        <option value="b" selected>B</option>
      </gouv-radio-group>`,
    );
    expect(el.value).to.equal('b');
    el.value = 'a';
    await el.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    expect(new FormData(form).get('q')).to.equal('a');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('b');
  });

  it('moves the choice with the arrow keys, and is one Tab stop', async () => {
    const { el, radios } = await inForm(html`
      <button type="button">Avant</button>
      <gouv-radio-group label="Contact" name="contact">${contactOptions}</gouv-radio-group>
      <button type="button">Après</button>
    `);
    (el.previousElementSibling as HTMLElement).focus();
    expect(await tab()).to.equal(radios[0]);
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('telephone');
    expect(document.activeElement).to.equal(radios[1]);
    await press('ArrowDown');
    await el.updateComplete;
    expect(el.value).to.equal('courrier');
    await press('ArrowUp');
    await el.updateComplete;
    expect(el.value).to.equal('telephone');
    const after = await tab();
    expect(after).to.equal(el.nextElementSibling);
    expect(await tab(1, true)).to.equal(radios[1]);
  });

  it('blocks submission when required with « Sélectionnez une option », and clears it when chosen', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-radio-group label="Contact" name="contact" required>${contactOptions}</gouv-radio-group>
      </form>`,
    );
    const el = form.querySelector('gouv-radio-group')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(el)).to.equal('Erreur : Sélectionnez une option');
    expect(el.validationMessage).to.equal('Sélectionnez une option');
    const group = await findA11yNode((n) => n.role === 'radiogroup');
    expect(group?.description).to.contain('Sélectionnez une option');
    const radio = await findA11yNode((n) => n.role === 'radio');
    expect(radio?.invalid).to.equal('true');
    expect(radiosOf(el).every((r) => r.required)).to.equal(true);
    radiosOf(el)[2]!.click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('is not submitted when disabled or inside a disabled fieldset; a disabled option cannot be chosen', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <gouv-radio-group label="A" name="a" value="x"><option value="x">X</option></gouv-radio-group>
        </fieldset>
        <gouv-radio-group label="B" name="b" value="x" disabled
          ><option value="x">X</option></gouv-radio-group
        >
        <gouv-radio-group label="C" name="c">
          <option value="x">X</option>
          <option value="y" disabled>Y</option>
        </gouv-radio-group>
      </form>`,
    );
    const groups = [...form.querySelectorAll('gouv-radio-group')];
    await Promise.all(groups.map((g) => g.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(radiosOf(groups[2]!)[1]!.disabled).to.equal(true);
    const y = await findA11yNode((n) => n.role === 'radio' && n.name === 'Y');
    expect(y?.disabled).to.equal(true);
  });

  it('renders tile radios with a decorative image, chosen by a click anywhere on the tile', async () => {
    const { el, radios } = await inForm(
      html`<gouv-radio-group label="Type de logement" name="logement" variant="tile">
        <option
          value="maison"
          data-image="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'/%3E"
          data-hint="Avec ou sans jardin"
        >
          Maison
        </option>
        <option value="appartement">Appartement</option>
      </gouv-radio-group>`,
    );
    expect(el.querySelectorAll('.gouv-choice--tile')).to.have.length(2);
    const img = el.querySelector('.gouv-choice__image img') as HTMLImageElement;
    expect(img.alt).to.equal('');
    const tile = el.querySelector('.gouv-choice--tile') as HTMLElement;
    const box = tile.getBoundingClientRect();
    // A click near the tile's far edge, on the image area, still chooses the option.
    const target = document.elementFromPoint(box.right - 10, box.top + box.height / 2) as HTMLElement;
    target.click();
    await el.updateComplete;
    expect(radios[0]!.checked).to.equal(true);
    const radio = await findA11yNode((n) => n.role === 'radio' && n.name === 'Maison');
    expect(radio?.description).to.equal('Avec ou sans jardin');
  });

  it('warns about an unknown variant and bad options, and still renders the good ones', async () => {
    const warnings = captureWarnings();
    try {
      const { el } = await inForm(
        html`<gouv-radio-group
          label="Q"
          name="q"
          variant="carte"
          .options=${[{ value: 'a', label: 'A' }, { value: 'a', label: 'Encore A' }, null]}
        ></gouv-radio-group>`,
      );
      expect(radiosOf(el)).to.have.length(1);
      expect(el.querySelector('.gouv-choice--tile')).to.equal(null);
      expect(warnings.messages.join('\n')).to.contain('variant="carte"');
      expect(warnings.messages.join('\n')).to.contain('en double');
    } finally {
      warnings.restore();
    }
  });

  it('keeps its radios together without a name', async () => {
    const warnings = captureWarnings();
    try {
      const { radios } = await inForm(
        html`<gouv-radio-group label="Q"
          ><option>A</option>
          <option>B</option></gouv-radio-group
        >`,
      );
      expect(radios[0]!.name).to.not.equal('');
      expect(radios[0]!.name).to.equal(radios[1]!.name);
    } finally {
      warnings.restore();
    }
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-radio-group label="Contact" name="c" required>${contactOptions}</gouv-radio-group></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-radio-group')!;
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Select an option');
    expect(document.activeElement).to.equal(radiosOf(el)[0]);
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-radio-group
        label=${evil}
        hint=${evil}
        error=${evil}
        name="q"
        .options=${[{ value: evil, label: evil, hint: evil }]}
      ></gouv-radio-group>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.querySelector('legend')!.textContent).to.contain('<img');
    expect(el.querySelector('.gouv-choice__label')!.textContent).to.contain('<img');
    expect(radiosOf(el)[0]!.value).to.equal(evil);
    expect(errorText(el)).to.contain('<img');
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'image')).to.have.length(0);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-radio-group label="Vide" name="a">${contactOptions}</gouv-radio-group>
          <gouv-radio-group label="Choisi" name="b" value="telephone">${contactOptions}</gouv-radio-group>
          <gouv-radio-group label="Avec aide" hint="Une précision" name="c" inline>
            <option value="oui">Oui</option>
            <option value="non">Non</option>
          </gouv-radio-group>
          <gouv-radio-group label="En erreur" name="d" error="Sélectionnez une option"
            >${contactOptions}</gouv-radio-group
          >
          <gouv-radio-group label="Désactivé" name="e" value="courriel" disabled
            >${contactOptions}</gouv-radio-group
          >
          <gouv-radio-group label="Obligatoire" name="f" required>${contactOptions}</gouv-radio-group>
          <gouv-radio-group label="Tuiles" name="g" variant="tile" value="maison">
            <option value="maison" data-hint="Avec ou sans jardin">Maison</option>
            <option value="appartement">Appartement</option>
            <option value="autre" disabled>Autre</option>
          </gouv-radio-group>
          <gouv-radio-group
            label="Tuiles en erreur"
            name="h"
            variant="tile"
            inline
            error="Choisissez un logement"
          >
            <option value="maison">Maison</option>
            <option value="appartement">Appartement</option>
          </gouv-radio-group>
        </form>`,
      );
      await Promise.all([...wrapper.querySelectorAll('gouv-radio-group')].map((e) => e.updateComplete));
      await expectNoAxeViolations(wrapper);
    });
  }
});
