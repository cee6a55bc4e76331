import { cemConfig } from '../../scripts/cem-config.mjs';

export default cemConfig({
  packageName: '@gouvkit/components',
  // Core's base class is analysed too, so inherited members appear in each element's documentation.
  globs: ['src/**/gouv-*.ts', '../core/src/gouv-element.ts'],
});
