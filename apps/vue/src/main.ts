// The styles and the element definitions, once, before Vue renders: the fields upgrade as soon as
// Vue inserts them. The tags themselves need no registration in Vue (see vite.config.ts).
import '@gouvkit/tokens/tokens.css';
import '@gouvkit/components/components.css';
import '@gouvkit/forms/forms.css';
import '@gouvkit/components/alert.js';
import '@gouvkit/components/button.js';
import '@gouvkit/forms/all.js';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
