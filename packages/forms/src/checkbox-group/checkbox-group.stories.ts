import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../checkbox-group.js';
import '../conditional-reveal.js';
import '../input.js';
import type { GouvCheckboxGroup } from './gouv-checkbox-group.js';

type Args = Pick<GouvCheckboxGroup, 'label' | 'hint' | 'error' | 'name' | 'required' | 'disabled' | 'inline'>;

const options = [
  { value: 'logement', label: 'Aide au logement', hint: 'APL, ALS ou ALF' },
  { value: 'rsa', label: 'Revenu de solidarité active (RSA)' },
  { value: 'prime', label: 'Prime d’activité' },
  { value: 'aah', label: 'Allocation aux adultes handicapés (AAH)', disabled: true },
];

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Passe d’une case à l’autre, puis au champ suivant |
| Espace | Coche ou décoche la case qui a le focus |

- Un \`<fieldset>\` natif groupe les cases : sa \`<legend>\` (la question) est lue en entrant dans le groupe, son aide et
  son erreur le décrivent (\`aria-describedby\`, comme GOV.UK). Chaque case a son \`<label for>\` et, s’il y en a, sa propre aide.
- Obligatoire veut dire « au moins une case » : tant qu’aucune n’est cochée, chaque case porte \`required\` (le
  formulaire ne part pas) et le message est « Sélectionnez au moins une option », lu dans une région \`aria-live\`
  polie ; les cases passent \`aria-invalid="true"\`.
- Les options données en HTML (\`<option>\`) sont lues une fois puis retirées ; leurs textes sont toujours rendus
  comme du texte.
- Contour de focus de 2 px ; en couleurs forcées, les cases natives du système reviennent.

**Critères RGAA** : 11.1, 11.2 (étiquettes), 11.5 et 11.6 (regroupement et légende), 11.10 (contrôle de saisie),
11.11 (suggestion de correction), 7.1 et 7.3 (clavier, technologies d’assistance), 10.7 (focus visible), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Cases à cocher (groupe)',
  component: 'gouv-checkbox-group',
  tags: ['autodocs'],
  args: {
    label: 'Quelles aides recevez-vous ?',
    hint: '',
    error: '',
    name: 'aides',
    required: false,
    disabled: false,
    inline: false,
  },
  parameters: {
    docs: {
      description: {
        component: `Plusieurs réponses possibles à une même question. Les options viennent d’éléments \`<option>\`
enfants (HTML simple : \`value\`, \`selected\`, \`disabled\`, \`data-hint\`) ou de la propriété \`options\`. La valeur est
le tableau des valeurs cochées ; le formulaire envoie chaque valeur sous le même nom (\`FormData.getAll(name)\`).
Un \`<gouv-conditional-reveal when="valeur">\` enfant affiche des champs sous l’option cochée.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-checkbox-group
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?inline=${args.inline}
      .options=${options}
    ></gouv-checkbox-group>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = {};
export const Cochee: Story = {
  name: 'Avec des cases cochées',
  render: () =>
    html`<gouv-checkbox-group label="Quelles aides recevez-vous ?" name="aides">
      <option value="logement" selected>Aide au logement</option>
      <option value="rsa">Revenu de solidarité active (RSA)</option>
      <option value="prime" selected>Prime d’activité</option>
    </gouv-checkbox-group>`,
};
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Sélectionnez toutes les réponses qui s’appliquent.' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Sélectionnez au moins une aide, ou « Aucune »' },
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };
export const Obligatoire: Story = { args: { required: true } };
export const EnLigne: Story = {
  name: 'En ligne',
  render: () =>
    html`<gouv-checkbox-group label="Jours de disponibilité" name="jours" inline>
      <option value="lun">Lundi</option>
      <option value="mar">Mardi</option>
      <option value="mer">Mercredi</option>
      <option value="jeu">Jeudi</option>
      <option value="ven">Vendredi</option>
    </gouv-checkbox-group>`,
};
export const AvecAffichageConditionnel: Story = {
  name: 'Avec affichage conditionnel',
  render: () =>
    html`<gouv-checkbox-group label="Quelles aides recevez-vous ?" name="aides">
      <option value="logement">Aide au logement</option>
      <option value="autre">Une autre aide</option>
      <gouv-conditional-reveal when="autre">
        <gouv-input label="Nom de l’aide" name="autre-aide"></gouv-input>
      </gouv-conditional-reveal>
    </gouv-checkbox-group>`,
};
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(new FormData(form).getAll('aides'));
      }}
    >
      <gouv-checkbox-group
        label="Quelles aides recevez-vous ?"
        name="aides"
        required
        .options=${options}
      ></gouv-checkbox-group>
      <button type="submit">Envoyer</button> <button type="reset">Effacer</button>
      <p>Valeurs envoyées : <output></output></p>
    </form>`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-checkbox-group label="Which benefits do you get?" hint="Select all that apply" required>
        <option value="housing">Housing benefit</option>
        <option value="income">Income support</option>
      </gouv-checkbox-group>
    </div>`,
};
