// React 19 controlled fields: a component holds the value in its state, passes it as `value`
// (`checked`) and takes it back from `onInput`/`onChange` (`e.currentTarget.value`). React 19
// sets the property of a custom element that has one, calls `onInput` for the `input` events
// that bubble through the element, and `onChange` for its native `change` events.
import {
  expect,
  loadReact,
  mountReact,
  press,
  type,
  type ReactNode,
  type ReactSetState,
  useFrameworkPage,
} from '@gouvkit/testing';
import '../all.js';
import type { GouvCheckbox } from '../checkbox/gouv-checkbox.js';
import type { GouvCombobox } from '../combobox/gouv-combobox.js';
import type { GouvDateInput } from '../date-input/gouv-date-input.js';
import type { GouvInput } from '../input/gouv-input.js';
import type { GouvSelect } from '../select/gouv-select.js';
import { settle, submit } from './test-utils/scene.js';

type Handler = 'onInput' | 'onChange';

interface Controlled<T> {
  el: HTMLElement;
  form: HTMLFormElement;
  /** The state the component rendered last. */
  state(): T;
  /** What the component shows of its state (`<output>`). */
  shown(): string;
  /** Sets the state from outside (a reset button, data loaded…); resolves once rendered. */
  set(value: T): Promise<void>;
}

describe('React 19 controlled fields', () => {
  const page = useFrameworkPage();

  afterEach(function () {
    if (this.currentTest?.state !== 'passed') return;
    page.expectNoErrors();
    page.expectNoWarnings();
  });

  /**
   * Mounts (in StrictMode) a component holding `initial` in its state, rendering `tag` with the
   * state as `prop` and `handlers` that put `read(e.currentTarget)` back into the state.
   */
  async function controlled<T>({
    tag,
    props,
    prop,
    initial,
    handlers,
    read,
    children = () => [],
  }: {
    tag: string;
    props: Record<string, unknown>;
    prop: 'value' | 'checked';
    initial: T;
    handlers: Handler[];
    read: (target: HTMLElement) => T;
    children?: (h: Awaited<ReturnType<typeof loadReact>>) => ReactNode[];
  }): Promise<Controlled<T>> {
    const h = await loadReact();
    let setState!: ReactSetState<T>;
    let current = initial;
    function Field() {
      const [value, set] = h.useState<T>(initial);
      setState = set;
      current = value;
      const onEvent = (event: { currentTarget: HTMLElement }) => set(read(event.currentTarget));
      return h.createElement(
        'form',
        null,
        h.createElement(
          tag,
          { ...props, [prop]: value, ...Object.fromEntries(handlers.map((name) => [name, onEvent])) },
          ...children(h),
        ),
        h.createElement('output', null, String(value)),
        h.createElement('button', { type: 'button' }, 'Après'),
      );
    }
    const mount = await mountReact(page.container, () => h.createElement(Field, null));
    page.cleanups.push(mount.unmount);
    await settle(page.container);
    const form = page.container.querySelector('form')!;
    return {
      el: form.querySelector<HTMLElement>(tag)!,
      form,
      state: () => current,
      shown: () => form.querySelector('output')!.textContent ?? '',
      async set(value) {
        mount.update(() => setState(value));
        await settle(page.container);
      },
    };
  }

  /** Types `text` one key at a time; after each, the state, the element and its control agree. */
  async function typeInStep(field: Controlled<string>, control: () => HTMLInputElement, text: string) {
    for (const key of text) {
      await type(key);
      await settle(page.container);
      const value = (field.el as HTMLElement & { value: string }).value;
      expect(field.state(), `after « ${key} »: the state is the element’s value`).to.equal(value);
      expect(field.shown()).to.equal(value);
      expect(control().value, `after « ${key} »: the control`).to.equal(value);
    }
  }

  it('gouv-input: value + onInput; typing keeps the state and the field in step', async () => {
    const field = await controlled<string>({
      tag: 'gouv-input',
      props: { label: 'Nom', name: 'nom' },
      prop: 'value',
      initial: '',
      handlers: ['onInput'],
      read: (target) => (target as GouvInput).value,
    });
    const el = field.el as GouvInput;
    el.focus();
    await typeInStep(field, () => el.input!, 'Dupont');
    expect(field.state()).to.equal('Dupont');

    await field.set('Martin');
    expect(el.value).to.equal('Martin');
    expect(el.input!.value).to.equal('Martin');
    el.focus();
    await press('End');
    await typeInStep(field, () => el.input!, 'e');
    expect(submit(field.form)).to.deep.equal([['nom', 'Martine']]);
    await field.set('');
    expect(el.input!.value).to.equal('');
  });

  it('gouv-input: the state can transform what is typed (upper case), the field shows it', async () => {
    const field = await controlled<string>({
      tag: 'gouv-input',
      props: { label: 'Immatriculation', name: 'immat' },
      prop: 'value',
      initial: '',
      handlers: ['onInput'],
      read: (target) => (target as GouvInput).value.toUpperCase(),
    });
    const el = field.el as GouvInput;
    el.focus();
    await type('ab-1');
    await settle(page.container);
    expect(field.state()).to.equal('AB-1');
    expect(el.value).to.equal('AB-1');
    expect(el.input!.value).to.equal('AB-1');
    expect(submit(field.form)).to.deep.equal([['immat', 'AB-1']]);
  });

  it('gouv-input: value + onChange takes the value on commit', async () => {
    const field = await controlled<string>({
      tag: 'gouv-input',
      props: { label: 'Ville', name: 'ville' },
      prop: 'value',
      initial: '',
      handlers: ['onChange'],
      read: (target) => (target as GouvInput).value,
    });
    const el = field.el as GouvInput;
    el.focus();
    await type('Lyon');
    await settle(page.container);
    expect(field.state()).to.equal('');
    // React did not write its (unchanged) value back over what is typed.
    expect(el.input!.value).to.equal('Lyon');
    await press('Tab');
    await settle(page.container);
    expect(field.state()).to.equal('Lyon');
    expect(field.shown()).to.equal('Lyon');
  });

  it('gouv-select: value + onChange; the keyboard choice and a new state both show', async () => {
    const field = await controlled<string>({
      tag: 'gouv-select',
      props: { label: 'Région', name: 'region' },
      prop: 'value',
      initial: '',
      handlers: ['onChange'],
      read: (target) => (target as GouvSelect).value,
      children: (h) => [
        h.createElement('option', { key: '84', value: '84' }, 'Auvergne-Rhône-Alpes'),
        h.createElement('option', { key: '53', value: '53' }, 'Bretagne'),
        h.createElement('option', { key: '11', value: '11' }, 'Île-de-France'),
      ],
    });
    const el = field.el as GouvSelect;
    el.select!.focus();
    await press('ArrowDown');
    await settle(page.container);
    expect(field.state()).to.equal('84');
    await press('ArrowDown');
    await settle(page.container);
    expect(field.state()).to.equal('53');
    expect(el.select!.value).to.equal('53');

    await field.set('11');
    expect(el.value).to.equal('11');
    expect(el.select!.value).to.equal('11');
    expect(submit(field.form)).to.deep.equal([['region', '11']]);
    await field.set('');
    expect(el.select!.selectedIndex).to.equal(0);
    expect(submit(field.form)).to.deep.equal([]);
  });

  it('gouv-select: value + onInput works the same', async () => {
    const field = await controlled<string>({
      tag: 'gouv-select',
      props: {
        label: 'Choix',
        name: 'choix',
        options: [
          { value: 'a', label: 'Premier choix' },
          { value: 'b', label: 'Second choix' },
        ],
      },
      prop: 'value',
      initial: 'b',
      handlers: ['onInput'],
      read: (target) => (target as GouvSelect).value,
    });
    const el = field.el as GouvSelect;
    expect(el.select!.value).to.equal('b');
    el.select!.focus();
    await press('ArrowUp');
    await settle(page.container);
    expect(field.state()).to.equal('a');
    expect(submit(field.form)).to.deep.equal([['choix', 'a']]);
  });

  it('gouv-checkbox: checked + onChange (e.currentTarget.checked)', async () => {
    const field = await controlled<boolean>({
      tag: 'gouv-checkbox',
      props: { label: 'J’accepte', name: 'cgu' },
      prop: 'checked',
      initial: false,
      handlers: ['onChange'],
      read: (target) => (target as GouvCheckbox).checked,
    });
    const el = field.el as GouvCheckbox;
    el.input!.focus();
    await press('Space');
    await settle(page.container);
    expect(field.state()).to.equal(true);
    expect(field.shown()).to.equal('true');
    expect(el.checked).to.equal(true);
    expect(submit(field.form)).to.deep.equal([['cgu', 'on']]);
    await press('Space');
    await settle(page.container);
    expect(field.state()).to.equal(false);
    expect(el.input!.checked).to.equal(false);

    await field.set(true);
    expect(el.checked).to.equal(true);
    expect(el.input!.checked).to.equal(true);
    expect(submit(field.form)).to.deep.equal([['cgu', 'on']]);
    await field.set(false);
    expect(el.input!.checked).to.equal(false);
    expect(submit(field.form)).to.deep.equal([]);
  });

  it('gouv-combobox: value + onChange; the choice and a new state both show', async () => {
    const field = await controlled<string>({
      tag: 'gouv-combobox',
      props: {
        label: 'Région',
        name: 'region',
        options: [
          { value: '84', label: 'Auvergne-Rhône-Alpes' },
          { value: '53', label: 'Bretagne' },
          { value: '11', label: 'Île-de-France' },
        ],
      },
      prop: 'value',
      initial: '',
      handlers: ['onChange'],
      read: (target) => (target as GouvCombobox).value,
    });
    const el = field.el as GouvCombobox;
    const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await type('bre');
    await settle(page.container);
    expect(field.state()).to.equal('');
    expect(input.value).to.equal('bre');
    await press('ArrowDown');
    await press('Enter');
    await settle(page.container);
    expect(field.state()).to.equal('53');
    expect(input.value).to.equal('Bretagne');
    expect(submit(field.form)).to.deep.equal([['region', '53']]);

    await field.set('11');
    expect(el.value).to.equal('11');
    expect(input.value).to.equal('Île-de-France');
    expect(submit(field.form)).to.deep.equal([['region', '11']]);
  });

  it('gouv-combobox: value + onInput; typing keeps the typed text, the choice sets the state', async () => {
    const field = await controlled<string>({
      tag: 'gouv-combobox',
      props: { label: 'Région', name: 'region' },
      prop: 'value',
      initial: '',
      handlers: ['onInput'],
      read: (target) => (target as GouvCombobox).value,
      children: (h) => [
        h.createElement('option', { key: '84', value: '84' }, 'Auvergne-Rhône-Alpes'),
        h.createElement('option', { key: '53', value: '53' }, 'Bretagne'),
        h.createElement('option', { key: '11', value: '11' }, 'Île-de-France'),
      ],
    });
    const el = field.el as GouvCombobox;
    const input = el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await type('bre');
    await settle(page.container);
    expect(field.state()).to.equal('');
    expect(input.value).to.equal('bre');
    await press('ArrowDown');
    await press('Enter');
    await settle(page.container);
    expect(field.state()).to.equal('53');
    expect(input.value).to.equal('Bretagne');
    await field.set('84');
    expect(input.value).to.equal('Auvergne-Rhône-Alpes');
    expect(submit(field.form)).to.deep.equal([['region', '84']]);
  });

  it('gouv-date-input: value + onInput; the state is the ISO date once typed, a new state shows', async () => {
    const field = await controlled<string>({
      tag: 'gouv-date-input',
      props: { label: 'Date de naissance', name: 'naissance' },
      prop: 'value',
      initial: '',
      handlers: ['onInput'],
      read: (target) => (target as GouvDateInput).value,
    });
    const el = field.el as GouvDateInput;
    const boxes = () => (['day', 'month', 'year'] as const).map((part) => el.inputFor(part)!.value);
    el.inputFor('day')!.focus();
    await type('14');
    await press('Tab');
    await type('07');
    await press('Tab');
    await type('199');
    await settle(page.container);
    expect(field.state()).to.equal('');
    expect(boxes()).to.deep.equal(['14', '07', '199']);
    await type('0');
    await settle(page.container);
    expect(field.state()).to.equal('1990-07-14');
    expect(field.shown()).to.equal('1990-07-14');
    expect(submit(field.form)).to.deep.equal([['naissance', '1990-07-14']]);

    await field.set('2000-01-02');
    expect(el.value).to.equal('2000-01-02');
    expect(boxes()).to.deep.equal(['02', '01', '2000']);
    expect(submit(field.form)).to.deep.equal([['naissance', '2000-01-02']]);
    await field.set('');
    expect(boxes()).to.deep.equal(['', '', '']);
  });

  it('gouv-date-input: editing a complete date (the state empties) keeps what is typed', async () => {
    const field = await controlled<string>({
      tag: 'gouv-date-input',
      props: { label: 'Date de naissance', name: 'naissance' },
      prop: 'value',
      initial: '1990-07-14',
      handlers: ['onInput'],
      read: (target) => (target as GouvDateInput).value,
    });
    const el = field.el as GouvDateInput;
    const boxes = () => (['day', 'month', 'year'] as const).map((part) => el.inputFor(part)!.value);
    el.inputFor('year')!.focus();
    await press('End');
    await press('Backspace');
    await settle(page.container);
    expect(field.state()).to.equal('');
    expect(boxes()).to.deep.equal(['14', '07', '199']);
  });

  it('gouv-combobox: value + onInput; editing the chosen text keeps what is typed', async () => {
    const field = await controlled<string>({
      tag: 'gouv-combobox',
      props: {
        label: 'Région',
        name: 'region',
        options: [
          { value: '84', label: 'Auvergne-Rhône-Alpes' },
          { value: '53', label: 'Bretagne' },
          { value: '11', label: 'Île-de-France' },
        ],
      },
      prop: 'value',
      initial: '11',
      handlers: ['onInput'],
      read: (target) => (target as GouvCombobox).value,
    });
    const input = field.el.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    input.focus();
    await press('End');
    await press('Backspace');
    await settle(page.container);
    expect(field.state()).to.equal('');
    expect(input.value).to.equal('Île-de-Franc');
  });
});
