import { css } from 'lit';

/**
 * The look of DSFR's « Interrupteur » (fr-toggle): a 2.5rem × 1.5rem track and a round thumb
 * that slides to the right and shows a tick when on. The native checkbox is the track itself
 * (`appearance: none`), so it is what is clicked, focused and outlined; the thumb is laid on it.
 */
export const toggleStyles = css`
  @layer gouvkit.components {
    gouv-toggle .gouv-toggle {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      column-gap: var(--gouv-space-2w);
      align-items: start;
    }
    gouv-toggle .gouv-toggle__input {
      grid-area: 1 / 1;
      inline-size: 2.5rem;
      block-size: 1.5rem;
      margin: 0;
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: var(--gouv-radius-pill);
      background-color: transparent;
      cursor: pointer;
      appearance: none;
      transition: background-color var(--gouv-motion-duration-short) var(--gouv-motion-easing-standard);
    }
    gouv-toggle .gouv-toggle__input:checked {
      background-color: var(--gouv-color-background-action-high);
    }
    gouv-toggle .gouv-toggle__input:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-toggle .gouv-toggle__thumb {
      display: flex;
      grid-area: 1 / 1;
      align-items: center;
      justify-content: center;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: 50%;
      background-color: var(--gouv-color-background-default);
      color: var(--gouv-color-text-action-high);
      pointer-events: none;
      transition: transform var(--gouv-motion-duration-short) var(--gouv-motion-easing-standard);
    }
    gouv-toggle .gouv-toggle__thumb .gouv-icon {
      inline-size: 1rem;
      block-size: 1rem;
      visibility: hidden;
    }
    gouv-toggle .gouv-toggle__input:checked + .gouv-toggle__thumb {
      transform: translateX(1rem);
    }
    gouv-toggle:dir(rtl) .gouv-toggle__input:checked + .gouv-toggle__thumb {
      transform: translateX(-1rem);
    }
    gouv-toggle .gouv-toggle__input:checked + .gouv-toggle__thumb .gouv-icon {
      visibility: visible;
    }
    gouv-toggle .gouv-toggle__state {
      grid-column: 1;
      grid-row: 2;
      color: var(--gouv-color-text-action-high);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-toggle .gouv-toggle__body {
      grid-column: 2;
      grid-row: 1 / 3;
      min-inline-size: 0;
    }
    gouv-toggle .gouv-toggle__label {
      display: block;
      color: var(--gouv-color-text-label);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      cursor: pointer;
      overflow-wrap: break-word;
    }
    gouv-toggle .gouv-toggle .gouv-hint {
      overflow-wrap: break-word;
    }

    /* Disabled: greyed, not clickable. */
    gouv-toggle .gouv-toggle__input:disabled,
    gouv-toggle .gouv-toggle__input:disabled + .gouv-toggle__thumb {
      border-color: var(--gouv-color-border-disabled);
      color: var(--gouv-color-text-disabled);
      cursor: not-allowed;
    }
    gouv-toggle .gouv-toggle__input:disabled:checked {
      background-color: var(--gouv-color-background-disabled);
    }
    gouv-toggle .gouv-toggle__input:disabled ~ .gouv-toggle__body .gouv-toggle__label {
      color: var(--gouv-color-text-disabled);
      cursor: not-allowed;
    }
    /* Only a disabled control's label is exempt from contrast: the state text stays readable. */
    gouv-toggle .gouv-toggle__input:disabled ~ .gouv-toggle__state {
      color: var(--gouv-color-text-mention);
    }

    /* Error. */
    gouv-toggle .gouv-field--error .gouv-toggle__input:not(:disabled),
    gouv-toggle .gouv-field--error .gouv-toggle__input:not(:disabled) + .gouv-toggle__thumb {
      border-color: var(--gouv-color-border-error);
    }
    gouv-toggle .gouv-field--error .gouv-toggle__label {
      color: var(--gouv-color-text-error);
    }

    @media (forced-colors: active) {
      gouv-toggle .gouv-toggle__input {
        border-color: ButtonText;
      }
      gouv-toggle .gouv-toggle__input:checked {
        background-color: Highlight;
        forced-color-adjust: none;
      }
      gouv-toggle .gouv-toggle__thumb {
        border-color: ButtonText;
        background-color: Canvas;
        color: ButtonText;
        forced-color-adjust: none;
      }
      gouv-toggle .gouv-toggle__input:disabled,
      gouv-toggle .gouv-toggle__input:disabled + .gouv-toggle__thumb,
      gouv-toggle .gouv-toggle__input:disabled ~ .gouv-toggle__body .gouv-toggle__label {
        border-color: GrayText;
        color: GrayText;
      }
      gouv-toggle .gouv-toggle__input:disabled:checked {
        background-color: GrayText;
      }
    }
  }
`;
