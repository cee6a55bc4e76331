// The package's custom-elements.json against its code (`pnpm build` writes it): every element
// listed with a summary, typed attributes and events (each field's `input` and `change`, for
// Vue's v-model), no name collisions, and every attribute's string accepted as the property
// (React 19 and Vue 3 set properties by name).
import { html } from 'lit';
import { describeManifest, expect, fixture, loadManifest, oneEvent, type } from '@gouvkit/testing';
import './all.js';
import * as forms from './index.js';

/** A birth date the `min-age="3"` and `max-age="3"` limits apply to. */
const TEN_YEARS_AGO = `${new Date().getFullYear() - 10}-01-15`;

const COUNTRIES = [
  { value: 'FR', label: 'France' },
  { value: 'FI', label: 'Finlande' },
];

/** The `gouv-results` detail of the query `query` (the ones of the first keystrokes come before). */
async function resultsFor(el: HTMLElement, query: string): Promise<forms.ComboboxResultsDetail> {
  for (;;) {
    const { detail } = (await oneEvent(el, 'gouv-results')) as CustomEvent<forms.ComboboxResultsDetail>;
    if (detail.query === query) return detail;
  }
}

describeManifest(await loadManifest('forms'), {
  pkg: 'forms',
  classes: forms,
  fieldBase: forms.GouvFieldElement,
  stringAccepting: {
    // `source` takes a function or a registered name, as the attribute does: set as the property
    // (what React and Vue do with `source="…"`), the name is searched.
    'gouv-combobox.source': async () => {
      forms.registerComboboxSource('manifest-pays', {
        load: () =>
          Promise.resolve((query: string) =>
            Promise.resolve(COUNTRIES.filter((c) => c.label.toLowerCase().startsWith(query.toLowerCase()))),
          ),
      });
      const form = await fixture<HTMLFormElement>(
        html`<form><gouv-combobox label="Pays" name="pays"></gouv-combobox></form>`,
      );
      const el = form.querySelector('gouv-combobox')!;
      el.source = 'manifest-pays';
      await el.updateComplete;
      el.querySelector('input')!.focus();
      const shown = resultsFor(el, 'fi');
      await type('fi');
      expect(await shown).to.deep.equal({ query: 'fi', count: 1, failed: false });
    },
  },
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
