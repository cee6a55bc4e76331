import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages. index.html is rendered in the browser. ssr/index.html is rendered in Node
// (scripts/prerender.mjs, with the server build of src/entry-server.tsx) and hydrated in the
// browser; its client is built in the `hydration` mode with NODE_ENV=development, because React
// checks hydration (and says what differs) in development only, and the test wants it silent.
export default defineConfig(({ mode, isSsrBuild }) => ({
  plugins: [react()],
  build: {
    target: 'es2022',
    ...(mode === 'hydration' &&
      !isSsrBuild && {
        rolldownOptions: { input: 'ssr/index.html' },
        assetsDir: 'ssr/assets',
        emptyOutDir: false,
        minify: false,
      }),
  },
  ssr: {
    // Node loads the workspace packages as a team's server would load them from npm.
    external: ['@gouvkit/react', '@gouvkit/core', '@gouvkit/forms', '@gouvkit/components'],
  },
}));
