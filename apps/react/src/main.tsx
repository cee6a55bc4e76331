// The app rendered in the browser (index.html). Importing the components defines the elements:
// they upgrade as soon as React inserts them.
import './styles.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
