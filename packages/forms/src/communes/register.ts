import { registerComboboxSource } from '../combobox/sources.js';
import { COMMUNE_NOT_IN_LIST } from './commune-messages.js';

// `source="communes"`: the communes' code and data load on the first search, in chunks of
// their own; this module only names them.
registerComboboxSource('communes', {
  load: () => import('./commune-source.js').then((module) => module.communeSource()),
  notInListMessage: COMMUNE_NOT_IN_LIST,
});
