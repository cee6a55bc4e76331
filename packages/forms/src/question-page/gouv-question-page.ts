import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DEV, GouvElement, I18nController, icon, warnOnce, type Message } from '@gouvkit/core';
import { arrowLeftLine } from '@gouvkit/icons';
import { questionPageStrings, type QuestionPageStringKey } from './question-page.strings.js';
import { questionPageStyles } from './question-page.styles.js';

const DOCS = 'formulaires-page-de-question--docs';

/**
 * GOV.UK's « Question pages » pattern, one question per page: a « Retour » link, the question
 * as the page's `h1` (with the section's name above it), your form content, and a « Continuer »
 * submit button.
 *
 * The question is the `heading` attribute, or, when the page asks one question with a
 * fieldset (radios, a date), the legend itself: `<gouv-fieldset legend-heading="1">`, or an `h1`
 * inside your own `<legend>`; leave `heading` out and the page renders no heading of its own.
 *
 * Put the element inside your `<form>` (action, method and CSRF token stay yours), or put the
 * `<form id="…">` inside it: « Continuer » then submits that form through its `form` attribute
 * (a form without an `id` is submitted by script). The « Retour » link is a real link to
 * `back-href`, or, without it, goes back in the browser's history, which the page never
 * rewrites: the browser's own Back button keeps working. That one needs JavaScript: the
 * server's markup has no « Retour » without `back-href`.
 *
 * Your content is never moved nor touched: the shadow root only lays it out, between the page's
 * own parts. Those are in the light DOM, before your content: the heading is the document's
 * `h1`, the link an ordinary link, the button a native submit button of the form (the form's
 * default button, first in its tree: Enter in a field submits with it). A `<gouv-error-summary
 * slot="error-summary">` shows between the back link and the heading, as in GOV.UK's pages.
 *
 * @tag gouv-question-page
 * @summary Page de question : une question par page, avec « Retour », le titre et « Continuer ».
 *
 * @slot - The form content: the fields that answer the question (the element's children).
 * @slot error-summary - A `<gouv-error-summary>`, shown between « Retour » and the question.
 *
 * @cssprop --gouv-color-text-title - The question.
 * @cssprop --gouv-color-background-action-high - The « Continuer » button.
 */
export class GouvQuestionPage extends GouvElement {
  static override lightStyles = [questionPageStyles];

  /** The question: the page's `h1`. Leave it out when the `h1` is the legend of your fieldset. */
  @property() heading = '';

  /** The name of the section the question belongs to, shown above the question. */
  @property() caption = '';

  /** Where « Retour » goes: the previous question. Without it, the link goes back in history. */
  @property({ attribute: 'back-href' }) backHref?: string;

  /** Per-instance strings: `back`, `continue` (« Enregistrer et continuer »…). */
  @property({ attribute: false }) strings: Partial<Record<QuestionPageStringKey, Message>> = {};

  /** The browser's history can go back: known after the first render (the server can't know). */
  @state() private canGoBack = false;
  /** The `id` of the form inside the page, when the page is not inside one. */
  @state() private innerFormId = '';

  readonly #i18n = new I18nController<QuestionPageStringKey>(this, questionPageStrings);
  /** A form put inside the page later (a framework's), or its `id` given later. */
  #observer: MutationObserver | undefined;

  /** The « Continuer » button. */
  get submitButton(): HTMLButtonElement | null {
    return this.lightPartRoot('continue')?.querySelector('button') ?? null;
  }

  /** The form « Continuer » submits: the one around the page, or the one inside it. */
  get form(): HTMLFormElement | null {
    return this.closest('form') ?? this.querySelector('form');
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#syncInnerForm();
    this.#observer ??= new MutationObserver(() => this.#syncInnerForm());
    this.#observer.observe(this, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
  }

  #syncInnerForm() {
    const inner = this.closest('form') ? null : this.querySelector('form');
    const id = inner?.id ?? '';
    if (id !== this.innerFormId) this.innerFormId = id;
  }

  protected override firstUpdated(changed: PropertyValues<this>) {
    super.firstUpdated(changed);
    // Nothing to go back to (a page opened in a new tab): no link that would do nothing.
    this.canGoBack = history.length > 1;
    if (DEV) void this.#checkHeading();
  }

  protected override updated() {
    if (DEV && !this.form)
      warnOnce(
        this.localName,
        'no-form',
        'n’est ni dans un <form> ni autour d’un <form> : « Continuer » n’envoie rien.',
        DOCS,
      );
    else if (DEV && !this.closest('form') && !this.innerFormId)
      warnOnce(
        this.localName,
        'form-id',
        'donnez un id au <form> placé dans la page : « Continuer » lui sera lié sans script.',
        DOCS,
      );
  }

  /** The question is the page's h1: ours, or the one in the legend (once the fields rendered). */
  async #checkHeading() {
    const pending = [...this.querySelectorAll('*')]
      .map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete)
      .filter((done) => done !== undefined);
    await Promise.all(pending);
    if (DEV && this.isConnected && !this.heading && !this.querySelector('h1'))
      warnOnce(
        this.localName,
        'no-heading',
        'n’a pas de question : donnez heading="…" ou mettez un <h1> dans la légende (RGAA 9.1).',
        DOCS,
      );
  }

  #goBack = (event: Event) => {
    event.preventDefault();
    history.back();
  };

  /** A form inside the page without an `id`: « Continuer » can't be tied to it, so it submits it. */
  #continue = () => {
    const button = this.submitButton;
    if (!button || button.form || button.disabled) return;
    const inner = this.querySelector('form');
    if (inner && !this.closest('form')) inner.requestSubmit();
  };

  #backLink() {
    const content = html`${icon(arrowLeftLine)}${this.#i18n.t('back')}`;
    if (this.backHref) return html`<a class="gouv-back-link" href=${this.backHref}>${content}</a>`;
    if (!this.canGoBack) return nothing;
    return html`<a class="gouv-back-link" href="#" @click=${this.#goBack}>${content}</a>`;
  }

  #headingTemplate() {
    const caption = this.caption
      ? html`<span class="gouv-question-page__caption">${this.caption}</span>`
      : nothing;
    if (this.heading) return html`<h1 class="gouv-question-page__heading">${caption}${this.heading}</h1>`;
    return this.caption ? html`<p class="gouv-question-page__caption">${this.caption}</p>` : nothing;
  }

  /** The shadow root lays out the parts and your content; it holds nothing else. */
  override render() {
    return html`<slot name="back"></slot><slot name="error-summary"></slot><slot name="heading"></slot
      ><slot></slot><slot name="continue"></slot>`;
  }

  protected override renderLightParts() {
    return [
      { name: 'back', slot: 'back', template: this.#backLink() },
      { name: 'heading', slot: 'heading', template: this.#headingTemplate() },
      {
        name: 'continue',
        slot: 'continue',
        template: html`<button
          class="gouv-question-page__continue"
          type="submit"
          form=${this.innerFormId || nothing}
          @click=${this.#continue}
        >
          ${this.#i18n.t('continue')}
        </button>`,
      },
    ];
  }
}
