import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { tokens, type TokenName } from '../index.js';
import { ensureDocStyles } from './doc-helpers.js';

const SAMPLE = 'Liberté, égalité, fraternité';

const meta: Meta = {
  title: 'Fondations/Typographie',
  decorators: [
    (story) => {
      ensureDocStyles();
      return story();
    },
  ],
};

export default meta;
type Story = StoryObj;

/** One row per size: its tokens, their values and a sample set with them. */
function sizeRow(size: string, weight: TokenName) {
  const fontSize = `font-size-${size}` as TokenName;
  const lineHeight = `line-height-${size}` as TokenName;
  const sample = {
    fontSize: `var(--gouv-${fontSize})`,
    lineHeight: `var(--gouv-${lineHeight})`,
    fontWeight: `var(--gouv-${weight})`,
    color: weight === 'font-weight-bold' ? 'var(--gouv-color-text-title)' : 'inherit',
  };
  return html`
    <tr>
      <th scope="row"><code>--gouv-${fontSize}</code><br /><code>--gouv-${lineHeight}</code></th>
      <td>${tokens[fontSize].value} / ${tokens[lineHeight].value}</td>
      <td><span style=${styleMap(sample)}>${SAMPLE}</span></td>
    </tr>
  `;
}

function sizeTable(caption: string, sizes: string[], weight: TokenName) {
  return html`
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Jetons (taille, interlignage)</th>
          <th scope="col">Valeurs</th>
          <th scope="col">Exemple</th>
        </tr>
      </thead>
      <tbody>
        ${sizes.map((size) => sizeRow(size, weight))}
      </tbody>
    </table>
  `;
}

export const Titres: Story = {
  name: 'Titres',
  render: () => html`
    <section class="gk-doc" lang="fr" aria-labelledby="gk-headings-title">
      <h2 id="gk-headings-title">Titres</h2>
      <p>Tailles des titres h1 à h6 sur grand écran (à partir de 48em), en Marianne gras.</p>
      ${sizeTable('Titres h1 à h6', ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], 'font-weight-bold')}
      ${sizeTable(
        'Titres d’affichage',
        ['display-xs', 'display-sm', 'display-md', 'display-lg', 'display-xl'],
        'font-weight-bold',
      )}
    </section>
  `,
};

export const CorpsDeTexte: Story = {
  name: 'Corps de texte',
  render: () => html`
    <section class="gk-doc" lang="fr" aria-labelledby="gk-body-title">
      <h2 id="gk-body-title">Corps de texte</h2>
      ${sizeTable('Tailles du corps de texte', ['xs', 'sm', 'md', 'lg', 'xl'], 'font-weight-regular')}
      <table>
        <caption>
          Graisses et familles
        </caption>
        <thead>
          <tr>
            <th scope="col">Jeton</th>
            <th scope="col">Valeur</th>
            <th scope="col">Exemple</th>
          </tr>
        </thead>
        <tbody>
          ${(['font-weight-regular', 'font-weight-medium', 'font-weight-bold'] as const).map(
            (name) => html`
              <tr>
                <th scope="row"><code>--gouv-${name}</code></th>
                <td>${tokens[name].value}</td>
                <td><span style=${styleMap({ fontWeight: `var(--gouv-${name})` })}>${SAMPLE}</span></td>
              </tr>
            `,
          )}
          ${(['font-family-base', 'font-family-mono'] as const).map(
            (name) => html`
              <tr>
                <th scope="row"><code>--gouv-${name}</code></th>
                <td><code>${tokens[name].value}</code></td>
                <td><span style=${styleMap({ fontFamily: `var(--gouv-${name})` })}>${SAMPLE}</span></td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </section>
  `,
};
