// The README's integration snippets are the code the example apps run: each fenced block right
// after a `<!-- from apps/<app>/<file> -->` comment must appear in that file, in order, whitespace
// aside (a `…` line stands for lines left out). An app that changes
// without its snippet, or the reverse, fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const files = process.argv.slice(2).length ? process.argv.slice(2) : ['README.md'];

/** `{ source, code, line }` for each marked snippet of `markdown`. */
export function markedSnippets(markdown) {
  const snippets = [];
  const pattern = /<!-- from ([^\s]+) -->\s*\n```[a-z]*\n([\s\S]*?)\n```/g;
  for (const match of markdown.matchAll(pattern)) {
    snippets.push({
      source: match[1],
      code: match[2],
      line: markdown.slice(0, match.index).split('\n').length,
    });
  }
  return snippets;
}

/** Collapses whitespace, so a formatter wrapping lines differently in the README is no change. */
const flat = (text) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/\s*([<>{}()[\],;])\s*/g, '$1')
    .trim();

/** The first part of the snippet (parts are separated by `…` lines) not found in order in `source`. */
export function missingPart(code, source) {
  const text = flat(source);
  let at = 0;
  for (const part of code.split(/^\s*…\s*$/m).map(flat)) {
    if (!part) continue;
    const found = text.indexOf(part, at);
    if (found === -1) return part;
    at = found + part.length;
  }
  return null;
}

let problems = 0;
let checked = 0;
for (const file of files) {
  for (const { source, code, line } of markedSnippets(readFileSync(join(root, file), 'utf8'))) {
    checked++;
    let text;
    try {
      text = readFileSync(join(root, source), 'utf8');
    } catch {
      console.log(`✗ ${file}:${line}: ${source} does not exist`);
      problems++;
      continue;
    }
    const missing = missingPart(code, text);
    if (missing) {
      console.log(`✗ ${file}:${line}: not in ${source} (or not in this order): ${missing}`);
      problems++;
    }
  }
}
console.log(`${checked} snippet(s) checked against the apps, ${problems} problem(s)`);
if (problems || !checked) process.exit(1);
