import { html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { expect, fixture, html } from '@gouvkit/testing';
import { defineElement } from '../gouv-element.js';
import { GouvFormAssociatedElement } from './form-associated.js';
import { FormControlController } from './form-control-controller.js';

/** A minimal composite control: a value of its own, required, and a custom error. */
class TestControl extends GouvFormAssociatedElement {
  @property() value = '';
  private defaultValue = '';
  readonly control = new FormControlController(this, {
    value: () => this.value,
    validate: () =>
      this.required && !this.value ? { flags: { valueMissing: true }, message: 'Champ obligatoire' } : null,
  });
  override connectedCallback() {
    super.connectedCallback();
    this.defaultValue = this.getAttribute('value') ?? '';
  }
  override setCustomValidity(message: string) {
    this.control.setCustomValidity(message);
  }
  protected override formReset() {
    this.value = this.defaultValue;
    this.control.resetInteraction();
  }
  protected override formStateRestore(state: string | File | FormData | null) {
    if (typeof state === 'string') this.value = state;
  }
  override render() {
    return litHtml`<span>${this.value}</span>`;
  }
}
defineElement('test-control', TestControl);

async function form(template: ReturnType<typeof html>) {
  const f = await fixture<HTMLFormElement>(template);
  const control = f.querySelector('test-control') as TestControl;
  await control.updateComplete;
  return { f, control };
}

describe('FormAssociated + FormControlController', () => {
  it('submits its value under its name in FormData', async () => {
    const { f } = await form(html`<form><test-control name="commune" value="75056"></test-control></form>`);
    expect(new FormData(f).get('commune')).to.equal('75056');
  });

  it('is not submitted when disabled, or inside a disabled fieldset', async () => {
    const { f, control } = await form(
      html`<form>
        <fieldset><test-control name="c" value="1"></test-control></fieldset>
      </form>`,
    );
    f.querySelector('fieldset')!.disabled = true;
    await control.updateComplete;
    expect(control.isDisabled).to.equal(true);
    expect(new FormData(f).has('c')).to.equal(false);
    f.querySelector('fieldset')!.disabled = false;
    control.disabled = true;
    await control.updateComplete;
    expect(new FormData(f).has('c')).to.equal(false);
  });

  it('blocks submission while required and empty, then passes once filled', async () => {
    const { f, control } = await form(html`<form><test-control name="c" required></test-control></form>`);
    expect(control.validity.valueMissing).to.equal(true);
    expect(control.validationMessage).to.equal('Champ obligatoire');
    expect(f.checkValidity()).to.equal(false);
    control.value = 'x';
    await control.updateComplete;
    expect(f.checkValidity()).to.equal(true);
  });

  it('shows errors only after a submit attempt (user-invalid state)', async () => {
    const { f, control } = await form(html`<form><test-control name="c" required></test-control></form>`);
    expect(control.internals.states.has('user-invalid')).to.equal(false);
    f.requestSubmit();
    expect(control.internals.states.has('user-invalid')).to.equal(true);
    expect(control.matches(':state(user-invalid)')).to.equal(true);
  });

  it('supports setCustomValidity like a native control', async () => {
    const { control } = await form(html`<form><test-control name="c" value="x"></test-control></form>`);
    control.setCustomValidity('Numéro inconnu');
    expect(control.validity.customError).to.equal(true);
    expect(control.checkValidity()).to.equal(false);
    control.setCustomValidity('');
    expect(control.checkValidity()).to.equal(true);
  });

  it('returns to its default value on form reset and hides errors', async () => {
    const { f, control } = await form(
      html`<form><test-control name="c" value="a" required></test-control></form>`,
    );
    control.value = '';
    await control.updateComplete;
    f.requestSubmit();
    f.reset();
    await control.updateComplete;
    expect(control.value).to.equal('a');
    expect(control.internals.states.has('user-invalid')).to.equal(false);
  });

  it('is labelled by a native <label for>', async () => {
    const { control } = await form(
      html`<form><label for="t">Commune</label><test-control id="t" name="c"></test-control></form>`,
    );
    expect(control.labels.length).to.equal(1);
    expect((control.labels[0] as HTMLElement).textContent).to.equal('Commune');
    expect(control.form).to.be.instanceOf(HTMLFormElement);
  });
});
