// The package's custom-elements.json against its code (`pnpm build` writes it): every element
// listed with a summary, typed attributes and events, no name collisions, and every attribute's
// string accepted as the property (React 19 and Vue 3 set properties by name).
import { describeManifest, loadManifest } from '@gouvkit/testing';
import './all.js';
import * as components from './index.js';

describeManifest(await loadManifest('components'), { pkg: 'components', classes: components });
