import type { TemplateResult } from 'lit';
import {
  accessibilityTree,
  collectA11yNodes,
  deepActiveElement,
  expect,
  fixture,
  html,
  press,
  type A11yNode,
} from '@gouvkit/testing';
import { errorText } from './field-fixture.js';

/** FormData entries, a File given by its name. */
export type Entries = [name: string, value: string][];

/** What a test may set on a field, besides its name and label. */
export interface FieldAttrs {
  required?: boolean;
  disabled?: boolean;
  error?: string;
  validateOn?: 'blur' | 'submit';
  validators?: ((value: string) => string)[];
}

/**
 * How the conformance suite drives one field. A new field adds one of these to
 * `src/fields.conformance.test.ts` and gets every check of the kernel for free.
 */
export interface FieldSpec {
  tag: string;
  /** The field named `champ`, labelled « Champ », with `attrs` (bind every one of them). */
  template(attrs: FieldAttrs): TemplateResult;
  /** Gives the field a valid value as a person would: keyboard only, from focus on the field. */
  fill(el: HTMLElement): Promise<void>;
  /** The form's entries for the field, empty then filled. */
  empty: Entries;
  filled: Entries;
  /** The accessibility role of the control(s) that carry the field's state. */
  role: string;
  /** The role of the group around the controls, for fields made of several. */
  groupRole?: string;
  /** Whether `required` means something (a slider always has a value). */
  requirable: boolean;
  /** For a field that owns its value: a state the browser restores, and the entries it gives. */
  restore?: { state: string; entries: Entries };
  /** Tab presses from the end of `fill` out of the field (a date picker has its calendar button). */
  tabsToLeave?: number;
  /** The value is typed (text, a date, a combobox's query): no message before the user leaves. */
  typed?: boolean;
  /** Sets what the field needs before it renders (its options), on an element made by script. */
  prepare?(el: HTMLElement): void;
  /**
   * Chromium's accessibility tree reports `required` on text boxes, not on checkboxes, switches
   * and selects, where the platform's own `required` state comes from the native attribute:
   * for those, the native control's `required` is checked instead.
   */
  requiredNotInTree?: boolean;
}

interface Field extends HTMLElement {
  updateComplete: Promise<unknown>;
  checkValidity(): boolean;
  reportValidity(): boolean;
  setCustomValidity(message: string): void;
  readonly validationMessage: string;
  required: boolean;
  disabled: boolean;
  name: string;
  label: string;
  formStateRestoreCallback?(state: unknown, reason: string): void;
}

const entries = (form: HTMLFormElement): Entries =>
  [...new FormData(form)].map(([name, value]) => [name, value instanceof File ? value.name : value]);

async function settled(el: Field) {
  // A field may render twice in a row (constraints rendered just now): wait for both.
  await el.updateComplete;
  await el.updateComplete;
}

async function inForm(
  spec: FieldSpec,
  attrs: FieldAttrs = {},
  around?: (field: TemplateResult) => TemplateResult,
) {
  const submitted: Entries[] = [];
  const field = spec.template(attrs);
  const form = await fixture<HTMLFormElement>(
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        submitted.push(entries(event.target as HTMLFormElement));
      }}
    >
      <button type="button" id="before">Avant</button>
      ${around ? around(field) : field}
      <button type="button" id="after">Après</button>
    </form>`,
  );
  const el = form.querySelector<Field>(spec.tag)!;
  await settled(el);
  return { form, el, submitted };
}

/** The field's nodes in Chromium's accessibility tree: its controls and, for a group, the group. */
async function a11y(el: Field, spec: FieldSpec): Promise<{ controls: A11yNode[]; group?: A11yNode }> {
  el.id ||= `conformance-${spec.tag}`;
  const tree = await accessibilityTree(`#${el.id}`);
  const group = spec.groupRole ? collectA11yNodes(tree, (n) => n.role === spec.groupRole)[0] : undefined;
  const controls = collectA11yNodes(tree, (n) => n.role === spec.role);
  expect(controls.length, `${spec.tag}: no ${spec.role} in the accessibility tree`).to.be.greaterThan(0);
  return { controls, group };
}

/** What carries the field's states for assistive technologies: the group, or the first control. */
const stateNode = ({ controls, group }: { controls: A11yNode[]; group?: A11yNode }) => group ?? controls[0]!;

async function expectNotInvalid(el: Field, spec: FieldSpec) {
  const nodes = await a11y(el, spec);
  for (const control of nodes.controls)
    expect(control.invalid ?? 'false', `${spec.tag}: invalid with no visible error`).to.equal('false');
}

/** Tab from the button before the field: where focus lands. */
async function tabFromBefore(form: HTMLFormElement) {
  form.querySelector<HTMLButtonElement>('#before')!.focus();
  await press('Tab');
  return deepActiveElement();
}

/** The kernel's behaviour, checked on one field. */
export function describeFieldConformance(spec: FieldSpec) {
  const leave = async () => {
    for (let i = 0; i < (spec.tabsToLeave ?? 1); i++) await press('Tab');
  };
  describe(`${spec.tag} (field conformance)`, () => {
    it('submits its value in FormData, filled with the keyboard alone; `input` on each change, `change` on commit', async () => {
      const { form, el } = await inForm(spec);
      expect(entries(form)).to.deep.equal(spec.empty);
      let inputs = 0;
      let changes = 0;
      el.addEventListener('input', () => inputs++);
      el.addEventListener('change', () => changes++);
      expect(await tabFromBefore(form)).to.satisfy(
        (active: Element | null) => !!active && el.contains(active),
      );
      await spec.fill(el);
      await leave(); // commit: leaving the field
      await settled(el);
      expect(entries(form)).to.deep.equal(spec.filled);
      expect(inputs, 'input events').to.be.greaterThan(0);
      expect(changes, 'change events').to.be.greaterThan(0);
      expect(el.checkValidity()).to.equal(true);
      await expectNotInvalid(el, spec);
    });

    it('goes back to its default value on form reset, with no message shown', async () => {
      const { form, el } = await inForm(spec, { validators: [() => 'Toujours refusé'] });
      el.focus();
      await spec.fill(el);
      await leave();
      await settled(el);
      expect(errorText(el)).to.contain('Toujours refusé');
      form.reset();
      await settled(el);
      expect(entries(form)).to.deep.equal(spec.empty);
      expect(errorText(el)).to.equal('');
      await expectNotInvalid(el, spec);
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('validate-on="blur": the message shows once the user leaves the field, then follows the value', async () => {
      const { el } = await inForm(spec, { validators: [() => 'Toujours refusé'] });
      el.focus();
      await spec.fill(el);
      await settled(el);
      // A value typed is not checked in front of the user before they leave (choices commit at once).
      if (spec.typed) {
        expect(errorText(el)).to.equal('');
        await expectNotInvalid(el, spec);
      }
      await leave();
      await settled(el);
      expect(errorText(el)).to.equal('Erreur : Toujours refusé');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.hasAttribute('data-user-invalid')).to.equal(true);
      const node = stateNode(await a11y(el, spec));
      expect((await a11y(el, spec)).controls[0]!.invalid).to.equal('true');
      expect(node.description ?? '').to.contain('Toujours refusé');
    });

    it('validate-on="submit": no message on leaving the field, only once the user tries to submit', async () => {
      const { form, el, submitted } = await inForm(spec, {
        validateOn: 'submit',
        validators: [() => 'Toujours refusé'],
      });
      el.focus();
      await spec.fill(el);
      await leave();
      await settled(el);
      expect(errorText(el)).to.equal('');
      await expectNotInvalid(el, spec);
      expect(el.checkValidity()).to.equal(false); // the form still won't submit
      form.requestSubmit();
      await settled(el);
      expect(submitted).to.deep.equal([]);
      expect(errorText(el)).to.equal('Erreur : Toujours refusé');
      expect((await a11y(el, spec)).controls[0]!.invalid).to.equal('true');
    });

    it('shows a server error at once, blocks submission, and drops it once the value changes', async () => {
      const { form, el, submitted } = await inForm(spec, { error: 'Refusé par le serveur' });
      expect(errorText(el)).to.equal('Erreur : Refusé par le serveur');
      expect((await a11y(el, spec)).controls[0]!.invalid).to.equal('true');
      expect(el.checkValidity()).to.equal(false);
      form.requestSubmit();
      expect(submitted).to.deep.equal([]);
      el.focus();
      await spec.fill(el);
      await leave();
      await settled(el);
      expect(errorText(el)).to.equal('');
      expect(el.checkValidity()).to.equal(true);
      form.requestSubmit();
      expect(submitted).to.deep.equal([spec.filled]);
    });

    it('takes an error of the application with setCustomValidity(), as a native control', async () => {
      const { el } = await inForm(spec);
      el.setCustomValidity('Numéro inconnu');
      await settled(el);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal('Numéro inconnu');
      expect(errorText(el)).to.equal('Erreur : Numéro inconnu');
      el.setCustomValidity('');
      await settled(el);
      expect(el.checkValidity()).to.equal(true);
      expect(errorText(el)).to.equal('');
    });

    if (spec.requirable) {
      it('required: not valid even before its first render, says « required » without saying « invalid »', async () => {
        const form = document.createElement('form');
        const early = document.createElement(spec.tag) as Field;
        early.name = 'champ';
        early.label = 'Champ';
        early.required = true;
        spec.prepare?.(early);
        form.append(early);
        document.body.append(form);
        try {
          expect(early.checkValidity()).to.equal(false);
          expect(form.checkValidity()).to.equal(false);
        } finally {
          form.remove();
        }
        const { el } = await inForm(spec, { required: true });
        expect(el.checkValidity()).to.equal(false);
        expect(errorText(el)).to.equal('');
        await expectNotInvalid(el, spec);
        const nodes = await a11y(el, spec);
        const native = [...el.querySelectorAll<HTMLInputElement>('input, select, textarea')];
        const says =
          nodes.controls.every((control) => control.required === true) ||
          (spec.requiredNotInTree === true &&
            native.length > 0 &&
            native.every((control) => control.required)) ||
          nodes.group?.required === true ||
          (nodes.group ?? nodes.controls[0]!).name.includes('(obligatoire)');
        expect(says, `${spec.tag}: required not exposed`).to.equal(true);
      });

      it('required: a submit attempt shows the message, filling the field clears it', async () => {
        const { form, el, submitted } = await inForm(spec, { required: true });
        form.requestSubmit();
        await settled(el);
        expect(submitted).to.deep.equal([]);
        expect(errorText(el)).to.match(/^Erreur : .+/);
        expect((await a11y(el, spec)).controls[0]!.invalid).to.equal('true');
        el.focus();
        await spec.fill(el);
        await leave();
        await settled(el);
        expect(errorText(el)).to.equal('');
        await expectNotInvalid(el, spec);
        form.requestSubmit();
        expect(submitted).to.deep.equal([spec.filled]);
      });
    }

    for (const [how, around] of [
      ['its own `disabled`', undefined],
      [
        'a native `<fieldset disabled>`',
        (field: TemplateResult) => html`<fieldset disabled>${field}</fieldset>`,
      ],
      [
        'a `<gouv-fieldset disabled>`',
        (field: TemplateResult) => html`<gouv-fieldset legend="Groupe" disabled>${field}</gouv-fieldset>`,
      ],
    ] as const) {
      it(`is disabled by ${how}: not focusable, not submitted, not validated, announced disabled`, async () => {
        const { form, el } = await inForm(spec, { disabled: !around, required: spec.requirable }, around);
        await settled(el);
        expect(entries(form).filter(([name]) => name === 'champ')).to.deep.equal([]);
        expect(el.checkValidity()).to.equal(true);
        expect(form.checkValidity()).to.equal(true);
        expect((await tabFromBefore(form))?.id).to.equal('after');
        for (const control of (await a11y(el, spec)).controls) expect(control.disabled).to.equal(true);
      });
    }

    it('is disabled then enabled again by its `disabled` property, as frameworks set it', async () => {
      const { form, el } = await inForm(spec);
      el.disabled = true;
      await settled(el);
      expect((await tabFromBefore(form))?.id, 'disabled: skipped by Tab').to.equal('after');
      el.disabled = false;
      await settled(el);
      // Removing the reflected attribute calls formDisabledCallback(false) in the middle of the
      // update that rendered the disabled state: the field must render again, enabled.
      for (const control of el.querySelectorAll<HTMLInputElement>('input, select, textarea'))
        expect(control.disabled, `${spec.tag}: ${control.outerHTML.slice(0, 80)} still disabled`).to.equal(
          false,
        );
      expect((await tabFromBefore(form))?.id, 'enabled: reached by Tab').to.not.equal('after');
    });

    if (spec.restore) {
      it('takes back a state the browser restores (back/forward, session restore)', async () => {
        const { form, el } = await inForm(spec);
        el.formStateRestoreCallback!(spec.restore!.state, 'restore');
        await settled(el);
        expect(entries(form)).to.deep.equal(spec.restore!.entries);
      });
    }
  });
}
