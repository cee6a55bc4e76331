import { css } from 'lit';

/**
 * GOV.UK's conditional reveal, in DSFR's spacing: a grey bar under the control that reveals
 * the content, the content aligned with the labels.
 */
export const conditionalRevealStyles = css`
  @layer gouvkit.components {
    gouv-conditional-reveal {
      display: block;
      margin-block: var(--gouv-space-1w) var(--gouv-space-2w);
      margin-inline-start: calc(0.75rem - 2px);
      padding-block: var(--gouv-space-1w);
      padding-inline-start: calc(1.25rem - 2px);
      border-inline-start: 4px solid var(--gouv-color-border-default);
    }
    gouv-conditional-reveal[hidden] {
      display: none;
    }
    gouv-conditional-reveal .gouv-reveal__content {
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    gouv-conditional-reveal .gouv-reveal__content > :last-child {
      margin-block-end: 0;
    }
    @media (forced-colors: active) {
      gouv-conditional-reveal {
        border-inline-start-color: CanvasText;
      }
    }
  }
`;
