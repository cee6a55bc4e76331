import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { DEV, I18nController, warnOnce, type Message } from '@gouvkit/core';
import { formatMessage } from '@gouvkit/validators/messages.js';
import { GouvFieldElement, type FieldStrings } from '../shared/field-element.js';
import { countOf, countStatus, validLimit, type CountStatus, type CountUnit } from './count.js';
import { textareaStrings, type TextareaStringKey } from './textarea.strings.js';
import { textareaStyles } from './textarea.styles.js';

/** How long the user must pause typing before the count is read to screen-reader users. */
export const COUNT_ANNOUNCE_DELAY_MS = 1000;

/**
 * A multi-line text field, in the style of DSFR's « Zone de texte »: a native `<textarea>` with
 * its label, hint and error message in the light DOM, so it is submitted, reset and autofilled
 * as plain HTML.
 *
 * With `maxlength` (or `maxwords`) it shows a count, after GOV.UK's character count: « Vous
 * pouvez saisir encore 12 caractères », then « Vous avez dépassé la limite de 3 caractères ».
 * The user may go over the limit (text pasted in is never cut silently): the field is then
 * invalid, with a French message, and the form won't submit. The count describes the textarea
 * (`aria-describedby`), and is read to screen-reader users once they pause typing for a second,
 * not on every keystroke.
 *
 * @tag gouv-textarea
 * @summary Zone de texte : saisie sur plusieurs lignes, avec compteur de caractères ou de mots.
 *
 * @fires {Event} input - The native event, on each change of the text (it bubbles from the textarea).
 * @fires {Event} change - The native event, when the field is left after a change.
 *
 * @cssprop --gouv-color-background-contrast - Background of the field.
 * @cssprop --gouv-color-border-plain - The underline of the field.
 * @cssprop --gouv-color-text-mention - The count, under the limit.
 * @cssprop --gouv-color-text-error - The count over the limit, the error message and the error bar.
 */
export class GouvTextarea extends GouvFieldElement {
  static override lightStyles = [...GouvFieldElement.lightStyles, textareaStyles];

  /** The value. The `value` attribute is also the value a form reset goes back to. */
  @property()
  get value(): string {
    return this.#value;
  }
  set value(value: string) {
    // A number or nothing from a script or a framework (`value={3}`) is text, as on a native control.
    this.#value = value == null ? '' : String(value);
  }
  #value = '';

  /** The visible height, in lines of text. The user can make it taller. */
  @property({ type: Number }) rows = 5;

  /**
   * The most characters accepted (Unicode characters, a line break counting one). Shows the
   * count; typing more is possible, and makes the field invalid.
   */
  @property({ type: Number }) maxlength?: number;

  /** The most words accepted, counted instead of characters (it wins over `maxlength`). */
  @property({ type: Number }) maxwords?: number;

  /** The fewest characters accepted (the native constraint, checked once the user has typed). */
  @property({ type: Number }) minlength?: number;

  /** The autofill token (`street-address`…), for personal data (RGAA 11.13). */
  @property() autocomplete?: AutoFill;

  /** An example inside the field; prefer `hint`, which stays visible. */
  @property() placeholder?: string;

  /** The text can be read and submitted, not changed. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /**
   * Per-instance strings: constraint messages (`tooLong` replaces the over-the-limit message,
   * with `{max}` and `{length}`), and the count messages (`charactersUnderLimit`…, plural forms
   * `{ one, other }` with `{count}`).
   */
  @property({ attribute: false }) override strings: FieldStrings &
    Partial<Record<TextareaStringKey, Message>> = {};

  /** The count as last read to screen-reader users. */
  @state() private countAnnouncement = '';

  readonly #textareaI18n = new I18nController<TextareaStringKey>(this, textareaStrings);
  get #countId() {
    return `${this.uid}-count`;
  }
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback() {
    super.connectedCallback();
    this.addEventListener('invalid', this.#onInvalid, true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.removeEventListener('invalid', this.#onInvalid, true);
    this.#cancelAnnouncement();
  }

  /** The `value` attribute: the value a form reset goes back to, as a native textarea's content. */
  get defaultValue(): string {
    return this.getAttribute('value') ?? '';
  }
  get #defaultValue(): string {
    return this.defaultValue;
  }

  /** What the user typed in the server's textarea before scripts ran. */
  protected override adoptServerState() {
    const textarea = this.textarea;
    if (textarea && textarea.value !== this.#defaultValue) this.value = textarea.value;
  }

  /** The native textarea. */
  get textarea(): HTMLTextAreaElement | null {
    return this.query(`#${this.ids.control}`);
  }

  protected get controls() {
    const textarea = this.textarea;
    return textarea ? [textarea] : [];
  }

  protected get fieldValue() {
    return this.value;
  }

  /** The length limit: checked by the field, since the native maxlength would cut the text. */
  protected override elementCheck(): string {
    return this.#limitMessage(this.value) ?? '';
  }

  protected override syncControls() {
    const textarea = this.textarea;
    if (textarea && textarea.value !== this.value) textarea.value = this.value;
  }

  protected override afterReset() {
    this.value = this.textarea?.value ?? this.#defaultValue;
    this.#cancelAnnouncement();
    this.countAnnouncement = '';
  }

  /** Hint, count, then error: the order they show in. */
  protected override get describedBy(): string | typeof nothing {
    const ids = [
      this.hint ? this.ids.hint : '',
      this.#limit() ? this.#countId : '',
      this.showError ? this.ids.error : '',
    ].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  protected override updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (changed.has('maxlength') || changed.has('maxwords')) this.#checkLimits();
  }

  // ── the count ───────────────────────────────────────────────────────────────────────────

  /** The limit in force, or null: `maxwords` when given, else `maxlength`. */
  #limit(): { max: number; unit: CountUnit } | null {
    const words = validLimit(this.maxwords);
    if (words) return { max: words, unit: 'words' };
    const characters = validLimit(this.maxlength);
    return characters ? { max: characters, unit: 'characters' } : null;
  }

  #status(): CountStatus | null {
    const limit = this.#limit();
    return limit ? countStatus(this.value, limit.max, limit.unit) : null;
  }

  #countText(status: CountStatus): string {
    return this.#textareaI18n.t(status.key, { count: Math.abs(status.remaining) });
  }

  /** The message when the value is over the limit (run on non-empty values by the base class). */
  #limitMessage(value: string): string | null {
    const limit = this.#limit();
    if (!limit) return null;
    const length = countOf(value, limit.unit);
    if (length <= limit.max) return null;
    const params = { max: limit.max, length };
    if (this.strings.tooLong) return this.i18n.t('tooLong', params);
    return limit.unit === 'words'
      ? this.#textareaI18n.t('wordsTooMany', params)
      : formatMessage('text.maxLength', params, this.i18n.lang);
  }

  #checkLimits() {
    for (const name of ['maxlength', 'maxwords'] as const) {
      const value = this[name];
      if (DEV && value !== undefined && value !== null && !validLimit(value))
        warnOnce(
          this.localName,
          `bad-${name}-${String(value)}`,
          `${name}="${this.getAttribute(name) ?? String(value)}" n’est pas un nombre entier positif : pas de limite.`,
        );
    }
    if (DEV && validLimit(this.maxlength) && validLimit(this.maxwords))
      warnOnce(this.localName, 'maxlength-and-maxwords', 'a maxlength et maxwords : seul maxwords compte.');
  }

  /** Reads the count once the user has paused typing, so a screen reader doesn't speak at each key. */
  #scheduleAnnouncement() {
    this.#cancelAnnouncement();
    this.#announceTimer = setTimeout(() => {
      this.#announceTimer = undefined;
      const status = this.#status();
      if (status) this.countAnnouncement = this.#countText(status);
    }, COUNT_ANNOUNCE_DELAY_MS);
  }

  #cancelAnnouncement() {
    clearTimeout(this.#announceTimer);
    this.#announceTimer = undefined;
  }

  /**
   * While the user types in a limited field, the count speaks (after a pause): the error's live
   * region, whose text quotes the length and so changes at each key, is quiet until they leave.
   */
  #setErrorRegionLive(live: boolean) {
    this.query('.gouv-messages')?.setAttribute('aria-live', live ? 'polite' : 'off');
  }

  #onInput(event: Event) {
    this.value = (event.target as HTMLTextAreaElement).value;
    if (this.#limit()) this.#scheduleAnnouncement();
  }

  #onFocus() {
    if (this.#limit()) this.#setErrorRegionLive(false);
  }

  #onBlur() {
    this.#setErrorRegionLive(true);
    // A count read after the user has moved on would talk over the next field.
    this.#cancelAnnouncement();
  }

  #onInvalid = () => this.#setErrorRegionLive(true);

  override render() {
    const status = this.#status();
    return html`<div class=${this.fieldClass}>
      ${this.renderLabel()} ${this.renderHint()}
      ${staticHtml`<textarea
        class="gouv-textarea"
        id=${this.ids.control}
        name=${this.name || nothing}
        rows=${this.rows > 0 ? this.rows : 5}
        .value=${live(this.value)}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        ?readonly=${this.readonly}
        autocomplete=${ifDefined(this.autocomplete)}
        placeholder=${ifDefined(this.placeholder)}
        minlength=${ifDefined(this.minlength)}
        aria-describedby=${this.describedBy}
        aria-invalid=${this.controlAriaInvalid}
        @input=${this.#onInput}
        @focus=${this.#onFocus}
        @blur=${this.#onBlur}
      >${unsafeStatic(textContentOf(this.#defaultValue))}</textarea>`}
      ${
        status
          ? html`<p
                class=${status.remaining < 0 ? 'gouv-textarea-count gouv-textarea-count--over' : 'gouv-textarea-count'}
                id=${this.#countId}
              >
                ${this.#countText(status)}
              </p>
              <div class="gouv-visually-hidden" aria-live="polite" data-gouv-count-status>
                ${this.countAnnouncement}
              </div>`
          : nothing
      }
      ${this.renderError()}
    </div>`;
  }
}

/**
 * A textarea's default value is its content, which Lit cannot bind (raw text): it is written
 * in the template itself, escaped, so a server render carries it and a form reset goes back to it.
 */
function textContentOf(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
