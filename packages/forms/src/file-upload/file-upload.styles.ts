import { css } from 'lit';

// DSFR's « Ajout de fichier » (the native input, its button styled as a secondary button) in a
// drop zone after GOV.UK's, and the list of chosen files with their « Supprimer » buttons.
export const fileUploadStyles = css`
  @layer gouvkit.components {
    gouv-file-upload .gouv-upload__zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gouv-space-1w) var(--gouv-space-2w);
      margin-block-start: var(--gouv-space-1w);
      padding: var(--gouv-space-2w);
      border: var(--gouv-border-width-thin) dashed var(--gouv-color-border-default);
      border-radius: var(--gouv-radius-sm);
    }
    gouv-file-upload .gouv-upload__zone--dragging {
      border-style: solid;
      border-color: var(--gouv-color-border-action-high);
      outline: var(--gouv-border-width-thin) solid var(--gouv-color-border-action-high);
      background-color: var(--gouv-color-background-action-low);
    }
    gouv-file-upload .gouv-field--error .gouv-upload__zone {
      border-color: var(--gouv-color-border-error);
    }
    @media (prefers-reduced-motion: no-preference) {
      gouv-file-upload .gouv-upload__zone {
        transition: background-color var(--gouv-motion-duration-short) var(--gouv-motion-easing-standard);
      }
    }
    gouv-file-upload .gouv-upload__input {
      min-inline-size: 0;
      max-inline-size: 100%;
      margin: 0;
      color: var(--gouv-color-text-default);
      font: inherit;
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-file-upload .gouv-upload__input::file-selector-button {
      min-block-size: var(--gouv-size-control-md);
      margin-inline-end: var(--gouv-space-2w);
      padding: var(--gouv-space-1w) var(--gouv-space-2w);
      border: 0;
      border-radius: 0;
      box-shadow: inset 0 0 0 var(--gouv-border-width-thin) var(--gouv-color-border-action-high);
      background-color: transparent;
      color: var(--gouv-color-text-action-high);
      font: inherit;
      font-weight: var(--gouv-font-weight-medium);
      cursor: pointer;
    }
    gouv-file-upload .gouv-upload__input:enabled:hover::file-selector-button {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    gouv-file-upload .gouv-upload__input:enabled:active::file-selector-button {
      background-color: var(--gouv-color-background-transparent-active);
    }
    gouv-file-upload .gouv-upload__input:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-file-upload .gouv-upload__input:disabled {
      color: var(--gouv-color-text-disabled);
      cursor: not-allowed;
    }
    gouv-file-upload .gouv-upload__input:disabled::file-selector-button {
      box-shadow: inset 0 0 0 var(--gouv-border-width-thin) var(--gouv-color-border-disabled);
      color: var(--gouv-color-text-disabled);
      cursor: not-allowed;
    }
    gouv-file-upload .gouv-upload__instruction {
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-file-upload .gouv-upload__zone--dragging .gouv-upload__instruction {
      color: var(--gouv-color-text-action-high);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-file-upload .gouv-upload__zone:has(:disabled) {
      border-color: var(--gouv-color-border-disabled);
    }
    /* A disabled field takes no drop: no instruction to drop. */
    gouv-file-upload .gouv-upload__zone:has(:disabled) .gouv-upload__instruction {
      display: none;
    }
    /* No mouse to drag with (a phone): the instruction would only confuse. */
    @media not (any-pointer: fine) {
      gouv-file-upload .gouv-upload__instruction {
        display: none;
      }
    }
    gouv-file-upload .gouv-upload__notice {
      margin: var(--gouv-space-1w) 0 0;
      color: var(--gouv-color-text-default);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-file-upload .gouv-upload__list {
      margin: var(--gouv-space-2w) 0 0;
      padding: 0;
      list-style: none;
    }
    gouv-file-upload .gouv-upload__file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--gouv-space-1v) var(--gouv-space-2w);
      padding-block: var(--gouv-space-1w);
      border-block-end: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    gouv-file-upload .gouv-upload__file-name {
      flex: 1 1 10rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      font-weight: var(--gouv-font-weight-medium);
    }
    gouv-file-upload .gouv-upload__file-size {
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
      white-space: nowrap;
    }
    gouv-file-upload .gouv-upload__remove {
      display: inline-flex;
      align-items: center;
      gap: var(--gouv-space-1v);
      min-block-size: var(--gouv-size-control-sm);
      margin: 0;
      padding: var(--gouv-space-1v) var(--gouv-space-3v);
      border: 0;
      background-color: transparent;
      color: var(--gouv-color-text-action-high);
      font: inherit;
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      font-weight: var(--gouv-font-weight-medium);
      cursor: pointer;
    }
    gouv-file-upload .gouv-upload__remove .gouv-icon {
      flex: none;
      inline-size: 1rem;
      block-size: 1rem;
    }
    gouv-file-upload .gouv-upload__remove:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    gouv-file-upload .gouv-upload__remove:active {
      background-color: var(--gouv-color-background-transparent-active);
    }
    gouv-file-upload .gouv-upload__remove:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    gouv-file-upload .gouv-upload__remove:disabled {
      color: var(--gouv-color-text-disabled);
      background-color: transparent;
      cursor: not-allowed;
    }
    gouv-file-upload .gouv-upload__file-error {
      display: flex;
      flex-basis: 100%;
      gap: var(--gouv-space-1v);
      margin: 0;
      color: var(--gouv-color-text-error);
      font-size: var(--gouv-font-size-xs);
      line-height: var(--gouv-line-height-xs);
    }
    gouv-file-upload .gouv-upload__file-error .gouv-icon {
      flex: none;
      inline-size: 1rem;
      block-size: 1rem;
      margin-block-start: 0.125rem;
    }
    gouv-file-upload .gouv-upload__file--error .gouv-upload__file-name {
      color: var(--gouv-color-text-error);
    }
    @media (forced-colors: active) {
      gouv-file-upload .gouv-upload__zone {
        border-color: CanvasText;
      }
      gouv-file-upload .gouv-upload__zone--dragging {
        border-color: Highlight;
        outline-color: Highlight;
      }
      gouv-file-upload .gouv-upload__input::file-selector-button {
        border: 1px solid ButtonText;
      }
      gouv-file-upload .gouv-upload__input:disabled,
      gouv-file-upload .gouv-upload__input:disabled::file-selector-button,
      gouv-file-upload .gouv-upload__remove:disabled {
        color: GrayText;
        border-color: GrayText;
      }
      gouv-file-upload .gouv-upload__remove {
        border: 1px solid ButtonText;
      }
    }
  }
`;
