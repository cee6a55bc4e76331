import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import {
  DEV,
  GouvElement,
  I18nController,
  focusTemporarily,
  icon,
  warnOnce,
  type Message,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { firstFailedFlag, nativeMessage } from '../shared/validity-messages.js';
import { errorSummaryStrings, type ErrorSummaryStringKey } from './error-summary.strings.js';
import { errorSummaryStyles } from './error-summary.styles.js';
import {
  afterEdit,
  collapse,
  collectEntries,
  concerns,
  entryHref,
  itemsFromMarkup,
  resolveEntry,
  sameItems,
  serverEntries,
  titleWith,
  type ErrorSummaryItem,
  type SummaryEntry,
  type SummaryPage,
} from './summary-entries.js';

export type { ErrorSummaryItem } from './summary-entries.js';

/** A native control, or a form-associated field, as far as the summary reads it. */
type Control = HTMLElement & {
  validity?: ValidityState;
  validationMessage?: string;
  labels?: NodeListOf<HTMLLabelElement> | null;
  form?: HTMLFormElement | null;
  value?: string;
  type?: string;
  name?: string;
  disabled?: boolean;
};

/** A gouvkit field (`GouvFieldElement`), read structurally so any field qualifies. */
type Field = HTMLElement & { label?: string; validationMessage?: string; updateComplete?: Promise<boolean> };

type Entry = SummaryEntry<HTMLElement>;

/** The summaries showing errors now: the page title is prefixed while there is one. */
const showing = new Set<Element>();

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const CONTROLS = 'input:not([type="hidden"]), select, textarea';
const FIELD = '[data-gouv-field]';
const DOCS = 'formulaires-récapitulatif-des-erreurs--docs';
/** The light part the summary renders its box into, and the slot that shows it. */
const PART = 'summary';

/**
 * The list of a form's errors, at its top, after GOV.UK's « Error summary » (DSFR has none).
 *
 * On a submit attempt the browser fires `invalid` on every invalid control and doesn't submit:
 * the summary collects them (one entry per field, in the form's order, with the field's label and
 * its message), takes focus so the list is read, and prefixes the page title with « Erreur : »
 * (WCAG 3.3.1). Each entry links to its control: following it focuses the control and scrolls its
 * label (or legend) into view, so the question is on screen, not only the box. As the user fixes
 * a field its entry goes; with none left the summary hides and the title gets its text back.
 *
 * Errors found by the server come as data (`errors`) or as child markup
 * (`<li><a href="#nom">…</a></li>`): the summary shows them and takes focus on load, so a page
 * validated on the server works the same way. The child markup is read as data and left where
 * it is (a framework may go on rendering it): once the summary shows its own list, the markup
 * is not displayed, and the summary follows its changes. Before scripts run, it shows as it is.
 *
 * The box is in the light DOM, in a wrapper of the element's own shown through a slot of its
 * shadow root: its heading is in the page's outline, its links are ordinary fragment links to
 * ids of the document, and server-rendered (`@gouvkit/core/ssr.js`) it shows before scripts
 * run. Like GOV.UK's, the list sits in a `role="alert"` container while the box takes focus:
 * focus makes screen readers read it, the alert covers those that miss a focus change.
 *
 * @tag gouv-error-summary
 * @summary Récapitulatif des erreurs : liste les erreurs d’un formulaire et mène à chaque champ.
 *
 * @slot - Server errors as markup (`<ul><li><a href="#id">…</a></li></ul>`): read as data, shown only before the element renders its own list.
 *
 * @cssprop --gouv-color-border-error - The border and the side bar.
 * @cssprop --gouv-color-text-error - The links.
 */
export class GouvErrorSummary extends GouvElement {
  static override lightStyles = [errorSummaryStyles];

  /** The `id` of the form to follow, when the summary is not inside it. */
  @property({ attribute: 'for' }) htmlFor = '';

  /** Server-side errors to show, with links to their fields: `[{ href: '#nom', text: 'Saisissez votre nom' }]`. */
  @property({ attribute: false }) errors: ErrorSummaryItem[] = [];

  /** The level of the heading « Il y a un problème » (1 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Doesn't take focus when server errors show (focus still goes to it after a submit attempt). */
  @property({ attribute: 'no-autofocus', type: Boolean }) noAutofocus = false;

  /** Per-instance strings: `heading`, `titlePrefix`, `entry` (`{label}` and `{message}`). */
  @property({ attribute: false }) strings: Partial<Record<ErrorSummaryStringKey, Message>> = {};

  @state() private entries: Entry[] = [];
  /** Off after a live update: the list then changes silently (each field's own message speaks). */
  @state() private alerting = true;
  /** The server errors of the child markup, read after the first render (which matches the server's). */
  @state() private markupItems: ErrorSummaryItem[] = [];
  /** The child markup has been read: it is not displayed any more. */
  @state() private markupRead = false;

  readonly #i18n = new I18nController<ErrorSummaryStringKey>(this, errorSummaryStrings);
  #root: Document | ShadowRoot | null = null;
  #observer: MutationObserver | undefined;
  /** The controls that fired `invalid` in the current task (one submit attempt). */
  #burst: Set<HTMLElement> | null = null;
  #flushQueued = false;
  #focusNext = false;
  /** Server entries waiting for the field they point at to render its control. */
  readonly #waiting = new WeakSet<Entry>();

  /** The form the summary follows: `for`, or the form it is in. */
  get form(): HTMLFormElement | null {
    if (this.htmlFor) {
      const el = this.#byId(this.htmlFor);
      return el instanceof HTMLFormElement ? el : null;
    }
    return this.closest('form');
  }

  /** The texts of the errors shown now, in order. */
  get messages(): string[] {
    return this.entries.map((entry) => entry.text);
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#root = this.getRootNode() as Document | ShadowRoot;
    // `invalid` doesn't bubble: capture it. Listening on the root (not the form) also catches
    // controls tied to the form by their `form` attribute.
    this.#root.addEventListener('invalid', this.#onInvalid, true);
    this.#root.addEventListener('input', this.#onEdit);
    this.#root.addEventListener('change', this.#onEdit);
    this.#root.addEventListener('submit', this.#onSubmit, true);
    this.#root.addEventListener('reset', this.#onReset, true);
    // The child markup is the page's (or a framework's): follow what it says, never touch it.
    // (read from the first update on: the first render is the server's)
    this.#observer ??= new MutationObserver(() => {
      if (this.hasUpdated) this.#readMarkup();
    });
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['href'],
    });
    if (this.hasUpdated) this.#readMarkup();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#root?.removeEventListener('invalid', this.#onInvalid, true);
    this.#root?.removeEventListener('input', this.#onEdit);
    this.#root?.removeEventListener('change', this.#onEdit);
    this.#root?.removeEventListener('submit', this.#onSubmit, true);
    this.#root?.removeEventListener('reset', this.#onReset, true);
    this.#root = null;
    this.#burst = null;
    this.#setTitle(false);
  }

  /** Server markup (`<li><a href="#id">…</a></li>`) as data; our own list is left out. */
  #readMarkup() {
    const own = this.lightPartRoot(PART);
    const items = itemsFromMarkup(
      [...this.querySelectorAll('li')]
        .filter((li) => !own?.contains(li))
        .map((li) => ({ text: li.textContent, href: li.querySelector('a[href]')?.getAttribute('href') })),
    );
    if (!sameItems(items, this.markupItems)) this.markupItems = items;
  }

  /** `errors` when given, the child markup otherwise. */
  #errorsGiven(): boolean {
    return Array.isArray(this.errors) && this.errors.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('headingLevel')) {
      const level = Math.round(Number(this.headingLevel));
      if (!(level >= 1 && level <= 6)) {
        if (DEV)
          warnOnce(
            this.localName,
            'heading-level',
            'heading-level doit aller de 1 à 6 ; 2 est utilisé.',
            DOCS,
          );
        this.headingLevel = 2;
      }
    }
    const fromMarkup = !this.#errorsGiven();
    if (changed.has('errors') || ((changed as PropertyValues).has('markupItems') && fromMarkup)) {
      const entries = serverEntries<HTMLElement>(fromMarkup ? this.markupItems : this.errors);
      if (entries.length || this.hasUpdated) {
        this.entries = entries;
        this.alerting = true;
        this.#focusNext = entries.length > 0 && !this.noAutofocus;
      }
    }
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    this.#readMarkup();
    this.markupRead = true;
  }

  protected override updated() {
    this.#setTitle(this.entries.length > 0);
    if (this.#focusNext && this.entries.length) {
      this.#focusNext = false;
      const box = this.lightPartRoot(PART)?.querySelector<HTMLElement>('.gouv-error-summary');
      if (box) focusTemporarily(box);
    }
    // Server errors are linked to their controls here, not in the first render (the server
    // can't, and the first render is the server's).
    this.#linkServerEntries();
    if (DEV) this.#devChecks();
  }

  #devChecks() {
    if (DEV && !this.form && !this.htmlFor && this.entries.length === 0)
      warnOnce(
        this.localName,
        'no-form',
        'n’est pas dans un formulaire : placez-le en tête du <form> ou indiquez for="id-du-formulaire".',
        DOCS,
      );
    if (DEV && this.entries.some((entry) => entry.control && !entryHref(entry, this.#page)))
      warnOnce(
        this.localName,
        'no-id',
        'un champ en erreur n’a pas d’id : donnez-en un à chaque contrôle pour que son lien y mène sans script.',
        DOCS,
      );
  }

  #linkServerEntries() {
    let linked = false;
    for (const entry of this.entries) {
      if (!entry.server || entry.control || !entry.ref) continue;
      if (resolveEntry(entry, this.#page)) linked = true;
      else this.#waitForTarget(entry);
    }
    if (linked) this.requestUpdate();
  }

  /** A field referred to by name renders its controls after the summary: link it then. */
  #waitForTarget(entry: Entry) {
    if (this.#waiting.has(entry)) return;
    const target = entry.ref ? (this.#lookup(entry.ref) as Field | null) : null;
    if (!target) return;
    const tag = target.localName;
    let rendered: Promise<unknown>;
    if (tag.includes('-') && !customElements.get(tag))
      rendered = customElements.whenDefined(tag).then(() => target.updateComplete);
    else if (target.updateComplete) rendered = target.updateComplete;
    else return; // a plain element that is not a control: nothing will change
    this.#waiting.add(entry);
    void rendered.then(() => {
      this.#waiting.delete(entry);
      if (this.entries.includes(entry) && !entry.control && resolveEntry(entry, this.#page))
        this.requestUpdate();
    });
  }

  // ── collecting errors ───────────────────────────────────────────────────────────────────

  #onInvalid = (event: Event) => {
    const control = event.target;
    const form = this.form;
    if (!(control instanceof HTMLElement) || !form || ownerForm(control) !== form) return;
    // The summary lists every error: no browser bubble on the first one, no focus jump to it.
    event.preventDefault();
    // The browser fires `invalid` on each control in a row, within one task: the controls of
    // that task are one submit attempt. Microtasks may run between two of them (a user's
    // Enter), so the list is drawn again as the burst goes, from all the controls seen so far.
    if (!this.#burst) {
      const burst = (this.#burst = new Set());
      afterThisTask(() => {
        if (this.#burst === burst) this.#burst = null;
      });
    }
    this.#burst.add(control);
    if (this.#flushQueued) return;
    this.#flushQueued = true;
    queueMicrotask(() => {
      this.#flushQueued = false;
      this.#flush();
    });
  };

  #flush() {
    const entries = collectEntries([...(this.#burst ?? [])], this.#page, this.#compose);
    if (!entries.length) return;
    this.entries = entries;
    this.alerting = true;
    // After a submit attempt the summary always takes focus: the user is looking for what failed.
    this.#focusNext = true;
  }

  #compose = (label: string, message: string) => this.#i18n.t('entry', { label, message });

  /** A plain control's message in the page's language, not the browser's (« Please fill out this field »). */
  #nativeText(control: Control): string {
    const validity = control.validity;
    if (!validity || validity.valid) return '';
    const flag = validity.customError ? null : firstFailedFlag(validity);
    if (!flag) return control.validationMessage ?? '';
    const input = control as Partial<HTMLInputElement>;
    return nativeMessage(
      flag,
      {
        type: input.type,
        minLength: input.minLength,
        maxLength: input.maxLength,
        min: input.min,
        max: input.max,
        step: input.step,
        length: input.value?.length,
      },
      this.#i18n.lang,
    );
  }

  /** The page as the entries' logic reads it. */
  readonly #page: SummaryPage<HTMLElement> = {
    fieldOf: (node) => node.closest<Field>(FIELD) ?? undefined,
    isControl: (node) => node.matches(CONTROLS),
    groupOf: (node) => groupKey(node),
    compare: (a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1),
    isConnected: (node) => node.isConnected,
    firstControl: (field) => firstControl(field),
    message: (node) => (node as Control).validationMessage ?? '',
    nativeMessage: (control) => this.#nativeText(control),
    fieldLabel: (field) => (field as Field).label ?? '',
    label: (control) => labelText(control),
    isValid: (control) => (control as Control).validity?.valid !== false,
    value: (control) => valueOf(control),
    // A field whose definition has not loaded yet is not a control: it is waited for.
    find: (ref) => {
      const el = this.#lookup(ref);
      return el?.matches(':defined') ? el : undefined;
    },
    id: (node) => node.id,
  };

  // ── live updates ────────────────────────────────────────────────────────────────────────

  #onEdit = async (event: Event) => {
    const target = event.target;
    if (!this.entries.length || !(target instanceof HTMLElement)) return;
    const form = this.form;
    if (!form || ownerForm(target) !== form) return;
    if (!this.entries.some((entry) => concerns(entry, target, this.#page))) return;
    // A field re-validates in its own update: read its message after it.
    // (a follow-up update may be queued when the message changed: wait for it too, a few at most)
    const field = this.#page.fieldOf(target) as Field | undefined;
    for (let i = 0; i < 5 && field?.updateComplete; i++) if (await field.updateComplete) break;
    const next = afterEdit(this.entries, target, this.#page, this.#compose);
    this.alerting = false;
    this.entries = next;
  };

  #onSubmit = (event: Event) => {
    // The form goes: what it said is no longer the state of the page.
    if (event.target === this.form && this.entries.length) this.entries = [];
  };

  #onReset = (event: Event) => {
    if (event.target === this.form && this.entries.length) this.entries = [];
  };

  // ── following a link ────────────────────────────────────────────────────────────────────

  #follow(event: MouseEvent, entry: Entry) {
    if (!entry.control?.isConnected) {
      entry.control = undefined;
      if (entry.field?.isConnected) entry.control = firstControl(entry.field);
      else resolveEntry(entry, this.#page);
    }
    const control = entry.control;
    if (!control) return; // an id of something else: the browser follows the fragment
    event.preventDefault();
    // Like GOV.UK: show the question (label or legend), not the top edge of the box.
    (labelOrLegend(control, this.#root ?? this.ownerDocument) ?? control).scrollIntoView();
    if (control.matches(CONTROLS) || control.tabIndex >= 0) control.focus({ preventScroll: true });
    else focusTemporarily(control);
  }

  // ── page title ──────────────────────────────────────────────────────────────────────────

  /**
   * The title says « Erreur : » while any summary of the page shows errors (two forms, two
   * summaries: the prefix stays until both are clear). A prefix the server wrote is kept until
   * a summary has shown its errors and they are fixed.
   */
  #setTitle(on: boolean) {
    if (on) showing.add(this);
    else if (!showing.delete(this)) return;
    const doc = this.ownerDocument;
    const known = Object.values(errorSummaryStrings).map((catalog) => String(catalog.titlePrefix));
    const wanted = titleWith(doc.title, showing.size > 0, this.#i18n.t('titlePrefix'), known);
    if (doc.title !== wanted) doc.title = wanted;
  }

  /** What a server error's `#id` or name points at. */
  #lookup(ref: string): HTMLElement | null {
    const el = ref.startsWith('#')
      ? this.#byId(safeDecode(ref.slice(1)))
      : (this.form ?? this.#root ?? this.ownerDocument).querySelector(`[name="${CSS.escape(ref)}"]`);
    return el instanceof HTMLElement ? el : null;
  }

  #byId(id: string): HTMLElement | null {
    const root = this.#root ?? (this.getRootNode() as Document | ShadowRoot);
    return 'getElementById' in root ? root.getElementById(id) : null;
  }

  /**
   * The shadow root only places the box. The child markup shows through the default slot in
   * the first render (the server's: before scripts run, it is the only list), never after.
   */
  override render() {
    return html`<slot name=${PART}></slot>${this.markupRead ? nothing : html`<slot></slot>`}`;
  }

  protected override renderLightParts() {
    return [{ name: PART, slot: PART, template: this.#box() }];
  }

  #box() {
    if (!this.entries.length) return nothing;
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    const tag = HEADINGS[level - 1]!;
    return html`<div class="gouv-error-summary">
      <div class="gouv-error-summary__bar">${icon(errorWarningFill)}</div>
      <div class="gouv-error-summary__body" role=${this.alerting ? 'alert' : nothing}>
        ${staticHtml`<${tag} class="gouv-error-summary__title">${this.#i18n.t('heading')}</${tag}>`}
        <ul class="gouv-error-summary__list">
          ${repeat(
            this.entries,
            (entry) => entry,
            (entry) => {
              // A control without an id is still reached, by script.
              const href = entryHref(entry, this.#page) ?? (entry.control ? '#' : undefined);
              return html`<li>
                ${
                  href
                    ? html`<a href=${href} @click=${(e: MouseEvent) => this.#follow(e, entry)}
                        >${entry.text}</a
                      >`
                    : entry.text
                }
              </li>`;
            },
          )}
        </ul>
      </div>
    </div>`;
  }
}

/** Runs `callback` in a task of its own, after the current one (not a timer: fake clocks don't hold it). */
function afterThisTask(callback: () => void) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function ownerForm(el: HTMLElement): HTMLFormElement | null {
  const form = (el as Control).form;
  return form instanceof HTMLFormElement ? form : el.closest('form');
}

function groupKey(control: HTMLElement): string | undefined {
  const { type, name } = control as Control;
  return (type === 'radio' || type === 'checkbox') && name ? `${type}:${name}` : undefined;
}

function valueOf(control: Control): string {
  if (control.type === 'radio' || control.type === 'checkbox') {
    const form = ownerForm(control);
    const name = control.name;
    const all =
      form && name ? [...form.querySelectorAll<HTMLInputElement>(`[name="${CSS.escape(name)}"]`)] : [control];
    return all.map((c) => ((c as HTMLInputElement).checked ? '1' : '0')).join('');
  }
  return control.value ?? '';
}

/** The control a field's link goes to: its first invalid control, or its first one. */
function firstControl(field: Element): Control | undefined {
  const controls = [...field.querySelectorAll<HTMLInputElement>(CONTROLS)].filter((c) => !c.disabled);
  return controls.find((c) => !c.validity.valid) ?? controls[0];
}

/** A label's text without what it hides from assistive technologies (the required asterisk). */
function visibleText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return collapse(clone.textContent);
}

function labelText(control: Control): string {
  if (control.type === 'radio' || control.type === 'checkbox') {
    const legend = control.closest('fieldset')?.querySelector('legend');
    if (legend && control.name) return visibleText(legend);
  }
  const label = control.labels?.[0];
  if (label) return visibleText(label);
  return collapse(control.getAttribute('aria-label') ?? control.getAttribute('title'));
}

/**
 * What to scroll to so the question shows: the legend of a group of choices, or of a group of
 * inputs when it is close enough to stay on screen with the control; otherwise the label.
 */
function labelOrLegend(control: HTMLElement, root: Document | ShadowRoot): HTMLElement | null {
  const legend = control.closest('fieldset')?.querySelector('legend');
  if (legend) {
    const type = (control as Control).type;
    if (type === 'radio' || type === 'checkbox') return legend;
    const rect = control.getBoundingClientRect();
    const viewport = control.ownerDocument.defaultView?.innerHeight ?? 0;
    if (rect.height && viewport && rect.bottom - legend.getBoundingClientRect().top < viewport / 2)
      return legend;
  }
  const label = control.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null;
  return label ?? control.closest('label');
}
