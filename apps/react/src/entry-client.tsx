// The server-rendered page (ssr/index.html) in the browser: React hydrates the markup, and the
// elements take over theirs, keeping what the user typed before scripts ran.
//
// First, before any element is defined: Lit's and gouvkit's hydration support.
import '@gouvkit/core/ssr-client.js';
import './styles.js';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App />
  </StrictMode>,
);
