// Vue 3's `v-model` on every field: keyboard use updates the model (each field fires `input` on
// each change, `change` on commit), and setting the model updates the field.
//
// Vue's compiler picks the directive from the element: on a custom element, `vModelText` (reads
// `el.value` on `input`, `change` with `.lazy`; writes `el.value` when it differs), unless a
// static `type="checkbox"` (or `radio`) attribute is written: then `vModelCheckbox`, which
// reads `el.checked` on `change` and writes `el.checked`. So `gouv-checkbox` and `gouv-toggle`
// take `type="checkbox" v-model="…"`.
import {
  deepActiveElement,
  expect,
  mountVue,
  plainText,
  press,
  type,
  useFrameworkPage,
} from '@gouvkit/testing';
import '../all.js';
import type { GouvCheckbox } from '../checkbox/gouv-checkbox.js';
import type { GouvCheckboxGroup } from '../checkbox-group/gouv-checkbox-group.js';
import type { GouvCombobox } from '../combobox/gouv-combobox.js';
import type { GouvDateInput } from '../date-input/gouv-date-input.js';
import type { GouvDatePicker } from '../date-picker/gouv-date-picker.js';
import type { GouvFileUpload } from '../file-upload/gouv-file-upload.js';
import type { GouvInput } from '../input/gouv-input.js';
import type { GouvRadioGroup } from '../radio-group/gouv-radio-group.js';
import type { GouvRange } from '../range/gouv-range.js';
import type { GouvSelect } from '../select/gouv-select.js';
import type { GouvTextarea } from '../textarea/gouv-textarea.js';
import type { GouvToggle } from '../toggle/gouv-toggle.js';
import { settle, submit } from './test-utils/scene.js';

const TWO = [
  { value: 'a', label: 'Premier choix' },
  { value: 'b', label: 'Second choix' },
];
const REGIONS = [
  { value: '84', label: 'Auvergne-Rhône-Alpes' },
  { value: '53', label: 'Bretagne' },
  { value: '11', label: 'Île-de-France' },
];

/** The `input` and `change` events `el` fires, in order (cleared by the caller). */
function recordEvents(el: Element): string[] {
  const events: string[] = [];
  for (const name of ['input', 'change']) el.addEventListener(name, () => events.push(name));
  return events;
}

describe('Vue 3 v-model on every field', () => {
  const page = useFrameworkPage();

  /** Mounts a Vue app around `template` (inside a form, with a button after it to Tab to). */
  async function app<D extends object>(template: string, data: () => D) {
    const mount = await mountVue<D>(page.container, {
      template: `<form>${template}<button type="button">Après</button></form>`,
      data,
    });
    page.cleanups.push(mount.unmount);
    await settle(page.container);
    const form = page.container.querySelector('form')!;
    /** Lets Vue patch the DOM, then the elements update. */
    const flush = async () => {
      await mount.nextTick();
      await settle(page.container);
    };
    return { vm: mount.vm, form, flush, warnings: mount.warnings };
  }

  afterEach(function () {
    if (this.currentTest?.state !== 'passed') return;
    page.expectNoErrors();
    page.expectNoWarnings();
  });

  it('gouv-input: v-model follows each keystroke; setting the model sets the field', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-input label="Nom" name="nom" v-model="nom"></gouv-input><output>{{ nom }}</output>`,
      () => ({ nom: '' }),
    );
    const el = form.querySelector<GouvInput>('gouv-input')!;
    const events = recordEvents(el);
    el.focus();
    await type('D');
    expect(vm.nom).to.equal('D');
    await type('upont');
    await flush();
    expect(vm.nom).to.equal('Dupont');
    expect(form.querySelector('output')!.textContent).to.equal('Dupont');
    expect(events).to.deep.equal(Array(6).fill('input'));
    await press('Tab');
    expect(events.at(-1)).to.equal('change');

    vm.nom = 'Martin';
    await flush();
    expect(el.value).to.equal('Martin');
    expect(el.input!.value).to.equal('Martin');
    // Typing again goes on from the model's value.
    el.focus();
    await press('End');
    await type('e');
    expect(vm.nom).to.equal('Martine');
    expect(submit(form)).to.deep.equal([['nom', 'Martine']]);
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-input: v-model.lazy takes the value on commit (change)', async () => {
    const { vm, form } = await app(
      `<gouv-input label="Ville" name="ville" v-model.lazy="ville"></gouv-input>`,
      () => ({
        ville: '',
      }),
    );
    const el = form.querySelector<GouvInput>('gouv-input')!;
    el.focus();
    await type('Lyon');
    expect(vm.ville).to.equal('');
    await press('Tab');
    expect(vm.ville).to.equal('Lyon');
  });

  it('gouv-textarea: v-model follows each keystroke, v-model.lazy the commit', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-textarea label="Message" name="message" v-model="message"></gouv-textarea>
       <gouv-textarea label="Note" name="note" v-model.lazy="note"></gouv-textarea>`,
      () => ({ message: '', note: '' }),
    );
    const [el, lazy] = [...form.querySelectorAll<GouvTextarea>('gouv-textarea')];
    const events = recordEvents(el!);
    el!.focus();
    await type('Bon');
    expect(vm.message).to.equal('Bon');
    await press('Enter');
    await type('jour');
    expect(vm.message).to.equal('Bon\njour');
    expect(events).to.deep.equal(Array(8).fill('input'));
    await press('Tab');
    expect(events.at(-1)).to.equal('change');
    await type('Vu');
    expect(vm.note).to.equal('');
    await press('Tab');
    expect(vm.note).to.equal('Vu');

    vm.message = 'Au revoir';
    await flush();
    expect(el!.textarea!.value).to.equal('Au revoir');
    expect(submit(form)).to.deep.equal([
      ['message', 'Au revoir'],
      ['note', 'Vu'],
    ]);
    expect(lazy!.value).to.equal('Vu');
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-select: v-model follows the keyboard choice; setting the model chooses', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-select label="Choix" name="choix" v-model="choix">
         <option v-for="o in options" :key="o.value" :value="o.value">{{ o.label }}</option>
       </gouv-select>`,
      () => ({ choix: '', options: TWO }),
    );
    page.allowWarnings(/<gouv-select> value="c" ne correspond à aucune option/);
    const el = form.querySelector<GouvSelect>('gouv-select')!;
    const events = recordEvents(el);
    el.select!.focus();
    await press('ArrowDown');
    expect(vm.choix).to.equal('a');
    await press('ArrowDown');
    expect(vm.choix).to.equal('b');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);

    vm.choix = 'a';
    await flush();
    expect(el.value).to.equal('a');
    expect(el.select!.value).to.equal('a');
    expect(submit(form)).to.deep.equal([['choix', 'a']]);
    // A model whose option comes later is chosen when it comes.
    vm.choix = 'c';
    await flush();
    expect(el.select!.selectedIndex).to.equal(0);
    vm.options = [...TWO, { value: 'c', label: 'Troisième choix' }];
    await flush();
    expect(el.select!.value).to.equal('c');
    expect(submit(form)).to.deep.equal([['choix', 'c']]);
    expect(warnings).to.deep.equal([]);
  });

  for (const tag of ['gouv-checkbox', 'gouv-toggle'] as const) {
    it(`${tag}: type="checkbox" v-model binds checked (a boolean), on change`, async () => {
      const { vm, form, flush, warnings } = await app(
        `<${tag} type="checkbox" label="J’accepte" name="cgu" v-model="cgu"></${tag}><output>{{ cgu }}</output>`,
        () => ({ cgu: false }),
      );
      const el = form.querySelector<GouvCheckbox | GouvToggle>(tag)!;
      const events = recordEvents(el);
      // The model is not bound to `value`: the box still submits « on ».
      expect(el.value).to.equal('on');
      expect(el.checked).to.equal(false);
      el.input!.focus();
      await press('Space');
      await flush();
      expect(vm.cgu).to.equal(true);
      expect(form.querySelector('output')!.textContent).to.equal('true');
      expect(events).to.deep.equal(['input', 'change']);
      expect(submit(form)).to.deep.equal([['cgu', 'on']]);
      await press('Space');
      expect(vm.cgu).to.equal(false);
      expect(submit(form)).to.deep.equal([]);

      vm.cgu = true;
      await flush();
      expect(el.checked).to.equal(true);
      expect(el.input!.checked).to.equal(true);
      expect(submit(form)).to.deep.equal([['cgu', 'on']]);
      vm.cgu = false;
      await flush();
      expect(el.input!.checked).to.equal(false);
      expect(el.value).to.equal('on');
      expect(warnings).to.deep.equal([]);
    });
  }

  it('gouv-checkbox: type="checkbox" with true-value/false-value, and several boxes on one array', async () => {
    const { vm, form, flush } = await app(
      `<gouv-checkbox type="checkbox" label="Newsletter" name="news" true-value="oui" false-value="non" v-model="news"></gouv-checkbox>
       <gouv-checkbox type="checkbox" label="Courriel" name="canal" value="courriel" v-model="canaux"></gouv-checkbox>
       <gouv-checkbox type="checkbox" label="SMS" name="canal" value="sms" v-model="canaux"></gouv-checkbox>`,
      () => ({ news: 'non', canaux: ['sms'] as string[] }),
    );
    const [news, courriel, sms] = [...form.querySelectorAll<GouvCheckbox>('gouv-checkbox')];
    expect([news!.checked, courriel!.checked, sms!.checked]).to.deep.equal([false, false, true]);
    news!.input!.focus();
    await press('Space');
    expect(vm.news).to.equal('oui');
    await press('Tab');
    await press('Space');
    expect([...vm.canaux]).to.deep.equal(['sms', 'courriel']);
    await press('Tab');
    await press('Space');
    expect([...vm.canaux]).to.deep.equal(['courriel']);
    await flush();
    expect(submit(form)).to.deep.equal([
      ['news', 'on'],
      ['canal', 'courriel'],
    ]);
    vm.news = 'non';
    vm.canaux = ['sms'];
    await flush();
    expect([news!.checked, courriel!.checked, sms!.checked]).to.deep.equal([false, false, true]);
  });

  it('gouv-checkbox-group: v-model is the array of ticked values', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-checkbox-group label="Choix" name="choix" :options="options" v-model="choix"></gouv-checkbox-group>`,
      () => ({ choix: [] as string[], options: TWO }),
    );
    const el = form.querySelector<GouvCheckboxGroup>('gouv-checkbox-group')!;
    const events = recordEvents(el);
    el.inputs[0]!.focus();
    await press('Space');
    expect([...vm.choix]).to.deep.equal(['a']);
    await press('Tab');
    await press('Space');
    expect([...vm.choix]).to.deep.equal(['a', 'b']);
    await press('Space');
    expect([...vm.choix]).to.deep.equal(['a']);
    expect(events).to.deep.equal(['input', 'change', 'input', 'change', 'input', 'change']);
    await flush();
    expect(el.inputs.map((input) => input.checked)).to.deep.equal([true, false]);

    vm.choix = ['b'];
    await flush();
    expect(el.inputs.map((input) => input.checked)).to.deep.equal([false, true]);
    expect(submit(form)).to.deep.equal([['choix', 'b']]);
    vm.choix = ['a', 'b'];
    await flush();
    expect(submit(form)).to.deep.equal([
      ['choix', 'a'],
      ['choix', 'b'],
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-radio-group: v-model is the chosen value', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-radio-group label="Choix" name="choix" v-model="choix">
         <option value="a">Premier choix</option>
         <option value="b">Second choix</option>
       </gouv-radio-group>`,
      () => ({ choix: '' }),
    );
    const el = form.querySelector<GouvRadioGroup>('gouv-radio-group')!;
    const events = recordEvents(el);
    el.inputs[0]!.focus();
    await press('Space');
    expect(vm.choix).to.equal('a');
    await press('ArrowDown');
    expect(vm.choix).to.equal('b');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);

    vm.choix = 'a';
    await flush();
    expect(el.inputs.map((input) => input.checked)).to.deep.equal([true, false]);
    expect(submit(form)).to.deep.equal([['choix', 'a']]);
    vm.choix = '';
    await flush();
    expect(el.inputs.map((input) => input.checked)).to.deep.equal([false, false]);
    expect(submit(form)).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-range: v-model follows the arrow keys; setting the model moves the thumb', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-range label="Note" name="note" min="0" max="10" v-model="note"></gouv-range>`,
      () => ({ note: '5' }),
    );
    const el = form.querySelector<GouvRange>('gouv-range')!;
    const range = el.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(range.value).to.equal('5');
    const events = recordEvents(el);
    range.focus();
    await press('ArrowRight');
    expect(vm.note).to.equal('6');
    await press('End');
    expect(vm.note).to.equal('10');
    expect(events).to.deep.equal(['input', 'change', 'input', 'change']);

    vm.note = '2';
    await flush();
    expect(el.value).to.equal('2');
    expect(range.value).to.equal('2');
    expect(submit(form)).to.deep.equal([['note', '2']]);
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-file-upload: no v-model (as on <input type="file">); @change reads el.files', async () => {
    const { vm, form, flush } = await app(
      `<gouv-file-upload label="Pièce" name="piece" multiple @change="files = $event.currentTarget.files.map(f => f.name)"></gouv-file-upload>
       <output>{{ files.join(', ') }}</output>`,
      () => ({ files: [] as string[] }),
    );
    const el = form.querySelector<GouvFileUpload>('gouv-file-upload')!;
    // A test can't drive the system's file picker: the files are given as the picker gives them.
    const input = el.input!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['%PDF'], 'a.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File(['%PDF'], 'b.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await flush();
    expect([...vm.files]).to.deep.equal(['a.pdf', 'b.pdf']);
    expect(form.querySelector('output')!.textContent).to.equal('a.pdf, b.pdf');
    // « Supprimer » with the keyboard.
    el.querySelector<HTMLButtonElement>('.gouv-upload__remove')!.focus();
    await press('Enter');
    await flush();
    expect([...vm.files]).to.deep.equal(['b.pdf']);
    expect(submit(form)).to.deep.equal([['piece', 'b.pdf']]);
  });

  it('gouv-date-input: v-model is the ISO date once the three boxes make one; partial text stays', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-date-input label="Date de naissance" name="naissance" v-model="naissance"></gouv-date-input><output>{{ naissance }}</output>`,
      () => ({ naissance: '' }),
    );
    const el = form.querySelector<GouvDateInput>('gouv-date-input')!;
    const events = recordEvents(el);
    el.inputFor('day')!.focus();
    await type('14');
    await press('Tab');
    await type('07');
    await press('Tab');
    await type('199');
    expect(vm.naissance).to.equal('');
    await type('0');
    await flush();
    expect(vm.naissance).to.equal('1990-07-14');
    expect(form.querySelector('output')!.textContent).to.equal('1990-07-14');
    // One `input` per keystroke, a `change` for each box left after a change.
    expect(events.filter((e) => e === 'input')).to.have.length(8);
    expect(events.filter((e) => e === 'change')).to.have.length(2);
    expect(submit(form)).to.deep.equal([['naissance', '1990-07-14']]);

    vm.naissance = '2000-01-02';
    await flush();
    expect(el.value).to.equal('2000-01-02');
    const boxes = () => (['day', 'month', 'year'] as const).map((part) => el.inputFor(part)!.value);
    expect(boxes()).to.deep.equal(['02', '01', '2000']);
    // Editing: the model empties while the date is incomplete, and Vue leaves what is typed.
    el.inputFor('year')!.focus();
    await press('End');
    await press('Backspace');
    await flush();
    expect(vm.naissance).to.equal('');
    expect(boxes()).to.deep.equal(['02', '01', '200']);
    await type('1');
    await flush();
    expect(vm.naissance).to.equal('2001-01-02');
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-date-picker: v-model follows typing and the calendar’s choice; setting it sets the text', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-date-picker label="Date du rendez-vous" name="rdv" v-model="rdv"></gouv-date-picker>`,
      () => ({ rdv: '' }),
    );
    const el = form.querySelector<GouvDatePicker>('gouv-date-picker')!;
    const events = recordEvents(el);
    try {
      el.input!.focus();
      await type('14/07/199');
      expect(vm.rdv).to.equal('');
      await type('0');
      expect(vm.rdv).to.equal('1990-07-14');
      expect(events).to.deep.equal(Array(10).fill('input'));
      // The calendar, with the keyboard: Tab to its button, Enter, a day further, Enter.
      await press('Tab');
      expect(events.at(-1)).to.equal('change');
      expect(deepActiveElement()).to.equal(el.button);
      events.length = 0;
      await press('Enter');
      await settle(el);
      expect(el.dialog!.open).to.equal(true);
      await press('ArrowRight');
      await press('Enter');
      await flush();
      expect(el.dialog!.open).to.equal(false);
      expect(vm.rdv).to.equal('1990-07-15');
      expect(events).to.deep.equal(['input', 'change']);

      vm.rdv = '2000-01-02';
      await flush();
      expect(el.input!.value).to.equal('02/01/2000');
      expect(submit(form)).to.deep.equal([['rdv', '2000-01-02']]);
      expect(warnings).to.deep.equal([]);
    } finally {
      el.dialog?.close();
    }
  });

  it('gouv-combobox: v-model is the chosen option’s value; typed text stays while editing', async () => {
    const { vm, form, flush, warnings } = await app(
      `<gouv-combobox label="Région" name="region" v-model="region">
         <option v-for="o in options" :key="o.value" :value="o.value">{{ o.label }}</option>
       </gouv-combobox><output>{{ region }}</output>`,
      () => ({ region: '', options: REGIONS }),
    );
    const el = form.querySelector<GouvCombobox>('gouv-combobox')!;
    const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    const events = recordEvents(el);
    input.focus();
    await type('bre');
    await el.updateComplete;
    expect(vm.region).to.equal('');
    await press('ArrowDown');
    await press('Enter');
    await flush();
    expect(vm.region).to.equal('53');
    expect(form.querySelector('output')!.textContent).to.equal('53');
    expect(input.value).to.equal('Bretagne');
    // Typing fires `input` (the native event); the choice `input`, then `change`.
    expect(events).to.deep.equal(['input', 'input', 'input', 'input', 'change']);
    expect(submit(form)).to.deep.equal([['region', '53']]);

    vm.region = '11';
    await flush();
    expect(el.value).to.equal('11');
    expect(input.value).to.equal('Île-de-France');
    // Editing the text: the model empties, the text stays as typed.
    input.focus();
    await press('End');
    await press('Backspace');
    await flush();
    expect(vm.region).to.equal('');
    expect(input.value).to.equal('Île-de-Franc');
    await press('ArrowDown');
    await press('Enter');
    await flush();
    expect(vm.region).to.equal('11');
    expect(plainText(input.value)).to.equal('Île-de-France');
    expect(warnings).to.deep.equal([]);
  });

  it('gouv-input type="number": v-model.number gives a number, a number sets the field', async () => {
    const { vm, form, flush } = await app(
      `<gouv-input label="Enfants" name="enfants" type="number" v-model.number="enfants"></gouv-input>`,
      () => ({ enfants: 0 as number | string }),
    );
    const el = form.querySelector<GouvInput>('gouv-input')!;
    expect(el.input!.value).to.equal('0');
    el.focus();
    await press('Control+A');
    await type('3');
    expect(vm.enfants).to.equal(3);
    vm.enfants = 5;
    await flush();
    expect(el.input!.value).to.equal('5');
  });
});
