import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../task-list.js';
import type { TaskSection } from './gouv-task-list.js';

type Args = { sections: TaskSection[]; headingLevel: number };

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Passe d’une tâche à l’autre (les tâches impossibles pour le moment n’ont pas de lien) |
| Entrée | Ouvre la tâche |

- L’état de chaque tâche est lu avec son lien (\`aria-describedby\`, comme GOV.UK) : « Vos revenus, lien, Les trois
  derniers avis d’imposition, En cours ».
- Une tâche qu’on ne peut pas encore commencer n’a pas de lien et l’écrit : « Impossible pour le moment ».
- « Terminé » est en texte simple et ce qui reste à faire porte une étiquette, pour que le reste à faire ressorte ;
  les étiquettes ne sont pas en capitales (les lecteurs d’écran pourraient les épeler).
- La progression (« Vous avez complété 2 tâches sur 5 ») est en tête, en texte.
- Toute la ligne est cliquable ; seul le lien reçoit le focus.
- Rendu dans le DOM léger : les titres des sections font partie du plan de la page.

**Critères RGAA** : 9.1 (titres), 9.3 (listes), 6.1 (liens explicites), 3.1 (l’état n’est pas donné par la seule
couleur), 3.2 (contrastes), 7.1, 10.7 (focus visible), 12.8 (ordre de tabulation).
`;

const sections: TaskSection[] = [
  {
    title: 'Votre demande',
    tasks: [
      { title: 'Vos coordonnées', href: '#coordonnees', status: 'done' },
      { title: 'Votre situation familiale', href: '#situation', status: 'done' },
      {
        title: 'Vos revenus',
        href: '#revenus',
        status: 'in-progress',
        hint: 'Munissez-vous de vos trois derniers avis d’imposition',
      },
    ],
  },
  {
    title: 'Pièces justificatives',
    tasks: [
      { title: 'Justificatif de domicile', href: '#domicile', status: 'todo' },
      { title: 'Vérifier et envoyer', href: '#verifier', status: 'locked' },
    ],
  },
];

const meta: Meta<Args> = {
  title: 'Formulaires/Liste de tâches',
  component: 'gouv-task-list',
  tags: ['autodocs'],
  args: { sections, headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    docs: {
      description: {
        component: `Le modèle « Complete multiple tasks » de GOV.UK : les tâches d’une démarche longue, regroupées en
sections, chacune avec son état (« Terminé », « En cours », « À faire », « Impossible pour le moment ») et la
progression. La progression compte les tâches (GOV.UK les appelle « sections » dans ce message ; ici, les sections
sont les groupes) : changez le texte avec \`strings.progress\` si besoin.

\`\`\`js
el.sections = [{ title: 'Votre demande', tasks: [{ title: 'Vos coordonnées', href: '/coordonnees', status: 'done' }] }];
\`\`\`
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-task-list .sections=${args.sections} heading-level=${args.headingLevel}></gouv-task-list>`,
};
export default meta;
type Story = StoryObj<Args>;

export const EnCours: Story = { name: 'Démarche en cours' };

export const ACommencer: Story = {
  name: 'À commencer',
  args: {
    sections: [
      {
        tasks: [
          { title: 'Vos coordonnées', href: '#coordonnees', status: 'todo' },
          { title: 'Votre situation familiale', href: '#situation', status: 'todo' },
          { title: 'Vérifier et envoyer', status: 'locked' },
        ],
      },
    ],
  },
};

export const Terminee: Story = {
  name: 'Tout est terminé',
  render: () => html`
    <gouv-task-list
      .sections=${[
        {
          tasks: [
            { title: 'Vos coordonnées', href: '#coordonnees', status: 'done' },
            { title: 'Votre situation familiale', href: '#situation', status: 'done' },
          ],
        },
      ]}
    >
      <p><a href="#verifier">Vérifier vos réponses et envoyer la demande</a></p>
    </gouv-task-list>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-task-list
        .sections=${[
          {
            title: 'Your application',
            tasks: [
              { title: 'Contact details', href: '#contact', status: 'done' },
              { title: 'Income', href: '#income', status: 'in-progress' },
              { title: 'Proof of address', href: '#address', status: 'todo' },
              { title: 'Check and send', status: 'locked' },
            ],
          },
        ]}
      ></gouv-task-list>
    </div>
  `,
};
