import { html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { DEV, GouvElement, containerChanged, warnOnce, type DisablingContainer } from '@gouvkit/core';
import { revealSlot } from '../shared/choice-slots.js';
import { conditionalRevealShadowStyles, conditionalRevealStyles } from './conditional-reveal.styles.js';
import { connectedReveals, notifyTrigger, triggerOf, type RevealOwner } from '../shared/reveal-registry.js';

const GROUPS = ['gouv-radio-group', 'gouv-checkbox-group'];
const NATIVE_CONTROLS = 'input:not([type="hidden"]), select, textarea';

/**
 * Shows extra fields only when a radio button or a checkbox is checked, as GOV.UK's
 * « conditional reveal » does (« Par courriel » reveals « Adresse électronique »).
 *
 * - Inside a `gouv-radio-group` or `gouv-checkbox-group`: `when="value"` names the option; the
 *   element puts itself in the group's slot right after that option, so the fields follow it on
 *   screen and in reading order (the page's nodes are never moved).
 * - Anywhere else: `for="id"` names the trigger: a native radio or checkbox, a `gouv-checkbox`
 *   or `gouv-toggle`, or a group (with `when`). Place the element right after the trigger.
 *
 * While the trigger is unchecked the content is hidden and every gouvkit field inside is
 * disabled: not focusable, not validated, not submitted, and back as it was once revealed.
 * Native controls written directly inside are only hidden (the element never rewrites the
 * page's nodes): use gouvkit fields, or put them in a `<fieldset disabled>` of your own. A
 * gouvkit trigger says what it controls (`aria-controls`, and `aria-expanded` on a checkbox).
 * A script that checks the trigger without an event calls `refresh()`.
 *
 * Before the element runs, and without JavaScript, the content shows, as GOV.UK's does.
 *
 * @tag gouv-conditional-reveal
 * @summary Affichage conditionnel : des champs qui n’apparaissent que pour une réponse donnée.
 *
 * @slot - The fields to reveal.
 *
 * @cssstate closed - The trigger is not checked: the content is hidden.
 *
 * @cssprop --gouv-color-border-default - The bar beside the revealed content.
 */
export class GouvConditionalReveal extends GouvElement implements DisablingContainer {
  static override styles = [conditionalRevealShadowStyles];
  static override lightStyles = [conditionalRevealStyles];

  /** The id of the trigger: a radio or checkbox, a `gouv-checkbox`/`gouv-toggle`, or a group (with `when`). */
  @property({ attribute: 'for' }) htmlFor = '';

  /** The value of the option that reveals the content, in a group. */
  @property() when?: string;

  readonly #internals = this.attachInternals();
  #revealed = true;
  #root: Document | ShadowRoot | null = null;
  #owner: RevealOwner | null = null;

  /** Whether the content is shown now. */
  get open(): boolean {
    return this.#revealed;
  }

  /** True while the content is hidden: the gouvkit fields inside are disabled (`DisablingContainer`). */
  get disablesContent(): boolean {
    return !this.#revealed;
  }

  /** The radio or checkbox that reveals the content, or null when it can't be found. */
  get trigger(): HTMLInputElement | null {
    return triggerOf(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    connectedReveals.add(this);
    this.#root = this.getRootNode() as Document | ShadowRoot;
    this.#root.addEventListener('change', this.#onChange, true);
    this.#placeInGroup();
    this.refresh();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    connectedReveals.delete(this);
    this.#root?.removeEventListener('change', this.#onChange, true);
    this.#root = null;
    notifyTrigger(this.#owner);
    this.#owner = null;
  }

  /** In a group, the element takes the slot after its option (its own attribute, nothing else moves). */
  #placeInGroup() {
    const inGroup = GROUPS.includes(this.parentElement?.localName ?? '');
    const slot = inGroup && this.when != null ? revealSlot(this.when) : null;
    if (slot !== null && this.slot !== slot) this.slot = slot;
  }

  /** Looks at the trigger again: shows or hides the content, tells the fields inside and the trigger. */
  refresh() {
    const trigger = this.trigger;
    const owner = trigger ? ownerOf(trigger) : null;
    if (owner !== this.#owner) {
      notifyTrigger(this.#owner);
      this.#owner = owner;
    }
    // No trigger found (yet): the content stays visible, as without JavaScript.
    const open = trigger ? trigger.checked && !trigger.disabled : true;
    if (open === this.#revealed) return;
    this.#revealed = open;
    if (open) this.#internals.states.delete('closed');
    else this.#internals.states.add('closed');
    containerChanged(this);
    notifyTrigger(owner);
    if (DEV && !open) this.#warnAboutNativeControls();
  }

  #warnAboutNativeControls() {
    const native = [...this.querySelectorAll<HTMLElement>(NATIVE_CONTROLS)].filter(
      (control) => !control.closest('[data-gouv-part]') && !control.closest('fieldset:disabled'),
    );
    if (native.length)
      warnOnce(
        this.localName,
        'native-controls',
        'contient des champs natifs : masqués, ils restent envoyés et validés. Utilisez des champs gouv-*, ou mettez-les dans un <fieldset disabled> que vous gérez.',
      );
  }

  #onChange = (event: Event) => {
    const target = event.composedPath()[0];
    if (target instanceof HTMLInputElement && (target.type === 'radio' || target.type === 'checkbox'))
      this.refresh();
  };

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has('when') || changed.has('htmlFor')) {
      this.#placeInGroup();
      this.refresh();
    }
    if (DEV) void this.#checkTrigger();
  }

  /** Warns when no trigger is found once the element that should render it has rendered. */
  async #checkTrigger() {
    const scope = this.htmlFor
      ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor)
      : this.parentElement;
    await (scope as Partial<GouvElement> | null | undefined)?.updateComplete;
    if (this.isConnected && !this.trigger)
      warnOnce(
        this.localName,
        'no-trigger',
        'ne trouve pas son déclencheur : donnez for="id" (bouton radio, case à cocher, gouv-checkbox, gouv-toggle, groupe) ou placez-le dans un groupe avec when="valeur".',
      );
  }

  override render() {
    return html`<slot></slot>`;
  }
}

/** The gouvkit field that rendered `trigger`, if any: it renders the trigger's ARIA. */
function ownerOf(trigger: HTMLInputElement): RevealOwner | null {
  const part = trigger.closest('[data-gouv-part]');
  const owner = part?.parentElement as (HTMLElement & Partial<RevealOwner>) | null | undefined;
  return owner && typeof owner.requestUpdate === 'function' ? (owner as RevealOwner) : null;
}
