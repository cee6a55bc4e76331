// The Custom Elements Manifest analyzer configuration shared by the element packages: the
// manifest they ship (`publishManifestPlugin`), then, generated from it, the framework types a
// team gets with the package (`typesPlugin`: events, React 19 JSX, Vue 3 templates) and the
// editors' data (VS Code custom data, JetBrains web-types, by the community generators). Each package's `custom-elements-manifest.config.mjs` calls it.
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { publishManifestPlugin } from './cem-publish-plugin.mjs';
import { typesPlugin } from './cem-types-plugin.mjs';

/**
 * @param {{ packageName: string, globs: string[] }} options the package's name, and the files to
 *   analyse: its elements, plus the bases whose members they inherit
 */
export function cemConfig({ packageName, globs }) {
  const quiet = { hideLogs: true, descriptionSrc: 'summary' };
  return {
    globs,
    exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
    outdir: '.',
    litelement: true,
    plugins: [
      publishManifestPlugin({ packageName }),
      typesPlugin(),
      customElementVsCodePlugin({
        ...quiet,
        outdir: 'dist',
        htmlFileName: 'vscode.html-custom-data.json',
        cssFileName: 'vscode.css-custom-data.json',
      }),
      customElementJetBrainsPlugin({
        ...quiet,
        outdir: '.',
        webTypesFileName: 'web-types.json',
        packageJson: false,
      }),
    ],
  };
}
