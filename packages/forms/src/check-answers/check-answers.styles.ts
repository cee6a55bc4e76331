import { css } from 'lit';

// GOV.UK's summary list in DSFR's colours and type: rows separated by a thin line; on small
// screens the question, the answer and « Modifier » stack; from 48em they sit in three
// columns (30 % question, answer, « Modifier » at the end). Light DOM: scoped by the element name.
export const checkAnswersStyles = css`
  @layer gouvkit.components {
    gouv-check-answers {
      display: block;
      margin-block-end: var(--gouv-space-4w);
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-check-answers[hidden] {
      display: none;
    }
    gouv-check-answers .gouv-check-answers__heading {
      margin: 0 0 var(--gouv-space-2w);
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-h4);
      line-height: var(--gouv-line-height-h4);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-check-answers .gouv-check-answers__list {
      margin: 0 0 var(--gouv-space-4w);
      padding: 0;
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
    }
    gouv-check-answers .gouv-check-answers__row {
      padding-block: var(--gouv-space-3v);
      border-block-end: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    gouv-check-answers .gouv-check-answers__row:first-child {
      border-block-start: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    gouv-check-answers .gouv-check-answers__key,
    gouv-check-answers .gouv-check-answers__value,
    gouv-check-answers .gouv-check-answers__actions {
      margin: 0;
      overflow-wrap: anywhere;
    }
    gouv-check-answers .gouv-check-answers__key {
      margin-block-end: var(--gouv-space-1v);
      color: var(--gouv-color-text-title);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-check-answers .gouv-check-answers__actions {
      margin-block-start: var(--gouv-space-1w);
    }
    gouv-check-answers .gouv-check-answers__empty {
      color: var(--gouv-color-text-mention);
    }
    @media (min-width: 48em) {
      gouv-check-answers .gouv-check-answers__row {
        display: grid;
        grid-template-columns: 30% minmax(0, 1fr) auto;
        column-gap: var(--gouv-space-2w);
      }
      gouv-check-answers .gouv-check-answers__key,
      gouv-check-answers .gouv-check-answers__actions {
        margin-block: 0;
      }
      gouv-check-answers .gouv-check-answers__actions {
        text-align: end;
      }
    }
    gouv-check-answers .gouv-check-answers__change {
      color: var(--gouv-color-text-action-high);
      text-decoration: underline;
      text-decoration-thickness: var(--gouv-border-width-thin);
      text-underline-offset: 0.2em;
    }
    gouv-check-answers .gouv-check-answers__change:hover {
      text-decoration-thickness: var(--gouv-border-width-thick);
    }
    gouv-check-answers .gouv-check-answers__change:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    @media (forced-colors: active) {
      gouv-check-answers .gouv-check-answers__change:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
