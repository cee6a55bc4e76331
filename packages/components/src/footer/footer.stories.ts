import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../footer.js';
import type { FooterLink } from './gouv-footer.js';

interface FooterArgs {
  institution: string;
  homeHref: string;
}

const accessibility = `
## Accessibilité

Le pied de page est le repère \`contentinfo\` de la page : le rôle est porté par l’élément lui-même
(\`ElementInternals\`), un seul repère est exposé. Un seul \`<gouv-footer>\` par page, hors de \`<main>\`.

Les liens institutionnels et le lien de la licence s’ouvrent dans une nouvelle fenêtre et le
disent : \`target="_blank"\`, \`rel="noopener"\`, texte masqué « - nouvelle fenêtre » dans le nom du
lien, le même texte en \`title\` et une icône décorative.

La mention « Accessibilité : non / partiellement / totalement conforme » est obligatoire sur
toutes les pages : mettez-la dans le slot \`bottom\` (l’élément prévient dans la console sinon).

### Clavier

| Touche | Action |
| --- | --- |
| <kbd>Tab</kbd> | Lien d’accueil (bloc-marque), liens institutionnels, liens du bas de page, licence. |
| <kbd>Maj</kbd> + <kbd>Tab</kbd> | Même parcours, en sens inverse. |
| <kbd>Entrée</kbd> | Suit le lien (nouvelle fenêtre pour les liens externes). |
| <kbd>Échap</kbd> | Aucune action propre au pied de page. |

### Critères RGAA

- **12.6** Zones de regroupement : repère \`contentinfo\` unique.
- **13.2** Ouverture de nouvelles fenêtres signalée dans le nom des liens.
- **6.1 / 6.2** Liens explicites, tous nommés.
- **10.7** Focus visible, y compris en mode contrastes élevés (\`forced-colors\`).
- **10.11** Pas de défilement horizontal à 320px.
- **9.3** Listes de liens balisées en listes (\`<ul>\`).
- **8.7** Le bloc-marque reste en français (\`lang="fr"\`) sur une page anglaise.
- **3.2** Contrastes conformes en thèmes clair et sombre.
`;

const description = html`<p slot="description">
  Texte optionnel de 3 lignes maximum, présentant le service et ses missions. Il peut contenir un
  <a href="#a-propos">lien vers la page À propos</a>.
</p>`;

const bottom = html`<ul slot="bottom">
  <li><a href="#plan">Plan du site</a></li>
  <li><a href="#accessibilite">Accessibilité : partiellement conforme</a></li>
  <li><a href="#mentions-legales">Mentions légales</a></li>
  <li><a href="#donnees-personnelles">Données personnelles</a></li>
  <li><button type="button">Gestion des cookies</button></li>
</ul>`;

const englishBottom = html`<ul slot="bottom">
  <li><a href="#sitemap">Sitemap</a></li>
  <li><a href="#accessibility">Accessibility: partially compliant</a></li>
  <li><a href="#legal">Legal notice</a></li>
  <li><a href="#privacy">Personal data</a></li>
  <li><button type="button">Cookie settings</button></li>
</ul>`;

const footer = (args: FooterArgs, content: unknown, links?: readonly FooterLink[]) =>
  html`<gouv-footer institution=${args.institution} home-href=${args.homeHref} .links=${links}
    >${content}</gouv-footer
  >`;

const story = (text: string) => ({ docs: { description: { story: text } } });

const meta: Meta<FooterArgs> = {
  title: 'Composants/Pied de page',
  component: 'gouv-footer',
  tags: ['autodocs'],
  args: { institution: 'République<br>Française', homeHref: '/' },
  argTypes: {
    institution: { control: 'text', description: 'Intitulé officiel, une ligne par `<br>`.' },
    homeHref: { name: 'home-href', control: 'text' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Le pied de page des sites de l’État (DSFR « Pied de page ») : bloc-marque lié à
l’accueil, description (slot \`description\`), liens institutionnels (propriété \`links\`, ceux de
DSFR par défaut), liens obligatoires (slot \`bottom\`) et mention de licence etalab-2.0.
${accessibility}`,
      },
    },
  },
  render: (args) => footer(args, bottom),
};
export default meta;

type Story = StoryObj<FooterArgs>;

export const Minimal: Story = {
  parameters: story(
    'Bloc-marque, liens institutionnels, liens obligatoires et licence. **Accessibilité** : le lien du bloc-marque s’appelle « Retour à l’accueil du site - République Française ».',
  ),
};

export const AvecDescription: Story = {
  name: 'Avec description',
  render: (args) => footer(args, html`${description}${bottom}`),
  parameters: story(
    'Une description courte du service. **Accessibilité** : un paragraphe dans le slot `description` ; ses liens gardent leur sémantique.',
  ),
};

export const AutresLiens: Story = {
  name: 'Autres liens institutionnels',
  render: (args) =>
    footer(args, html`${description}${bottom}`, [
      { label: 'culture.gouv.fr', href: 'https://www.culture.gouv.fr' },
      { label: 'info.gouv.fr', href: 'https://info.gouv.fr' },
    ]),
  args: { institution: 'Ministère<br>de la Culture' },
  parameters: story(
    'Une autre entité et d’autres liens (`links`). **Accessibilité** : chaque lien annonce « - nouvelle fenêtre » (RGAA 13.2).',
  ),
};

export const Mobile: Story = {
  render: (args) => footer(args, html`${description}${bottom}`),
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: story(
    'Affichage à 320px (à voir dans le canevas). **Accessibilité** : les listes passent à la ligne, aucun défilement horizontal (RGAA 10.11).',
  ),
};

export const Anglais: Story = {
  name: 'Anglais',
  render: (args) =>
    html`<div lang="en">
      ${footer(
        args,
        html`<p slot="description">A short description of the service.</p>
          ${englishBottom}`,
      )}
    </div>`,
  parameters: story(
    'Dans une page `lang="en"` : « new window », « Back to the home page - … » et la licence en anglais. **Accessibilité** : le bloc-marque reste en français (`lang="fr"`, RGAA 8.7).',
  ),
};
