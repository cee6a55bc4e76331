// The public API of @gouvkit/angular.
export { GouvValueAccessor } from './gouv-value-accessor.js';
export { FIELD_KINDS, validityErrors, type FieldKind, type FieldTag } from './fields.js';
