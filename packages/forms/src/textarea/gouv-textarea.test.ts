import {
  fakeClock,
  expect,
  expectNoAxeViolations,
  findA11yNode,
  fixture,
  html,
  plainText,
  press,
  tab,
  type,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { formatMessage } from '@gouvkit/validators';
import '../textarea.js';
import { COUNT_ANNOUNCE_DELAY_MS, type GouvTextarea } from './gouv-textarea.js';

const textareaOf = (el: GouvTextarea) => el.querySelector<HTMLTextAreaElement>('textarea')!;
const countText = (el: GouvTextarea) => plainText(el.querySelector('.gouv-textarea-count')?.textContent);
const statusRegion = (el: GouvTextarea) => el.querySelector<HTMLElement>('[data-gouv-count-status]')!;

async function inForm(template: unknown) {
  const { form, el, submissions } = await fieldInForm(template, 'gouv-textarea');
  return { form, el, textarea: textareaOf(el), submitted: () => submissions.length };
}

/** Counts the writes to a live region: each one is an announcement. */
function watchWrites(region: Element) {
  const writes: string[] = [];
  const observer = new MutationObserver(() => writes.push(plainText(region.textContent)));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { writes: () => writes.filter(Boolean), stop: () => observer.disconnect() };
}

describe('gouv-textarea', () => {
  it('renders a native textarea, labelled, described by its hint then its count, in the light DOM', async () => {
    const { el, textarea } = await inForm(
      html`<gouv-textarea
        label="Votre message"
        hint="Décrivez votre situation"
        name="message"
        maxlength="200"
      ></gouv-textarea>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(textarea.labels![0]!.textContent!.trim()).to.equal('Votre message');
    expect(textarea.rows).to.equal(5);
    // No native limit: the user may go over, and is told so, rather than being cut off.
    expect(textarea.maxLength).to.equal(-1);
    expect(countText(el)).to.equal('Vous pouvez saisir encore 200 caractères');
    const node = await findA11yNode((n) => n.role === 'textbox');
    expect(node?.name).to.equal('Votre message');
    expect(node?.description).to.equal('Décrivez votre situation Vous pouvez saisir encore 200 caractères');
  });

  it('submits its value in FormData, multi-line, and goes back to its default on reset', async () => {
    const { form, el, textarea } = await inForm(
      html`<gouv-textarea
        label="Adresse"
        name="adresse"
        value="1 rue de la Paix"
        maxlength="50"
      ></gouv-textarea>`,
    );
    expect(new FormData(form).get('adresse')).to.equal('1 rue de la Paix');
    textarea.focus();
    await press('End');
    await press('Enter');
    await type('75002 Paris');
    expect(el.value).to.equal('1 rue de la Paix\n75002 Paris');
    expect(new FormData(form).get('adresse')).to.equal('1 rue de la Paix\n75002 Paris');
    expect(countText(el)).to.equal('Vous pouvez saisir encore 22 caractères');
    form.reset();
    await el.updateComplete;
    expect(textarea.value).to.equal('1 rue de la Paix');
    expect(el.value).to.equal('1 rue de la Paix');
    expect(countText(el)).to.equal('Vous pouvez saisir encore 34 caractères');
  });

  it('is not submitted inside a disabled fieldset, nor when disabled', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-textarea label="A" name="a" value="1"></gouv-textarea></fieldset>
        <gouv-textarea label="B" name="b" value="2" disabled></gouv-textarea>
        <gouv-textarea label="C" name="c" value="3" readonly></gouv-textarea>
      </form>`,
    );
    await Promise.all([...form.querySelectorAll('gouv-textarea')].map((e) => e.updateComplete));
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(data.get('c')).to.equal('3');
  });

  it('is used with the keyboard alone: Tab in, Enter for a new line, Tab out, Shift+Tab back', async () => {
    const { el, textarea } = await inForm(
      html`<button type="button">Avant</button>
        <gouv-textarea label="Message" name="m"></gouv-textarea>
        <button type="button">Après</button>`,
    );
    el.parentElement!.querySelector('button')!.focus();
    expect(await tab()).to.equal(textarea);
    await type('Bonjour');
    await press('Enter');
    await type('Merci');
    expect(el.value).to.equal('Bonjour\nMerci');
    expect((await tab())?.textContent).to.equal('Après');
    expect(await tab(1, true)).to.equal(textarea);
  });

  it('updates the count as the user types, and reads it once, after they pause', async () => {
    const { el, textarea } = await inForm(
      html`<gouv-textarea label="Motif" name="motif" maxlength="10"></gouv-textarea>`,
    );
    const region = statusRegion(el);
    expect(region.getAttribute('aria-live')).to.equal('polite');
    const log = watchWrites(region);
    const clock = await fakeClock();
    try {
      textarea.focus();
      await type('abc');
      await el.updateComplete;
      expect(countText(el)).to.equal('Vous pouvez saisir encore 7 caractères');
      expect(plainText(region.textContent)).to.equal(''); // nothing read while typing
      await clock.tick(COUNT_ANNOUNCE_DELAY_MS / 2);
      await type('defgh');
      await el.updateComplete;
      expect(countText(el)).to.equal('Vous pouvez saisir encore 2 caractères');
      expect(log.writes()).to.deep.equal([]);
      // A pause of a second after the last key: the count is read, once.
      await clock.tick(COUNT_ANNOUNCE_DELAY_MS);
      await el.updateComplete;
      expect(plainText(region.textContent)).to.equal('Vous pouvez saisir encore 2 caractères');
      await clock.tick(COUNT_ANNOUNCE_DELAY_MS * 2);
      expect(log.writes()).to.deep.equal(['Vous pouvez saisir encore 2 caractères']);
    } finally {
      clock.restore();
      log.stop();
    }
  });

  it('does not read the count after the user has left the field', async () => {
    const { el, textarea } = await inForm(
      html`<gouv-textarea label="Motif" maxlength="10"></gouv-textarea><button type="button">Suite</button>`,
    );
    const clock = await fakeClock();
    try {
      textarea.focus();
      await type('abc');
      await press('Tab');
      await clock.tick(COUNT_ANNOUNCE_DELAY_MS * 2);
      await el.updateComplete;
      expect(plainText(statusRegion(el).textContent)).to.equal('');
    } finally {
      clock.restore();
    }
  });

  it('lets the user go over the limit, says by how much, and blocks submission with a French message', async () => {
    const { form, el, textarea, submitted } = await inForm(
      html`<gouv-textarea label="Motif" name="motif" maxlength="10"></gouv-textarea><button>Envoyer</button>`,
    );
    textarea.focus();
    await type('abcdefghijklm');
    await el.updateComplete;
    expect(textarea.value).to.equal('abcdefghijklm'); // not cut
    expect(countText(el)).to.equal('Vous avez dépassé la limite de 3 caractères');
    expect(el.querySelector('.gouv-textarea-count--over')).to.not.equal(null);
    // No error while typing, but the form already won't submit.
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(textarea.validity.valid).to.equal(false);
    form.querySelector('button')!.click();
    await el.updateComplete;
    expect(submitted()).to.equal(0);
    const message = formatMessage('text.maxLength', { max: 10, length: 13 }, 'fr');
    expect(message).to.equal('Saisissez 10 caractères au maximum (vous en avez saisi 13)');
    expect(errorText(el)).to.equal(`Erreur : ${message}`);
    expect(textarea.validationMessage).to.equal(message);
    const node = await findA11yNode((n) => n.role === 'textbox');
    expect(node?.invalid).to.equal('true');
    expect(node?.description).to.contain('Vous avez dépassé la limite de 3 caractères');
    expect(node?.description).to.contain(message);
    // Back under the limit: the error clears and the form submits.
    textarea.focus();
    await press('Backspace');
    await press('Backspace');
    await press('Backspace');
    await el.updateComplete;
    expect(countText(el)).to.equal('Vous avez atteint la limite de caractères');
    expect(el.querySelector('.gouv-error')).to.equal(null);
    form.requestSubmit();
    expect(submitted()).to.equal(1);
  });

  it('chooses the singular or plural form of the count', async () => {
    const { el } = await inForm(html`<gouv-textarea label="Motif" maxlength="5"></gouv-textarea>`);
    const countFor = async (value: string) => {
      el.value = value;
      await el.updateComplete;
      return countText(el);
    };
    expect(await countFor('abcd')).to.equal('Vous pouvez saisir encore 1 caractère');
    expect(await countFor('abcde')).to.equal('Vous avez atteint la limite de caractères');
    expect(await countFor('abcdef')).to.equal('Vous avez dépassé la limite de 1 caractère');
    // « étés » typed with combining accents is 4 characters, not 6.
    expect(await countFor('e\u0301te\u0301s')).to.equal('Vous pouvez saisir encore 1 caractère');
  });

  it('counts words with maxwords', async () => {
    const { el, textarea } = await inForm(
      html`<gouv-textarea label="Résumé" name="resume" maxwords="3"></gouv-textarea>`,
    );
    expect(countText(el)).to.equal('Vous pouvez saisir encore 3 mots');
    textarea.focus();
    await type('un deux trois quatre');
    await el.updateComplete;
    expect(countText(el)).to.equal('Vous avez dépassé la limite de 1 mot');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Saisissez 3 mots au maximum (vous en avez saisi 4)');
  });

  it('keeps the error region quiet while the user types in a limited field, live again once they leave', async () => {
    const { el, textarea } = await inForm(
      html`<gouv-textarea label="Motif" maxlength="3" value="abcdef"></gouv-textarea
        ><button type="button">Suite</button>`,
    );
    el.reportValidity(); // shows the error and focuses the field
    await el.updateComplete;
    const messages = el.querySelector('.gouv-messages')!;
    expect(document.activeElement).to.equal(textarea);
    expect(messages.getAttribute('aria-live')).to.equal('off');
    await type('g');
    await el.updateComplete;
    expect(errorText(el)).to.contain('(vous en avez saisi 7)');
    await press('Tab');
    expect(messages.getAttribute('aria-live')).to.equal('polite');
  });

  it('requires a value, checks minlength, and shows a server error until the value changes', async () => {
    const { form, el, textarea } = await inForm(
      html`<gouv-textarea label="Motif" name="motif" required minlength="5"></gouv-textarea>`,
    );
    form.requestSubmit();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Renseignez ce champ, il est obligatoire');
    textarea.focus();
    await type('abc');
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Saisissez au moins 5 caractères');

    const server = await inForm(
      html`<gouv-textarea label="Motif" value="Bonjour" error="Ce motif n’est pas accepté"></gouv-textarea>`,
    );
    expect(errorText(server.el)).to.contain('Ce motif n’est pas accepté');
    server.textarea.focus();
    await type('!');
    await server.el.updateComplete;
    expect(server.el.querySelector('.gouv-error')).to.equal(null);
  });

  it('takes per-instance strings and application validators, the length check first', async () => {
    const { el } = await inForm(
      html`<gouv-textarea
        label="Motif"
        maxlength="4"
        .strings=${{
          charactersUnderLimit: { one: 'Encore {count} signe', other: 'Encore {count} signes' },
          tooLong: 'Votre motif tient en {max} signes, pas {length}',
        }}
      ></gouv-textarea>`,
    );
    expect(countText(el)).to.equal('Encore 4 signes');
    const noSwearing = (value: string) => (value.includes('zut') ? 'Restez courtois' : null);
    el.validators = [noSwearing];
    el.value = 'zut';
    await el.updateComplete;
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.contain('Restez courtois');
    el.value = 'zut alors';
    await el.updateComplete;
    expect(errorText(el)).to.contain('Votre motif tient en 4 signes, pas 9');
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form><gouv-textarea label="Message" maxlength="3" value="abcd"></gouv-textarea></form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-textarea')!;
    await el.updateComplete;
    expect(countText(el)).to.equal('You have 1 character too many');
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal(`Error: ${formatMessage('text.maxLength', { max: 3, length: 4 }, 'en')}`);
    el.value = 'a';
    await el.updateComplete;
    expect(countText(el)).to.equal('You have 2 characters remaining');
  });

  it('warns about a limit that is not a positive whole number, and shows no count', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await inForm(html`<gouv-textarea label="Motif" maxlength="dix"></gouv-textarea>`);
      expect(el.querySelector('.gouv-textarea-count')).to.equal(null);
      expect(warnings.flat().join(' ')).to.contain('maxlength');
    } finally {
      console.warn = original;
    }
  });

  it('renders hostile text as text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { el } = await inForm(
      html`<gouv-textarea label=${evil} hint=${evil} error=${evil} value=${evil}></gouv-textarea>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    expect(textareaOf(el).value).to.equal(evil);
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-textarea label="Vide" name="a"></gouv-textarea>
          <gouv-textarea label="Rempli" name="b" value="Bonjour"></gouv-textarea>
          <gouv-textarea label="Avec aide" hint="Trois lignes au plus" name="c"></gouv-textarea>
          <gouv-textarea label="En erreur" name="d" error="Décrivez votre demande"></gouv-textarea>
          <gouv-textarea label="Désactivé" name="e" disabled value="x" maxlength="10"></gouv-textarea>
          <gouv-textarea label="Obligatoire" name="f" required></gouv-textarea>
          <gouv-textarea label="Compteur" name="g" maxlength="20" value="Bonjour"></gouv-textarea>
          <gouv-textarea label="Dépassement" name="h" maxlength="3" value="Bonjour"></gouv-textarea>
        </form>`,
      );
      const fields = [...wrapper.querySelectorAll('gouv-textarea')];
      await Promise.all(fields.map((e) => e.updateComplete));
      fields.at(-1)!.reportValidity();
      await fields.at(-1)!.updateComplete;
      await expectNoAxeViolations(wrapper);
    });
  }
});
