export default {
  // Core's base class is analysed too, so inherited members appear in each element's documentation.
  globs: ['src/**/gouv-*.ts', '../core/src/gouv-element.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  outdir: '.',
  litelement: true,
};
