import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [
    vue({
      template: {
        // The gouv-* tags are web components, not Vue components: Vue renders them as elements,
        // sets a property when the element has one (an attribute otherwise) and listens to
        // their native events. The type-check still knows them (`@gouvkit/forms/vue`).
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('gouv-') },
      },
    }),
  ],
  build: { target: 'es2022' },
});
