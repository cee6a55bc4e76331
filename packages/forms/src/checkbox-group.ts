import { defineElement } from '@gouvkit/core';
import { GouvCheckboxGroup } from './checkbox-group/gouv-checkbox-group.js';

export * from './checkbox-group/gouv-checkbox-group.js';

defineElement('gouv-checkbox-group', GouvCheckboxGroup);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-checkbox-group': GouvCheckboxGroup;
  }
}
