import { liveRegion, whenAnnounced } from '@gouvkit/core';
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
  tab,
} from '@gouvkit/testing';
import { errorText, fieldInForm } from '../test-utils/field-fixture.js';
import { setViewport } from '@web/test-runner-commands';
import '../file-upload.js';
import type { GouvFileUpload } from './gouv-file-upload.js';

const MB = 1_000_000;
const file = (name: string, size = 1000, type = 'application/pdf') =>
  new File([new Uint8Array(size)], name, { type, lastModified: 1 });

const inputOf = (el: GouvFileUpload) => el.querySelector<HTMLInputElement>('input[type="file"]')!;
const hintText = (el: GouvFileUpload) => plainText(el.querySelector('.gouv-hint')?.textContent);
const listed = (el: GouvFileUpload) =>
  [...el.querySelectorAll('.gouv-upload__file-name')].map((n) => n.textContent);
const removeButtons = (el: GouvFileUpload) => [
  ...el.querySelectorAll<HTMLButtonElement>('.gouv-upload__remove'),
];
const zoneOf = (el: GouvFileUpload) => el.querySelector<HTMLElement>('.gouv-upload__zone')!;
const names = (files: FormDataEntryValue[]) => files.map((f) => (f as File).name);
const announced = async () => {
  await whenAnnounced('polite');
  return plainText(liveRegion('polite').textContent);
};

function transfer(files: File[]) {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
}

/** What the OS picker does: sets the input's files, then fires input and change. */
async function choose(el: GouvFileUpload, files: File[]) {
  const input = inputOf(el);
  input.files = transfer(files).files;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

function drag(target: Element, type: string, data: DataTransfer) {
  const event = new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data });
  target.dispatchEvent(event);
  return event;
}

async function inForm(template: unknown) {
  const { form, el } = await fieldInForm(template, 'gouv-file-upload');
  return { form, el, input: inputOf(el) };
}

describe('gouv-file-upload', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('renders a native file input labelled by its label, described by a hint of its constraints', async () => {
    const { el, input } = await inForm(
      html`<gouv-file-upload
        label="Justificatifs"
        name="pieces"
        accept=".pdf,.jpg,image/png"
        max-size="5Mo"
        multiple
      ></gouv-file-upload>`,
    );
    expect(el.shadowRoot).to.equal(null);
    expect(input.type).to.equal('file');
    expect(input.multiple).to.equal(true);
    expect(input.accept).to.equal('.pdf,.jpg,image/png');
    expect(input.labels![0]!.textContent!.trim()).to.equal('Justificatifs');
    const expected =
      'Taille maximale par fichier : 5 Mo. Formats acceptés : pdf, jpg, png. Plusieurs fichiers possibles.';
    expect(hintText(el)).to.equal(expected);
    const node = await findA11yNode((n) => n.role === 'button' && n.name === 'Justificatifs');
    expect(node).to.not.equal(null);
    expect(plainText(node!.description)).to.equal(expected);
  });

  it('says how many files at most, and a single file’s maximum size; `hint` replaces the default', async () => {
    const { el } = await inForm(
      html`<gouv-file-upload label="Pièces" multiple max-files="3" max-size="2000000"></gouv-file-upload>`,
    );
    expect(hintText(el)).to.equal('Taille maximale par fichier : 2 Mo. Jusqu’à 3 fichiers.');
    const single = await fixture<GouvFileUpload>(
      html`<gouv-file-upload label="Photo" accept="image/*" max-size="500 ko"></gouv-file-upload>`,
    );
    expect(hintText(single)).to.equal('Taille maximale : 500 ko. Formats acceptés : images.');
    single.hint = 'Une photo d’identité récente';
    await single.updateComplete;
    expect(hintText(single)).to.equal('Une photo d’identité récente');
    const plain = await fixture<GouvFileUpload>(html`<gouv-file-upload label="Fichier"></gouv-file-upload>`);
    expect(plain.querySelector('.gouv-hint')).to.equal(null);
    expect(inputOf(plain).hasAttribute('aria-describedby')).to.equal(false);
  });

  it('lists the chosen files with their size, and announces the list', async () => {
    const { el } = await inForm(
      html`<gouv-file-upload label="Justificatifs" name="pieces" multiple></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf', 1_234_567), file('b.pdf', 820), file('c.pdf')]);
    expect(listed(el)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
    const sizes = [...el.querySelectorAll('.gouv-upload__file-size')].map((n) => plainText(n.textContent));
    expect(sizes.slice(0, 2)).to.deep.equal(['1,2 Mo', '820 octets']);
    expect(await announced()).to.equal('3 fichiers choisis : a.pdf, b.pdf, c.pdf');
    const list = await findA11yNode((n) => n.role === 'list');
    expect(list?.name).to.equal('Fichiers choisis');
  });

  it('checks each file on choice and names it in the message: format, size, empty file', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-file-upload
          label="Justificatifs"
          name="pieces"
          accept=".pdf,.jpg,image/png"
          max-size="5Mo"
          multiple
        ></gouv-file-upload>
      </form>`,
    );
    const el = form.querySelector('gouv-file-upload')!;
    await el.updateComplete;
    await choose(el, [
      file('ok.pdf'),
      file('x.exe', 10, 'application/x-msdownload'),
      file('photo.png', 2000, 'image/png'),
      file('gros.pdf', 6 * MB),
      file('vide.pdf', 0),
    ]);
    expect(errorText(el)).to.equal(
      'Erreur : Le fichier « x.exe » n’est pas dans un format accepté : pdf, jpg, png. ' +
        'Le fichier « gros.pdf » dépasse 5 Mo. Le fichier « vide.pdf » est vide',
    );
    const reasons = [...el.querySelectorAll('.gouv-upload__file')].map((li) =>
      plainText(li.querySelector('.gouv-upload__file-error')?.textContent),
    );
    expect(reasons).to.deep.equal([
      '',
      'Erreur : Format non accepté',
      '',
      'Erreur : Dépasse 5 Mo',
      'Erreur : Fichier vide',
    ]);
    // the form won't submit while a file is refused, and says why in French
    expect(el.checkValidity()).to.equal(false);
    expect(plainText(inputOf(el).validationMessage)).to.contain('« x.exe »');
    form.requestSubmit();
    expect(submitted).to.equal(false);
    const node = await findA11yNode((n) => n.role === 'button' && n.name === 'Justificatifs');
    expect(node?.invalid).to.equal('true');
    expect(plainText(node?.description)).to.contain('Le fichier « x.exe » n’est pas dans un format accepté');
    // the refused file's « Supprimer » button is described by its reason
    const button = await findA11yNode((n) => n.role === 'button' && n.name === 'Supprimer x.exe');
    expect(plainText(button?.description)).to.equal('Erreur : Format non accepté');
  });

  it('accepts by MIME type and wildcard, and submits once the refused files are removed', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-file-upload label="Photos" name="photos" accept="image/*" multiple></gouv-file-upload>
      </form>`,
    );
    const el = form.querySelector('gouv-file-upload')!;
    await el.updateComplete;
    await choose(el, [file('a.heic', 10, 'image/heic'), file('b.txt', 10, 'text/plain')]);
    expect(errorText(el)).to.equal('Erreur : Le fichier « b.txt » n’est pas dans un format accepté : images');
    removeButtons(el)[1]!.click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(inputOf(el).validity.valid).to.equal(true);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('says when there are too many files', async () => {
    const { el } = await inForm(
      html`<gouv-file-upload label="Pièces" name="pieces" multiple max-files="2"></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
    expect(errorText(el)).to.equal('Erreur : Vous avez choisi 3 fichiers, 2 au maximum : supprimez-en 1');
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(el.querySelector('.gouv-error')).to.equal(null);
  });

  it('removes one of three files: FormData holds exactly the two others, focus goes to the next button', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-file-upload label="Justificatifs" name="pieces" multiple></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf'), file('b.pdf'), file('c.pdf')]);
    expect(names(new FormData(form).getAll('pieces'))).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    removeButtons(el)[1]!.click();
    await el.updateComplete;
    expect(changes).to.equal(1);
    expect(names(new FormData(form).getAll('pieces'))).to.deep.equal(['a.pdf', 'c.pdf']);
    expect([...input.files!].map((f) => f.name)).to.deep.equal(['a.pdf', 'c.pdf']);
    expect(listed(el)).to.deep.equal(['a.pdf', 'c.pdf']);
    expect(el.files.map((f) => f.name)).to.deep.equal(['a.pdf', 'c.pdf']);
    expect(deepActiveElement()).to.equal(removeButtons(el)[1]);
    expect(plainText(deepActiveElement()!.textContent)).to.equal('Supprimer c.pdf');
    expect(await announced()).to.equal('Fichier « b.pdf » supprimé. 2 fichiers restants.');
  });

  it('sends focus to the previous button after the last file, then to the input', async () => {
    const { el, input } = await inForm(
      html`<gouv-file-upload label="Justificatifs" name="pieces" multiple></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf'), file('b.pdf')]);
    removeButtons(el)[1]!.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(removeButtons(el)[0]);
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(input);
    expect(input.files!.length).to.equal(0);
    expect(el.querySelector('.gouv-upload__list')).to.equal(null);
    expect(await announced()).to.equal('Fichier « a.pdf » supprimé. Aucun fichier choisi.');
  });

  it('names each « Supprimer » button after its file', async () => {
    const { el } = await inForm(html`<gouv-file-upload label="Pièces" multiple></gouv-file-upload>`);
    await choose(el, [file('rapport annuel.pdf'), file('annexe.pdf')]);
    const tree = await accessibilityTree();
    const buttons = collectA11yNodes(tree, (n) => n.role === 'button' && n.name.startsWith('Supprimer'));
    expect(buttons.map((b) => b.name)).to.deep.equal([
      'Supprimer rapport annuel.pdf',
      'Supprimer annexe.pdf',
    ]);
  });

  it('adds a new choice to the list with `multiple`, without duplicates, and replaces it without', async () => {
    const { form, el } = await inForm(
      html`<gouv-file-upload label="Pièces" name="pieces" multiple></gouv-file-upload>`,
    );
    const a = file('a.pdf');
    await choose(el, [a]);
    await choose(el, [file('a.pdf'), file('b.pdf')]);
    expect(listed(el)).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(names(new FormData(form).getAll('pieces'))).to.deep.equal(['a.pdf', 'b.pdf']);

    const single = await fixture<GouvFileUpload>(html`<gouv-file-upload label="Photo"></gouv-file-upload>`);
    await choose(single, [file('a.pdf')]);
    await choose(single, [file('b.pdf')]);
    expect(listed(single)).to.deep.equal(['b.pdf']);
    expect(inputOf(single).files!.length).to.equal(1);
  });

  it('takes files dropped on the zone, shows and announces the drop state', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-file-upload label="Justificatifs" name="pieces" multiple></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf')]);
    const zone = zoneOf(el);
    const data = transfer([file('b.pdf'), file('c.pdf')]);
    drag(zone, 'dragenter', data);
    const over = drag(zone, 'dragover', data);
    expect(over.defaultPrevented).to.equal(true); // allows the drop
    await el.updateComplete;
    expect(zone.classList.contains('gouv-upload__zone--dragging')).to.equal(true);
    expect(plainText(el.querySelector('.gouv-upload__instruction')!.textContent)).to.equal(
      'Relâchez pour ajouter les fichiers',
    );
    expect(await announced()).to.equal('Dans la zone de dépôt');
    // moving onto the input inside the zone doesn't leave it
    drag(input, 'dragenter', data);
    drag(zone, 'dragleave', data);
    await el.updateComplete;
    expect(zone.classList.contains('gouv-upload__zone--dragging')).to.equal(true);
    let changes = 0;
    el.addEventListener('change', () => changes++);
    const drop = drag(input, 'drop', data);
    expect(drop.defaultPrevented).to.equal(true); // the browser doesn't open the file
    await el.updateComplete;
    expect(changes).to.equal(1);
    expect(zone.classList.contains('gouv-upload__zone--dragging')).to.equal(false);
    expect(listed(el)).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(names(new FormData(form).getAll('pieces'))).to.deep.equal(['a.pdf', 'b.pdf', 'c.pdf']);
    expect(await announced()).to.equal('3 fichiers choisis : a.pdf, b.pdf, c.pdf');
  });

  it('announces leaving the drop zone, and ignores drags that carry no file', async () => {
    const { el } = await inForm(html`<gouv-file-upload label="Pièce" name="piece"></gouv-file-upload>`);
    const zone = zoneOf(el);
    const data = transfer([file('a.pdf')]);
    drag(zone, 'dragenter', data);
    await el.updateComplete;
    drag(zone, 'dragleave', data);
    await el.updateComplete;
    expect(zone.classList.contains('gouv-upload__zone--dragging')).to.equal(false);
    expect(await announced()).to.equal('Hors de la zone de dépôt');
    const text = new DataTransfer();
    text.setData('text/plain', 'bonjour');
    expect(drag(zone, 'dragenter', text).defaultPrevented).to.equal(false);
    await el.updateComplete;
    expect(zone.classList.contains('gouv-upload__zone--dragging')).to.equal(false);
  });

  it('refuses several files dropped on a single-file field, and says so', async () => {
    const { el, input } = await inForm(
      html`<gouv-file-upload label="Pièce" name="piece"></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf')]);
    drag(zoneOf(el), 'drop', transfer([file('b.pdf'), file('c.pdf')]));
    await el.updateComplete;
    expect(plainText(el.querySelector('.gouv-upload__notice')?.textContent)).to.equal(
      'Un seul fichier est possible : déposez-en un seul',
    );
    expect(await announced()).to.equal('Un seul fichier est possible : déposez-en un seul');
    expect([...input.files!].map((f) => f.name)).to.deep.equal(['a.pdf']);
    // one file dropped replaces the chosen one
    drag(zoneOf(el), 'drop', transfer([file('b.pdf')]));
    await el.updateComplete;
    expect(el.querySelector('.gouv-upload__notice')).to.equal(null);
    expect([...input.files!].map((f) => f.name)).to.deep.equal(['b.pdf']);
  });

  it('clears the list on reset', async () => {
    const { form, el, input } = await inForm(
      html`<gouv-file-upload label="Pièces" name="pieces" multiple accept=".pdf"></gouv-file-upload>`,
    );
    await choose(el, [file('a.pdf'), file('x.exe', 10, '')]);
    expect(errorText(el)).to.not.equal('');
    form.reset();
    await el.updateComplete;
    expect(input.files!.length).to.equal(0);
    expect(el.files).to.deep.equal([]);
    expect(el.querySelector('.gouv-upload__list')).to.equal(null);
    expect(el.querySelector('.gouv-error')).to.equal(null);
    expect(input.validity.valid).to.equal(true);
    expect(new FormData(form).getAll('pieces').every((f) => (f as File).name === '')).to.equal(true);
  });

  it('is not submitted and takes no drop when disabled, by attribute or fieldset', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset disabled><gouv-file-upload label="A" name="a" multiple></gouv-file-upload></fieldset>
        <gouv-file-upload label="B" name="b" multiple></gouv-file-upload>
      </form>`,
    );
    const [a, b] = [...form.querySelectorAll('gouv-file-upload')];
    await a!.updateComplete;
    await b!.updateComplete;
    await choose(a!, [file('a.pdf')]);
    await choose(b!, [file('b.pdf')]);
    b!.disabled = true;
    await b!.updateComplete;
    const data = new FormData(form);
    expect(data.has('a')).to.equal(false);
    expect(data.has('b')).to.equal(false);
    expect(inputOf(b!).disabled).to.equal(true);
    expect(removeButtons(b!)[0]!.disabled).to.equal(true);
    expect(removeButtons(a!)[0]!.matches(':disabled')).to.equal(true);
    for (const el of [a!, b!]) {
      const over = drag(zoneOf(el), 'dragover', transfer([file('z.pdf')]));
      expect(over.dataTransfer!.dropEffect).to.equal('none');
      drag(zoneOf(el), 'drop', transfer([file('z.pdf')]));
      await el.updateComplete;
      expect(listed(el)).to.not.include('z.pdf');
    }
  });

  it('requires a file when required, in French, and blocks submission', async () => {
    let submitted = false;
    const form = await fixture<HTMLFormElement>(
      html`<form
        @submit=${(e: Event) => {
          e.preventDefault();
          submitted = true;
        }}
      >
        <gouv-file-upload label="Pièce d’identité" name="id" required></gouv-file-upload>
      </form>`,
    );
    const el = form.querySelector('gouv-file-upload')!;
    await el.updateComplete;
    form.requestSubmit();
    await el.updateComplete;
    expect(submitted).to.equal(false);
    expect(errorText(el)).to.equal('Erreur : Ajoutez un fichier');
    expect(el.querySelector('.gouv-required')).to.not.equal(null);
    await choose(el, [file('id.pdf')]);
    expect(el.querySelector('.gouv-error')).to.equal(null);
    form.requestSubmit();
    expect(submitted).to.equal(true);
  });

  it('shows a server-side error until the files change, and puts the application’s error first', async () => {
    const { el, input } = await inForm(
      html`<gouv-file-upload
        label="Pièce"
        name="piece"
        error="Le fichier n’a pas pu être lu"
      ></gouv-file-upload>`,
    );
    expect(errorText(el)).to.equal('Erreur : Le fichier n’a pas pu être lu');
    await choose(el, [file('a.pdf')]);
    expect(el.querySelector('.gouv-error')).to.equal(null);
    el.setCustomValidity('Ce document a déjà été envoyé');
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Ce document a déjà été envoyé');
    expect(input.validationMessage).to.equal('Ce document a déjà été envoyé');
    el.setCustomValidity('');
    await el.updateComplete;
    expect(input.validity.valid).to.equal(true);
  });

  it('works with the keyboard alone: Tab to the native button, Space opens the picker, Enter removes', async () => {
    const { el, input } = await inForm(
      html`<button type="button">Avant</button>
        <gouv-file-upload label="Justificatifs" name="pieces" multiple></gouv-file-upload>`,
    );
    const before = el.parentElement!.querySelector('button')!;
    before.focus();
    expect(await tab()).to.equal(input);
    // The OS picker can't be driven: the click that opens it is enough (and stopped here).
    let opened = 0;
    input.addEventListener('click', (e) => {
      opened++;
      e.preventDefault();
    });
    await press('Space');
    await press('Enter');
    expect(opened).to.equal(2);
    await choose(el, [file('a.pdf'), file('b.pdf')]);
    expect(await tab()).to.equal(removeButtons(el)[0]);
    await press('Enter');
    await el.updateComplete;
    expect(listed(el)).to.deep.equal(['b.pdf']);
    expect(deepActiveElement()).to.equal(removeButtons(el)[0]);
    await press('Space');
    await el.updateComplete;
    expect(deepActiveElement()).to.equal(input);
  });

  it('speaks English in an English page', async () => {
    const wrapper = await fixture(
      html`<div lang="en">
        <form>
          <gouv-file-upload
            label="Documents"
            name="docs"
            accept=".pdf"
            max-size="5Mo"
            multiple
            max-files="1"
          ></gouv-file-upload>
        </form>
      </div>`,
    );
    const el = wrapper.querySelector('gouv-file-upload')!;
    await el.updateComplete;
    expect(hintText(el)).to.equal('Maximum size per file: 5 MB. Accepted formats: pdf. One file only.');
    expect(plainText(el.querySelector('.gouv-upload__instruction')!.textContent)).to.equal(
      'or drop files here',
    );
    await choose(el, [file('x.exe', 10, ''), file('big.pdf', 6 * MB)]);
    expect(errorText(el)).to.equal(
      'Error: You chose 2 files, 1 at most: remove 1. The file “x.exe” is not in an accepted format: pdf. ' +
        'The file “big.pdf” is larger than 5 MB',
    );
    expect(await announced()).to.equal('2 files chosen: x.exe, big.pdf');
    const button = await findA11yNode((n) => n.role === 'button' && n.name === 'Remove x.exe');
    expect(button).to.not.equal(null);
    removeButtons(el)[0]!.click();
    await el.updateComplete;
    expect(await announced()).to.equal('File “x.exe” removed. 1 file left.');
  });

  it('takes per-instance strings', async () => {
    const { el } = await inForm(html`<gouv-file-upload label="Pièce" accept=".pdf"></gouv-file-upload>`);
    el.strings = { remove: 'Retirer', typeError: 'Déposez un PDF à la place de « {name} »' };
    await choose(el, [file('x.exe', 10, '')]);
    expect(errorText(el)).to.equal('Erreur : Déposez un PDF à la place de « x.exe »');
    expect(plainText(removeButtons(el)[0]!.textContent)).to.equal('Retirer x.exe');
  });

  it('renders hostile file names, labels, hints and errors as text', async () => {
    const evil = '<img src=x onerror=alert(1)>';
    const { el } = await inForm(
      html`<gouv-file-upload
        label=${evil}
        hint=${evil}
        error=${evil}
        accept=".pdf"
        multiple
      ></gouv-file-upload>`,
    );
    expect(el.querySelector('img')).to.equal(null);
    expect(el.querySelector('label')!.textContent).to.contain('<img');
    await choose(el, [file(`${evil}.pdf`), file(`${evil}.exe`, 10, '')]);
    expect(el.querySelector('img')).to.equal(null);
    expect(listed(el)).to.deep.equal([`${evil}.pdf`, `${evil}.exe`]);
    expect(errorText(el)).to.contain(`« ${evil}.exe »`);
    expect(plainText(removeButtons(el)[0]!.textContent)).to.equal(`Supprimer ${evil}.pdf`);
  });

  it('fits a 320 px screen with a long file name', async () => {
    await setViewport({ width: 320, height: 640 });
    const { el } = await inForm(
      html`<gouv-file-upload label="Justificatifs" multiple accept=".pdf" max-size="5Mo"></gouv-file-upload>`,
    );
    await choose(el, [file(`${'attestation-de-domicile-'.repeat(6)}.pdf`)]);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const button = removeButtons(el)[0]!.getBoundingClientRect();
    expect(button.right).to.be.at.most(320);
    expect(button.height).to.be.at.least(24); // target size (WCAG 2.5.8)
  });

  for (const theme of ['light', 'dark']) {
    it(`has no axe violation in any state (${theme})`, async () => {
      const wrapper = await fixture(
        html`<form
          data-gouv-theme=${theme}
          style="background: var(--gouv-color-background-default); padding: 1rem"
        >
          <gouv-file-upload label="Vide" name="a"></gouv-file-upload>
          <gouv-file-upload
            label="Avec fichiers"
            name="b"
            multiple
            accept=".pdf"
            max-size="5Mo"
          ></gouv-file-upload>
          <gouv-file-upload
            label="Avec aide"
            hint="Un justificatif de moins de 3 mois"
            name="c"
          ></gouv-file-upload>
          <gouv-file-upload
            label="En erreur"
            name="d"
            error="Le fichier n’a pas pu être lu"
          ></gouv-file-upload>
          <gouv-file-upload label="Désactivé" name="e" disabled></gouv-file-upload>
          <gouv-file-upload label="Obligatoire" name="f" required></gouv-file-upload>
          <gouv-file-upload label="Refusé" name="g" multiple accept=".pdf" max-size="5Mo"></gouv-file-upload>
          <gouv-file-upload label="Glisser" name="h" multiple></gouv-file-upload>
        </form>`,
      );
      const els = [...wrapper.querySelectorAll('gouv-file-upload')];
      await Promise.all(els.map((e) => e.updateComplete));
      await choose(els[1]!, [file('rapport.pdf', 1_200_000), file('annexe.pdf')]);
      await choose(els[6]!, [file('x.exe', 10, ''), file('gros.pdf', 6 * MB)]);
      drag(zoneOf(els[7]!), 'dragenter', transfer([file('a.pdf')]));
      await els[7]!.updateComplete;
      await expectNoAxeViolations(wrapper);
    });
  }
});
