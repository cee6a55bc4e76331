import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../fieldset.js';
import '../input.js';
import { LEGEND_SIZES, type GouvFieldset } from './gouv-fieldset.js';

type Args = Pick<GouvFieldset, 'legend' | 'hint' | 'error' | 'legendSize' | 'disabled'> & {
  legendHeading: string;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Parcourt les champs du groupe dans l’ordre du document |

- Un \`<fieldset>\` natif : sa \`<legend>\` nomme le groupe, lue en entrant dans le premier champ ; l’aide et l’erreur
  du groupe le décrivent (\`aria-describedby\`). L’erreur est lue dans une région \`aria-live\` polie.
- Les enfants sont déplacés dans ce \`<fieldset>\`, dans le même arbre : \`<label for>\`, ids et \`aria-describedby\`
  des champs continuent de fonctionner, et \`disabled\` désactive nativement chaque champ (ni focus, ni envoi, ni
  validation). Une racine fantôme avec un \`<slot>\` ne le permettrait pas.
- Page à une question : \`legend-heading="1"\` fait de la légende le titre \`<h1>\` de la page (GOV.UK), \`legend-size\`
  règle sa taille.

**Critères RGAA** : 11.5 (regroupement des champs de même nature), 11.6 (légende pertinente), 9.1 (titres), 11.10 et
11.11 (erreur et suggestion), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Groupe de champs',
  component: 'gouv-fieldset',
  tags: ['autodocs'],
  args: {
    legend: 'Votre adresse',
    hint: '',
    error: '',
    legendSize: 's',
    legendHeading: '',
    disabled: false,
  },
  argTypes: {
    legendSize: { control: 'inline-radio', options: LEGEND_SIZES },
    legendHeading: { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'] },
  },
  parameters: {
    docs: {
      description: {
        component: `Regroupe des champs qui répondent à une même question (une adresse, une date en trois champs, les
coordonnées d’un conjoint), avec une erreur commune au groupe si besoin.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-fieldset
      legend=${args.legend}
      hint=${args.hint}
      error=${args.error}
      legend-size=${args.legendSize}
      legend-heading=${ifDefined(args.legendHeading || undefined)}
      ?disabled=${args.disabled}
    >
      <gouv-input label="Numéro et voie" name="voie" autocomplete="address-line1"></gouv-input>
      <gouv-input
        label="Code postal"
        name="cp"
        autocomplete="postal-code"
        width="5"
        inputmode="numeric"
      ></gouv-input>
      <gouv-input label="Commune" name="commune" autocomplete="address-level2"></gouv-input>
    </gouv-fieldset>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Simple: Story = {};
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'L’adresse où vous recevez votre courrier.' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { error: 'Cette adresse n’a pas été trouvée : vérifiez le code postal et la commune' },
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const QuestionDePage: Story = {
  name: 'Question de page (légende en titre)',
  args: { legend: 'Où habitez-vous ?', legendHeading: '1', legendSize: 'l' },
};
export const Tailles: Story = {
  name: 'Tailles de légende',
  render: () =>
    html`${LEGEND_SIZES.map(
      (size) =>
        html`<gouv-fieldset legend="Légende de taille ${size}" legend-size=${size}>
          <gouv-input label="Champ" name=${`champ-${size}`}></gouv-input>
        </gouv-fieldset>`,
    )}`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-fieldset legend="What is your date of birth?" error="Date of birth must be in the past">
        <gouv-input label="Day" name="day" width="2" inputmode="numeric"></gouv-input>
        <gouv-input label="Month" name="month" width="2" inputmode="numeric"></gouv-input>
        <gouv-input label="Year" name="year" width="4" inputmode="numeric"></gouv-input>
      </gouv-fieldset>
    </div>`,
};
