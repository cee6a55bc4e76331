import { css } from 'lit';

// The list opens under the field, over the content that follows, like DSFR's menus: an
// overlapping surface with its shadow. The option under visual focus has a background and a
// bar on its start side (not colour alone), and an outline in forced colours.
export const comboboxStyles = css`
  @layer gouvkit.components {
    gouv-combobox > option {
      display: none;
    }
    gouv-combobox .gouv-combobox__control {
      position: relative;
    }
    gouv-combobox .gouv-combobox__input {
      text-overflow: ellipsis;
    }
    gouv-combobox .gouv-combobox__control--arrow .gouv-combobox__input {
      padding-inline-end: calc(var(--gouv-space-2w) + 1.5rem);
    }
    gouv-combobox .gouv-combobox__arrow {
      position: absolute;
      inset-inline-end: var(--gouv-space-2w);
      inset-block: 0;
      margin-block: auto;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      pointer-events: none;
      color: var(--gouv-color-text-default);
    }
    gouv-combobox .gouv-combobox__popup {
      position: absolute;
      z-index: 1000;
      inset-inline: 0;
      inset-block-start: 100%;
      max-block-size: min(20rem, 60vh);
      overflow-y: auto;
      overscroll-behavior: contain;
      background-color: var(--gouv-color-background-overlap);
      box-shadow: var(--gouv-shadow-overlap);
      border: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
      border-block-start: 0;
    }
    gouv-combobox .gouv-combobox__popup[hidden],
    gouv-combobox .gouv-combobox__list[hidden] {
      display: none;
    }
    gouv-combobox .gouv-combobox__list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    gouv-combobox .gouv-combobox__option {
      display: block;
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      min-block-size: var(--gouv-size-touch-target);
      box-sizing: border-box;
      cursor: pointer;
      color: var(--gouv-color-text-default);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
      overflow-wrap: anywhere;
    }
    gouv-combobox .gouv-combobox__option + .gouv-combobox__option {
      border-block-start: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    gouv-combobox .gouv-combobox__option:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    gouv-combobox .gouv-combobox__option[aria-selected='true'] {
      background-color: var(--gouv-color-background-action-low);
      box-shadow: inset var(--gouv-border-width-thick) 0 0 0 var(--gouv-color-border-action-high);
    }
    gouv-combobox .gouv-combobox__description {
      display: block;
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-combobox .gouv-combobox__message {
      margin: 0;
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-combobox .gouv-combobox__message--error {
      color: var(--gouv-color-text-error);
    }
    @media (forced-colors: active) {
      gouv-combobox .gouv-combobox__popup {
        border: 1px solid CanvasText;
      }
      gouv-combobox .gouv-combobox__option[aria-selected='true'] {
        outline: 2px solid Highlight;
        outline-offset: -2px;
      }
      gouv-combobox .gouv-combobox__arrow {
        color: FieldText;
      }
    }
  }
`;
