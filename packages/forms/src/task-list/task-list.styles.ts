import { css } from 'lit';

// GOV.UK's task list with DSFR's look: rows between thin lines, the task's link on the left,
// its status on the right (DSFR badges for what is left to do: small and bold), the
// whole row clickable through the link's ::after and highlighted on hover. The tags are not
// upper case (unlike DSFR's badges): Chromium passes the capitals on to screen readers, which
// may spell them out, and GOV.UK dropped them for the same reason. Light DOM: scoped by the
// element name.
export const taskListStyles = css`
  @layer gouvkit.components {
    gouv-task-list {
      display: block;
      margin-block-end: var(--gouv-space-4w);
      font-family: var(--gouv-font-family-base);
      color: var(--gouv-color-text-default);
    }
    gouv-task-list[hidden] {
      display: none;
    }
    gouv-task-list .gouv-task-list__progress {
      margin: 0 0 var(--gouv-space-3w);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
    }
    gouv-task-list .gouv-task-list__section {
      margin: var(--gouv-space-4w) 0 var(--gouv-space-2w);
      color: var(--gouv-color-text-title);
      font-size: var(--gouv-font-size-h4);
      line-height: var(--gouv-line-height-h4);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-task-list .gouv-task-list__list {
      margin: 0 0 var(--gouv-space-3w);
      padding: 0;
      list-style: none;
    }
    gouv-task-list .gouv-task-list__item {
      position: relative;
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: var(--gouv-space-1w) var(--gouv-space-2w);
      padding: var(--gouv-space-3v) var(--gouv-space-1w);
      border-block-end: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
      font-size: var(--gouv-font-size-md);
      line-height: var(--gouv-line-height-md);
    }
    gouv-task-list .gouv-task-list__item:first-child {
      border-block-start: var(--gouv-border-width-thin) solid var(--gouv-color-border-default);
    }
    gouv-task-list .gouv-task-list__item--link:hover {
      background-color: var(--gouv-color-background-transparent-hover);
    }
    gouv-task-list .gouv-task-list__name {
      flex: 1 1 12rem;
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    gouv-task-list .gouv-task-list__link {
      color: var(--gouv-color-text-action-high);
      text-decoration: underline;
      text-decoration-thickness: var(--gouv-border-width-thin);
      text-underline-offset: 0.2em;
    }
    gouv-task-list .gouv-task-list__link:hover {
      text-decoration-thickness: var(--gouv-border-width-thick);
    }
    gouv-task-list .gouv-task-list__link:focus-visible {
      outline: var(--gouv-focus-outline-width) var(--gouv-focus-outline-style) var(--gouv-color-focus);
      outline-offset: var(--gouv-focus-outline-offset);
    }
    /* The whole row follows the link. */
    gouv-task-list .gouv-task-list__link::after {
      content: '';
      position: absolute;
      inset: 0;
    }
    gouv-task-list .gouv-task-list__hint {
      margin-block-start: var(--gouv-space-1v);
      color: var(--gouv-color-text-mention);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
    }
    gouv-task-list .gouv-task-list__status {
      flex: 0 0 auto;
      max-inline-size: 100%;
      text-align: end;
    }
    gouv-task-list .gouv-task-list__status--locked {
      color: var(--gouv-color-text-mention);
    }
    gouv-task-list .gouv-task-list__tag {
      display: inline-block;
      padding: 0 var(--gouv-space-1w);
      border-radius: var(--gouv-radius-sm);
      font-size: var(--gouv-font-size-sm);
      line-height: var(--gouv-line-height-sm);
      font-weight: var(--gouv-font-weight-bold);
    }
    gouv-task-list .gouv-task-list__tag--todo {
      background-color: var(--gouv-color-background-action-low);
      color: var(--gouv-color-text-action-high);
    }
    gouv-task-list .gouv-task-list__tag--in-progress {
      background-color: var(--gouv-color-background-info);
      color: var(--gouv-color-text-info);
    }
    @media (forced-colors: active) {
      gouv-task-list .gouv-task-list__tag {
        border: 1px solid CanvasText;
      }
      gouv-task-list .gouv-task-list__link:focus-visible {
        outline-color: Highlight;
      }
    }
  }
`;
