import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ensureDocStyles } from './doc-helpers.js';
import { defineDocPalette } from './doc-palette.js';

const meta: Meta = {
  title: 'Fondations/Couleurs',
  decorators: [
    (story) => {
      ensureDocStyles();
      defineDocPalette();
      return story();
    },
  ],
  parameters: {
    docs: {
      description: {
        component:
          "Couleurs de décision du Système de design de l'État : chacune a une valeur claire et une valeur sombre. " +
          'Les composants les utilisent par leur variable CSS, jamais par leur valeur.',
      },
    },
  },
};

export default meta;
type Story = StoryObj;

/** Every themed colour, with the value the browser uses in the current theme. */
export const CouleursDeDecision: Story = {
  name: 'Couleurs de décision',
  render: () => html`
    <section class="gk-doc" lang="fr" aria-labelledby="gk-colours-title">
      <h2 id="gk-colours-title">Couleurs de décision</h2>
      <gouvkit-doc-palette view="colours"></gouvkit-doc-palette>
    </section>
  `,
};

/** Every text / background pair the components use, with its ratio in the current theme. */
export const Contrastes: Story = {
  name: 'Contrastes',
  render: () => html`
    <section class="gk-doc" lang="fr" aria-labelledby="gk-pairs-title">
      <h2 id="gk-pairs-title">Contrastes des paires utilisées</h2>
      <gouvkit-doc-palette view="pairs"></gouvkit-doc-palette>
    </section>
  `,
};
