let counter = 0;

/**
 * A document-unique id. Labels, hints and errors reference their control by id, and those
 * references only work inside one tree, so every element mints its own.
 */
export function uniqueId(prefix = 'gouv'): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}
