import { css } from 'lit';

// GOV.UK's question page with DSFR's look: a small « Retour » link with its arrow (fr-link--sm,
// fr-icon-arrow-left-line), the section's name in the mention colour above the h1, DSFR's h1
// (2rem on small screens, 2.5rem from 48em), the primary button (fr-btn). The page's parts are
// in the light DOM (its shadow root only has slots): scoped by the element name.
export const questionPageStyles = css`
  @layer gouvkit.components {
    gouv-question-page {
      display: block;
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-question-page[hidden] {
      display: none;
    }
    gouv-question-page .gouv-back-link {
      display: inline-flex;
      align-items: center;
      gap: var(--gouv-space-1w);
      margin-block-end: var(--gouv-space-3w);
      color: var(--gouv-color-text-action-high);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      text-decoration: underline;
      text-decoration-thickness: var(--gouv-border-width-thin);
      text-underline-offset: 0.2em;
    }
    gouv-question-page .gouv-back-link:hover {
      text-decoration-thickness: var(--gouv-border-width-thick);
    }
    gouv-question-page .gouv-back-link .gouv-icon {
      flex: none;
      inline-size: 1rem;
      block-size: 1rem;
    }
    gouv-question-page .gouv-question-page__caption {
      display: block;
      margin: 0 0 var(--gouv-space-1w);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-lg);
      line-height: var(--gouv-line-height-lg);
      font-weight: var(--gouv-font-weight-regular);
    }
    /* The page's h1: ours, or the one in your legend (or label) of a single question; gouv-fieldset's
       legend-heading has its own sizes. */
    gouv-question-page .gouv-question-page__heading,
    gouv-question-page legend > h1:not(.gouv-fieldset__heading),
    gouv-question-page label > h1,
    gouv-question-page h1 > label {
      margin: 0 0 var(--gouv-space-3w);
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-h2);
      line-height: var(--gouv-line-height-h2);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-question-page h1 > label {
      display: block;
      margin: 0;
    }
    @media (min-width: 48em) {
      gouv-question-page .gouv-question-page__heading,
      gouv-question-page legend > h1:not(.gouv-fieldset__heading),
      gouv-question-page label > h1,
      gouv-question-page h1 > label {
        font-size: var(--gouv-font-size-h1);
        line-height: var(--gouv-line-height-h1);
      }
    }
    /* The « Continuer » part, shown after your content. */
    gouv-question-page > [data-gouv-part='continue'] {
      margin-block-start: var(--gouv-space-3w);
    }
    gouv-question-page .gouv-question-page__continue {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      min-block-size: var(--gouv-size-control-md);
      margin: 0;
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      border: 0;
      border-radius: var(--gouv-radius-none);
      background-color: var(--gouv-color-background-action-high);
      color: var(--gouv-color-text-inverted);
      font: inherit;
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      font-weight: var(--gouv-font-weight-medium);
      cursor: pointer;
    }
    gouv-question-page .gouv-question-page__continue:hover {
      background-color: var(--gouv-color-background-action-high-hover);
    }
    gouv-question-page .gouv-question-page__continue:active {
      background-color: var(--gouv-color-background-action-high-active);
    }
    gouv-question-page .gouv-question-page__continue:disabled {
      cursor: not-allowed;
      background-color: var(--gouv-color-background-disabled);
      color: var(--gouv-color-text-disabled);
    }
    gouv-question-page .gouv-back-link:focus-visible,
    gouv-question-page .gouv-question-page__continue:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    /* Full width on small screens, as DSFR's buttons in a mobile form. */
    @media (max-width: 35.99em) {
      gouv-question-page .gouv-question-page__continue {
        inline-size: 100%;
      }
    }
    @media (forced-colors: active) {
      gouv-question-page .gouv-question-page__continue {
        border: 1px solid ButtonText;
      }
      gouv-question-page .gouv-back-link:focus-visible,
      gouv-question-page .gouv-question-page__continue:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
