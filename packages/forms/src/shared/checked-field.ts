import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { describeTrigger, refreshReveals } from './reveal-registry.js';
import { GouvChoiceField } from './choice-field.js';

/**
 * The base of the fields made of one native checkbox (`gouv-checkbox`, `gouv-toggle`): the
 * `checked` state, its reset, its value in the form, and the input itself; subclasses draw it.
 */
export abstract class GouvCheckedField<K extends string = never> extends GouvChoiceField<K> {
  /** Ticked (on). The `checked` attribute is also the state a form reset goes back to. */
  @property({ type: Boolean }) checked = false;

  /** The value submitted when ticked (on). */
  @property() value = 'on';

  /** The `checked` attribute: the state a form reset goes back to, as on a native checkbox. */
  protected get defaultChecked(): boolean {
    return this.hasAttribute('checked');
  }

  /** What the user ticked in the server's markup before scripts ran. */
  protected override adoptServerState() {
    const input = this.input;
    if (input) this.checked = input.checked;
  }

  /** The native checkbox. */
  get input(): HTMLInputElement | null {
    return this.query(`#${this.ids.control}`);
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  /** The submitted value when ticked, '' otherwise (validators run on a ticked box only). */
  protected get fieldValue() {
    return this.checked ? this.value : '';
  }

  protected override syncControls() {
    const input = this.input;
    if (input && input.checked !== this.checked) input.checked = this.checked;
  }

  protected override afterReset() {
    // The reset put the box back to its `checked` attribute; a render still pending from before
    // the reset may have undone that on the input, so the default is taken from the source.
    this.checked = this.defaultChecked;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (changed.has('checked') || changed.has('disabled')) refreshReveals();
    const input = this.input;
    if (input) describeTrigger(input);
  }

  // `input` comes before `change`, and the field base re-renders on `input`: the state must be
  // taken at once, or that render would put the old state back on the box.
  #onToggle = (event: Event) => {
    this.checked = (event.target as HTMLInputElement).checked;
  };

  /** The native checkbox, with `role="switch"` for a switch. */
  protected renderInput(className: string, role?: 'switch') {
    // A native checkbox with role="switch" gives its state itself: aria-checked would repeat it,
    // and lag behind it between a click and the next render.
    return html`<input
      class=${className}
      type="checkbox"
      role=${role ?? nothing}
      id=${this.ids.control}
      name=${this.name || nothing}
      value=${this.value}
      ?checked=${this.defaultChecked}
      ?required=${this.required}
      ?disabled=${this.isDisabled}
      aria-describedby=${this.describedBy}
      aria-invalid=${this.controlAriaInvalid}
      @input=${this.#onToggle}
      @change=${this.#onToggle}
    />`;
  }
}
