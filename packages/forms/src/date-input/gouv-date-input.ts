import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DEV, I18nController, warnOnce, type Message } from '@gouvkit/core';
import { GouvFieldElement } from '../shared/field-element.js';
import { dateInputStrings, type DateInputStringKey } from './date-input.strings.js';
import { dateInputStyles } from './date-input.styles.js';
import { DATE_PARTS, isoToParts, type DatePart, type DateParts } from '../shared/date-parts.js';
import { GouvDateField, type DateStrings } from '../shared/date-field.js';

const AUTOFILL_PARTS: Record<DatePart, AutoFill> = {
  day: 'bday-day',
  month: 'bday-month',
  year: 'bday-year',
};

/**
 * A memorable date typed in three boxes, day, month and year, as DSFR's « Date unique » and
 * GOV.UK's « Date input »: the right pattern for a date people know (a birth date, the date on
 * a document), better than a calendar. The boxes are native text inputs in the light DOM, each
 * with its own label, grouped in a `<fieldset>` whose legend says what the date is.
 *
 * The element is form-associated: it submits one ISO date `YYYY-MM-DD` under `name` (the boxes
 * have no `name`), goes back to its `value` attribute on reset and follows `<fieldset disabled>`.
 * One message covers the group, in GOV.UK's wording adapted to French (« Saisissez l’année de
 * la date de naissance », « La date doit être une date réelle »), and only the boxes to fix
 * are highlighted; `focus()` (and the error summary's link) goes to the first of them. The
 * boxes never move the focus by themselves (GOV.UK's research: auto-advance trips people up).
 *
 * @tag gouv-date-input
 * @summary Date en trois champs (jour, mois, année) : date de naissance, date connue.
 *
 * @cssprop --gouv-color-background-contrast - Background of the boxes.
 * @cssprop --gouv-color-border-plain - The underline of the boxes.
 * @cssprop --gouv-color-text-error - The error message, the error bar and the underline of the boxes to fix.
 *
 * @fires {Event} input - When a box changes (from the box, bubbling).
 * @fires {Event} change - When a box is left after a change (from the box, bubbling).
 */
export class GouvDateInput extends GouvDateField {
  static override lightStyles = [...GouvFieldElement.lightStyles, dateInputStyles];

  /** `bday` for a birth date: the boxes get `bday-day`, `bday-month` and `bday-year` (RGAA 11.13). */
  @property() override autocomplete?: 'bday' | 'off';

  /** Per-instance strings: `day`, `month`, `year`, `hintExample`, and every date message (`date.real`…). */
  @property({ attribute: false }) override strings: DateStrings &
    Partial<Record<DateInputStringKey, Message>> = {};

  /** What is typed in each box. */
  @state() protected parts: DateParts = { day: '', month: '', year: '' };

  protected readonly texts = new I18nController<DateInputStringKey>(this, dateInputStrings);

  protected get typedParts() {
    return this.parts;
  }

  protected showDate(iso: string) {
    this.parts = isoToParts(iso);
  }

  protected get savedState() {
    const { day, month, year } = this.parts;
    return JSON.stringify([day, month, year]);
  }

  protected restoreState(saved: string) {
    try {
      const restored: unknown = JSON.parse(saved);
      if (Array.isArray(restored) && restored.length === 3 && restored.every((p) => typeof p === 'string')) {
        const [day, month, year] = restored as [string, string, string];
        this.parts = { day, month, year };
        return true;
      }
    } catch {
      // Not a state of ours: a date restored by the browser's autofill, maybe.
    }
    return false;
  }

  /** The three boxes, the ones to fix first: the base sends the focus and the form's anchor to the first. */
  protected get controls() {
    const inputs = DATE_PARTS.map((part) => this.inputFor(part)).filter(
      (input): input is HTMLInputElement => input !== null,
    );
    const check = this.check();
    if (check.valid) return inputs;
    const wrong = check.parts.map((part) => this.inputFor(part)).filter((i) => i !== null);
    return [...wrong, ...inputs.filter((input) => !wrong.includes(input))];
  }

  /** The box of `part`. */
  inputFor(part: DatePart): HTMLInputElement | null {
    return this.query(`#${this.#idOf(part)}`);
  }

  /** What the user typed in the server's boxes before scripts ran. */
  protected override adoptServerState() {
    const typed: DateParts = {
      day: this.inputFor('day')?.value ?? '',
      month: this.inputFor('month')?.value ?? '',
      year: this.inputFor('year')?.value ?? '',
    };
    if (DATE_PARTS.some((part) => typed[part] !== this.parts[part])) this.parts = typed;
  }

  protected override syncControls() {
    for (const part of DATE_PARTS) {
      const input = this.inputFor(part);
      if (input && input.value !== this.parts[part]) input.value = this.parts[part];
    }
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (
      DEV &&
      changed.has('autocomplete') &&
      this.autocomplete &&
      !['bday', 'off'].includes(this.autocomplete)
    )
      warnOnce(
        this.localName,
        `autocomplete-${this.autocomplete}`,
        `autocomplete="${this.autocomplete}" : seules les valeurs bday et off ont un sens pour une date en trois champs.`,
      );
    super.willUpdate(changed);
  }

  #onPartInput(part: DatePart, event: Event) {
    this.parts = { ...this.parts, [part]: (event.target as HTMLInputElement).value };
    this.submitValue();
  }

  #idOf(part: DatePart) {
    return part === 'day' ? this.ids.control : `${this.ids.control}-${part}`;
  }

  get #hintText() {
    return this.hint || this.texts.t('hintExample');
  }

  protected override renderHint() {
    return html`<p class="gouv-hint" id=${this.ids.hint}>${this.#hintText}</p>`;
  }

  protected override get describedBy() {
    return [this.ids.hint, this.showError ? this.ids.error : ''].filter(Boolean).join(' ');
  }

  #renderPart(part: DatePart, wrong: readonly DatePart[]) {
    const id = this.#idOf(part);
    return html`<div class="gouv-date-input__part gouv-date-input__part--${part}">
      <label class="gouv-label" for=${id}>${this.texts.t(part)}</label>
      <input
        class="gouv-input"
        id=${id}
        type="text"
        inputmode="numeric"
        spellcheck="false"
        name=${this.noScriptName(`-${part}`)}
        autocomplete=${this.autocomplete === 'bday' ? AUTOFILL_PARTS[part] : this.autocomplete === 'off' ? 'off' : nothing}
        value=${isoToParts(this.defaultValue)[part]}
        .value=${live(this.parts[part])}
        ?disabled=${this.isDisabled}
        aria-required=${this.required ? 'true' : nothing}
        aria-invalid=${wrong.includes(part) ? 'true' : nothing}
        @input=${(event: Event) => this.#onPartInput(part, event)}
      />
    </div>`;
  }

  override render() {
    const wrong = this.wrongParts;
    return html`<fieldset
      class="${this.fieldClass} gouv-date-input__fieldset"
      aria-describedby=${this.describedBy}
    >
      ${this.renderLegend()} ${this.renderHint()}
      <div class="gouv-date-input__parts">${DATE_PARTS.map((part) => this.#renderPart(part, wrong))}</div>
      ${this.renderError()}
    </fieldset>`;
  }
}
