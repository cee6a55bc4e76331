import { defineStrings } from '@gouvkit/core';

export type ToggleStringKey = 'on' | 'off';

/** The state shown under the switch with `show-state`. */
export const toggleStrings = defineStrings<ToggleStringKey>('gouv-toggle', {
  fr: { on: 'Activé', off: 'Désactivé' },
  en: { on: 'On', off: 'Off' },
});

/** What to do when a required switch is left off. */
export const toggleMessages = defineStrings<'valueMissing'>('gouv-toggle.messages', {
  fr: { valueMissing: 'Activez cette option pour continuer' },
  en: { valueMissing: 'Turn this option on to continue' },
});
