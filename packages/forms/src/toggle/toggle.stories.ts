import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../toggle.js';
import type { GouvToggle } from './gouv-toggle.js';

type Args = Pick<
  GouvToggle,
  'label' | 'hint' | 'error' | 'name' | 'checked' | 'showState' | 'required' | 'disabled'
>;

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint l’interrupteur / revient au champ précédent |
| Espace | Active ou désactive |

- Un \`<input type="checkbox" role="switch">\` natif : les technologies d’assistance annoncent un interrupteur
  « activé » ou « désactivé » ; le formulaire l’envoie comme une case à cocher.
- Le texte d’état (« Activé / Désactivé », \`show-state\`) est pour les yeux (\`aria-hidden\`) : l’interrupteur donne
  déjà son état, sans répétition.
- L’étiquette est cliquable ; l’interrupteur mesure 40 × 24 px. Le glissement du curseur s’arrête avec
  \`prefers-reduced-motion\` ; en couleurs forcées, piste et curseur prennent les couleurs du système.

**Critères RGAA** : 11.1 et 11.2 (étiquette), 7.1 et 7.3 (clavier et technologies d’assistance), 10.7 (focus
visible), 13.8 (mouvement), 3.2 et 3.3 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Interrupteur',
  component: 'gouv-toggle',
  tags: ['autodocs'],
  args: {
    label: 'Recevoir les notifications par courriel',
    hint: '',
    error: '',
    name: 'notifications',
    checked: false,
    showState: true,
    required: false,
    disabled: false,
  },
  parameters: {
    docs: {
      description: {
        component: `Active ou désactive une option, comme un réglage. Dans un formulaire à envoyer, il vaut une case à
cocher (envoyé avec sa \`value\` quand il est activé) ; pour un consentement, préférez la **Case à cocher**.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-toggle
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      ?checked=${args.checked}
      ?show-state=${args.showState}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></gouv-toggle>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Desactive: Story = { name: 'Éteint' };
export const Active: Story = { name: 'Activé', args: { checked: true } };
export const SansEtat: Story = { name: 'Sans texte d’état', args: { showState: false } };
export const AvecAide: Story = { name: 'Avec aide', args: { hint: 'Une fois par semaine au plus.' } };
export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Activez cette option pour continuer' },
};
export const Grise: Story = { name: 'Désactivé (grisé)', args: { disabled: true } };
export const GriseActive: Story = { name: 'Désactivé et activé', args: { disabled: true, checked: true } };
export const Obligatoire: Story = { args: { required: true } };
export const Liste: Story = {
  name: 'Liste de réglages',
  render: () =>
    html`<div style="max-width: 32rem">
      <gouv-toggle label="Notifications par courriel" name="courriel" checked show-state></gouv-toggle>
      <gouv-toggle
        label="Notifications par SMS"
        name="sms"
        show-state
        hint="Des frais peuvent s’appliquer."
      ></gouv-toggle>
      <gouv-toggle label="Mode sombre" name="sombre" show-state></gouv-toggle>
    </div>`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en"><gouv-toggle label="Email notifications" show-state checked></gouv-toggle></div>`,
};
