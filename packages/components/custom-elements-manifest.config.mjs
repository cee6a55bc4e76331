export default {
  // Core's base classes are analysed too, so inherited attributes (name, disabled, required…)
  // appear in each element's documentation.
  globs: ['src/**/gouv-*.ts', '../core/src/gouv-element.ts', '../core/src/forms/form-associated.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
