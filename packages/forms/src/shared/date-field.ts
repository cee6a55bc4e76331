import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEV, warnOnce, type Message } from '@gouvkit/core';
import { GouvFieldElement, type FieldStrings } from './field-element.js';
import type { DateMessageKey, DateSubjectKey } from '../date-input/date-input.strings.js';
import {
  checkDate,
  DATE_PARTS,
  dateMessage,
  parseIso,
  partsToIso,
  type DateCheck,
  type DatePart,
  type DateParts,
  type DateRules,
} from './date-parts.js';

/** Every string a date field can override: the date messages (`date.real`…), `subject`, the field's own. */
export type DateStrings = FieldStrings & Partial<Record<DateMessageKey | DateSubjectKey, Message>>;

/**
 * What `gouv-date-input` and `gouv-date-picker` share: a form-associated field whose value is
 * an ISO date `YYYY-MM-DD`, checked as typed (GOV.UK's order and wording), with `min`, `max`,
 * `not-in-future` and an age range. Subclasses say what is typed (`typedParts`) and render it.
 */
export abstract class GouvDateField extends GouvFieldElement {
  protected static override ownsValue = true;

  /** The earliest date allowed, ISO `YYYY-MM-DD`. */
  @property() min?: string;

  /** The latest date allowed, ISO `YYYY-MM-DD`. */
  @property() max?: string;

  /** Refuses dates after today (a birth date, the date of an event that happened). */
  @property({ attribute: 'not-in-future', type: Boolean }) notInFuture = false;

  /** For a birth date: the person must be at least this old today. */
  @property({ attribute: 'min-age', type: Number }) minAge?: number;

  /** For a birth date: the person must be at most this old today. */
  @property({ attribute: 'max-age', type: Number }) maxAge?: number;

  /** The autofill token: `bday` for a birth date (RGAA 11.13). */
  @property() autocomplete?: string;

  /**
   * What the messages call the date, with its article: « la date d’arrivée ». By default « la
   * date », or « la date de naissance » with `autocomplete="bday"` or an age limit.
   */
  @property() subject?: string;

  /** Per-instance strings: every date message (`date.real`, `date.missingYear`…) and `subject`. */
  @property({ attribute: false }) override strings: DateStrings = {};

  /** The `value` attribute: the date a form reset goes back to. */
  protected get defaultValue(): string {
    return this.getAttribute('value')?.trim() ?? '';
  }

  /** The message of the last date check, to tell it from a server or application error. */
  #dateMessage = '';

  /** What is typed now, as day, month and year. */
  protected abstract get typedParts(): DateParts;

  /** Shows `iso` (a real ISO date, or '' to clear) in the boxes. */
  protected abstract showDate(iso: string): void;

  /** What to save for the browser to restore (what is typed, as typed). */
  protected abstract get savedState(): string;

  /** Puts back a saved state; false when `saved` is not one. */
  protected abstract restoreState(saved: string): boolean;

  /**
   * The date, ISO `YYYY-MM-DD`, when what is typed makes a real date ('' otherwise, as a native
   * date input). The `value` attribute is also the date a form reset goes back to.
   */
  @property()
  get value(): string {
    return partsToIso(this.typedParts) ?? '';
  }
  set value(iso: string) {
    const text = typeof iso === 'string' ? iso.trim() : '';
    // The date it reports already, while the user types in it: a framework writing back what the
    // element said (React's controlled fields do), and what is typed stays, even unfinished.
    if (text === this.value && this.matches(':focus-within')) return;
    if (DEV && text && !parseIso(text))
      warnOnce(this.localName, 'bad-value', `value="${text}" n’est pas une date ISO AAAA-MM-JJ réelle.`);
    this.showDate(parseIso(text) ? text : '');
  }

  /** The date check of what is typed (a real date, within the limits), before any `validators`. */
  protected override elementCheck(): string {
    return this.#checkMessage() ?? '';
  }

  /** What `validators` check: the ISO date, once what is typed is a real date within the limits. */
  protected get fieldValue() {
    return this.value;
  }

  protected get rules(): DateRules {
    return {
      required: this.required,
      min: this.min,
      max: this.max,
      notInFuture: this.notInFuture,
      minAge: this.minAge,
      maxAge: this.maxAge,
    };
  }

  /** The date check of what is typed now. */
  protected check(): DateCheck {
    return checkDate(this.typedParts, this.rules);
  }

  protected dateMessageOf(check: DateCheck): string {
    return dateMessage(check, this.i18n.lang, {
      subject: this.subject,
      birthDate: this.autocomplete === 'bday' || this.minAge !== undefined || this.maxAge !== undefined,
      overrides: this.strings,
    });
  }

  #checkMessage(): string | null {
    this.#dateMessage = this.dateMessageOf(this.check());
    return this.#dateMessage || null;
  }

  /** The parts to highlight: those the shown date message is about, or all for another error. */
  protected get wrongParts(): readonly DatePart[] {
    if (!this.showError) return [];
    const check = this.check();
    if (!check.valid && this.message === this.#dateMessage) return check.parts;
    return DATE_PARTS;
  }

  protected override afterReset() {
    const reset = this.defaultValue;
    this.showDate(parseIso(reset) ? reset : '');
  }

  /** Restores what was typed, after a back navigation or a browser restart. */
  formStateRestoreCallback(saved: unknown) {
    if (typeof saved !== 'string') return;
    if (!this.restoreState(saved) && parseIso(saved)) this.value = saved;
  }

  /** The ISO date ('' when what is typed is not a real date, as a native date input), and what is typed. */
  protected override formValue(): [string, string] {
    return [this.value, this.savedState];
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    for (const limit of ['min', 'max'] as const) {
      const text = this[limit];
      if (DEV && changed.has(limit) && text && !parseIso(text))
        warnOnce(
          this.localName,
          `bad-${limit}`,
          `${limit}="${text}" n’est pas une date ISO AAAA-MM-JJ réelle : cette limite est ignorée.`,
        );
    }
    super.willUpdate(changed);
  }

  /** Gives the form the date at once (a `change` listener reads the form's data). */
  protected submitValue() {
    if (!this.isDisabled) this.internals.setFormValue(...this.formValue());
  }
}
