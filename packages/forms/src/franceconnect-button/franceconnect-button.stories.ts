import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../franceconnect-button.js';
import { FRANCECONNECT_VARIANTS, type FranceConnectVariant } from './gouv-franceconnect-button.js';

type Args = { variant: FranceConnectVariant; disabled: boolean; href?: string };

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le bouton, puis le lien « Qu’est-ce que FranceConnect ? » |
| Entrée, Espace | Active le bouton (envoie le formulaire) ; Entrée suit le lien |
| Entrée dans un champ du formulaire | Envoie le formulaire (envoi implicite, bouton natif) |

- Nom accessible : le libellé officiel, « S’identifier avec FranceConnect » (« FranceConnect+ », « ProConnect »),
  d’un seul tenant ; le « + » est du texte, pas un contenu CSS (plus robuste, comme le recommande le DSFR).
- Le libellé suit la langue de la page (français, anglais) mais **ne se modifie pas** : ni attribut, ni contenu,
  ni \`strings\` (règle de la marque, reprise par le DSFR).
- Le logo est décoratif (\`aria-hidden\`) : c’est le dessin officiel, repris tracé pour tracé du CSS du DSFR 1.15.3,
  avec ses couleurs de marque, identiques en thème clair et sombre.
- Le lien « Qu’est-ce que FranceConnect ? » s’ouvre dans une nouvelle fenêtre, annoncée (« - nouvelle fenêtre »,
  aussi dans le \`title\` comme le demande le DSFR), avec \`rel="noopener"\`.
- Bouton natif dans le DOM léger : il appartient au formulaire, un \`<fieldset disabled>\` le désactive ; avec
  \`href\`, c’est un lien, sans \`href\` quand il est désactivé.

**Critères RGAA** : 6.1 et 6.2 (liens explicites), 13.2 (nouvelle fenêtre signalée), 7.1 et 7.3 (clavier et
technologies d’assistance), 10.7 (focus visible), 3.2 et 3.3 (contrastes), 10.2 (contenu visible sans CSS), 11.9
(intitulé de bouton pertinent).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Bouton FranceConnect',
  component: 'gouv-franceconnect-button',
  tags: ['autodocs'],
  args: { variant: 'franceconnect', disabled: false },
  argTypes: {
    variant: { control: 'inline-radio', options: FRANCECONNECT_VARIANTS },
    href: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: `Le bouton FranceConnect du DSFR (et ses variantes FranceConnect+ et ProConnect) : le bouton officiel,
avec son logo et son libellé, suivi du lien « Qu’est-ce que FranceConnect ? ». Dans un formulaire, c’est un bouton
d’envoi natif ; avec \`href\`, un lien vers votre point d’entrée d’authentification.

\`\`\`html
<form action="/auth/franceconnect" method="post">
  <gouv-franceconnect-button></gouv-franceconnect-button>
</form>
\`\`\`

Le DSFR suggère d’ajouter la phrase « FranceConnect est la solution proposée par l’État pour sécuriser et simplifier
la connexion à vos services en ligne » : écrivez-la à côté du bouton si votre page en a besoin.
${accessibility}`,
      },
    },
  },
  render: (args) =>
    html`<gouv-franceconnect-button
      variant=${args.variant}
      href=${ifDefined(args.href || undefined)}
      ?disabled=${args.disabled}
    ></gouv-franceconnect-button>`,
};
export default meta;
type Story = StoryObj<Args>;

export const FranceConnect: Story = {};
export const FranceConnectPlus: Story = { name: 'FranceConnect+', args: { variant: 'franceconnect-plus' } };
export const ProConnect: Story = { args: { variant: 'proconnect' } };
export const Lien: Story = { name: 'Lien (href)', args: { href: '/auth/franceconnect' } };
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true } };

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire',
  render: () => html`
    <form
      @submit=${(e: SubmitEvent) => {
        e.preventDefault();
        const data = new FormData(e.target as HTMLFormElement, e.submitter);
        (e.target as HTMLFormElement).querySelector('output')!.textContent = JSON.stringify(
          Object.fromEntries(data),
        );
      }}
    >
      <gouv-franceconnect-button name="fournisseur" value="franceconnect"></gouv-franceconnect-button>
      <p>Données envoyées : <output></output></p>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      <gouv-franceconnect-button></gouv-franceconnect-button>
      <gouv-franceconnect-button variant="proconnect"></gouv-franceconnect-button>
    </div>`,
};
