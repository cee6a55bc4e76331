// Text folding for searching: what a user types (« st etienne », « SAINT-ÉTIENNE »,
// « saint etienne ») and what a list holds (« Saint-Étienne ») meet on one form.

const NON_ASCII = /[^ -~]/;
const LIGATURES = /[œæß]/g;
const LIGATURE_TEXT: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };
/** Combining marks left by NFD: accents, cedillas, diaereses. */
const MARKS = /[\u0300-\u036f]/g;
/** Spaces, hyphens, apostrophes (straight and typographic), dots, brackets and slashes. */
const SEPARATORS = /[\s\-‐‑–—'’‘`´.,;:()[\]/]+/g;

/**
 * Lower case, without accents, ligatures spelt out (œ → oe), and every run of spaces, hyphens
 * and apostrophes folded to one space: « L’Haÿ-les-Roses » → « l hay les roses ».
 */
export function foldText(text: string): string {
  let folded = text.toLowerCase();
  // Most text is plain ASCII: no accent to take off.
  if (NON_ASCII.test(folded))
    folded = folded
      .replace(LIGATURES, (l) => LIGATURE_TEXT[l] ?? l)
      .normalize('NFD')
      .replace(MARKS, '');
  return folded.replace(SEPARATORS, ' ').trim();
}

/**
 * A query, folded like the text it searches, keeping one trailing space when the user typed a
 * separator at the end: « saint- » means the word « saint » is complete, so it finds
 * « Saint-Martin » but not « Saintes ».
 */
export function foldQuery(query: string): string {
  const folded = foldText(query);
  if (!folded) return '';
  return /[\s\-‐‑–—'’‘`´.,;:()[\]/]$/.test(query) ? `${folded} ` : folded;
}

/** Abbreviations of a whole word, as people write them in addresses. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', sts: 'saints', stes: 'saintes' };

/**
 * The prefixes a folded query stands for: « st martin » stands for « saint martin »; a last word
 * still being typed (« st ») stands for itself and for its expansion (« Strasbourg » and
 * « Saint-… »). At most two variants.
 */
export function queryVariants(folded: string): string[] {
  if (!folded) return [];
  const complete = folded.endsWith(' ');
  const words = folded.trimEnd().split(' ');
  const last = words.length - 1;
  const expanded = words.map((word, i) => (i < last || complete ? (ABBREVIATIONS[word] ?? word) : word));
  const base = expanded.join(' ') + (complete ? ' ' : '');
  const lastWord = words[last]!;
  const lastExpansion = !complete ? ABBREVIATIONS[lastWord] : undefined;
  if (!lastExpansion) return [base];
  return [base, [...expanded.slice(0, last), lastExpansion].join(' ')];
}
