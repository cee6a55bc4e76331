/**
 * The pure parts of gouv-file-upload: sizes (parsing « 5Mo », formatting for the language),
 * the `accept` attribute (extensions, MIME types, `image/*`) and the checks on chosen files.
 * No DOM here: it runs in Node for the specs.
 */

/** What the checks read of a file (a `File` has all of it). */
export interface FileLike {
  readonly name: string;
  readonly type: string;
  readonly size: number;
  readonly lastModified?: number;
}

// ── sizes ────────────────────────────────────────────────────────────────────────────────

/**
 * Bytes per unit. Ko, Mo, Go (and kB, MB, GB) are decimal, as the units say and as
 * `Intl.NumberFormat` prints them: 5 Mo is 5 000 000 bytes. The binary units are spelt Kio,
 * Mio, Gio (KiB, MiB, GiB).
 */
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  o: 1,
  b: 1,
  octet: 1,
  octets: 1,
  byte: 1,
  bytes: 1,
  ko: 1e3,
  kb: 1e3,
  mo: 1e6,
  mb: 1e6,
  go: 1e9,
  gb: 1e9,
  kio: 1024,
  kib: 1024,
  mio: 1024 ** 2,
  mib: 1024 ** 2,
  gio: 1024 ** 3,
  gib: 1024 ** 3,
};

/**
 * A size in bytes from `5242880`, `5Mo`, `5 Mo`, `1,5 Go`, `500 kB`, `5MiB`; `null` when it
 * can't be read (the caller warns and sets no limit).
 */
export function parseSize(text: string | number | null | undefined): number | null {
  if (typeof text === 'number') return Number.isFinite(text) && text >= 0 ? Math.round(text) : null;
  if (text == null) return null;
  const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  if (!match) return null;
  const factor = UNITS[(match[2] ?? '').toLowerCase()];
  if (factor === undefined) return null;
  return Math.round(Number(match[1]!.replace(',', '.')) * factor);
}

const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte', 'terabyte'] as const;

/**
 * A size for people, in the language's units: « 820 octets », « 1,2 Mo », « 5 MB ».
 * `fractionDigits` is the most decimals shown (1 by default).
 */
export function formatSize(bytes: number, lang: string, fractionDigits = 1): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  // Move up while the rounded figure would read 1000 or more (999 999 bytes is « 1 Mo »).
  while (unit < SIZE_UNITS.length - 1 && roundTo(value, fractionDigits) >= 1000) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: SIZE_UNITS[unit],
    // « 820 octets » reads better than « 820 o »; larger units stay short (« 1,2 Mo »).
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : fractionDigits,
  }).format(value);
}

function roundTo(value: number, digits: number) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

// ── accept ───────────────────────────────────────────────────────────────────────────────

/** One token of `accept`: `.pdf`, `application/pdf` or `image/*`. */
export type AcceptRule =
  | { kind: 'extension'; value: string }
  | { kind: 'mime'; value: string }
  | { kind: 'wildcard'; value: string };

/**
 * The tokens of an `accept` attribute, lowercased, as HTML reads them; tokens HTML ignores
 * (`pdf` without its dot, `*`) are returned in `invalid` so the element can warn.
 */
export function parseAccept(accept: string | null | undefined): { rules: AcceptRule[]; invalid: string[] } {
  const rules: AcceptRule[] = [];
  const invalid: string[] = [];
  for (const raw of (accept ?? '').split(',')) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    if (/^\.[^\s/]+$/.test(token)) rules.push({ kind: 'extension', value: token });
    else if (/^[a-z0-9!#$&^_.+-]+\/\*$/.test(token))
      rules.push({ kind: 'wildcard', value: token.slice(0, -1) });
    else if (/^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(token))
      rules.push({ kind: 'mime', value: token });
    else invalid.push(raw.trim());
  }
  return { rules, invalid };
}

/**
 * Whether a file fits the rules: its name ends with an accepted extension, or its MIME type is
 * accepted, exactly or by a wildcard. No rules accept every file (as `accept` absent).
 */
export function matchesAccept(file: Pick<FileLike, 'name' | 'type'>, rules: readonly AcceptRule[]): boolean {
  if (!rules.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase().split(';')[0]!.trim();
  return rules.some((rule) => {
    switch (rule.kind) {
      case 'extension':
        return name.endsWith(rule.value) && name.length > rule.value.length;
      case 'mime':
        return type === rule.value;
      case 'wildcard':
        return type.startsWith(rule.value);
    }
  });
}

/** Common MIME types under the name people know them by (their usual extension). */
const MIME_LABELS: Readonly<Record<string, string>> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/heic': 'heic',
  'image/tiff': 'tiff',
  'text/plain': 'txt',
  'text/csv': 'csv',
  'application/json': 'json',
  'application/xml': 'xml',
  'application/zip': 'zip',
  'application/msword': 'doc',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.ms-excel': 'xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.ms-powerpoint': 'ppt',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/vnd.oasis.opendocument.spreadsheet': 'ods',
  'application/vnd.oasis.opendocument.presentation': 'odp',
};

/**
 * The accepted formats as people name them, without duplicates: `.pdf,image/jpeg,image/*`
 * gives `pdf, jpg` and what `wildcardLabel('image')` says (« images »).
 */
export function acceptLabels(
  rules: readonly AcceptRule[],
  wildcardLabel: (type: string) => string,
): string[] {
  const labels = rules.map((rule) => {
    if (rule.kind === 'extension') return rule.value.slice(1);
    if (rule.kind === 'wildcard') return wildcardLabel(rule.value.slice(0, -1));
    return MIME_LABELS[rule.value] ?? rule.value.split('/')[1]!.replace(/^x-/, '');
  });
  return [...new Set(labels)];
}

// ── checks ───────────────────────────────────────────────────────────────────────────────

/** Why a file can't be sent: not an accepted format, empty, or over the maximum size. */
export type FileIssue = 'type' | 'empty' | 'size';

export interface FileRules {
  rules?: readonly AcceptRule[];
  /** Bytes; `null` or absent for no limit. */
  maxSize?: number | null;
  /** The most files; `null` or absent for no limit. */
  maxFiles?: number | null;
}

export interface FilesReport {
  /** One entry per file, in order: its first issue, or null when it is fine. */
  issues: (FileIssue | null)[];
  /** How many files over `maxFiles` (0 when within). */
  extra: number;
}

/** The issue of one file, the one to fix first: its format, then its being empty, then its size. */
export function fileIssue(file: FileLike, { rules = [], maxSize }: FileRules): FileIssue | null {
  if (!matchesAccept(file, rules)) return 'type';
  if (file.size === 0) return 'empty';
  if (maxSize != null && file.size > maxSize) return 'size';
  return null;
}

/** Checks every chosen file, and their number. */
export function checkFiles(files: readonly FileLike[], options: FileRules): FilesReport {
  const { maxFiles } = options;
  return {
    issues: files.map((file) => fileIssue(file, options)),
    extra: maxFiles != null && maxFiles >= 0 ? Math.max(0, files.length - maxFiles) : 0,
  };
}

/** The same file chosen twice (from two picks, or a pick and a drop). */
export function sameFile(a: FileLike, b: FileLike): boolean {
  return a.name === b.name && a.size === b.size && a.type === b.type && a.lastModified === b.lastModified;
}

/** `current` followed by the files of `added` it doesn't hold yet. */
export function mergeFiles<T extends FileLike>(current: readonly T[], added: readonly T[]): T[] {
  const merged = [...current];
  for (const file of added) if (!merged.some((known) => sameFile(known, file))) merged.push(file);
  return merged;
}
