import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  GouvElement,
  I18nController,
  checkAllowedValue,
  icon,
  uniqueId,
  warnOnce,
  type Message,
  visuallyHiddenStyles,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { fieldStrings, type FieldStringKey } from '../shared/field.strings.js';
import { fieldStyles } from '../shared/field.styles.js';
import { ChildAdopter } from './adopt-children.js';
import { fieldsetStyles } from './fieldset.styles.js';

export const LEGEND_SIZES = ['s', 'm', 'l', 'xl'] as const;
export type LegendSize = (typeof LEGEND_SIZES)[number];
const HEADING_LEVELS = ['1', '2', '3', '4', '5', '6'] as const;

/**
 * Groups related fields under a question, in the style of DSFR's « Groupe de champs »
 * (fr-fieldset): a native `<fieldset>` whose `<legend>` names the group for assistive
 * technologies, a hint, the author's fields, and an error about the group as a whole (« La date
 * doit être dans le passé »). On a question page, the legend can be the page's heading
 * (`legend-heading="1"`, `legend-size="l"`), as GOV.UK does.
 *
 * The element renders in the light DOM, and moves its children into the `<fieldset>` it
 * renders (and any child added later): a `<fieldset disabled>` disables every control inside
 * natively, and labels and ids keep working since all stays in one tree. A shadow root with a
 * slot can't do that: a slotted control is not a descendant of the shadow `<fieldset>`.
 *
 * @tag gouv-fieldset
 * @summary Groupe de champs : une question, son aide, ses champs et une erreur commune.
 *
 * @slot - The fields of the group (moved into the rendered `<fieldset>`).
 *
 * @cssprop --gouv-color-text-label - The legend.
 * @cssprop --gouv-color-text-error - The group's error, its bar and the legend in error.
 */
export class GouvFieldset extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [visuallyHiddenStyles, fieldStyles, fieldsetStyles];

  /** The question the fields answer, read when a field of the group takes focus (RGAA 11.5, 11.6). */
  @property() legend = '';

  /** Help for the whole group, read after the legend. */
  @property() hint = '';

  /** An error about the group as a whole, shown at once (« Saisissez une date dans le passé »); '' removes it. */
  @property() error = '';

  /** The legend's size: `s` (default), `m`, `l` or `xl`; `l` with `legend-heading="1"` for a question page. */
  @property({ attribute: 'legend-size' }) legendSize: LegendSize = 's';

  /** Makes the legend a heading of this level (`1` on a page with one question). */
  @property({ attribute: 'legend-heading' }) legendHeading?: string;

  /** Disables every control of the group natively: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Per-instance strings: `errorPrefix`. */
  @property({ attribute: false }) strings: Partial<Record<FieldStringKey, Message>> = {};

  readonly #i18n = new I18nController<FieldStringKey>(this, fieldStrings);
  readonly #ids = { hint: uniqueId('gouv-hint'), error: uniqueId('gouv-error') };
  readonly #adopter = new ChildAdopter(this, () => this.content);

  /** The native `<fieldset>`. */
  get fieldset(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > .gouv-fieldset__field > fieldset');
  }

  /** Where the fields go. */
  get content(): HTMLElement | null {
    return this.querySelector(':scope > .gouv-fieldset__field > fieldset > .gouv-fieldset__content');
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#adopter.disconnect();
  }

  override connectedCallback() {
    super.connectedCallback();
    // Reconnected (moved in the page): watch for new children again.
    if (this.hasUpdated) this.#adopter.rendered();
  }

  protected override updated() {
    this.#adopter.rendered();
    if (!this.legend.trim())
      warnOnce(
        this.localName,
        'no-legend',
        'n’a pas de légende (legend) : chaque groupe en a besoin (RGAA 11.6).',
      );
  }

  #legendContent(): TemplateResult | string {
    const level = this.legendHeading;
    if (!level) return this.legend;
    const checked = checkAllowedValue(this, 'legend-heading', level, HEADING_LEVELS, '2');
    const text = this.legend;
    switch (checked) {
      case '1':
        return html`<h1 class="gouv-fieldset__heading">${text}</h1>`;
      case '2':
        return html`<h2 class="gouv-fieldset__heading">${text}</h2>`;
      case '3':
        return html`<h3 class="gouv-fieldset__heading">${text}</h3>`;
      case '4':
        return html`<h4 class="gouv-fieldset__heading">${text}</h4>`;
      case '5':
        return html`<h5 class="gouv-fieldset__heading">${text}</h5>`;
      case '6':
        return html`<h6 class="gouv-fieldset__heading">${text}</h6>`;
    }
  }

  override render() {
    const size = checkAllowedValue(this, 'legend-size', this.legendSize, LEGEND_SIZES, 's');
    const describedBy = [this.hint ? this.#ids.hint : '', this.error ? this.#ids.error : '']
      .filter(Boolean)
      .join(' ');
    return html`<div class=${this.error ? 'gouv-fieldset__field gouv-field--error' : 'gouv-fieldset__field'}>
      <fieldset class="gouv-fieldset" ?disabled=${this.disabled} aria-describedby=${describedBy || nothing}>
        <legend class="gouv-fieldset__legend gouv-fieldset__legend--${size}">${this.#legendContent()}</legend>
        ${this.hint ? html`<p class="gouv-hint" id=${this.#ids.hint}>${this.hint}</p>` : nothing}
        <div class="gouv-fieldset__content"></div>
        <div class="gouv-messages" aria-live="polite">
          ${
            this.error
              ? html`<p class="gouv-error" id=${this.#ids.error}>
                  ${icon(errorWarningFill)}<span
                    ><span class="gouv-visually-hidden">${this.#i18n.t('errorPrefix')} </span
                    >${this.error}</span
                  >
                </p>`
              : nothing
          }
        </div>
      </fieldset>
    </div>`;
  }
}
