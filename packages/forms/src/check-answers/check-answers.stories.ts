import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@gouvkit/components/button.js';
import '../check-answers.js';
import type { CheckAnswer } from './gouv-check-answers.js';

type Args = { heading: string; headingLevel: number; answers: CheckAnswer[] };

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Parcourt les liens « Modifier », puis votre bouton de confirmation |
| Entrée sur « Modifier » | Ouvre la question pour changer la réponse |

- Une liste de définitions (\`<dl>\`) : chaque question (\`<dt>\`) est liée à sa réponse (\`<dd>\`), ce que les lecteurs
  d’écran restituent.
- Chaque lien « Modifier » dit ce qu’il modifie, en texte masqué : « Modifier le nom » (\`changeLabel\` : « le nom »),
  sinon « Modifier « Nom » » (RGAA 6.1 : liens explicites, même hors contexte).
- Les réponses sur plusieurs lignes (une adresse) gardent leurs retours à la ligne, en texte, jamais interprété comme
  du HTML ; une réponse vide s’affiche « Non renseigné ».
- Rendu dans le DOM léger : le titre fait partie du plan de la page, votre formulaire de confirmation reste le vôtre.

**Critères RGAA** : 9.1 (titres), 9.3 (listes), 6.1 et 6.2 (liens explicites), 7.1, 10.7 (focus visible), 3.2
(contrastes), 10.4 et 10.11 (lisible à 200 % et à 320 px de large : les colonnes s’empilent).
`;

const answers: CheckAnswer[] = [
  { key: 'Nom', value: 'Dupont', href: '#nom', changeLabel: 'le nom' },
  { key: 'Prénoms', value: 'Marie Louise', href: '#prenoms', changeLabel: 'les prénoms' },
  {
    key: 'Date de naissance',
    value: '14 juillet 1980',
    href: '#naissance',
    changeLabel: 'la date de naissance',
  },
  { key: 'Adresse', value: '12 rue de la Paix\n75002 Paris', href: '#adresse', changeLabel: 'l’adresse' },
  { key: 'Téléphone', value: '', href: '#telephone', changeLabel: 'le numéro de téléphone' },
];

const meta: Meta<Args> = {
  title: 'Formulaires/Vérifier les réponses',
  component: 'gouv-check-answers',
  tags: ['autodocs'],
  args: { heading: 'Vos informations personnelles', headingLevel: 2, answers },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    docs: {
      description: {
        component: `Le modèle « Check answers » de GOV.UK : avant l’envoi, les questions et les réponses, chacune avec un
lien « Modifier », sous un titre ; puis votre confirmation, en contenu de l’élément.

\`\`\`js
el.answers = [{ key: 'Nom', value: 'Dupont', href: '/demande/nom', changeLabel: 'le nom' }];
\`\`\`
${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-check-answers heading=${args.heading} heading-level=${args.headingLevel} .answers=${args.answers}>
    </gouv-check-answers>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Reponses: Story = { name: 'Réponses' };

export const SansTitre: Story = { name: 'Sans titre', args: { heading: '' } };

export const SansModification: Story = {
  name: 'Réponses non modifiables',
  args: {
    heading: 'Votre dossier',
    answers: [
      { key: 'Numéro de dossier', value: 'A-2024-00125' },
      { key: 'Déposé le', value: '3 mars 2024' },
    ],
  },
};

export const AvecConfirmation: Story = {
  name: 'Page complète, avec la confirmation',
  render: (args) => html`
    <h1 style="margin-top: 0">Vérifiez vos réponses avant d’envoyer votre demande</h1>
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-check-answers heading=${args.heading} .answers=${args.answers}>
        <h2>Envoyer votre demande</h2>
        <p>En envoyant cette demande, vous confirmez que les informations données sont exactes.</p>
        <gouv-button type="submit">Confirmer et envoyer</gouv-button>
      </gouv-check-answers>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-check-answers
        heading="Personal details"
        .answers=${[
          { key: 'Name', value: 'Marie Dupont', href: '#name', changeLabel: 'name' },
          {
            key: 'Address',
            value: '10 Downing Street\nLondon\nSW1A 2AA',
            href: '#address',
            changeLabel: 'address',
          },
          { key: 'Phone number', value: '', href: '#phone', changeLabel: 'phone number' },
        ]}
      ></gouv-check-answers>
    </div>
  `,
};
