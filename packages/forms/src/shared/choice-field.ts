import { defineStrings, translate, type Catalogs, type Message } from '@gouvkit/core';
import { property } from 'lit/decorators.js';
import { GouvFieldElement, type FieldStrings } from './field-element.js';
import type { ValidityFlag } from './validity-messages.js';

/**
 * The base of the choice fields (checkbox, switch, checkbox and radio groups). A missing choice
 * deserves a message that says what to do (« Sélectionnez une option »), not the text fields'
 * « Renseignez ce champ » : each subclass gives its own `valueMissing` message, in each
 * language; the author's `strings` still win over it.
 *
 * `K` names the subclass's own strings, which `strings` also takes.
 */
export abstract class GouvChoiceField<K extends string = never> extends GouvFieldElement {
  /** The default message when no choice is made, per language. */
  protected static valueMissingMessages: Catalogs<'valueMissing'> = defineStrings('choice', {
    fr: { valueMissing: 'Sélectionnez une option' },
    en: { valueMissing: 'Select an option' },
  });

  /** Per-instance strings: the constraint messages and the element's own. */
  @property({ attribute: false }) override strings: FieldStrings & Partial<Record<K, Message>> = {};

  protected override constraintMessage(flag: ValidityFlag): string | undefined {
    if (flag !== 'valueMissing') return undefined;
    const ctor = this.constructor as typeof GouvChoiceField;
    return translate(ctor.valueMissingMessages, this.i18n.lang, 'valueMissing');
  }
}
