import { defineElement } from '@gouvkit/core';
import { GouvRadioGroup } from './radio-group/gouv-radio-group.js';

export * from './radio-group/gouv-radio-group.js';
export type { ChoiceOption } from './shared/choice-options.js';

defineElement('gouv-radio-group', GouvRadioGroup);

declare global {
  interface HTMLElementTagNameMap {
    'gouv-radio-group': GouvRadioGroup;
  }
}
