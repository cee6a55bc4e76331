// A Custom Elements Manifest analyzer plugin: turns the analysed manifest (source paths, every
// class it saw) into the one a package ships, which IDEs, Storybook and type generators read.
//
// - Module paths point at the shipped files: `src/input/gouv-input.ts` → `dist/input/gouv-input.js`.
// - Only the public elements stay: modules that declare a custom element with a tag name, their
//   element class and its definition. Base classes analysed for their inherited members (core's
//   `GouvElement`, a package's `shared/` bases) and helpers (`defineElement`) go.
// - References to what went (`inheritedFrom`, `superclass`) name the package that provides it
//   instead of an unshipped source path.
// - Private, protected and static members go, and lifecycle callbacks (`formResetCallback`): a
//   user neither sets nor calls them. Members marked `@internal` never enter the manifest.
// - Native properties the analyzer mistakes for the element's own (`this.#internals.role = …`
//   reads as a `role` field) go when undocumented: they are HTMLElement's, not ours.
//
// It runs in `packageLinkPhase`, after the analyzer's own inheritance step has copied inherited
// members into each element.

/** `src/a/b.ts` → `dist/a/b.js`; `null` for a path outside the package's `src/`. */
export function shippedPath(sourcePath) {
  const path = sourcePath.replace(/^\.\//, '');
  if (!path.startsWith('src/')) return null;
  return path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
}

/** The package a source path outside `src/` belongs to: `../core/src/x.ts` → `@gouvkit/core`. */
function packageOf(sourcePath, ownPackage) {
  const sibling = /^\.\.\/([^/]+)\/src\//.exec(sourcePath);
  return sibling ? `@gouvkit/${sibling[1]}` : ownPackage;
}

const isElement = (declaration) =>
  declaration.kind === 'class' && declaration.customElement && declaration.tagName;
const NATIVE_PROPERTIES = new Set([
  'role',
  'ariaLabel',
  'ariaDescription',
  'tabIndex',
  'hidden',
  'title',
  'lang',
]);
const isPublic = (member) =>
  member.privacy !== 'private' &&
  member.privacy !== 'protected' &&
  !member.static &&
  !member.name.startsWith('#') &&
  !member.name.endsWith('Callback') &&
  !(NATIVE_PROPERTIES.has(member.name) && !member.description && !member.attribute);

/**
 * @param {{ packageName: string }} options the package's name, for references to what is not shipped
 */
export function publishManifestPlugin({ packageName }) {
  return {
    name: 'gouvkit-publish-manifest',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const kept = new Map(); // source path → shipped path, for modules that stay

      for (const module of manifest.modules) {
        const shipped = shippedPath(module.path);
        if (shipped && (module.declarations ?? []).some(isElement)) kept.set(module.path, shipped);
      }

      /** A reference (`{ name, module }`) to a kept module, or to the package providing it. */
      const reference = (ref) => {
        if (!ref?.module) return ref;
        const shipped = kept.get(ref.module.replace(/^\//, ''));
        if (shipped) return { name: ref.name, module: shipped };
        return { name: ref.name, package: packageOf(ref.module.replace(/^\//, ''), packageName) };
      };

      manifest.modules = manifest.modules
        .filter((module) => kept.has(module.path))
        .map((module) => {
          const declarations = module.declarations.filter(isElement).map((declaration) => ({
            ...declaration,
            ...(declaration.superclass && { superclass: reference(declaration.superclass) }),
            members: (declaration.members ?? []).filter(isPublic).map((member) => ({
              ...member,
              ...(member.inheritedFrom && { inheritedFrom: reference(member.inheritedFrom) }),
            })),
            ...(declaration.attributes && {
              attributes: declaration.attributes.map((attribute) => ({
                ...attribute,
                ...(attribute.inheritedFrom && { inheritedFrom: reference(attribute.inheritedFrom) }),
              })),
            }),
            ...(declaration.events && {
              events: declaration.events.map((event) => ({
                ...event,
                ...(event.inheritedFrom && { inheritedFrom: reference(event.inheritedFrom) }),
              })),
            }),
          }));
          const names = new Set(declarations.map((d) => d.name));
          const path = kept.get(module.path);
          const exports = (module.exports ?? [])
            .filter((e) => names.has(e.declaration?.name))
            .map((e) => ({ ...e, declaration: { name: e.declaration.name, module: path } }));
          return { ...module, path, declarations, exports };
        });
    },
  };
}
