export default {
  // The shared field base and core's base classes are analysed too, so inherited attributes
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
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
