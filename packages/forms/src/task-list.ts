import { defineElement } from '@gouvkit/core';
import { GouvTaskList } from './task-list/gouv-task-list.js';

export * from './task-list/gouv-task-list.js';

defineElement('gouv-task-list', GouvTaskList);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-task-list': GouvTaskList;
  }
}
