import {
  captureWarnings,
  collectA11yNodes,
  accessibilityTree,
  deepActiveElement,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  type,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import '../date-input.js';
import type { GouvDateInput } from './gouv-date-input.js';

const boxes = (el: GouvDateInput) => [...el.querySelectorAll<HTMLInputElement>('input.gouv-input')];
const invalidParts = (el: GouvDateInput) =>
  boxes(el).map((box) => box.getAttribute('aria-invalid') === 'true');
const settle = async (el: GouvDateInput) => {
  await el.updateComplete;
  await el.updateComplete;
};

async function inForm(template: unknown) {
  const { form, el, submissions } = await fieldInForm(template, 'gouv-date-input', { submitButton: true });
  await settle(el);
  const [day, month, year] = boxes(el) as [HTMLInputElement, HTMLInputElement, HTMLInputElement];
  return { form, el, day, month, year, submitted: () => submissions.at(-1) ?? null };
}

/** Types a date box by box, with Tab between the boxes, as a keyboard user does. */
async function typeDate(el: GouvDateInput, day: string, month: string, year: string) {
  boxes(el)[0]!.focus();
  await type(day);
  await press('Tab');
  await type(month);
  await press('Tab');
  await type(year);
  await settle(el);
}

describe('gouv-date-input', () => {
  it('is a fieldset named by its legend, with three labelled numeric boxes and a default example', async () => {
    const { el, day, month, year } = await inForm(
      html`<gouv-date-input
        label="Date de naissance"
        name="naissance"
        autocomplete="bday"
      ></gouv-date-input>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(el.querySelector('legend')!.textContent!.trim()).to.equal('Date de naissance');
    expect([day, month, year].map((b) => b.labels![0]!.textContent!.trim())).to.deep.equal([
      'Jour',
      'Mois',
      'Année',
    ]);
    expect([day, month, year].map((b) => b.autocomplete)).to.deep.equal([
      'bday-day',
      'bday-month',
      'bday-year',
    ]);
    expect(
      [day, month, year].every((b) => b.inputMode === 'numeric' && b.type === 'text' && !b.name),
    ).to.equal(true);
    const group = await findA11yNode((n) => n.role === 'group');
    expect(group?.name).to.equal('Date de naissance');
    expect(plainText(group?.description)).to.equal('Par exemple : 14 07 1990');
    const tree = await accessibilityTree();
    expect(collectA11yNodes(tree, (n) => n.role === 'textbox').map((n) => n.name)).to.deep.equal([
      'Jour',
      'Mois',
      'Année',
    ]);
  });

  it('submits the ISO date under its name, typed with the keyboard, month names included', async () => {
    const { form, el, submitted } = await inForm(
      html`<gouv-date-input label="Date d’arrivée" name="arrivee"></gouv-date-input>`,
    );
    await typeDate(el, '14', '7', '1990');
    expect(el.value).to.equal('1990-07-14');
    expect(new FormData(form).get('arrivee')).to.equal('1990-07-14');
    el.inputFor('month')!.select();
    await type('mars');
    await settle(el);
    expect(new FormData(form).get('arrivee')).to.equal('1990-03-14');
    form.requestSubmit();
    await settle(el);
    expect(submitted()?.get('arrivee')).to.equal('1990-03-14');
    expect([...submitted()!.keys()]).to.deep.equal(['arrivee']);
  });

  it('never moves the focus from a box by itself', async () => {
    const { el, day } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    day.focus();
    await type('14');
    await settle(el);
    expect(deepActiveElement()).to.equal(day);
  });

  it('shows « La date doit être une date réelle » for 31/02, highlights the day and blocks submission', async () => {
    const { form, el, day, submitted } = await inForm(
      html`<gouv-date-input label="Date du rendez-vous" name="rdv"></gouv-date-input>`,
    );
    await typeDate(el, '31', '02', '2025');
    expect(el.value).to.equal('');
    form.requestSubmit();
    await settle(el);
    expect(submitted()).to.equal(null);
    expect(errorText(el)).to.equal('Erreur : La date doit être une date réelle');
    expect(invalidParts(el)).to.deep.equal([true, false, false]);
    expect(el.validationMessage).to.equal('La date doit être une date réelle');
    expect(el.checkValidity()).to.equal(false);
    const box = await findA11yNode((n) => n.role === 'textbox' && n.name === 'Jour');
    expect(box?.invalid).to.equal('true');
    const group = await findA11yNode((n) => n.role === 'group');
    expect(plainText(group?.description)).to.contain('La date doit être une date réelle');
    el.focus();
    expect(deepActiveElement()).to.equal(day);
  });

  it('names the missing part, highlights it and sends the focus to it', async () => {
    const { el, year } = await inForm(
      html`<gouv-date-input label="Date de naissance" autocomplete="bday"></gouv-date-input>`,
    );
    await typeDate(el, '14', '07', '');
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : Saisissez l’année de la date de naissance');
    expect(invalidParts(el)).to.deep.equal([false, false, true]);
    expect(deepActiveElement()).to.equal(year);
  });

  it('shows the error on leaving the group, not when moving between its boxes', async () => {
    const { el } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    await typeDate(el, '32', '', '');
    expect(el.querySelector('.gouv-error')).to.equal(null); // the focus is still in the group
    await press('Tab');
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : Saisissez le mois et l’année de la date');
    expect(invalidParts(el)).to.deep.equal([false, true, true]);
  });

  it('asks for a 4-digit year', async () => {
    const { el } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    await typeDate(el, '14', '07', '90');
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : L’année doit comporter 4 chiffres');
    expect(invalidParts(el)).to.deep.equal([false, false, true]);
  });

  it('refuses a future birth date with not-in-future', async () => {
    const { form, el, submitted } = await inForm(
      html`<gouv-date-input label="Date de naissance" name="naissance" autocomplete="bday" not-in-future>
      </gouv-date-input>`,
    );
    const next = new Date().getFullYear() + 1;
    await typeDate(el, '01', '01', String(next));
    form.requestSubmit();
    await settle(el);
    expect(submitted()).to.equal(null);
    expect(errorText(el)).to.equal('Erreur : La date de naissance doit être dans le passé');
    expect(invalidParts(el)).to.deep.equal([true, true, true]);
    el.value = '1990-07-14';
    await settle(el);
    expect(el.querySelector('.gouv-error')).to.equal(null);
    form.requestSubmit();
    expect(submitted()!.get('naissance')).to.equal('1990-07-14');
  });

  it('quotes the limits and the age in its messages', async () => {
    const { el } = await inForm(
      html`<gouv-date-input label="Date de début" min="2000-01-01" value="1999-12-31"></gouv-date-input>`,
    );
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : La date doit être le 1er janvier 2000 ou après');
    el.max = '2000-12-31';
    await settle(el);
    expect(errorText(el)).to.equal(
      'Erreur : La date doit être entre le 1er janvier 2000 et le 31 décembre 2000',
    );
    el.min = undefined;
    el.max = undefined;
    el.minAge = 18;
    el.value = `${new Date().getFullYear() - 1}-01-01`;
    await settle(el);
    expect(errorText(el)).to.match(
      /^Erreur : La personne doit avoir au moins 18 ans : la date de naissance doit/,
    );
  });

  it('requires a date when required', async () => {
    const { form, el, submitted } = await inForm(
      html`<gouv-date-input
        label="Date de naissance"
        name="n"
        required
        autocomplete="bday"
      ></gouv-date-input>`,
    );
    expect(boxes(el).every((b) => b.getAttribute('aria-required') === 'true')).to.equal(true);
    form.requestSubmit();
    await settle(el);
    expect(submitted()).to.equal(null);
    expect(errorText(el)).to.equal('Erreur : Saisissez la date de naissance');
    expect(invalidParts(el)).to.deep.equal([true, true, true]);
  });

  it('goes back to its initial date on reset', async () => {
    const { form, el, day, month, year } = await inForm(
      html`<gouv-date-input label="Date" name="d" value="2024-02-29"></gouv-date-input>`,
    );
    expect([day.value, month.value, year.value]).to.deep.equal(['29', '02', '2024']);
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
    await typeDate(el, '', '', '');
    day.select();
    await type('30');
    await settle(el);
    el.reportValidity();
    await settle(el);
    expect(el.querySelector('.gouv-error')).to.not.equal(null);
    form.reset();
    await settle(el);
    expect(el.value).to.equal('2024-02-29');
    expect([day.value, month.value, year.value]).to.deep.equal(['29', '02', '2024']);
    expect(new FormData(form).get('d')).to.equal('2024-02-29');
    expect(el.querySelector('.gouv-error')).to.equal(null);
  });

  it('restores what was typed when the browser restores the form', async () => {
    const { el, day, month, year } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    el.formStateRestoreCallback(JSON.stringify(['3', 'mars', '']));
    await settle(el);
    expect([day.value, month.value, year.value]).to.deep.equal(['3', 'mars', '']);
    el.formStateRestoreCallback('2001-09-11');
    await settle(el);
    expect(el.value).to.equal('2001-09-11');
    el.formStateRestoreCallback('{ pas du JSON');
    await settle(el);
    expect(el.value).to.equal('2001-09-11');
  });

  it('takes an ISO value by script, and warns about anything else', async () => {
    const { el, day, month, year } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    el.value = '1990-07-14';
    await settle(el);
    expect([day.value, month.value, year.value]).to.deep.equal(['14', '07', '1990']);
    const warnings = captureWarnings();
    try {
      el.value = '14/07/1990';
      await settle(el);
      el.min = '01/01/2000';
      el.value = '1999-12-31';
      await settle(el);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.join()).to.contain('value="14/07/1990" n’est pas une date ISO AAAA-MM-JJ');
    expect(warnings.messages.join()).to.contain('min="01/01/2000"');
    expect(el.checkValidity()).to.equal(true); // the unreadable limit is ignored
    el.value = '';
    await settle(el);
    expect([day.value, month.value, year.value]).to.deep.equal(['', '', '']);
  });

  it('is not submitted inside a disabled fieldset, nor when disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled>
          <gouv-date-input label="A" name="a" value="2000-01-01"></gouv-date-input>
        </fieldset>
        <gouv-date-input label="B" name="b" value="2000-01-01" disabled></gouv-date-input>
        <gouv-date-input label="C" name="c" value="2000-01-01"></gouv-date-input>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('gouv-date-input')];
    await settle(a!);
    await settle(b!);
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(data.get('c')).to.equal('2000-01-01');
    expect(boxes(a!).every((box) => box.matches(':disabled'))).to.equal(true);
    expect(boxes(b!).every((box) => box.disabled)).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('shows a server error on every box until the date changes', async () => {
    const { el, day } = await inForm(
      html`<gouv-date-input
        label="Date"
        value="2024-01-01"
        error="Ce créneau n’est plus disponible"
      ></gouv-date-input>`,
    );
    expect(errorText(el)).to.contain('Ce créneau n’est plus disponible');
    expect(invalidParts(el)).to.deep.equal([true, true, true]);
    day.select();
    await type('2');
    await settle(el);
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(invalidParts(el)).to.deep.equal([false, false, false]);
  });

  it('runs the page’s validators on the ISO date, after its own check', async () => {
    const { el } = await inForm(html`<gouv-date-input label="Date"></gouv-date-input>`);
    const seen: string[] = [];
    el.validators = [
      (iso) => {
        seen.push(iso);
        return new Date(`${iso}T12:00:00Z`).getUTCDay() === 0 ? 'Choisissez un jour ouvré' : null;
      },
    ];
    el.value = '2025-06-15'; // a Sunday
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : Choisissez un jour ouvré');
    el.value = '2025-02-30';
    await settle(el);
    expect(seen.every((iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso))).to.equal(true);
  });

  it('takes a subject and per-instance messages', async () => {
    const { el } = await inForm(
      html`<gouv-date-input
        label="Date d’effet"
        subject="la date d’effet"
        .strings=${{ day: 'Jour (JJ)', 'date.yearDigits': 'Saisissez l’année en entier, par exemple 2025' }}
      ></gouv-date-input>`,
    );
    expect(el.inputFor('day')!.labels![0]!.textContent).to.equal('Jour (JJ)');
    await typeDate(el, '', '3', '2025');
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Erreur : Saisissez le jour de la date d’effet');
    el.value = '';
    await settle(el);
    await typeDate(el, '1', '3', '25');
    expect(errorText(el)).to.equal('Erreur : Saisissez l’année en entier, par exemple 2025');
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-date-input label="Date of birth" autocomplete="bday"></gouv-date-input></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-date-input')!;
    await settle(el);
    expect(boxes(el).map((b) => b.labels![0]!.textContent)).to.deep.equal(['Day', 'Month', 'Year']);
    expect(el.querySelector('.gouv-hint')!.textContent).to.equal('For example, 14 7 1990');
    await typeDate(el, '29', '2', '2023');
    el.reportValidity();
    await settle(el);
    expect(errorText(el)).to.equal('Error: The date of birth must be a real date');
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-date-input label=${evil} hint=${evil} error=${evil} subject=${evil}></gouv-date-input>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('legend')!.textContent).to.contain('<img');
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
          <gouv-date-input label="Vide" name="a"></gouv-date-input>
          <gouv-date-input label="Remplie" name="b" value="1990-07-14" autocomplete="bday"></gouv-date-input>
          <gouv-date-input
            label="Avec aide"
            name="c"
            hint="La date figurant sur le document"
          ></gouv-date-input>
          <gouv-date-input label="En erreur" name="d" error="Saisissez une date de 2025"></gouv-date-input>
          <gouv-date-input label="Désactivée" name="e" value="2000-01-01" disabled></gouv-date-input>
          <gouv-date-input label="Obligatoire" name="f" required></gouv-date-input>
          <gouv-date-input label="Jour erroné" name="g" min="2000-01-01"></gouv-date-input>
        </form>`,
      );
      const fields = [...wrapper.querySelectorAll('gouv-date-input')];
      await Promise.all(fields.map(settle));
      const wrong = fields.at(-1)!;
      wrong.value = '1999-01-01';
      wrong.reportValidity();
      await settle(wrong);
      expect(wrong.querySelector('.gouv-error')).to.not.equal(null);
      await expectNoAxeViolations(wrapper);
    });
  }
});
