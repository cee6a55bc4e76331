import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../button.js';
import { BUTTON_SIZES, BUTTON_VARIANTS, type GouvButton } from './gouv-button.js';

type Args = Pick<GouvButton, 'variant' | 'size' | 'disabled' | 'iconOnly' | 'iconPosition' | 'fullWidth'> & {
  label: string;
  icon?: string;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le bouton / revient au précédent |
| Entrée, Espace | Active le bouton |
| Entrée dans un champ | Envoie le formulaire si le bouton est \`type="submit"\` (envoi implicite, comme un bouton natif) |

- Le texte du bouton est son nom accessible ; avec \`icon-only\`, il reste lu par les lecteurs d’écran.
- L’icône est décorative (\`aria-hidden\`).
- Désactivé : non focalisable ; un bouton-lien désactivé perd son \`href\`.
- Contour de focus de 2 px, visible en thème clair, sombre et en couleurs forcées.

**Critères RGAA** : 7.1 et 7.3 (composant utilisable au clavier et par les technologies d’assistance),
10.7 (focus visible), 11.9 (intitulé pertinent), 11.11 (contrôle de saisie : envoi), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Composants/Bouton',
  component: 'gouv-button',
  tags: ['autodocs'],
  args: {
    label: 'Envoyer',
    variant: 'primary',
    size: 'md',
    disabled: false,
    iconOnly: false,
    iconPosition: 'left',
  },
  argTypes: {
    variant: { control: 'select', options: BUTTON_VARIANTS },
    size: { control: 'inline-radio', options: BUTTON_SIZES },
    iconPosition: { control: 'inline-radio', options: ['left', 'right'] },
    icon: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: `Le bouton déclenche une action. Il se comporte comme un \`<button>\` natif dans un formulaire.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-button
      variant=${args.variant}
      size=${args.size}
      icon=${ifDefined(args.icon)}
      icon-position=${args.iconPosition}
      ?icon-only=${args.iconOnly}
      ?disabled=${args.disabled}
      ?full-width=${args.fullWidth}
      >${args.label}</gouv-button
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Primaire: Story = {};
export const Secondaire: Story = { args: { variant: 'secondary' } };
export const Tertiaire: Story = { args: { variant: 'tertiary' } };
export const TertiaireSansBordure: Story = {
  name: 'Tertiaire sans bordure',
  args: { variant: 'tertiary-no-outline' },
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const AvecIcone: Story = {
  name: 'Avec icône',
  args: { label: 'Étape suivante', icon: 'arrow-right-line', iconPosition: 'right' },
};
export const IconeSeule: Story = {
  name: 'Icône seule',
  args: { label: 'Fermer', icon: 'close-line', iconOnly: true },
};

export const Tailles: Story = {
  render: () => html`
    <div style="display: flex; gap: 1rem; align-items: center; flex-wrap: wrap">
      ${BUTTON_SIZES.map((size) => html`<gouv-button size=${size}>Taille ${size}</gouv-button>`)}
    </div>
  `,
};

export const TousLesEtats: Story = {
  name: 'Toutes les variantes et états',
  render: () => html`
    <div style="display: grid; gap: 1rem">
      ${BUTTON_VARIANTS.map(
        (variant) => html`
          <div style="display: flex; gap: 1rem; flex-wrap: wrap">
            <gouv-button variant=${variant}>${variant}</gouv-button>
            <gouv-button variant=${variant} icon="download-line">Télécharger</gouv-button>
            <gouv-button variant=${variant} disabled>Désactivé</gouv-button>
            <gouv-button variant=${variant} href="#aide">Lien</gouv-button>
          </div>
        `,
      )}
    </div>
  `,
};

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => html`
    <form
      style="display: grid; gap: 1rem; max-width: 30rem"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        const output = form.querySelector('output')!;
        output.textContent = JSON.stringify(Object.fromEntries(new FormData(form, e.submitter)));
      }}
    >
      <label for="nom-demo">Nom</label>
      <input id="nom-demo" name="nom" autocomplete="family-name" />
      <div style="display: flex; gap: 1rem">
        <gouv-button type="submit" name="action" value="envoyer">Envoyer</gouv-button>
        <gouv-button type="reset" variant="secondary">Effacer</gouv-button>
      </div>
      <p>Données envoyées : <output></output></p>
    </form>
  `,
};

export const PleineLargeur: Story = { name: 'Pleine largeur (mobile)', args: { fullWidth: true } };
export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`<div lang="en"><gouv-button icon="check-line">Submit</gouv-button></div>`,
};
