// The same app rendered to HTML in Node (scripts/prerender.mjs writes dist/ssr/index.html):
// `@gouvkit/react` renders each element's markup, so the form works before JavaScript.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
