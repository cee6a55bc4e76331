import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { I18nController, icon, type Message } from '@gouvkit/core';
import { arrowLeftSLine, arrowRightSLine, calendarLine } from '@gouvkit/icons';
import { GouvFieldElement } from '../shared/field-element.js';
import {
  addMonths,
  allowedRange,
  compareDates,
  daysInMonth,
  formatDateText,
  parseIso,
  splitDateText,
  toIso,
  todayIso,
  type CalendarDate,
} from '../shared/date-parts.js';
import { GouvDateField, type DateStrings } from '../shared/date-field.js';
import {
  clampDate,
  dateAfterKey,
  dayLabel,
  isWithin,
  monthLabel,
  monthWeeks,
  weekdayNames,
  type DateRange,
} from './calendar.js';
import { datePickerStrings, type DatePickerStringKey } from './date-picker.strings.js';
import { datePickerStyles } from './date-picker.styles.js';

/**
 * A date typed in one box, `JJ/MM/AAAA`, with a « Choisir une date » button that opens a
 * calendar in a modal dialog, after the WAI-ARIA APG « Date Picker Dialog » pattern. Typing
 * stays the main path (USWDS's research: screen-reader users failed with calendar-first
 * pickers), and the box is forgiving: « 14/07/2025 », « 14 07 2025 », « 14072025 », « 14 juillet
 * 2025 » and « 2025-07-14 » all work. The calendar is for dates people have to look up (an
 * appointment, a deadline); for a date they know, such as a birth date, prefer
 * `gouv-date-input`.
 *
 * The element is form-associated: it submits the ISO date `YYYY-MM-DD` under `name` (the box
 * has no `name`), whatever way it was typed or chosen. It shares `gouv-date-input`'s checks and
 * messages (« La date doit être une date réelle »…), and the calendar disables the days outside
 * `min`, `max`, `not-in-future` and the age range. Escape, « Fermer » or a click outside the
 * calendar (`closedby="any"`) close it without choosing; the focus goes back to the button.
 *
 * @tag gouv-date-picker
 * @summary Date saisie au clavier (JJ/MM/AAAA), avec un calendrier en complément.
 *
 * @cssprop --gouv-color-background-contrast - Background of the box.
 * @cssprop --gouv-color-background-overlap - Background of the calendar.
 * @cssprop --gouv-color-background-action-high - The selected day.
 * @cssprop --gouv-color-text-action-high - The buttons.
 * @cssprop --gouv-color-text-error - The error message and the error bar.
 *
 * @fires {Event} input - When the box changes, or a day is chosen in the calendar.
 * @fires {Event} change - When the box is left after a change, or a day is chosen in the calendar.
 */
export class GouvDatePicker extends GouvDateField {
  static override lightStyles = [...GouvFieldElement.lightStyles, datePickerStyles];

  /** Per-instance strings: `choose`, `previousMonth`, `nextMonth`, `previousYear`, `nextYear`, `close`, `hintFormat`, every date message. */
  @property({ attribute: false }) override strings: DateStrings &
    Partial<Record<DatePickerStringKey, Message>> = {};

  /** What is typed in the box. */
  @state() protected text = '';

  /** The calendar is open. */
  @state() protected open = false;

  /** The day that has the focus in the calendar (its month is the month shown). */
  @state() protected activeDate: CalendarDate = parseIso(todayIso())!;

  protected readonly texts = new I18nController<DatePickerStringKey>(this, datePickerStrings);
  protected get pickerIds() {
    const control = this.ids.control;
    return { button: `${control}-button`, dialog: `${control}-dialog`, title: `${control}-title` };
  }

  /** The text box. */
  get input(): HTMLInputElement | null {
    return this.query(`#${this.ids.control}`);
  }

  /** The « Choisir une date » button. */
  get button(): HTMLButtonElement | null {
    return this.query(`#${this.pickerIds.button}`);
  }

  /** The calendar's dialog. */
  get dialog(): HTMLDialogElement | null {
    return this.query(`#${this.pickerIds.dialog}`);
  }

  protected get controls() {
    const input = this.input;
    return input ? [input] : [];
  }

  protected get typedParts() {
    return splitDateText(this.text);
  }

  protected showDate(iso: string) {
    this.text = formatDateText(iso);
  }

  protected get savedState() {
    return this.text;
  }

  protected restoreState(saved: string) {
    this.text = saved;
    return true;
  }

  /** What the user typed in the server's box before scripts ran. */
  protected override adoptServerState() {
    const input = this.input;
    if (input && input.value !== this.text) this.text = input.value;
  }

  protected override syncControls() {
    const input = this.input;
    if (input && input.value !== this.text) input.value = this.text;
  }

  get #range(): DateRange {
    return allowedRange(this.rules);
  }

  /** Opens the calendar on the date typed, or today, within the limits; the focus goes to that day. */
  async showPicker() {
    if (!this.isConnected || this.open || this.isDisabled || this.button?.matches(':disabled')) return;
    const typed = parseIso(this.value);
    this.activeDate = clampDate(typed ?? parseIso(todayIso())!, this.#range);
    this.open = true;
    await this.updateComplete;
    const dialog = this.dialog;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    this.#activeCell()?.focus();
  }

  /** Closes the calendar without choosing; the focus goes back to the button. */
  closePicker() {
    if (this.dialog?.open) this.dialog.close();
    this.#afterClose();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.open = false;
  }

  #afterClose() {
    if (!this.open) return;
    this.open = false;
    this.button?.focus();
  }

  #choose(date: CalendarDate) {
    if (!isWithin(date, this.#range)) return;
    this.text = formatDateText(toIso(date));
    this.submitValue();
    this.closePicker();
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  async #moveTo(date: CalendarDate, focusCell: boolean) {
    this.activeDate = clampDate(date, this.#range);
    if (!focusCell) return;
    await this.updateComplete;
    this.#activeCell()?.focus();
  }

  #activeCell(): HTMLElement | null {
    return this.querySelector(`td[data-date="${toIso(this.activeDate)}"]`);
  }

  /** Whether the month `months` away from the one shown has a day within the limits. */
  #canShow(months: number): boolean {
    const target = addMonths(this.activeDate, months);
    const first = { ...target, day: 1 };
    const last = { ...target, day: daysInMonth(target.year, target.month) };
    const { earliest, latest } = this.#range;
    return !(earliest && compareDates(last, earliest) < 0) && !(latest && compareDates(first, latest) > 0);
  }

  #onGridKeydown(event: KeyboardEvent) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(this.activeDate);
      return;
    }
    const next = dateAfterKey(this.activeDate, event.key, event.shiftKey);
    if (!next) return;
    event.preventDefault();
    void this.#moveTo(next, true);
  }

  #onGridClick(event: Event) {
    const cell = (event.target as Element).closest<HTMLElement>('td[data-date]');
    const date = parseIso(cell?.dataset.date);
    if (date) this.#choose(date);
  }

  #onInput(event: Event) {
    this.text = (event.target as HTMLInputElement).value;
    this.submitValue();
  }

  get #hintText() {
    return this.hint || this.texts.t('hintFormat');
  }

  protected override renderHint() {
    return html`<p class="gouv-hint" id=${this.ids.hint}>${this.#hintText}</p>`;
  }

  protected override get describedBy() {
    return [this.ids.hint, this.showError ? this.ids.error : ''].filter(Boolean).join(' ');
  }

  #navButton(label: DatePickerStringKey, months: number, icons: unknown) {
    const enabled = this.#canShow(months);
    return html`<button
      type="button"
      class="gouv-date-picker__nav"
      title=${this.texts.t(label)}
      aria-disabled=${enabled ? nothing : 'true'}
      @click=${() => enabled && this.#moveTo(addMonths(this.activeDate, months), false)}
    >
      ${icons}<span class="gouv-visually-hidden">${this.texts.t(label)}</span>
    </button>`;
  }

  #renderCalendar() {
    const lang = this.i18n.lang;
    const range = this.#range;
    const active = toIso(this.activeDate);
    const selected = this.value;
    const today = todayIso();
    return html`<div class="gouv-date-picker__panel">
      <div class="gouv-date-picker__header">
        ${this.#navButton('previousYear', -12, [icon(arrowLeftSLine), icon(arrowLeftSLine)])}
        ${this.#navButton('previousMonth', -1, icon(arrowLeftSLine))}
        <h2 class="gouv-date-picker__title" id=${this.pickerIds.title} aria-live="polite">
          ${monthLabel(this.activeDate, lang)}
        </h2>
        ${this.#navButton('nextMonth', 1, icon(arrowRightSLine))}
        ${this.#navButton('nextYear', 12, [icon(arrowRightSLine), icon(arrowRightSLine)])}
      </div>
      <table
        class="gouv-date-picker__grid"
        role="grid"
        aria-labelledby=${this.pickerIds.title}
        @keydown=${this.#onGridKeydown}
        @click=${this.#onGridClick}
      >
        <thead>
          <tr>
            ${weekdayNames(lang).map(
              (name) =>
                html`<th scope="col" abbr=${name.long}>
                  <span aria-hidden="true">${name.short}</span
                  ><span class="gouv-visually-hidden">${name.long}</span>
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${monthWeeks(this.activeDate.year, this.activeDate.month).map(
            (week) =>
              html`<tr>
                ${week.map((date) => {
                  if (!date) return html`<td></td>`;
                  const iso = toIso(date);
                  return html`<td
                    class="gouv-date-picker__day"
                    data-date=${iso}
                    tabindex=${iso === active ? '0' : '-1'}
                    aria-selected=${iso === selected ? 'true' : nothing}
                    aria-current=${iso === today ? 'date' : nothing}
                    aria-disabled=${isWithin(date, range) ? nothing : 'true'}
                  >
                    <span aria-hidden="true">${date.day}</span
                    ><span class="gouv-visually-hidden">${dayLabel(date, lang)}</span>
                  </td>`;
                })}
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="gouv-date-picker__footer">
        <button type="button" class="gouv-date-picker__close" @click=${() => this.closePicker()}>
          ${this.texts.t('close')}
        </button>
      </div>
    </div>`;
  }

  override render() {
    const choose = this.texts.t('choose');
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      <div class="gouv-date-picker__row">
        <input
          class="gouv-input"
          id=${this.ids.control}
          type="text"
          spellcheck="false"
          name=${this.noScriptName()}
          autocomplete=${ifDefined(this.autocomplete)}
          value=${formatDateText(this.defaultValue)}
          .value=${live(this.text)}
          ?disabled=${this.isDisabled}
          aria-required=${this.required ? 'true' : nothing}
          aria-describedby=${this.describedBy}
          aria-invalid=${this.controlAriaInvalid}
          @input=${this.#onInput}
        />
        <button
          type="button"
          class="gouv-date-picker__toggle"
          id=${this.pickerIds.button}
          title=${choose}
          aria-haspopup="dialog"
          ?disabled=${this.isDisabled}
          @click=${() => this.showPicker()}
        >
          ${icon(calendarLine)}<span class="gouv-visually-hidden">${choose}</span>
        </button>
      </div>
      ${this.renderError()}
      <dialog
        class="gouv-date-picker__dialog"
        id=${this.pickerIds.dialog}
        aria-label=${choose}
        @close=${() => this.#afterClose()}
        closedby="any"
      >
        ${this.open ? this.#renderCalendar() : nothing}
      </dialog>
    </div>`;
  }
}
