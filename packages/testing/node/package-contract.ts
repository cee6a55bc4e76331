import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * The contract of a package of elements, checked in Node by vitest: each defining entry is in
 * `sideEffects` (bundlers otherwise drop `import '@gouvkit/<pkg>/<name>.js'` and the element is
 * silently never defined), the index defines nothing, and `all.ts` imports every entry.
 * Call it from a `*.spec.ts` at the package's `src/`: `describePackageContract(new URL('../', import.meta.url))`.
 * `registering` names the top-level entries that define no element but register something
 * (`communes`: a combobox source); they too must be in `sideEffects`.
 */
export function describePackageContract(root: URL, { registering = [] as string[] } = {}) {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { sideEffects: string[] };
  /** Entries with side effects: every top-level src/*.ts but the class-only index and tests. */
  const entries = readdirSync(new URL('src/', root)).filter(
    (f) => f.endsWith('.ts') && !f.endsWith('.spec.ts') && !f.endsWith('.test.ts') && f !== 'index.ts',
  );
  const defining = entries.filter((f) => !registering.includes(f.replace(/\.ts$/, '')));

  describe('package contract', () => {
    it('lists every entry with side effects in sideEffects, in src and in dist', () => {
      for (const file of entries) {
        const name = file.replace(/\.ts$/, '');
        expect(pkg.sideEffects).toContain(`./src/${name}.ts`);
        expect(pkg.sideEffects).toContain(`./dist/${name}.js`);
      }
    });

    it('keeps the class-only index free of side effects', () => {
      expect(pkg.sideEffects).not.toContain('./dist/index.js');
      const index = readFileSync(new URL('src/index.ts', root), 'utf8');
      expect(index).not.toMatch(/defineElement|customElements\.define/);
    });

    it('has every defining entry define its element, and all.ts import them all', () => {
      const all = readFileSync(new URL('src/all.ts', root), 'utf8');
      for (const file of defining.filter((f) => f !== 'all.ts')) {
        const source = readFileSync(new URL(`src/${file}`, root), 'utf8');
        expect(source).toMatch(new RegExp(`defineElement\\('gouv-${file.replace(/\.ts$/, '')}'`));
        expect(all).toContain(`import './${file.replace(/\.ts$/, '.js')}';`);
      }
    });
  });
}
