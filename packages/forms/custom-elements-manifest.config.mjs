import { cemConfig } from '../../scripts/cem-config.mjs';

export default cemConfig({
  packageName: '@gouvkit/forms',
  // The shared field bases and core's base class are analysed too, so inherited attributes
  // (label, hint, error, name, required…) appear in each element's documentation.
  globs: [
    'src/**/gouv-*.ts',
    'src/shared/field-element.ts',
    'src/shared/choice-field.ts',
    'src/shared/checked-field.ts',
    'src/shared/choice-group.ts',
    'src/shared/date-field.ts',
    '../core/src/gouv-element.ts',
  ],
});
