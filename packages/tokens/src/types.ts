/** One resolved token, as in tokens.json. Values are CSS text. */
export interface TokenEntry {
  /** Value in the light theme, or the only value of an unthemed token. */
  readonly value: string;
  /** Value in the dark theme; present only on themed tokens (colours, shadows). */
  readonly dark?: string;
  /** W3C Design Tokens `$type`: color, dimension, fontFamily, shadow… */
  readonly type: string;
  readonly description: string;
}
