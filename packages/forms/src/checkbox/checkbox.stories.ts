import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../checkbox.js';
import type { GouvCheckbox } from './gouv-checkbox.js';

type Args = Pick<
  GouvCheckbox,
  'label' | 'hint' | 'error' | 'name' | 'value' | 'checked' | 'required' | 'disabled'
>;

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint la case / revient au champ précédent |
| Espace | Coche ou décoche la case |

- La case est un \`<input type="checkbox">\` natif, dans le même arbre que son \`<label for>\`, son aide et son erreur
  (\`aria-describedby\`) : lecteurs d’écran, correcteurs et outils d’audit la voient comme du HTML simple.
- Toute l’étiquette est cliquable ; la case mesure 24 × 24 px (taille de cible WCAG 2.5.8).
- Obligatoire : la case porte \`required\`, le formulaire ne part pas, et le message dit quoi faire
  (« Cochez cette case pour continuer ») ; il est lu dans une région \`aria-live\` polie et relié à la case, qui
  passe \`aria-invalid="true"\`.
- Contour de focus de 2 px ; en couleurs forcées, la case native du système revient.

**Critères RGAA** : 11.1 et 11.2 (étiquette), 11.10 (contrôle de saisie), 11.11 (suggestion de correction),
7.1 et 7.3 (utilisable au clavier et par les technologies d’assistance), 10.7 (focus visible), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Case à cocher',
  component: 'gouv-checkbox',
  tags: ['autodocs'],
  args: {
    label: 'J’accepte les conditions générales d’utilisation',
    hint: '',
    error: '',
    name: 'cgu',
    value: 'on',
    checked: false,
    required: false,
    disabled: false,
  },
  parameters: {
    docs: {
      description: {
        component: `Une case à cocher seule, pour accepter des conditions ou confirmer une déclaration. Pour plusieurs
réponses à une même question, utilisez **Cases à cocher (groupe)**. Le formulaire envoie \`value\` (« on » par défaut)
quand la case est cochée, rien sinon ; une remise à zéro revient à l’état de l’attribut \`checked\`.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-checkbox
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      value=${args.value}
      ?checked=${args.checked}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></gouv-checkbox>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = {};
export const Cochee: Story = { name: 'Cochée', args: { checked: true } };
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Vous pouvez les lire dans la page « Conditions générales d’utilisation ».' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Cochez cette case pour continuer' },
};
export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true } };
export const DesactiveeCochee: Story = {
  name: 'Désactivée et cochée',
  args: { disabled: true, checked: true },
};
export const Obligatoire: Story = { args: { required: true } };

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form
      style="max-width: 40rem"
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <gouv-checkbox
        label="Je certifie sur l’honneur l’exactitude des informations"
        name="certification"
        value="oui"
        required
      ></gouv-checkbox>
      <gouv-checkbox label="Recevoir la lettre d’information" name="lettre" checked></gouv-checkbox>
      <button type="submit">Envoyer</button> <button type="reset">Effacer</button>
      <p>Données envoyées : <output></output></p>
    </form>`,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-checkbox
        label="I agree to the terms of use"
        required
        error="Tick this box to continue"
      ></gouv-checkbox>
    </div>`,
};
