import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { tokens, type TokenName } from '../index.js';
import { ensureDocStyles, formatNumber } from './doc-helpers.js';

const meta: Meta = {
  title: 'Fondations/Espacements',
  decorators: [
    (story) => {
      ensureDocStyles();
      return story();
    },
  ],
};

export default meta;
type Story = StoryObj;

const spaceNames = (Object.keys(tokens) as TokenName[]).filter((name) => name.startsWith('space-'));

/** px at the browser's default 16px root size, to help read the rem values. */
const toPx = (rem: string) => formatNumber(parseFloat(rem) * 16);

export const Echelle: Story = {
  name: 'Échelle',
  render: () => html`
    <section class="gk-doc" lang="fr" aria-labelledby="gk-spacing-title">
      <h2 id="gk-spacing-title">Espacements</h2>
      <p>
        Échelle du Système de design de l'État : 1v vaut 0,25rem (4px) et 1w vaut 0,5rem (8px). La barre de
        chaque ligne a la largeur de l'espacement.
      </p>
      <table>
        <caption>
          Échelle d'espacement
        </caption>
        <thead>
          <tr>
            <th scope="col">Jeton</th>
            <th scope="col">Valeur</th>
            <th scope="col">En pixels (base 16px)</th>
            <th scope="col">Aperçu</th>
          </tr>
        </thead>
        <tbody>
          ${spaceNames.map(
            (name) => html`
              <tr>
                <th scope="row"><code>--gouv-${name}</code></th>
                <td>${tokens[name].value}</td>
                <td>${toPx(tokens[name].value)} px</td>
                <td>
                  <span
                    aria-hidden="true"
                    style=${styleMap({
                      display: 'block',
                      inlineSize: `var(--gouv-${name})`,
                      blockSize: 'var(--gouv-space-2w)',
                      background: 'var(--gouv-color-background-action-high)',
                    })}
                  ></span>
                </td>
              </tr>
            `,
          )}
        </tbody>
      </table>
    </section>
  `,
};
