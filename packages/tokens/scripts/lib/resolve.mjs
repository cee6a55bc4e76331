// Resolves DTCG aliases ("{color.grey.50}") for one theme.
// In the dark theme a token uses its dark value when it has one, and so do the tokens it points
// to: a token aliasing a themed token is themed too.

/** @typedef {import('./load.mjs').RawToken} RawToken */
/** @typedef {'light' | 'dark'} Theme */

const ALIAS = /^\{([^{}]+)\}$/;

/**
 * @typedef {object} ResolvedToken
 * @property {string[]} path
 * @property {string} type
 * @property {unknown} value       light (default) value, aliases replaced
 * @property {unknown} [dark]      dark value, only for themed tokens
 * @property {string} description
 */

/**
 * @param {RawToken[]} tokens
 * @returns {ResolvedToken[]}
 */
export function resolveTokens(tokens) {
  const byPath = new Map(tokens.map((token) => [token.path.join('.'), token]));

  /** @type {(token: RawToken, seen?: Set<RawToken>) => boolean} */
  const isThemed = (token, seen = new Set()) => {
    if (token.dark !== undefined) return true;
    if (seen.has(token)) return false; // a cycle; resolveValue reports it
    seen.add(token);
    return aliasesIn(token.value).some((alias) => {
      const target = byPath.get(alias);
      return target !== undefined && isThemed(target, seen);
    });
  };

  /**
   * @param {unknown} value
   * @param {Theme} theme
   * @param {string[]} chain   token paths being resolved, to detect cycles
   * @param {string} expectedType
   * @returns {unknown}
   */
  const resolveValue = (value, theme, chain, expectedType) => {
    if (typeof value === 'string') {
      const match = ALIAS.exec(value);
      if (!match) return value;
      const target = match[1] ?? '';
      const where = `token "${chain[0]}" (${theme} value)`;
      if (chain.includes(target)) {
        throw new Error(`Circular alias in ${where}: ${[...chain, target].join(' → ')}`);
      }
      const token = byPath.get(target);
      if (!token) throw new Error(`Unknown alias "${value}" in ${where}`);
      if (expectedType && token.type !== expectedType) {
        throw new Error(`Alias "${value}" in ${where} is a ${token.type} token, expected ${expectedType}`);
      }
      const raw = theme === 'dark' && token.dark !== undefined ? token.dark : token.value;
      return resolveValue(raw, theme, [...chain, target], token.type);
    }
    // Composite values (shadow) hold aliases in their fields; their types vary, so no check.
    if (Array.isArray(value)) return value.map((item) => resolveValue(item, theme, chain, ''));
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, resolveValue(item, theme, chain, '')]),
      );
    }
    return value;
  };

  return tokens.map((token) => {
    const key = token.path.join('.');
    const light = resolveValue(token.value, 'light', [key], token.type);
    const themed = isThemed(token);
    const darkRaw = token.dark !== undefined ? token.dark : token.value;
    return {
      path: token.path,
      type: token.type,
      value: light,
      ...(themed ? { dark: resolveValue(darkRaw, 'dark', [key], token.type) } : {}),
      description: token.description,
    };
  });
}

/**
 * Every alias path a raw value mentions, nested ones included.
 * @param {unknown} value
 * @returns {string[]}
 */
function aliasesIn(value) {
  if (typeof value === 'string') {
    const match = ALIAS.exec(value);
    return match?.[1] ? [match[1]] : [];
  }
  if (Array.isArray(value)) return value.flatMap(aliasesIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(aliasesIn);
  return [];
}
