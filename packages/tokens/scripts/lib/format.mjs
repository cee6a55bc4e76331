// Turns a resolved DTCG value into the CSS text of a custom property.

/** Generic families and system keywords: quoting them would turn them into font names. */
const FONT_KEYWORDS = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'math',
  'emoji',
  'fangsong',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  '-apple-system',
]);

/**
 * @param {unknown} value
 * @param {string} type   DTCG $type
 * @param {string} where  token path, for error messages
 * @returns {string}
 */
export function formatValue(value, type, where) {
  switch (type) {
    case 'color':
    case 'strokeStyle':
      return expectString(value, where);
    case 'dimension':
    case 'duration':
      return formatMeasure(value, where);
    case 'fontWeight':
    case 'number':
      if (typeof value === 'number') return String(value);
      return expectString(value, where);
    case 'fontFamily':
      return (Array.isArray(value) ? value : [value])
        .map((name) => formatFontName(expectString(name, where)))
        .join(', ');
    case 'cubicBezier':
      if (Array.isArray(value) && value.length === 4 && value.every((n) => typeof n === 'number')) {
        return `cubic-bezier(${value.join(', ')})`;
      }
      throw new Error(`Token "${where}": a cubicBezier is an array of 4 numbers`);
    case 'shadow':
      return (Array.isArray(value) ? value : [value]).map((layer) => formatShadow(layer, where)).join(', ');
    default:
      throw new Error(`Token "${where}": unsupported $type "${type}"`);
  }
}

/** @param {unknown} value @param {string} where */
function expectString(value, where) {
  if (typeof value !== 'string')
    throw new Error(`Token "${where}": expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** Accepts the draft form ("0.25rem") and the 2025 object form ({ value: 0.25, unit: 'rem' }). */
/** @param {unknown} value @param {string} where */
function formatMeasure(value, where) {
  if (typeof value === 'object' && value !== null && 'value' in value && 'unit' in value) {
    return `${String(value.value)}${String(value.unit)}`;
  }
  return expectString(value, where);
}

/** Keywords and lower-case single words stay bare (as DSFR writes `arial`); other names are quoted. */
/** @param {string} name */
function formatFontName(name) {
  if (FONT_KEYWORDS.has(name) || /^[a-z][a-z0-9-]*$/.test(name)) return name;
  return `"${name.replace(/"/g, '\\"')}"`;
}

/** @param {unknown} layer @param {string} where */
function formatShadow(layer, where) {
  if (typeof layer !== 'object' || layer === null) throw new Error(`Token "${where}": a shadow is an object`);
  /** @type {Record<string, unknown>} */
  const shadow = /** @type {Record<string, unknown>} */ (layer);
  const parts = ['offsetX', 'offsetY', 'blur', 'spread'].map((key) =>
    formatMeasure(shadow[key] ?? '0px', where),
  );
  const inset = shadow.inset === true ? 'inset ' : '';
  return `${inset}${parts.join(' ')} ${expectString(shadow.color, where)}`;
}
