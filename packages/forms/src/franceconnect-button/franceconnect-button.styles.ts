import { css } from 'lit';

// DSFR's fr-connect-group / fr-connect (v1.15.3): the logo on the left (absolutely placed, as
// DSFR's ::before), « S’identifier avec » then the brand in bold, on two lines; the « + » of
// FranceConnect+ large at the bottom right. Sizes in em, as DSFR, so the button follows the
// text size. Light DOM: every rule is scoped by the element name.
export const franceConnectButtonStyles = css`
  @layer gouvkit.components {
    gouv-franceconnect-button {
      display: block;
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-franceconnect-button[hidden] {
      display: none;
    }
    gouv-franceconnect-button .gouv-connect {
      position: relative;
      display: inline-flex;
      flex-direction: column;
      align-items: flex-start;
      justify-content: center;
      box-sizing: border-box;
      margin: 0 0 var(--gouv-space-3v);
      padding: 0.625em 0.75em 0.625em 4em;
      border: 0;
      border-radius: var(--gouv-radius-none);
      background-color: var(--gouv-color-background-action-high);
      color: var(--gouv-color-text-inverted);
      font: inherit;
      font-size: var(--gouv-font-size-md);
      text-align: start;
      text-decoration: none;
      cursor: pointer;
      -webkit-tap-highlight-color: transparent;
    }
    gouv-franceconnect-button .gouv-connect[href]:hover,
    gouv-franceconnect-button button.gouv-connect:enabled:hover {
      background-color: var(--gouv-color-background-action-high-hover);
    }
    gouv-franceconnect-button .gouv-connect[href]:active,
    gouv-franceconnect-button button.gouv-connect:enabled:active {
      background-color: var(--gouv-color-background-action-high-active);
    }
    gouv-franceconnect-button .gouv-connect:focus-visible,
    gouv-franceconnect-button .gouv-connect__about:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-franceconnect-button .gouv-connect__logo {
      position: absolute;
      inset-block-start: 50%;
      inset-inline-start: 0.75em;
      inline-size: 2.5em;
      block-size: 3em;
      margin-block-start: -1.5em;
    }
    gouv-franceconnect-button .gouv-connect--proconnect {
      padding-inline-start: 4.4375em;
    }
    gouv-franceconnect-button .gouv-connect--proconnect .gouv-connect__logo {
      inline-size: 3.4375em;
    }
    gouv-franceconnect-button .gouv-connect__login,
    gouv-franceconnect-button .gouv-connect__brand {
      line-height: 1;
      white-space: nowrap;
    }
    gouv-franceconnect-button .gouv-connect__login {
      font-size: 1.0625em;
    }
    gouv-franceconnect-button .gouv-connect__brand {
      font-size: 1.125em;
      font-weight: var(--gouv-font-weight-bold);
    }
    /* The « + » stays in the text flow (an absolutely placed one would be read « FranceConnect + »):
       three times the button's text, as DSFR's ::after, on the brand's baseline, its line box
       flattened so the button keeps its height. */
    gouv-franceconnect-button .gouv-connect__plus {
      position: relative;
      inset-block-start: 0.12em;
      margin-inline-start: 0.15em;
      font-size: calc(3em / 1.125);
      line-height: 0;
    }
    gouv-franceconnect-button .gouv-connect:disabled,
    gouv-franceconnect-button a.gouv-connect:not([href]) {
      cursor: not-allowed;
      background-color: var(--gouv-color-background-disabled);
      color: var(--gouv-color-text-disabled);
    }
    gouv-franceconnect-button .gouv-connect__info {
      margin: 0 0 var(--gouv-space-2w);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-franceconnect-button .gouv-connect__about {
      color: var(--gouv-color-text-action-high);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      text-decoration: underline;
      text-decoration-thickness: var(--gouv-border-width-thin);
      text-underline-offset: 0.2em;
    }
    gouv-franceconnect-button .gouv-connect__about:hover {
      text-decoration-thickness: var(--gouv-border-width-thick);
    }
    gouv-franceconnect-button .gouv-connect__external {
      display: inline-block;
      inline-size: 1rem;
      block-size: 1rem;
      margin-inline-start: var(--gouv-space-1v);
      vertical-align: -0.125rem;
    }
    @media (forced-colors: active) {
      /* System colours set here, not by the browser: its text backplates follow line boxes, and
         the large « + » makes its line tall enough for the backplate to cover the first line. */
      gouv-franceconnect-button .gouv-connect {
        forced-color-adjust: none;
        border: 1px solid ButtonText;
        background-color: ButtonFace;
        color: ButtonText;
      }
      gouv-franceconnect-button .gouv-connect[href] {
        border-color: LinkText;
        color: LinkText;
      }
      gouv-franceconnect-button .gouv-connect[href]:hover,
      gouv-franceconnect-button button.gouv-connect:enabled:hover,
      gouv-franceconnect-button .gouv-connect[href]:active,
      gouv-franceconnect-button button.gouv-connect:enabled:active {
        background-color: ButtonFace;
        border-color: Highlight;
      }
      gouv-franceconnect-button .gouv-connect__login,
      gouv-franceconnect-button .gouv-connect__brand {
        line-height: 1.1;
      }
      gouv-franceconnect-button .gouv-connect:disabled,
      gouv-franceconnect-button a.gouv-connect:not([href]) {
        background-color: ButtonFace;
        border-color: GrayText;
        color: GrayText;
      }
      gouv-franceconnect-button .gouv-connect__about {
        text-underline-offset: 5px;
      }
      gouv-franceconnect-button .gouv-connect:focus-visible,
      gouv-franceconnect-button .gouv-connect__about:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
