import { css } from 'lit';

// A DSFR error alert (fr-alert--error: a thin error border and a side bar with the icon), with
// GOV.UK's list of bold error-coloured links. Light DOM: scoped by the element name.
export const errorSummaryStyles = css`
  @layer gouvkit.components {
    gouv-error-summary {
      display: block;
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-error-summary[hidden] {
      display: none;
    }
    gouv-error-summary .gouv-error-summary {
      display: flex;
      margin-block-end: var(--gouv-space-4w);
      border: var(--gouv-border-width-thin) solid var(--gouv-color-border-error);
      background-color: var(--gouv-color-background-default);
    }
    gouv-error-summary .gouv-error-summary:focus {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-error-summary .gouv-error-summary__bar {
      flex: none;
      display: flex;
      justify-content: center;
      inline-size: var(--gouv-space-5w);
      padding-block-start: var(--gouv-space-2w);
      background-color: var(--gouv-color-border-error);
      color: var(--gouv-color-background-default);
    }
    gouv-error-summary .gouv-error-summary__bar .gouv-icon {
      inline-size: var(--gouv-space-3w);
      block-size: var(--gouv-space-3w);
    }
    gouv-error-summary .gouv-error-summary__body {
      flex: 1;
      min-inline-size: 0;
      padding: var(--gouv-space-2w) var(--gouv-space-3w) var(--gouv-space-2w) var(--gouv-space-2w);
    }
    gouv-error-summary .gouv-error-summary__title {
      margin: 0 0 var(--gouv-space-1w);
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-xl);
      line-height: var(--gouv-line-height-xl);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-error-summary .gouv-error-summary__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    gouv-error-summary .gouv-error-summary__list li + li {
      margin-block-start: var(--gouv-space-1w);
    }
    gouv-error-summary .gouv-error-summary__list a {
      color: var(--gouv-color-text-error);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      font-weight: var(--gouv-font-weight-bold);
      text-decoration: underline;
      text-decoration-thickness: var(--gouv-border-width-thin);
      text-underline-offset: 0.2em;
      overflow-wrap: anywhere;
    }
    gouv-error-summary .gouv-error-summary__list a:hover {
      text-decoration-thickness: var(--gouv-border-width-thick);
    }
    gouv-error-summary .gouv-error-summary__list a:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    @media (forced-colors: active) {
      gouv-error-summary .gouv-error-summary__bar {
        border-inline-end: var(--gouv-border-width-thin) solid CanvasText;
      }
      gouv-error-summary .gouv-error-summary__bar .gouv-icon {
        color: CanvasText;
      }
      gouv-error-summary .gouv-error-summary:focus,
      gouv-error-summary .gouv-error-summary__list a:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
