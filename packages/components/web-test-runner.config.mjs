import { createConfig } from '../../scripts/wtr-config.mjs';

// Server rendering uses the built definitions (`turbo test` builds first).
export default createConfig({
  ssrModules: ['packages/components/dist/all.js', 'packages/forms/dist/all.js'],
});
