import { css } from 'lit';

/**
 * The look of DSFR's « Curseur » (fr-range): the value above the thumb, a 0.75rem track filled
 * up to the thumb, a round thumb, and min and max under the ends. The native
 * `<input type="range">` keeps its own keyboard and touch behaviour; only its parts are drawn.
 * `--gouv-range-progress` (0 to 1, set by the element) places the fill and the value.
 */
export const rangeStyles = css`
  @layer gouvkit.components {
    gouv-range .gouv-range {
      --gouv-range-thumb: 1.5rem;
      --gouv-range-track: 0.75rem;
      display: grid;
      grid-template-columns: auto auto;
      justify-content: space-between;
      margin-block-start: var(--gouv-space-1w);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-range .gouv-range__output {
      grid-column: 1 / -1;
      position: relative;
      justify-self: start;
      inset-inline-start: calc(var(--gouv-range-progress, 0) * 100%);
      transform: translateX(calc(var(--gouv-range-progress, 0) * -100%));
      color: var(--gouv-color-text-action-high);
      white-space: nowrap;
    }
    gouv-range .gouv-range__input {
      grid-column: 1 / -1;
      inline-size: 100%;
      block-size: var(--gouv-range-thumb);
      margin: 0;
      background: transparent;
      cursor: pointer;
      appearance: none;
    }
    gouv-range .gouv-range__input:focus-visible {
      outline: none;
    }
    gouv-range .gouv-range__input::-webkit-slider-runnable-track {
      block-size: var(--gouv-range-track);
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: var(--gouv-radius-pill);
      background: linear-gradient(
          var(--gouv-color-background-action-high),
          var(--gouv-color-background-action-high)
        )
        no-repeat 0 0 /
        calc(var(--gouv-range-thumb) / 2 + var(--gouv-range-progress, 0) * (100% - var(--gouv-range-thumb)))
        100%;
    }
    gouv-range .gouv-range__input::-moz-range-track {
      block-size: var(--gouv-range-track);
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: var(--gouv-radius-pill);
      background: transparent;
    }
    gouv-range .gouv-range__input::-moz-range-progress {
      block-size: var(--gouv-range-track);
      border-radius: var(--gouv-radius-pill);
      background-color: var(--gouv-color-background-action-high);
    }
    gouv-range .gouv-range__input::-webkit-slider-thumb {
      inline-size: var(--gouv-range-thumb);
      block-size: var(--gouv-range-thumb);
      margin-block-start: calc((var(--gouv-range-track) - 2px - var(--gouv-range-thumb)) / 2);
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: 50%;
      background-color: var(--gouv-color-background-default);
      box-shadow: var(--gouv-shadow-raised);
      appearance: none;
    }
    gouv-range .gouv-range__input::-moz-range-thumb {
      inline-size: var(--gouv-range-thumb);
      block-size: var(--gouv-range-thumb);
      box-sizing: border-box;
      border: 1px solid var(--gouv-color-border-action-high);
      border-radius: 50%;
      background-color: var(--gouv-color-background-default);
      box-shadow: var(--gouv-shadow-raised);
    }
    gouv-range .gouv-range__input:focus-visible::-webkit-slider-thumb {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-range .gouv-range__input:focus-visible::-moz-range-thumb {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-range .gouv-range__min,
    gouv-range .gouv-range__max {
      color: var(--gouv-color-text-mention);
    }
    gouv-range .gouv-range__max {
      text-align: end;
    }

    /* Disabled: a grey track and thumb. */
    gouv-range .gouv-range__input:disabled {
      cursor: not-allowed;
    }
    gouv-range .gouv-range__input:disabled::-webkit-slider-runnable-track {
      border-color: var(--gouv-color-border-disabled);
      background-image: linear-gradient(
        var(--gouv-color-background-disabled),
        var(--gouv-color-background-disabled)
      );
    }
    gouv-range .gouv-range__input:disabled::-webkit-slider-thumb {
      border-color: var(--gouv-color-border-disabled);
      box-shadow: none;
    }
    gouv-range .gouv-range__input:disabled::-moz-range-thumb {
      border-color: var(--gouv-color-border-disabled);
      box-shadow: none;
    }
    gouv-range .gouv-range__input:disabled::-moz-range-progress {
      background-color: var(--gouv-color-background-disabled);
    }
    /* The label of a disabled control may be grey; other text keeps a readable contrast. */
    gouv-range .gouv-field:has(.gouv-range__input:disabled) .gouv-label {
      color: var(--gouv-color-text-disabled);
    }
    gouv-range .gouv-range--disabled .gouv-range__output {
      color: var(--gouv-color-text-mention);
    }

    /* Error: the field's red bar and label (from the field styles), a red track. */
    gouv-range .gouv-field--error .gouv-range__input::-webkit-slider-runnable-track {
      border-color: var(--gouv-color-border-error);
    }

    @media (forced-colors: active) {
      gouv-range .gouv-range__input::-webkit-slider-runnable-track {
        border-color: ButtonText;
        background-image: linear-gradient(Highlight, Highlight);
        forced-color-adjust: none;
      }
      gouv-range .gouv-range__input::-webkit-slider-thumb {
        border-color: ButtonText;
        background-color: ButtonText;
        forced-color-adjust: none;
      }
      gouv-range .gouv-range__input:focus-visible::-webkit-slider-thumb {
        outline-color: Highlight;
      }
      gouv-range .gouv-range__input:disabled::-webkit-slider-runnable-track {
        border-color: GrayText;
        background-image: linear-gradient(GrayText, GrayText);
      }
      gouv-range .gouv-range__input:disabled::-webkit-slider-thumb {
        border-color: GrayText;
        background-color: GrayText;
      }
    }
  }
`;
