import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal } from 'lit/static-html.js';
import {
  DEV,
  GouvElement,
  I18nController,
  warnOnce,
  type Message,
  visuallyHiddenStyles,
} from '@gouvkit/core';
import { checkAnswersStrings, type CheckAnswersStringKey } from './check-answers.strings.js';
import { checkAnswersStyles } from './check-answers.styles.js';

/** One row: a question and the user's answer, with where to change it. */
export interface CheckAnswer {
  /** The question, short (« Nom », « Date de naissance »). */
  key: string;
  /** The answer; line breaks (an address) show as line breaks, as text. */
  value: string;
  /** The page where the answer is changed: adds the « Modifier » link. */
  href?: string;
  /** What « Modifier » changes, for screen readers: « le nom » makes « Modifier le nom ». */
  changeLabel?: string;
}

const HEADINGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const DOCS = 'formulaires-vérifier-les-réponses--docs';

/**
 * GOV.UK's « Check answers » pattern: before sending, the questions and answers in a summary
 * list (`<dl>`), each with a « Modifier » link whose accessible name says what it changes
 * (« Modifier le nom »), under a heading; then your confirmation (a declaration, the
 * « Confirmer et envoyer » button in its form), given as the element's content.
 *
 * It renders in the light DOM, in a wrapper of its own put before your content: the heading is
 * in the page's outline, the links are ordinary links, and your confirmation form stays yours.
 * Your content (a framework's too) is never moved nor touched.
 *
 * @tag gouv-check-answers
 * @summary Vérifier les réponses : récapitulatif des réponses avec un lien « Modifier » par question.
 *
 * @slot - The confirmation: a declaration and the send button, in your form (the element's children).
 *
 * @cssprop --gouv-color-border-default - The lines between rows.
 * @cssprop --gouv-color-text-action-high - The « Modifier » links.
 */
export class GouvCheckAnswers extends GouvElement {
  static override lightDom = true;
  static override lightStyles = [visuallyHiddenStyles, checkAnswersStyles];

  /** The heading above the list (a section: « Vos informations personnelles »). */
  @property() heading = '';

  /** The level of the heading (1 to 6), 2 by default: the page's h1 is « Vérifiez vos réponses ». */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The rows: `[{ key: 'Nom', value: 'Dupont', href: '/nom', changeLabel: 'le nom' }]`. */
  @property({ attribute: false }) answers: CheckAnswer[] = [];

  /** Per-instance strings: `change`, `changeWhat` (`{key}`), `empty`. */
  @property({ attribute: false }) strings: Partial<Record<CheckAnswersStringKey, Message>> = {};

  readonly #i18n = new I18nController<CheckAnswersStringKey>(this, checkAnswersStrings);

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('answers') && !Array.isArray(this.answers)) {
      if (DEV)
        warnOnce(this.localName, 'answers', 'answers doit être un tableau [{ key, value, href }].', DOCS);
      this.answers = [];
    }
  }

  #value(value: unknown) {
    const text = value == null ? '' : String(value);
    if (text.trim() === '')
      return html`<span class="gouv-check-answers__empty">${this.#i18n.t('empty')}</span>`;
    // Each line as text, joined by <br>: an address keeps its lines, and nothing is parsed as HTML.
    return text.split(/\r\n|\r|\n/).map((line, index) => (index ? html`<br />${line}` : line));
  }

  #row(answer: CheckAnswer) {
    const key = String(answer?.key ?? '');
    const what = answer?.changeLabel?.trim() || this.#i18n.t('changeWhat', { key });
    return html`<div class="gouv-check-answers__row">
      <dt class="gouv-check-answers__key">${key}</dt>
      <dd class="gouv-check-answers__value">${this.#value(answer?.value)}</dd>
      ${
        answer?.href
          ? html`<dd class="gouv-check-answers__actions">
              <a class="gouv-check-answers__change" href=${answer.href}
                >${this.#i18n.t('change')}<span class="gouv-visually-hidden"> ${what}</span></a
              >
            </dd>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const level = Math.min(6, Math.max(1, Math.round(Number(this.headingLevel)) || 2));
    const tag = HEADINGS[level - 1]!;
    return html`${
      this.heading
        ? staticHtml`<${tag} class="gouv-check-answers__heading">${this.heading}</${tag}>`
        : nothing
    }
    ${
      this.answers.length
        ? html`<dl class="gouv-check-answers__list">${this.answers.map((answer) => this.#row(answer))}</dl>`
        : nothing
    }`;
  }
}
