// One component per public element of @gouvkit/forms and @gouvkit/components, generated from
// their manifests (scripts/generate.mjs).
export * from './generated/index.js';
export type { GouvComponent, GouvEvent, GouvEventHandler, GouvProps } from './types.js';
