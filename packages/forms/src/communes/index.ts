// The communes of France for `gouv-combobox`: registers `source="communes"` (its code and data
// load on the first search) and gives the source function and helpers for scripts.
import './register.js';

export {
  communeSource,
  communeLabel,
  communeOption,
  loadCommuneIndex,
  type CommuneOption,
  type CommuneSourceOptions,
} from './commune-source.js';
export { COMMUNE_NOT_IN_LIST } from './commune-messages.js';
export type { Commune } from './commune-data.js';
