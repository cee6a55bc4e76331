import { css } from 'lit';

/**
 * GOV.UK's conditional reveal, in DSFR's spacing: a grey bar under the control that reveals
 * the content, the content aligned with the labels. These rules style the host from the page
 * (adopted when the element connects, and in the stylesheet a server-rendered page links): the
 * content shows until the element knows its trigger is not checked, so without JavaScript all
 * of it shows, as with GOV.UK.
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
    gouv-conditional-reveal:state(closed),
    gouv-conditional-reveal[hidden] {
      display: none;
    }
    @media (forced-colors: active) {
      gouv-conditional-reveal {
        border-inline-start-color: CanvasText;
      }
    }
  }
`;

/** Inside the shadow root: the page's content, slotted. */
export const conditionalRevealShadowStyles = css`
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
`;
