// The elements are defined before Angular renders them, so its bindings set their properties.
import '@gouvkit/components/all.js';
import '@gouvkit/forms/all.js';
import { bootstrapApplication } from '@angular/platform-browser';
import { provideBrowserGlobalErrorListeners } from '@angular/core';
import { App } from './app/app';

bootstrapApplication(App, { providers: [provideBrowserGlobalErrorListeners()] }).catch((error: unknown) =>
  console.error(error),
);
