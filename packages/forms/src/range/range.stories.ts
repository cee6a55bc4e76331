import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../range.js';
import type { GouvRange } from './gouv-range.js';

type Args = Pick<
  GouvRange,
  'label' | 'hint' | 'error' | 'name' | 'value' | 'min' | 'max' | 'step' | 'unit' | 'disabled'
>;

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le curseur / revient au champ précédent |
| Flèches droite, haut / gauche, bas | Augmente / diminue d’un pas |
| Page précédente / Page suivante | Augmente / diminue d’un grand pas |
| Début / Fin | Va au minimum / au maximum |

- Un \`<input type="range">\` natif, relié à son \`<label for>\` et à son aide : clavier, toucher et souris restent ceux
  du navigateur.
- La valeur est lue comme elle est écrite : \`aria-valuetext\` dit « 1 500 € » et non « 1500 » (\`unit\`, ou une
  fonction \`format\`). La valeur affichée au-dessus du curseur est pour les yeux (\`aria-hidden\`).
- Un curseur est imprécis : pour un montant exact, proposez aussi un champ de saisie.
- Contour de focus de 2 px sur le curseur ; en couleurs forcées, la piste et le curseur prennent les couleurs du système.

**Critères RGAA** : 11.1 et 11.2 (étiquette), 7.1 et 7.3 (clavier et technologies d’assistance), 10.7 (focus
visible), 3.2 et 3.3 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Curseur',
  component: 'gouv-range',
  tags: ['autodocs'],
  args: {
    label: 'Montant de l’aide demandée',
    hint: '',
    error: '',
    name: 'montant',
    value: '1500',
    min: '0',
    max: '5000',
    step: '100',
    unit: '€',
    disabled: false,
  },
  parameters: {
    docs: {
      description: {
        component: `Choisir une valeur entre un minimum et un maximum. Le formulaire envoie la valeur ; une remise à
zéro revient à l’attribut \`value\` (au milieu s’il n’y en a pas, comme le navigateur).
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-range
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      value=${args.value}
      min=${args.min}
      max=${args.max}
      step=${args.step}
      unit=${args.unit}
      ?disabled=${args.disabled}
    ></gouv-range>`,
};
export default meta;
type Story = StoryObj<Args>;

export const ParDefaut: Story = {
  name: 'Sans valeur (au milieu)',
  args: { value: '', label: 'Niveau de satisfaction', min: '0', max: '10', step: '1', unit: '' },
};
export const AvecValeur: Story = { name: 'Avec une valeur' };
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Entre 0 et 5 000 euros, par tranches de 100 euros.' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { value: '4800', error: 'Ce montant dépasse le plafond de 4 000 €' },
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const AvecFormat: Story = {
  name: 'Avec un format',
  render: () =>
    html`<gouv-range
      label="Nombre d’enfants à charge"
      name="enfants"
      min="0"
      max="6"
      value="2"
      .format=${(n: number) => (n === 0 ? 'Aucun enfant' : n === 1 ? '1 enfant' : `${n} enfants`)}
    ></gouv-range>`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-range label="Amount requested" min="0" max="5000" step="100" value="1500" unit="€"></gouv-range>
    </div>`,
};
