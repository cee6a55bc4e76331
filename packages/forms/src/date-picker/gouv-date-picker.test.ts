import {
  accessibilityTree,
  collectA11yNodes,
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  type,
  type A11yNode,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { setViewport } from '@web/test-runner-commands';
import '../date-picker.js';
import type { GouvDatePicker } from './gouv-date-picker.js';

type Node = A11yNode & { selected?: boolean };

const settle = async (el: GouvDatePicker) => {
  await el.updateComplete;
  await el.updateComplete;
};
const focusedDate = () => (deepActiveElement() as HTMLElement | null)?.dataset.date;

async function inForm(template: unknown) {
  const { form, el, submissions } = await fieldInForm(template, 'gouv-date-picker', { submitButton: true });
  await settle(el);
  return { form, el, input: el.input!, button: el.button!, submitted: () => submissions.at(-1) ?? null };
}

/** Opens the calendar with the keyboard alone: Tab from the box to the button, then Enter. */
async function openWithKeyboard(el: GouvDatePicker) {
  el.input!.focus();
  await press('Tab');
  expect(deepActiveElement()).to.equal(el.button);
  await press('Enter');
  await settle(el);
  expect(el.dialog!.open).to.equal(true);
}

describe('gouv-date-picker', () => {
  afterEach(async () => {
    // A test that failed with the calendar open must not leave a modal dialog over the next ones.
    document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close());
    await setViewport({ width: 800, height: 600 });
  });

  it('is a labelled text box with its format hint and a « Choisir une date » button', async () => {
    const { el, input, button } = await inForm(
      html`<gouv-date-picker label="Date du rendez-vous" name="rdv"></gouv-date-picker>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.name).to.equal('');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Date du rendez-vous');
    expect(button.type).to.equal('button');
    const box = await findA11yNode((n) => n.role === 'textbox');
    expect(box?.name).to.equal('Date du rendez-vous');
    expect(plainText(box?.description)).to.equal('Format attendu : JJ/MM/AAAA. Par exemple : 14/07/2025');
    const toggle = await findA11yNode((n) => n.role === 'button' && n.name === 'Choisir une date');
    expect(toggle).to.not.equal(null);
  });

  it('submits the ISO date however it is typed', async () => {
    const { form, el, input, submitted } = await inForm(
      html`<gouv-date-picker label="Date" name="date"></gouv-date-picker>`,
    );
    input.focus();
    await type('14/07/2025');
    await settle(el);
    expect(el.value).to.equal('2025-07-14');
    expect(new FormData(form).get('date')).to.equal('2025-07-14');
    for (const text of ['14 juillet 2025', '14072025', '2025-07-14', '14.7.2025']) {
      input.select();
      await type(text);
      await settle(el);
      expect(new FormData(form).get('date'), text).to.equal('2025-07-14');
    }
    form.requestSubmit();
    expect(submitted()!.get('date')).to.equal('2025-07-14');
    expect([...submitted()!.keys()]).to.deep.equal(['date']);
  });

  it('shows « La date doit être une date réelle » for 31/02 and blocks submission', async () => {
    const { form, el, input, submitted } = await inForm(
      html`<gouv-date-picker label="Date" name="date"></gouv-date-picker>`,
    );
    input.focus();
    await type('31/02/2025');
    form.requestSubmit();
    await settle(el);
    expect(submitted()).to.equal(null);
    expect(errorText(el)).to.equal('Erreur : La date doit être une date réelle');
    const box = await findA11yNode((n) => n.role === 'textbox');
    expect(box?.invalid).to.equal('true');
    expect(plainText(box?.description)).to.contain('La date doit être une date réelle');
    input.select();
    await type('14/07');
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : Saisissez l’année de la date');
  });

  it('refuses a future birth date with not-in-future, and greys the future in the calendar', async () => {
    const { form, el, input, submitted } = await inForm(
      html`<gouv-date-picker
        label="Date de naissance"
        name="n"
        not-in-future
        autocomplete="bday"
      ></gouv-date-picker>`,
    );
    expect(input.autocomplete).to.equal('bday');
    input.focus();
    await type(`01/01/${new Date().getFullYear() + 1}`);
    form.requestSubmit();
    await settle(el);
    expect(submitted()).to.equal(null);
    expect(errorText(el)).to.equal('Erreur : La date de naissance doit être dans le passé');
    input.select();
    await type('');
    await press('Backspace');
    await settle(el);
    await el.showPicker();
    await settle(el);
    const today = focusedDate()!;
    expect(el.querySelector(`td[data-date="${today}"]`)!.getAttribute('aria-current')).to.equal('date');
    await press('ArrowRight'); // tomorrow is not allowed: the focus stays on today
    await settle(el);
    expect(focusedDate()).to.equal(today);
    const tomorrow = el.querySelector<HTMLElement>(`td[data-date="${today}"]`)!.nextElementSibling;
    if (tomorrow?.hasAttribute('data-date')) expect(tomorrow.getAttribute('aria-disabled')).to.equal('true');
    const next = el.querySelector('.gouv-date-picker__nav[title="Mois suivant"]')!;
    expect(next.getAttribute('aria-disabled')).to.equal('true');
  });

  it('goes back to its initial date on reset', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-date-picker label="Date" name="d" value="2024-02-29"></gouv-date-picker>`,
    );
    expect(input.value).to.equal('29/02/2024');
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
    input.select();
    await type('30/02/2024');
    el.reportValidity();
    await settle(el);
    expect(el.querySelector('.gouv-error')).to.not.equal(null);
    form.reset();
    await settle(el);
    expect(input.value).to.equal('29/02/2024');
    expect(el.value).to.equal('2024-02-29');
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
    expect(el.querySelector('.gouv-error')).to.equal(null);
  });

  it('restores what was typed when the browser restores the form', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-date-picker label="Date" name="d"></gouv-date-picker>`,
    );
    el.formStateRestoreCallback('14 juillet 2025');
    await settle(el);
    expect(input.value).to.equal('14 juillet 2025');
    expect(new FormData(form).get('d')).to.equal('2025-07-14');
  });

  it('is used with the keyboard alone: open, arrows, Page Down, Enter, back on the button', async () => {
    const { form, el, input, button } = await inForm(
      html`<gouv-date-picker label="Date" name="date" value="2025-07-14"></gouv-date-picker>`,
    );
    await openWithKeyboard(el);
    expect(focusedDate()).to.equal('2025-07-14'); // the date typed has the focus
    await press('ArrowRight');
    expect(focusedDate()).to.equal('2025-07-15');
    await press('ArrowDown');
    expect(focusedDate()).to.equal('2025-07-22');
    await press('ArrowUp');
    await press('ArrowLeft');
    expect(focusedDate()).to.equal('2025-07-14');
    await press('PageDown');
    await settle(el);
    expect(focusedDate()).to.equal('2025-08-14');
    expect(el.querySelector('.gouv-date-picker__title')!.textContent!.trim()).to.equal('Août 2025');
    await press('Shift+PageUp');
    await settle(el);
    expect(focusedDate()).to.equal('2024-08-14');
    await press('Shift+PageDown');
    await press('PageUp');
    await press('PageDown');
    await settle(el);
    expect(focusedDate()).to.equal('2025-08-14'); // a Thursday
    await press('Home');
    expect(focusedDate()).to.equal('2025-08-11'); // Monday
    await press('End');
    expect(focusedDate()).to.equal('2025-08-17'); // Sunday
    await press('Enter');
    await settle(el);
    expect(el.dialog!.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
    expect(input.value).to.equal('17/08/2025');
    expect(new FormData(form).get('date')).to.equal('2025-08-17');
  });

  it('chooses with Space, closes with Escape without choosing', async () => {
    const { el, input, button } = await inForm(
      html`<gouv-date-picker label="Date" value="2025-07-14"></gouv-date-picker>`,
    );
    await openWithKeyboard(el);
    await press('ArrowRight');
    await press('Escape');
    await settle(el);
    expect(el.dialog!.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
    expect(input.value).to.equal('14/07/2025');
    await press('Enter');
    await settle(el);
    await press('ArrowLeft');
    await press('Space');
    await settle(el);
    expect(input.value).to.equal('13/07/2025');
    expect(deepActiveElement()).to.equal(button);
  });

  it('tabs through the month buttons, the grid and « Fermer », which keep the focus', async () => {
    const { el, button } = await inForm(
      html`<gouv-date-picker label="Date" value="2025-07-14"></gouv-date-picker>`,
    );
    await openWithKeyboard(el);
    await press('Shift+Tab');
    await press('Shift+Tab');
    const names = () => plainText(deepActiveElement()?.textContent);
    expect(names()).to.equal('Mois suivant');
    await press('Enter');
    await settle(el);
    expect(names()).to.equal('Mois suivant');
    expect(el.querySelector('.gouv-date-picker__title')!.textContent!.trim()).to.equal('Août 2025');
    await press('Shift+Tab');
    expect(names()).to.equal('Mois précédent');
    await press('Shift+Tab');
    expect(names()).to.equal('Année précédente');
    await press('Enter');
    await settle(el);
    expect(el.querySelector('.gouv-date-picker__title')!.textContent!.trim()).to.equal('Août 2024');
    await press('Tab');
    await press('Tab');
    await press('Tab');
    expect(names()).to.equal('Année suivante');
    await press('Tab');
    expect(focusedDate()).to.equal('2024-08-14');
    await press('Tab');
    expect(names()).to.equal('Fermer');
    await press('Enter');
    await settle(el);
    expect(el.dialog!.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button);
  });

  it('exposes a modal dialog, a grid named by its month and the selected day', async () => {
    const { el } = await inForm(html`<gouv-date-picker label="Date" value="2025-07-14"></gouv-date-picker>`);
    await openWithKeyboard(el);
    const tree = await accessibilityTree();
    const dialog = collectA11yNodes(tree, (n) => n.role === 'dialog')[0];
    expect(dialog?.name).to.equal('Choisir une date');
    expect(dialog?.modal).to.equal(true);
    const grid = collectA11yNodes(dialog!, (n) => n.role === 'grid')[0];
    expect(grid?.name).to.equal('Juillet 2025');
    const headers = collectA11yNodes(grid!, (n) => n.role === 'columnheader').map((n) => n.name);
    expect(headers[0]).to.equal('lundi');
    expect(headers[6]).to.equal('dimanche');
    const cells = collectA11yNodes(grid!, (n) => n.role === 'gridcell' && n.name !== '') as Node[];
    expect(cells).to.have.length(31);
    const chosen = cells.filter((n) => n.selected === true);
    expect(chosen.map((n) => n.name)).to.deep.equal(['lundi 14 juillet 2025']);
    expect(cells.find((n) => n.name === 'mardi 1er juillet 2025')?.focused).to.not.equal(true);
    for (const name of ['Année précédente', 'Mois précédent', 'Mois suivant', 'Année suivante', 'Fermer'])
      expect(
        collectA11yNodes(dialog!, (n) => n.role === 'button' && n.name === name),
        name,
      ).to.have.length(1);
  });

  it('disables the days outside min and max, and keeps the focus within them', async () => {
    const { el } = await inForm(
      html`<gouv-date-picker label="Date" min="2025-07-10" max="2025-08-05"></gouv-date-picker>`,
    );
    el.value = '2025-07-11';
    await settle(el);
    await el.showPicker();
    await settle(el);
    expect(el.querySelector('td[data-date="2025-07-09"]')!.getAttribute('aria-disabled')).to.equal('true');
    expect(el.querySelector('td[data-date="2025-07-10"]')!.hasAttribute('aria-disabled')).to.equal(false);
    await press('ArrowUp');
    expect(focusedDate()).to.equal('2025-07-10');
    await press('PageDown');
    await settle(el);
    expect(focusedDate()).to.equal('2025-08-05');
    const previous = el.querySelector('.gouv-date-picker__nav[title="Mois précédent"]')!;
    const nextYear = el.querySelector('.gouv-date-picker__nav[title="Année suivante"]')!;
    expect(previous.hasAttribute('aria-disabled')).to.equal(false);
    expect(nextYear.getAttribute('aria-disabled')).to.equal('true');
    // A disabled day can't be chosen with the mouse either.
    el.querySelector<HTMLElement>('td[data-date="2025-08-06"]')!.click();
    await settle(el);
    expect(el.dialog!.open).to.equal(true);
    el.querySelector<HTMLElement>('td[data-date="2025-08-04"]')!.click();
    await settle(el);
    expect(el.dialog!.open).to.equal(false);
    expect(el.value).to.equal('2025-08-04');
  });

  it('tells the page a day was chosen', async () => {
    const { el } = await inForm(html`<gouv-date-picker label="Date" value="2025-07-14"></gouv-date-picker>`);
    const events: string[] = [];
    el.addEventListener('input', () => events.push('input'));
    el.addEventListener('change', () => events.push(`change ${el.value}`));
    await el.showPicker();
    await settle(el);
    el.querySelector<HTMLElement>('td[data-date="2025-07-20"]')!.click();
    expect(events).to.deep.equal(['input', 'change 2025-07-20']);
  });

  it('fits a 320px screen, calendar included', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await inForm(
      html`<gouv-date-picker
        label="Date de début de votre contrat de travail"
        value="2025-09-14"
      ></gouv-date-picker>`,
    );
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    await el.showPicker();
    await settle(el);
    const box = el.dialog!.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(320);
    const grid = el.querySelector('table')!.getBoundingClientRect();
    expect(grid.right).to.be.at.most(box.right);
  });

  it('is not submitted inside a disabled fieldset, nor when disabled, and cannot open then', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <gouv-date-picker label="A" name="a" value="2000-01-01"></gouv-date-picker>
        </fieldset>
        <gouv-date-picker label="B" name="b" value="2000-01-01" disabled></gouv-date-picker>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('gouv-date-picker')];
    await settle(a!);
    await settle(b!);
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(a!.button!.matches(':disabled')).to.equal(true);
    expect(b!.button!.disabled).to.equal(true);
    await a!.showPicker();
    await b!.showPicker();
    expect(a!.dialog!.open || b!.dialog!.open).to.equal(false);
  });

  it('speaks English in an English page, Monday first', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-date-picker label="Appointment" value="2025-07-14"></gouv-date-picker></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-date-picker')!;
    await settle(el);
    expect(plainText(el.button!.textContent)).to.equal('Choose date');
    await el.showPicker();
    await settle(el);
    expect(el.dialog!.getAttribute('aria-label')).to.equal('Choose date');
    expect(el.querySelector('.gouv-date-picker__title')!.textContent!.trim()).to.equal('July 2025');
    expect(el.querySelector('th')!.getAttribute('abbr')).to.equal('Monday');
    el.closePicker();
    el.value = '';
    el.input!.focus();
    await type('31/02/2025');
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Error: The date must be a real date');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-date-picker
        label=${evil}
        hint=${evil}
        error=${evil}
        .strings=${{ choose: evil }}
      ></gouv-date-picker>`,
    );
    await el.showPicker();
    await settle(el);
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(el.dialog!.getAttribute('aria-label')).to.equal(evil);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-date-picker label="Vide" name="a"></gouv-date-picker>
          <gouv-date-picker label="Remplie" name="b" value="2025-07-14"></gouv-date-picker>
          <gouv-date-picker label="Avec aide" name="c" hint="Un jour ouvré"></gouv-date-picker>
          <gouv-date-picker
            label="En erreur"
            name="d"
            error="Ce créneau n’est plus disponible"
          ></gouv-date-picker>
          <gouv-date-picker label="Désactivée" name="e" value="2000-01-01" disabled></gouv-date-picker>
          <gouv-date-picker label="Obligatoire" name="f" required></gouv-date-picker>
          <gouv-date-picker label="Calendrier" name="g" value="2025-07-14" min="2025-07-03" max="2025-07-28">
          </gouv-date-picker>
        </form>`,
      );
      const fields = [...wrapper.querySelectorAll('gouv-date-picker')];
      await Promise.all(fields.map(settle));
      await expectNoAxeViolations(wrapper);
      const picker = fields.at(-1)!;
      await picker.showPicker();
      await settle(picker);
      expect(picker.dialog!.open).to.equal(true);
      await expectNoAxeViolations(picker.dialog!);
      picker.closePicker();
    });
  }
});
