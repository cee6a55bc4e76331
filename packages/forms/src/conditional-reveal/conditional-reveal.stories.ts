import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../conditional-reveal.js';
import '../checkbox.js';
import '../checkbox-group.js';
import '../input.js';
import '../radio-group.js';
import '../toggle.js';

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Espace, flèches | Cochent le déclencheur (case, bouton radio) : le contenu apparaît juste après lui |
| Tab | Depuis le déclencheur, entre dans le contenu révélé |

- Le contenu suit son déclencheur dans l’ordre de lecture : dans un groupe, \`when\` le place sous l’option.
- Caché, il est \`hidden\` et ses champs sont dans un \`<fieldset disabled>\` : ni focus, ni validation, ni envoi. Ils
  reviennent tels quels une fois révélés.
- Le déclencheur reçoit \`aria-controls\` ; une case à cocher reçoit aussi \`aria-expanded\` (ARIA ne le permet pas sur
  un bouton radio, axe le signale).
- Usage (GOV.UK) : un contenu court et simple ; pas dans des options en ligne.

**Critères RGAA** : 7.1 et 7.3 (composant utilisable au clavier et par les technologies d’assistance), 11.10 (les
champs cachés ne bloquent pas l’envoi), 12.8 (ordre de tabulation cohérent).
`;

const meta: Meta = {
  title: 'Formulaires/Affichage conditionnel',
  component: 'gouv-conditional-reveal',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Affiche des champs seulement pour une réponse donnée (GOV.UK « conditional reveal ») : dans un
\`gouv-radio-group\` ou un \`gouv-checkbox-group\` avec \`when="valeur"\`, ou ailleurs avec \`for="id"\` (un bouton radio
ou une case natifs, un \`gouv-checkbox\`, un \`gouv-toggle\`, un groupe avec \`when\`). Un script qui coche le déclencheur
sans événement appelle \`refresh()\`.
${accessibility}`,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

export const DansDesBoutonsRadio: Story = {
  name: 'Dans des boutons radio',
  render: () =>
    html`<gouv-radio-group label="Comment souhaitez-vous être contacté ?" name="contact">
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
export const Ouvert: Story = {
  name: 'Ouvert',
  render: () =>
    html`<gouv-radio-group label="Comment souhaitez-vous être contacté ?" name="contact2" value="courriel">
      <option value="courriel">Par courriel</option>
      <option value="telephone">Par téléphone</option>
      <gouv-conditional-reveal when="courriel">
        <gouv-input label="Adresse électronique" name="email2" type="email" autocomplete="email"></gouv-input>
      </gouv-conditional-reveal>
    </gouv-radio-group>`,
};
export const DansDesCases: Story = {
  name: 'Dans des cases à cocher',
  render: () =>
    html`<gouv-checkbox-group label="Quelles aides recevez-vous ?" name="aides">
      <option value="logement">Aide au logement</option>
      <option value="autre">Une autre aide</option>
      <gouv-conditional-reveal when="autre"
        ><gouv-input label="Nom de l’aide" name="autre-aide"></gouv-input
      ></gouv-conditional-reveal>
    </gouv-checkbox-group>`,
};
export const AvecUneCase: Story = {
  name: 'Après une case seule (for)',
  render: () =>
    html`<gouv-checkbox
        id="livraison-differente"
        label="L’adresse de livraison est différente"
        name="autre-adresse"
      ></gouv-checkbox>
      <gouv-conditional-reveal for="livraison-differente">
        <gouv-input
          label="Adresse de livraison"
          name="livraison"
          autocomplete="shipping street-address"
        ></gouv-input>
      </gouv-conditional-reveal>`,
};
export const AvecUnInterrupteur: Story = {
  name: 'Après un interrupteur (for)',
  render: () =>
    html`<gouv-toggle id="rappel" label="Recevoir un rappel" name="rappel" checked></gouv-toggle>
      <gouv-conditional-reveal for="rappel">
        <gouv-input label="Numéro de téléphone" name="tel-rappel" type="tel" autocomplete="tel"></gouv-input>
      </gouv-conditional-reveal>`,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-radio-group label="How would you like to be contacted?" name="contact-en" value="email">
        <option value="email">Email</option>
        <option value="phone">Phone</option>
        <gouv-conditional-reveal when="email">
          <gouv-input label="Email address" name="email-en" type="email" autocomplete="email"></gouv-input>
        </gouv-conditional-reveal>
      </gouv-radio-group>
    </div>`,
};
