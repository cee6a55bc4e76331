import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { GouvElement, uniqueId, warnOnce } from '@gouvkit/core';
import { ChildAdopter } from '../fieldset/adopt-children.js';
import { conditionalRevealStyles } from './conditional-reveal.styles.js';
import { connectedReveals } from './reveal-registry.js';

const GROUPS = 'gouv-radio-group, gouv-checkbox-group';
const TAG = 'gouv-conditional-reveal';

const isChoice = (node: unknown): node is HTMLInputElement =>
  node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox');

/**
 * Shows extra fields only when a radio button or a checkbox is checked, as GOV.UK's
 * « conditional reveal » does (« Par courriel » reveals « Adresse électronique »).
 *
 * - Inside a `gouv-radio-group` or `gouv-checkbox-group`: `when="value"` names the option; the
 *   group moves the element right after that option, so the fields follow it in reading order.
 * - Anywhere else: `for="id"` names the trigger: a native radio or checkbox, a `gouv-checkbox`
 *   or `gouv-toggle`, or a group (with `when`). Place the element right after the trigger.
 *
 * While the trigger is unchecked the element is `hidden`, and its content sits in a disabled
 * `<fieldset>`: the fields inside are not focusable, not validated and not submitted, and come
 * back as they were once revealed. The trigger gets `aria-controls` (and `aria-expanded` on a
 * checkbox). A script that checks the trigger without an event calls `refresh()`.
 *
 * @tag gouv-conditional-reveal
 * @summary Affichage conditionnel : des champs qui n’apparaissent que pour une réponse donnée.
 *
 * @slot - The fields to reveal (moved into a `<fieldset>` the element renders).
 *
 * @cssprop --gouv-color-border-default - The bar beside the revealed content.
 */
export class GouvConditionalReveal extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [conditionalRevealStyles];

  /** The id of the trigger: a radio or checkbox, a `gouv-checkbox`/`gouv-toggle`, or a group (with `when`). */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The value of the option that reveals the content, in a group. */
  @property() when?: string;

  @state() private revealed = false;

  #trigger: HTMLInputElement | null = null;
  #root: Document | ShadowRoot | null = null;
  readonly #adopter = new ChildAdopter(this, () => this.content);

  /** Whether the content is shown now. */
  get open(): boolean {
    return this.revealed;
  }

  /** The `<fieldset>` that holds the content, disabled while hidden. */
  get content(): HTMLFieldSetElement | null {
    return this.querySelector(':scope > fieldset.gouv-reveal__content');
  }

  /** The radio or checkbox that reveals the content, or null when it can't be found. */
  get trigger(): HTMLInputElement | null {
    const scope = this.htmlFor
      ? ((this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor) ?? null)
      : (this.parentElement?.closest(GROUPS) ?? null);
    if (!scope) return null;
    if (scope instanceof HTMLInputElement) return isChoice(scope) ? scope : null;
    // The scope's own controls, not those inside a reveal nested in it.
    const inputs = [...scope.querySelectorAll('input')].filter((input) => {
      const reveal = input.closest(TAG);
      return isChoice(input) && (!reveal || !scope.contains(reveal));
    });
    if (this.when != null) return inputs.find((input) => input.value === this.when) ?? null;
    return inputs[0] ?? null;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (!this.id) this.id = uniqueId('gouv-reveal');
    connectedReveals.add(this);
    this.#root = this.getRootNode() as Document | ShadowRoot;
    this.#root.addEventListener('change', this.#onChange, true);
    this.#root.addEventListener('reset', this.#onReset, true);
    if (this.hasUpdated) this.#adopter.rendered();
    // Hidden from the start, until the trigger says otherwise: no flash of content.
    this.hidden = !this.revealed;
    this.refresh();
    setTimeout(() => {
      if (this.isConnected && !this.trigger)
        warnOnce(
          this.localName,
          'no-trigger',
          'ne trouve pas son déclencheur : donnez for="id" (bouton radio, case à cocher, gouv-checkbox, gouv-toggle, groupe) ou placez-le dans un groupe avec when="valeur".',
        );
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connectedReveals.delete(this);
    this.#root?.removeEventListener('change', this.#onChange, true);
    this.#root?.removeEventListener('reset', this.#onReset, true);
    this.#root = null;
    this.#adopter.disconnect();
  }

  /** Looks at the trigger again: shows or hides the content, and updates the trigger's ARIA. */
  refresh() {
    const trigger = this.trigger;
    const previous = this.#trigger;
    if (previous && previous !== trigger && previous.getAttribute('aria-controls') === this.id) {
      previous.removeAttribute('aria-controls');
      previous.removeAttribute('aria-expanded');
    }
    this.#trigger = trigger;
    const open = !!trigger?.checked;
    if (trigger) {
      trigger.setAttribute('aria-controls', this.id);
      // aria-expanded is allowed on a checkbox, not on a radio (ARIA 1.2).
      if (trigger.type === 'checkbox') trigger.setAttribute('aria-expanded', String(open));
    }
    this.revealed = open;
    this.hidden = !open;
  }

  #onChange = (event: Event) => {
    if (isChoice(event.composedPath()[0])) this.refresh();
  };

  #onReset = () => setTimeout(() => this.refresh());

  protected override updated() {
    this.#adopter.rendered();
  }

  override render() {
    // role="none": the fieldset is here to disable its content natively, not to group it.
    return html`<fieldset class="gouv-reveal__content" role="none" ?disabled=${!this.revealed}></fieldset>`;
  }
}
