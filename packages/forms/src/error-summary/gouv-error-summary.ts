import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import {
  GouvElement,
  I18nController,
  focusTemporarily,
  icon,
  uniqueId,
  warnOnce,
  type Message,
} from '@gouvkit/core';
import { errorWarningFill } from '@gouvkit/icons';
import { firstFailedFlag, nativeMessage } from '../shared/validity-messages.js';
import { errorSummaryStrings, type ErrorSummaryStringKey } from './error-summary.strings.js';
import { errorSummaryStyles } from './error-summary.styles.js';

/** A server-side error: a link to the field, and the text to show. */
export interface ErrorSummaryItem {
  /** `#id` of the control or of a gouvkit field (`<gouv-input id="nom">`), or the field's `name`. */
  href?: string;
  /** The message, rendered as text. */
  text: string;
}

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

interface Entry {
  text: string;
  server: boolean;
  /** For a server error: the `#id` or name it was given. */
  ref?: string;
  /** The control the link focuses, once known. */
  control?: Control;
  /** The gouvkit field the control belongs to: it counts once. */
  field?: Field;
  /** Radios and checkboxes of one name count once. */
  group?: string;
  /** A server error on a plain control stands until the control's value changes. */
  value?: string;
}

/** The summaries showing errors now: the page title is prefixed while there is one. */
const showing = new Set<Element>();

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const CONTROLS = 'input:not([type="hidden"]), select, textarea';
const FIELD = '[data-gouv-field]';
const DOCS = 'formulaires-récapitulatif-des-erreurs--docs';

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
 * validated on the server works the same way.
 *
 * It renders in the light DOM: its heading is in the page's outline, its links are ordinary
 * fragment links to ids of the document, and the server's markup shows before scripts run.
 * Like GOV.UK's, the list sits in a `role="alert"` container while the box takes focus: focus
 * makes screen readers read it, the alert covers those that miss a focus change.
 *
 * @tag gouv-error-summary
 * @summary Récapitulatif des erreurs : liste les erreurs d’un formulaire et mène à chaque champ.
 *
 * @cssprop --gouv-color-border-error - The border and the side bar.
 * @cssprop --gouv-color-text-error - The links.
 */
export class GouvErrorSummary extends GouvElement {
  static override lightDom = true;
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

  readonly #i18n = new I18nController<ErrorSummaryStringKey>(this, errorSummaryStrings);
  #childItems: ErrorSummaryItem[] = [];
  #childrenRead = false;
  #root: Document | ShadowRoot | null = null;
  #pending: Control[] = [];
  #flushTimer: ReturnType<typeof setTimeout> | undefined;
  #focusNext = false;

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
    this.#readChildren();
    super.connectedCallback();
    this.#root = this.getRootNode() as Document | ShadowRoot;
    // `invalid` doesn't bubble: capture it. Listening on the root (not the form) also catches
    // controls tied to the form by their `form` attribute.
    this.#root.addEventListener('invalid', this.#onInvalid, true);
    this.#root.addEventListener('input', this.#onEdit);
    this.#root.addEventListener('change', this.#onEdit);
    this.#root.addEventListener('submit', this.#onSubmit, true);
    this.#root.addEventListener('reset', this.#onReset, true);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#root?.removeEventListener('invalid', this.#onInvalid, true);
    this.#root?.removeEventListener('input', this.#onEdit);
    this.#root?.removeEventListener('change', this.#onEdit);
    this.#root?.removeEventListener('submit', this.#onSubmit, true);
    this.#root?.removeEventListener('reset', this.#onReset, true);
    this.#root = null;
    clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#setTitle(false);
  }

  /** Server markup (`<li><a href="#id">…</a></li>`) becomes data; the element renders it itself. */
  #readChildren() {
    if (this.#childrenRead) return;
    this.#childrenRead = true;
    this.#childItems = [...this.querySelectorAll('li')]
      .map((li) => ({
        href: li.querySelector('a[href]')?.getAttribute('href') ?? undefined,
        text: collapse(li.textContent),
      }))
      .filter((item) => item.text !== '');
    this.replaceChildren();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('headingLevel')) {
      const level = Math.round(Number(this.headingLevel));
      if (!(level >= 1 && level <= 6)) {
        warnOnce(this.localName, 'heading-level', 'heading-level doit aller de 1 à 6 ; 2 est utilisé.', DOCS);
        this.headingLevel = 2;
      }
    }
    const first = !this.hasUpdated;
    if (first || changed.has('errors')) {
      const errors = Array.isArray(this.errors) ? this.errors : [];
      const items = errors.length || !first ? errors : this.#childItems;
      if (items.length || !first) {
        this.entries = items.filter((item) => item?.text).map((item) => this.#serverEntry(item));
        this.alerting = true;
        this.#focusNext = this.entries.length > 0 && !this.noAutofocus;
      }
    }
  }

  protected override updated() {
    this.#setTitle(this.entries.length > 0);
    if (this.#focusNext && this.entries.length) {
      this.#focusNext = false;
      const box = this.querySelector<HTMLElement>('.gouv-error-summary');
      if (box) focusTemporarily(box);
    }
    // Fields referred to by name render their controls after the summary: link them then.
    if (this.entries.some((entry) => entry.server && entry.ref && !entry.control))
      setTimeout(() => {
        let found = false;
        for (const entry of this.entries)
          if (entry.server && !entry.control) found = this.#resolve(entry) || found;
        if (found) this.requestUpdate();
      });
    if (!this.form && !this.htmlFor && this.entries.length === 0)
      warnOnce(
        this.localName,
        'no-form',
        'n’est pas dans un formulaire : placez-le en tête du <form> ou indiquez for="id-du-formulaire".',
        DOCS,
      );
  }

  // ── collecting errors ───────────────────────────────────────────────────────────────────

  #onInvalid = (event: Event) => {
    const control = event.target;
    const form = this.form;
    if (!(control instanceof HTMLElement) || !form || ownerForm(control) !== form) return;
    // The summary lists every error: no browser bubble on the first one, no focus jump to it.
    event.preventDefault();
    this.#pending.push(control);
    // The browser fires `invalid` on each control in a row; microtasks may run between two of
    // them, so gather them after the whole burst, in the next task.
    this.#flushTimer ??= setTimeout(() => this.#flush());
  };

  #flush() {
    this.#flushTimer = undefined;
    const controls = this.#pending.splice(0).filter((control) => control.isConnected);
    controls.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    const seen = new Set<unknown>();
    const entries: Entry[] = [];
    for (const control of controls) {
      const field = control.closest<Field>(FIELD) ?? undefined;
      const key = field ?? groupKey(control) ?? control;
      if (seen.has(key)) continue;
      seen.add(key);
      const entry = this.#clientEntry(control, field);
      if (entry) entries.push(entry);
    }
    if (!entries.length) return;
    this.entries = entries;
    this.alerting = true;
    // After a submit attempt the summary always takes focus: the user is looking for what failed.
    this.#focusNext = true;
  }

  #clientEntry(invalid: Control, field: Field | undefined): Entry | undefined {
    if (field) {
      const control = invalid !== field && invalid.matches(CONTROLS) ? invalid : firstControl(field);
      const message = field.validationMessage || invalid.validationMessage || '';
      if (!message) return undefined;
      if (control) ensureId(control);
      const label = field.label?.trim() || (control ? labelText(control) : '');
      return { text: this.#compose(label, message), server: false, control, field };
    }
    const message = this.#nativeText(invalid);
    if (!message) return undefined;
    ensureId(invalid);
    return {
      text: this.#compose(labelText(invalid), message),
      server: false,
      control: invalid,
      group: groupKey(invalid),
    };
  }

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

  #compose(label: string, message: string) {
    return label ? this.#i18n.t('entry', { label, message }) : message;
  }

  #serverEntry(item: ErrorSummaryItem): Entry {
    const entry: Entry = { text: String(item.text), server: true, ref: item.href?.trim() || undefined };
    this.#resolve(entry);
    return entry;
  }

  /** Finds the control a server error is about. */
  #resolve(entry: Entry): boolean {
    const ref = entry.ref;
    if (!ref) return false;
    let el: Element | null = null;
    if (ref.startsWith('#')) el = this.#byId(safeDecode(ref.slice(1)));
    else el = (this.form ?? this.#root ?? document).querySelector(`[name="${CSS.escape(ref)}"]`);
    if (!(el instanceof HTMLElement)) return false;
    const field = el.closest<Field>(FIELD) ?? undefined;
    const control: Control | undefined = el === field ? firstControl(field) : el;
    if (!control) return false;
    entry.field = field;
    entry.control = control;
    entry.group = field ? undefined : groupKey(control);
    entry.value = valueOf(control);
    return true;
  }

  #href(entry: Entry): string | undefined {
    if (entry.ref?.startsWith('#')) return entry.ref;
    if (entry.control?.id) return `#${entry.control.id}`;
    if (entry.field?.id) return `#${entry.field.id}`;
    return undefined;
  }

  // ── live updates ────────────────────────────────────────────────────────────────────────

  #onEdit = async (event: Event) => {
    const target = event.target;
    if (!this.entries.length || !(target instanceof HTMLElement)) return;
    const form = this.form;
    if (!form || ownerForm(target) !== form) return;
    const field = target.closest<Field>(FIELD) ?? undefined;
    const group = groupKey(target);
    const concerns = (entry: Entry) =>
      field ? entry.field === field : entry.control === target || (!!group && entry.group === group);
    if (!this.entries.some(concerns)) return;
    // A field re-validates in its own update: read its message after it.
    // (a follow-up update may be queued when the message changed: wait for it too, a few at most)
    for (let i = 0; i < 5 && field?.updateComplete; i++) if (await field.updateComplete) break;
    const next = this.entries.filter((entry) => !concerns(entry) || this.#recheck(entry));
    this.alerting = false;
    this.entries = next;
  };

  /** Updates an entry after its field changed; false when the error is gone. */
  #recheck(entry: Entry): boolean {
    const { field, control } = entry;
    if (field) {
      const message = field.validationMessage ?? '';
      if (!message) return false;
      if (!(entry.server && message === entry.text)) {
        entry.text = this.#compose(field.label?.trim() || (control ? labelText(control) : ''), message);
        entry.server = false;
      }
      return true;
    }
    if (!control) return true;
    if (entry.server) return valueOf(control) === entry.value;
    if (control.validity?.valid !== false) return false;
    entry.text = this.#compose(labelText(control), this.#nativeText(control));
    return true;
  }

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
      else this.#resolve(entry);
    }
    const control = entry.control;
    if (!control) return; // an id of something else: the browser follows the fragment
    event.preventDefault();
    // Like GOV.UK: show the question (label or legend), not the top edge of the box.
    (labelOrLegend(control, this.#root ?? document) ?? control).scrollIntoView();
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
    const prefix = this.#i18n.t('titlePrefix');
    const known = [prefix, ...Object.values(errorSummaryStrings).map((catalog) => catalog.titlePrefix)];
    const title = collapse(doc.title);
    const found = known.map((p) => collapse(String(p))).find((p) => p && title.startsWith(p));
    const bare = found ? title.slice(found.length).trim() : doc.title;
    const wanted = showing.size > 0 ? `${prefix} ${bare}`.trim() : bare;
    if (doc.title !== wanted) doc.title = wanted;
  }

  #byId(id: string): HTMLElement | null {
    const root = this.#root ?? (this.getRootNode() as Document | ShadowRoot);
    return 'getElementById' in root ? root.getElementById(id) : null;
  }

  override render() {
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
              const href = this.#href(entry);
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

function collapse(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
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

function ensureId(control: HTMLElement) {
  if (!control.id) control.id = uniqueId('gouv-control');
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
    if (
      rect.height &&
      window.innerHeight &&
      rect.bottom - legend.getBoundingClientRect().top < window.innerHeight / 2
    )
      return legend;
  }
  const label = control.id ? root.querySelector<HTMLElement>(`label[for="${CSS.escape(control.id)}"]`) : null;
  return label ?? control.closest('label');
}
