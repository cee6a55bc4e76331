import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { Language } from '@gouvkit/core';
import { GouvFieldElement } from '../shared/field-element.js';
import { formatRangeValue, rangeBounds, rangeProgress, sanitizeRangeValue } from './range-value.js';
import { rangeStyles } from './range.styles.js';

/** Writes a value as it should read, in the page's language (« 1 500 € », « 3 enfants »). */
export type RangeFormatter = (value: number, lang: Language) => string;

/**
 * A slider, in the style of DSFR's « Curseur »: a native `<input type="range">` with its label,
 * hint, the current value shown above the thumb, and min and max under its ends, in the light
 * DOM. The browser keeps its own behaviour: arrow keys by one step, Page Up/Down by larger
 * steps, Home/End to the ends, touch and mouse; the value is submitted and reset with the form.
 *
 * Assistive technologies read the value as it is shown: `unit` and `format` make 1500 read
 * « 1 500 € » (`aria-valuetext`), not « 1500 ». A slider is imprecise: for an exact amount,
 * prefer `gouv-input type="number"`, or give both.
 *
 * @tag gouv-range
 * @summary Curseur : choisir une valeur entre un minimum et un maximum.
 *
 * @fires {Event} input - The native event, while the thumb moves.
 * @fires {Event} change - The native event, when the thumb is released or a key changed the value.
 *
 * @cssprop --gouv-color-border-action-high - The track and the thumb's border.
 * @cssprop --gouv-color-background-action-high - The part of the track below the value.
 * @cssprop --gouv-color-text-action-high - The value shown above the thumb.
 */
export class GouvRange extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, rangeStyles];

  /** The value, as a number written in text. The `value` attribute is also the value a form reset goes back to; without it, the middle. */
  @property() value = '';

  /** The smallest value (0 by default). */
  @property() min = '0';

  /** The largest value (100 by default). */
  @property() max = '100';

  /** The gap between two values (1 by default), or `any`. */
  @property() step = '1';

  /** A unit written after the number, in the value shown and the value read: `€`, `km`, `%`. */
  @property() unit = '';

  /** Writes the value as it should read (shown and read aloud); `unit` is ignored then. */
  @property({ attribute: false }) format?: RangeFormatter;

  /** The `value` attribute: the value a form reset goes back to. */
  get #defaultValue(): string | null {
    return this.getAttribute('value');
  }

  /** Where the user moved the server's slider before scripts ran. */
  protected override adoptServerState() {
    const input = this.input;
    if (input && input.value !== this.value) this.value = input.value;
  }

  /** The native input. */
  get input(): HTMLInputElement | null {
    return this.query(`#${this.ids.control}`);
  }

  /** The value as a number. */
  get valueAsNumber(): number {
    return sanitizeRangeValue(this.value, this.#bounds);
  }

  get #bounds() {
    return rangeBounds(this.min, this.max, this.step);
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  protected get fieldValue() {
    return this.value;
  }

  protected override syncControls() {
    const input = this.input;
    if (input && input.value !== this.value) input.value = this.value;
  }

  protected override afterReset() {
    this.value = String(sanitizeRangeValue(this.#defaultValue, this.#bounds));
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // The value the browser will keep (clamped, on a step): the one shown, read and validated.
    const sanitized = String(sanitizeRangeValue(this.value, this.#bounds));
    if (sanitized !== this.value) this.value = sanitized;
    super.willUpdate(changed);
  }

  /** The value as shown and read: « 1 500 € ». */
  formatValue(value: number): string {
    const lang = this.i18n.lang;
    if (this.format) {
      try {
        return this.format(value, lang);
      } catch {
        // A broken formatter must not leave the slider without text.
      }
    }
    return formatRangeValue(value, lang, this.unit);
  }

  #onInput(event: Event) {
    this.value = (event.target as HTMLInputElement).value;
  }

  override render() {
    const bounds = this.#bounds;
    const value = this.valueAsNumber;
    const text = this.formatValue(value);
    const progress = rangeProgress(value, bounds);
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <div
        class=${this.isDisabled ? 'gouv-range gouv-range--disabled' : 'gouv-range'}
        style=${styleMap({ '--gouv-range-progress': String(progress) })}
      >
        <span class="gouv-range__output" aria-hidden="true">${text}</span>
        <input
          class="gouv-range__input"
          type="range"
          id=${this.ids.control}
          name=${this.name || nothing}
          min=${bounds.min}
          max=${bounds.max}
          step=${bounds.step}
          value=${ifDefined(this.#defaultValue ?? undefined)}
          .value=${live(this.value)}
          ?disabled=${this.isDisabled}
          aria-valuetext=${text}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          @input=${this.#onInput}
          @change=${this.#onInput}
        />
        <span class="gouv-range__min">${this.formatValue(bounds.min)}</span>
        <span class="gouv-range__max">${this.formatValue(bounds.max)}</span>
      </div>
      ${this.renderError()}
    </div>`;
  }
}
