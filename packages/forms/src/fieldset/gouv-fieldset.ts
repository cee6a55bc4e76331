import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  DEV,
  GouvElement,
  I18nController,
  baseStyles,
  checkAllowedValue,
  containerChanged,
  icon,
  warnOnce,
  type DisablingContainer,
  type Message,
  visuallyHiddenStyles,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { fieldStrings, type FieldStringKey } from '../shared/field.strings.js';
import { fieldStyles } from '../shared/field.styles.js';
import { fieldsetLightStyles, fieldsetStyles } from './fieldset.styles.js';

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
 * The `<fieldset>`, legend, hint and error are in the element's shadow root, the page's fields
 * are slotted into it: they are never moved, so a framework can add, remove and reorder them.
 * `disabled` disables every gouvkit field and button inside (a native `<fieldset disabled>`
 * only reaches the controls of its own tree); native controls written directly inside keep
 * their own state: put them in a native `<fieldset disabled>` to disable them too.
 *
 * @tag gouv-fieldset
 * @summary Groupe de champs : une question, son aide, ses champs et une erreur commune.
 *
 * @slot - The fields of the group.
 *
 * @cssprop --gouv-color-text-label - The legend.
 * @cssprop --gouv-color-text-error - The group's error, its bar and the legend in error.
 */
export class GouvFieldset extends GouvElement implements DisablingContainer {
  static override styles = [baseStyles, visuallyHiddenStyles, fieldStyles, fieldsetStyles];
  static override lightStyles = [fieldsetLightStyles];

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

  /** Disables every gouvkit field and button of the group: not focusable, not submitted, not validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** Per-instance strings: `errorPrefix`. */
  @property({ attribute: false }) strings: Partial<Record<FieldStringKey, Message>> = {};

  readonly #i18n = new I18nController<FieldStringKey>(this, fieldStrings);
  // Ids in the shadow root: scoped to it, the same on the server and in the browser.
  readonly #ids = { hint: 'hint', error: 'error' };

  /** The `<fieldset>` (in the shadow root). */
  get fieldset(): HTMLFieldSetElement | null {
    return this.shadowRoot?.querySelector('fieldset') ?? null;
  }

  /** True while `disabled`: the gouvkit fields inside are disabled (`DisablingContainer`). */
  get disablesContent(): boolean {
    return this.disabled;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('disabled')) containerChanged(this);
    if (DEV && !this.legend.trim())
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
        <div class="gouv-fieldset__content"><slot></slot></div>
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
