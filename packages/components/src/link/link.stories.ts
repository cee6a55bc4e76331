import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../link.js';
import { LINK_ICON_POSITIONS, LINK_SIZES, type GouvLink } from './gouv-link.js';

type Args = Pick<GouvLink, 'size' | 'iconPosition' | 'disabled' | 'inline'> & {
  label: string;
  href: string;
  target?: string;
  icon?: string;
  download?: string;
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le lien / revient au précédent (un lien désactivé est sauté) |
| Entrée | Suit le lien (dans une nouvelle fenêtre avec \`target="_blank"\`) |

- Un \`<a href>\` natif : menu contextuel, ouverture dans un nouvel onglet et historique des liens visités
  fonctionnent comme partout.
- **Intitulé** : le texte du lien est son nom accessible ; il doit dire où il mène, seul ou avec son
  contexte (pas de « cliquez ici »). Un avertissement de développement signale un lien vide.
- **Nouvelle fenêtre** (\`target="_blank"\`) : \`rel="noopener"\`, une icône et « nouvelle fenêtre »
  (« new window » en anglais) lu après le texte : « Service-public.fr - nouvelle fenêtre ».
- **Téléchargement** (\`download\`) : commencez le texte par « Télécharger » et donnez le format et le
  poids du fichier ; \`hreflang\` si le fichier est dans une autre langue.
- **Désactivé** : plus de \`href\` (le lien sort de l’ordre de tabulation), \`role="link"\` et
  \`aria-disabled="true"\` pour qu’il reste annoncé comme un lien indisponible.
- Soulignement permanent (la couleur ne suffit pas à repérer un lien) qui s’épaissit au survol ;
  contour de focus de 2 px ; soulignement système en couleurs forcées.
- Un lien mène quelque part ; pour une action, utilisez \`gouv-button\`.

**Critères RGAA** : 6.1 (lien explicite), 6.2 (lien avec un intitulé), 10.7 (focus visible),
13.2 (ouverture d’une nouvelle fenêtre signalée), 3.2 (contrastes), 10.6 (lien repérable sans la couleur).
`;

const meta: Meta<Args> = {
  title: 'Composants/Lien',
  component: 'gouv-link',
  tags: ['autodocs'],
  args: {
    label: 'Voir les aides au logement',
    href: '#aides',
    size: 'md',
    iconPosition: 'left',
    disabled: false,
    inline: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: LINK_SIZES },
    iconPosition: { control: 'inline-radio', options: LINK_ICON_POSITIONS },
    target: { control: 'select', options: [undefined, '_blank'] },
    icon: { control: 'text' },
    download: { control: 'text' },
  },
  parameters: {
    docs: {
      description: {
        component: `Le lien mène vers une autre page ou un autre endroit de la page. Il rend un \`<a>\` natif.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-link
      href=${args.href}
      target=${ifDefined(args.target)}
      size=${args.size}
      icon=${ifDefined(args.icon)}
      icon-position=${args.iconPosition}
      download=${ifDefined(args.download)}
      ?disabled=${args.disabled}
      ?inline=${args.inline}
      >${args.label}</gouv-link
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Interne: Story = {};
export const Externe: Story = {
  name: 'Externe (nouvelle fenêtre)',
  args: { label: 'Service-public.fr', href: 'https://www.service-public.fr', target: '_blank' },
};
export const Telechargement: Story = {
  name: 'Téléchargement',
  args: { label: 'Télécharger la notice (PDF, 120 ko)', href: '#notice.pdf', download: 'notice.pdf' },
};
export const AvecIcone: Story = {
  name: 'Avec icône',
  render: () => html`
    <ul style="display: grid; gap: 1rem; list-style: none; padding: 0">
      <li><gouv-link href="#retour" icon="arrow-left-line">Retour à la liste</gouv-link></li>
      <li>
        <gouv-link href="#suite" icon="arrow-right-line" icon-position="right">Étape suivante</gouv-link>
      </li>
    </ul>
  `,
};
export const Desactive: Story = { name: 'Désactivé', args: { disabled: true, label: 'Démarche fermée' } };
export const Tailles: Story = {
  render: () => html`
    <ul style="display: grid; gap: 1rem; list-style: none; padding: 0">
      ${LINK_SIZES.map((size) => html`<li><gouv-link href="#taille" size=${size}>Lien taille ${size}</gouv-link></li>`)}
    </ul>
  `,
};
export const DansLeTexte: Story = {
  name: 'Dans le texte (inline)',
  render: () => html`
    <p style="font-size: 1.125rem; max-width: 40rem">
      Pour connaître vos droits, consultez
      <gouv-link inline href="#droits">la fiche pratique sur les aides au logement</gouv-link> ou le site
      <gouv-link inline href="https://www.service-public.fr" target="_blank">Service-public.fr</gouv-link>.
    </p>
  `,
};
export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <p lang="en">
      <gouv-link href="https://europa.eu" target="_blank">European Union website</gouv-link>
    </p>
  `,
};
