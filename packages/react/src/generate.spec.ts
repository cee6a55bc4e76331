import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { componentModule, elementsOf, eventProp, generate, readPackages } from '../scripts/generate.mjs';

const packages = readPackages();
const { elements, files } = generate(packages);
const byTag = new Map(elements.map((element) => [element.tag, element]));
const tagsOf = (manifest: { modules: { declarations?: { tagName?: string }[] }[] }) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .flatMap((d) => (d.tagName ? [d.tagName] : []));

describe('the generator', () => {
  it('writes one component per public element of both manifests, named by its class', () => {
    const tags = packages.flatMap(({ manifest }) => tagsOf(manifest));
    expect(tags.length).toBeGreaterThan(20);
    expect(elements.map((element) => element.tag)).toEqual(tags);
    expect(byTag.get('gouv-input')?.className).toBe('GouvInput');
    expect(byTag.get('gouv-alert')?.className).toBe('GouvAlert');
    expect([...files.keys()].sort()).toEqual([...elements.map((e) => `${e.file}.ts`), 'index.ts'].sort());
    for (const element of elements)
      expect(files.get('index.ts')).toContain(`export * from './${element.file}.js';`);
  });

  it('imports the defining entry of each element, from its package', () => {
    expect(byTag.get('gouv-combobox')?.entry).toBe('@gouvkit/forms/combobox.js');
    expect(byTag.get('gouv-alert')?.entry).toBe('@gouvkit/components/alert.js');
    const module = files.get('combobox.ts')!;
    expect(module).toContain(
      "import { GouvCombobox as GouvComboboxElement } from '@gouvkit/forms/combobox.js';",
    );
    // After the component's module, which installs the server's DOM shim first.
    expect(module.indexOf("from '../create-component.js'")).toBeLessThan(
      module.indexOf('@gouvkit/forms/combobox.js'),
    );
  });

  it('types the settable properties from the class, and leaves out read-only ones', () => {
    const combobox = byTag.get('gouv-combobox')!;
    const names = combobox.properties.map((property) => property.name);
    expect(names).toEqual(
      expect.arrayContaining(['value', 'options', 'label', 'name', 'required', 'freeText']),
    );
    expect(names).not.toContain('input');
    expect(names).not.toContain('validity');
    const module = files.get('combobox.ts')!;
    expect(module).toContain('  value?: GouvComboboxElement["value"];');
    expect(module).toContain('  options?: GouvComboboxElement["options"];');
    expect(module).toContain(`properties: [${names.map((name) => JSON.stringify(name)).join(', ')}]`);
  });

  it('gives onInput, onChange and one onGouvXxx per custom event, typed with its detail', () => {
    expect(eventProp('input')).toBe('onInput');
    expect(eventProp('gouv-results')).toBe('onGouvResults');
    expect(eventProp('gouv-menu-open')).toBe('onGouvMenuOpen');
    const combobox = files.get('combobox.ts')!;
    expect(combobox).toContain(
      '  onGouvResults?: GouvEventHandler<CustomEvent<{ query: string; count: number; failed: boolean }>, GouvComboboxElement>;',
    );
    expect(combobox).toContain('  onInput?: GouvEventHandler<Event, GouvComboboxElement>;');
    expect(combobox).toContain('  onChange?: GouvEventHandler<Event, GouvComboboxElement>;');
    expect(combobox).toContain(
      'events: { onGouvResults: "gouv-results", onInput: "input", onChange: "change" }',
    );
    expect(files.get('header.ts')).toContain(
      'events: { onGouvMenuOpen: "gouv-menu-open", onGouvMenuClose: "gouv-menu-close" }',
    );
    expect(files.get('alert.ts')).toContain(
      '  onGouvDismiss?: GouvEventHandler<CustomEvent<null>, GouvAlertElement>;',
    );
    expect(files.get('fieldset.ts')).toContain('events: {},');
  });

  it('refuses an element whose defining entry the package does not export', () => {
    const manifest = {
      modules: [
        {
          path: 'dist/secret/gouv-secret.js',
          declarations: [{ kind: 'class', customElement: true, tagName: 'gouv-secret', name: 'GouvSecret' }],
        },
      ],
    };
    expect(() => elementsOf(manifest, '@gouvkit/forms', { './input.js': {} })).toThrow(
      /gouv-secret: no defining entry @gouvkit\/forms\/secret\.js/,
    );
    expect(elementsOf(manifest, '@gouvkit/forms', { './secret.js': {} })[0]?.entry).toBe(
      '@gouvkit/forms/secret.js',
    );
  });

  it('is what src/generated/ holds: the build wrote this output', () => {
    const dir = new URL('./generated/', import.meta.url);
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    for (const [name, text] of files) expect(readFileSync(new URL(name, dir), 'utf8'), name).toBe(text);
    expect(componentModule(byTag.get('gouv-input')!)).toBe(files.get('input.ts'));
  });
});
