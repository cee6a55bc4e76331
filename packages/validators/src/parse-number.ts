/**
 * A number as people type it in France: "1 234,5", "-3", "12.5". The comma is the decimal
 * separator (French first), so "1,234" is 1.234; a value with both a comma and a dot is
 * ambiguous and refused. Returns null for an empty value, undefined for something that is not a number.
 */
export function parseNumber(input: unknown): number | null | undefined {
  if (input === null || input === undefined) return null;
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input === 'bigint') return Number(input);
  if (typeof input !== 'string') return undefined;
  const text = input.trim();
  if (text === '') return null;
  // Thousands separators: any space, including the narrow no-break space Intl uses for French.
  const compact = text.replace(/\s/g, '').replace(/^\u2212/, '-');
  if (compact.includes(',') && compact.includes('.')) return undefined;
  const decimal = compact.replace(',', '.');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(decimal)) return undefined;
  const value = Number(decimal);
  return Number.isFinite(value) ? value : undefined;
}
