import { html, nothing, render as renderTemplate } from 'lit';
import { property } from 'lit/decorators.js';
import { GouvElement, I18nController, icon, uniqueId, warnOnce, type Message } from '@gouvkit/core';
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
 * `<form>` inside it: « Continuer » then submits that form through its `form` attribute.
 * The « Retour » link is a real link to `back-href`, or, without it, goes back in the browser's
 * history, which the page never rewrites: the browser's own Back button keeps working.
 *
 * It renders in the light DOM: the heading is the document's `h1`, the link an ordinary link,
 * the button a native submit button of the form, and your fields stay in the page's tree. Your
 * content is never moved: the back link and heading render before it, the button after it; a
 * `<gouv-error-summary>` child shows above the heading, as in GOV.UK's pages.
 *
 * @tag gouv-question-page
 * @summary Page de question : une question par page, avec « Retour », le titre et « Continuer ».
 *
 * @slot - The form content: the fields that answer the question (light DOM: the element's children).
 *
 * @cssprop --gouv-color-text-title - The question.
 * @cssprop --gouv-color-background-action-high - The « Continuer » button.
 */
export class GouvQuestionPage extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [questionPageStyles];

  /** The question: the page's `h1`. Leave it out when the `h1` is the legend of your fieldset. */
  @property() heading = '';

  /** The name of the section the question belongs to, shown above the question. */
  @property() caption = '';

  /** Where « Retour » goes: the previous question. Without it, the link goes back in history. */
  @property({ attribute: 'back-href' }) backHref?: string;

  /** Per-instance strings: `back`, `continue` (« Enregistrer et continuer »…). */
  @property({ attribute: false }) strings: Partial<Record<QuestionPageStringKey, Message>> = {};

  readonly #i18n = new I18nController<QuestionPageStringKey>(this, questionPageStrings);
  readonly #start = Object.assign(document.createElement('div'), { className: 'gouv-question-page__start' });
  readonly #heading = Object.assign(document.createElement('div'), {
    className: 'gouv-question-page__title',
  });
  readonly #end = Object.assign(document.createElement('div'), { className: 'gouv-question-page__end' });
  /** Content added after the element rendered (a framework's children) goes before the button. */
  readonly #observer = new MutationObserver(() => this.#placeParts());

  /** The « Continuer » button. */
  get submitButton(): HTMLButtonElement | null {
    return this.#end.querySelector('button');
  }

  /** The form « Continuer » submits: the one around the page, or the one inside it. */
  get form(): HTMLFormElement | null {
    return this.closest('form') ?? this.querySelector('form');
  }

  protected override createRenderRoot() {
    return this.#start;
  }

  override connectedCallback() {
    this.#placeParts();
    super.connectedCallback();
    this.#observer.observe(this, { childList: true });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer.disconnect();
  }

  /**
   * Back link first, then the heading, then your content, then the button. A
   * `<gouv-error-summary>` among your content (a direct child) shows between the back link and
   * the heading, where GOV.UK places it: our heading moves after it, your nodes never move.
   */
  #placeParts() {
    if (this.firstChild !== this.#start) this.prepend(this.#start);
    const summary = [...this.children].find((child) => child.localName === 'gouv-error-summary');
    const before = summary ?? this.#start;
    if (before.nextSibling !== this.#heading) before.after(this.#heading);
    if (this.lastChild !== this.#end) this.append(this.#end);
  }

  #goBack = (event: Event) => {
    event.preventDefault();
    history.back();
  };

  #backLink() {
    const content = html`${icon(arrowLeftLine)}${this.#i18n.t('back')}`;
    if (this.backHref) return html`<a class="gouv-back-link" href=${this.backHref}>${content}</a>`;
    // Nothing to go back to (a page opened in a new tab): no link that would do nothing.
    if (history.length <= 1) return nothing;
    return html`<a class="gouv-back-link" href="#" @click=${this.#goBack}>${content}</a>`;
  }

  override render() {
    return this.#backLink();
  }

  #headingTemplate() {
    const caption = this.caption
      ? html`<span class="gouv-question-page__caption">${this.caption}</span>`
      : nothing;
    if (this.heading) return html`<h1 class="gouv-question-page__heading">${caption}${this.heading}</h1>`;
    return this.caption ? html`<p class="gouv-question-page__caption">${this.caption}</p>` : nothing;
  }

  protected override updated() {
    this.#placeParts();
    renderTemplate(this.#headingTemplate(), this.#heading, { host: this });
    const form = this.form;
    const inner = form && !this.closest('form') ? form : null;
    if (inner && !inner.id) inner.id = uniqueId('gouv-form');
    renderTemplate(
      html`<button class="gouv-question-page__continue" type="submit" form=${inner ? inner.id : nothing}>
        ${this.#i18n.t('continue')}
      </button>`,
      this.#end,
      { host: this },
    );
    if (!form)
      warnOnce(
        this.localName,
        'no-form',
        'n’est ni dans un <form> ni autour d’un <form> : « Continuer » n’envoie rien.',
        DOCS,
      );
    // The question is the page's h1: ours, or the one in the legend (checked once fields rendered).
    if (!this.heading)
      setTimeout(() => {
        if (this.isConnected && !this.heading && !this.querySelector('h1'))
          warnOnce(
            this.localName,
            'no-heading',
            'n’a pas de question : donnez heading="…" ou mettez un <h1> dans la légende (RGAA 9.1).',
            DOCS,
          );
      });
  }
}
