// The package's custom-elements.json against its code (`pnpm build` writes it): every element
// listed with a summary, typed attributes and events (each field's `input` and `change`, for
// Vue's v-model), no name collisions, and every attribute's string accepted as the property
// (React 19 and Vue 3 set properties by name).
import { describeManifest, loadManifest } from '@gouvkit/testing';
import './all.js';
import * as forms from './index.js';

/** A birth date the `min-age="3"` and `max-age="3"` limits apply to. */
const TEN_YEARS_AGO = `${new Date().getFullYear() - 10}-01-15`;

describeManifest(await loadManifest('forms'), {
  pkg: 'forms',
  classes: forms,
  fieldBase: forms.GouvFieldElement,
  content: {
    // Both render nothing without rows.
    'gouv-check-answers': { answers: [{ key: 'Nom', value: 'Dupont', href: '/nom' }] },
    'gouv-task-list': {
      sections: [{ tasks: [{ title: 'Vos coordonnées', href: '/coordonnees', status: 'todo' }] }],
    },
    // Values the number attributes' limits (`3`) apply to, so a limit ignored shows.
    'gouv-textarea': { value: 'quatre mots au total' },
    'gouv-date-input': { value: TEN_YEARS_AGO },
    'gouv-date-picker': { value: TEN_YEARS_AGO },
  },
});
