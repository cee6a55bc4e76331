import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../radio-group.js';
import '../conditional-reveal.js';
import '../input.js';
import { RADIO_VARIANTS, type GouvRadioGroup } from './gouv-radio-group.js';

type Args = Pick<
  GouvRadioGroup,
  'label' | 'hint' | 'error' | 'name' | 'value' | 'required' | 'disabled' | 'inline' | 'variant'
>;

const options = [
  { value: 'courriel', label: 'Par courriel', hint: 'Réponse sous 48 heures' },
  { value: 'telephone', label: 'Par téléphone' },
  { value: 'courrier', label: 'Par courrier', disabled: true },
];

/** A sample pictogram (an image file in a real service), in DSFR's pictogram blue. */
const pictogram = (path: string) =>
  `data:image/svg+xml,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><path fill="#6a6af4" d="${path}"/></svg>`,
  )}`;
const house = pictogram('M40 10 8 38h8v32h20V50h8v20h20V38h8z');
const building = pictogram('M18 8h44v64H46V56H34v16H18zm8 8v8h8v-8zm20 0v8h8v-8zM26 32v8h8v-8zm20 0v8h8v-8z');

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le groupe (le bouton choisi, ou le premier) / le quitte : un seul arrêt pour tout le groupe |
| Flèches (haut, bas, gauche, droite) | Choisissent le bouton précédent ou suivant (comportement natif) |
| Espace | Choisit le bouton qui a le focus |

- Un \`<fieldset>\` natif groupe les boutons : sa \`<legend>\` (la question) est lue en entrant dans le groupe, son aide et
  son erreur le décrivent (\`aria-describedby\`). Chaque bouton a son \`<label for>\` et, s’il y en a, sa propre aide.
- Les boutons partagent un \`name\` (un nom généré s’il manque) : le navigateur en fait un groupe, avec ses flèches.
- Obligatoire : « Sélectionnez une option », lu dans une région \`aria-live\` polie ; les boutons passent \`aria-invalid\`.
- Tuiles (\`variant="tile"\`, « Bouton radio riche ») : toute la tuile est cliquable ; l’image est décorative (\`alt=""\`),
  le libellé porte le sens.
- Contour de focus de 2 px ; en couleurs forcées, les boutons natifs du système reviennent.

**Critères RGAA** : 11.1, 11.2 (étiquettes), 11.5 et 11.6 (regroupement et légende), 11.10 (contrôle de saisie),
11.11 (suggestion de correction), 1.2 (image décorative), 7.1 et 7.3 (clavier, technologies d’assistance),
10.7 (focus visible), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Boutons radio',
  component: 'gouv-radio-group',
  tags: ['autodocs'],
  args: {
    label: 'Comment souhaitez-vous être contacté ?',
    hint: '',
    error: '',
    name: 'contact',
    value: '',
    required: false,
    disabled: false,
    inline: false,
    variant: 'default',
  },
  argTypes: { variant: { control: 'inline-radio', options: RADIO_VARIANTS } },
  parameters: {
    docs: {
      description: {
        component: `Une seule réponse parmi plusieurs. Les options viennent d’éléments \`<option>\` enfants (HTML simple :
\`value\`, \`selected\`, \`disabled\`, \`data-hint\`, \`data-image\`) ou de la propriété \`options\`. Les boutons natifs sont
envoyés, remis à zéro et validés avec le formulaire. Un \`<gouv-conditional-reveal when="valeur">\` enfant affiche des
champs juste sous l’option choisie.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-radio-group
      label=${args.label}
      hint=${args.hint}
      error=${args.error}
      name=${args.name}
      value=${args.value}
      variant=${args.variant}
      ?required=${args.required}
      ?disabled=${args.disabled}
      ?inline=${args.inline}
      .options=${options}
    ></gouv-radio-group>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Vide: Story = {};
export const Choisi: Story = { args: { value: 'telephone' } };
export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Nous ne l’utiliserons que pour ce dossier.' },
};
export const EnErreur: Story = {
  name: 'En erreur',
  args: { required: true, error: 'Sélectionnez la façon dont vous souhaitez être contacté' },
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true, value: 'courriel' } };
export const Obligatoire: Story = { args: { required: true } };
export const EnLigne: Story = {
  name: 'En ligne',
  render: () =>
    html`<gouv-radio-group label="Avez-vous déjà un numéro fiscal ?" name="fiscal" inline>
      <option value="oui">Oui</option>
      <option value="non">Non</option>
    </gouv-radio-group>`,
};
export const Tuiles: Story = {
  name: 'Tuiles (radio riche)',
  render: () =>
    html`<gouv-radio-group label="Dans quel type de logement vivez-vous ?" name="logement" variant="tile">
      <option value="maison" data-image=${house} data-hint="Avec ou sans jardin">Une maison</option>
      <option value="appartement" data-image=${building} selected>Un appartement</option>
      <option value="autre">Un autre logement</option>
    </gouv-radio-group>`,
};
export const TuilesEnLigne: Story = {
  name: 'Tuiles en ligne, en erreur',
  render: () =>
    html`<gouv-radio-group
      label="Dans quel type de logement vivez-vous ?"
      name="logement2"
      variant="tile"
      inline
      required
      error="Sélectionnez votre type de logement"
    >
      <option value="maison" data-image=${house}>Une maison</option>
      <option value="appartement" data-image=${building}>Un appartement</option>
    </gouv-radio-group>`,
};
export const AvecAffichageConditionnel: Story = {
  name: 'Avec affichage conditionnel',
  render: () =>
    html`<gouv-radio-group label="Comment souhaitez-vous être contacté ?" name="contact2" value="courriel">
      <option value="courriel">Par courriel</option>
      <option value="telephone">Par téléphone</option>
      <option value="aucun">Je ne souhaite pas être contacté</option>
      <gouv-conditional-reveal when="courriel">
        <gouv-input
          label="Adresse électronique"
          name="email"
          type="email"
          autocomplete="email"
          required
        ></gouv-input>
      </gouv-conditional-reveal>
      <gouv-conditional-reveal when="telephone">
        <gouv-input
          label="Numéro de téléphone"
          name="tel"
          type="tel"
          autocomplete="tel"
          required
        ></gouv-input>
      </gouv-conditional-reveal>
    </gouv-radio-group>`,
};
export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () =>
    html`<form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const form = e.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <gouv-radio-group
        label="Comment souhaitez-vous être contacté ?"
        name="contact"
        required
        .options=${options}
      ></gouv-radio-group>
      <button type="submit">Envoyer</button> <button type="reset">Effacer</button>
      <p>Données envoyées : <output></output></p>
    </form>`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-radio-group label="How would you like to be contacted?" name="contact-en" required>
        <option value="email">Email</option>
        <option value="phone">Phone</option>
      </gouv-radio-group>
    </div>`,
};
