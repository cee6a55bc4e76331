import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../header.js';
import '../button.js';

interface HeaderArgs {
  serviceName: string;
  serviceTagline: string;
  institution: string;
  homeHref: string;
}

const accessibility = `
## Accessibilité

L’en-tête est le repère \`banner\` de la page : le rôle est porté par l’élément lui-même
(\`ElementInternals\`), un seul repère est exposé. Un seul \`<gouv-header>\` par page, hors de \`<main>\`.

Le lien d’accueil couvre tout le bloc-marque ; son nom accessible est
« Accueil - *nom du service* - République Française », comme le \`title\` de DSFR.

Sous 62em, les accès rapides, la recherche et la navigation passent dans un panneau modal
(\`<dialog>\`) ouvert par le bouton « Menu » (\`aria-expanded\`, \`aria-controls\`).

### Clavier

| Touche | Action |
| --- | --- |
| <kbd>Tab</kbd> | Lien d’accueil, accès rapides, recherche, liens de navigation ; sous 62em : bouton « Menu ». Dans le panneau ouvert, le focus reste dans le panneau. |
| <kbd>Maj</kbd> + <kbd>Tab</kbd> | Même parcours, en sens inverse. |
| <kbd>Entrée</kbd> | Suit le lien ; sur « Menu », ouvre le panneau et place le focus sur « Fermer ». |
| <kbd>Échap</kbd> | Ferme le panneau ; le focus revient sur « Menu ». |

### Critères RGAA

- **12.6** Zones de regroupement : repère \`banner\` unique ; la navigation slottée est un \`<nav aria-label="Menu principal">\`.
- **12.1** Systèmes de navigation : menu principal, lien d’accueil sur le nom du service.
- **12.8** Ordre de tabulation cohérent ; le panneau modal garde le focus.
- **10.7** Focus visible sur tous les éléments, y compris en mode contrastes élevés (\`forced-colors\`).
- **10.11** Pas de défilement horizontal à 320px ; **10.4** zoom texte 200 %.
- **7.1 / 7.3** Le menu est utilisable au clavier et restitué (\`aria-expanded\`, \`aria-controls\`, dialogue modal nommé « Menu »).
- **11.9** Boutons nommés : « Menu » (icône + texte masqué + \`title\`), « Fermer ».
- **8.7** Le bloc-marque reste en français (\`lang="fr"\`) sur une page anglaise.
- **3.2 / 3.3** Contrastes conformes en thèmes clair et sombre ; la page courante est signalée par la couleur et un trait (\`aria-current="page"\`).
`;

const navigation = html`<nav slot="navigation" aria-label="Menu principal">
  <ul>
    <li><a href="#accueil" aria-current="page">Accueil</a></li>
    <li><a href="#demarches">Démarches</a></li>
    <li><a href="#actualites">Actualités</a></li>
    <li><a href="#contact">Contact</a></li>
  </ul>
</nav>`;

const tools = html`<gouv-button
    slot="tools"
    href="#connexion"
    variant="tertiary-no-outline"
    size="sm"
    icon="account-circle-line"
    >Se connecter</gouv-button
  ><gouv-button slot="tools" href="#espace" variant="tertiary-no-outline" size="sm" icon="user-line"
    >Créer un espace</gouv-button
  >`;

const search = html`<form slot="search" role="search" aria-label="Rechercher sur le site" action="#">
  <label for="header-search">Rechercher</label>
  <input id="header-search" name="q" type="search" />
  <button type="submit">Rechercher</button>
</form>`;

function header(args: HeaderArgs, content: unknown = nothing) {
  return html`<gouv-header
    service-name=${args.serviceName}
    service-tagline=${args.serviceTagline}
    institution=${args.institution}
    home-href=${args.homeHref}
    >${content}</gouv-header
  >`;
}

const story = (text: string) => ({ docs: { description: { story: text } } });

const meta: Meta<HeaderArgs> = {
  title: 'Composants/En-tête',
  component: 'gouv-header',
  tags: ['autodocs'],
  args: {
    serviceName: 'Nom du site / service',
    serviceTagline: '',
    institution: 'République<br>Française',
    homeHref: '/',
  },
  argTypes: {
    serviceName: { name: 'service-name', control: 'text' },
    serviceTagline: { name: 'service-tagline', control: 'text' },
    institution: { control: 'text', description: 'Intitulé officiel, une ligne par `<br>`.' },
    homeHref: { name: 'home-href', control: 'text' },
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `L’en-tête des sites de l’État (DSFR « En-tête ») : bloc-marque, nom du service,
accès rapides (slot \`tools\`), recherche (slot \`search\`) et navigation principale (slot \`navigation\`).
Les liens slottés restent dans le DOM de la page et gardent leur sémantique native.
${accessibility}`,
      },
    },
  },
  render: (args) => header(args),
};
export default meta;

type Story = StoryObj<HeaderArgs>;

export const Minimal: Story = {
  args: { serviceName: '' },
  parameters: story(
    'Le bloc-marque seul, lié à l’accueil. **Accessibilité** : le lien s’appelle « Accueil - République Française » ; aucun bouton « Menu » puisqu’il n’y a rien à replier.',
  ),
};

export const AvecBaseline: Story = {
  name: 'Avec baseline',
  args: { serviceTagline: 'Baseline - précisions sur l’organisation' },
  parameters: story(
    'Nom du service et baseline. **Accessibilité** : le lien d’accueil, sur le nom du service, couvre tout le bloc-marque ; son nom est « Accueil - Nom du site / service - République Française ».',
  ),
};

export const AvecAccesRapides: Story = {
  name: 'Avec accès rapides',
  render: (args) => header(args, tools),
  parameters: story(
    'Trois accès rapides au plus (slot `tools`). **Accessibilité** : des liens (`gouv-button href`) pour aller quelque part ; sous 62em ils passent dans le panneau « Menu ».',
  ),
};

export const AvecNavigation: Story = {
  name: 'Avec navigation',
  render: (args) => header(args, html`${tools}${navigation}`),
  parameters: story(
    'Navigation principale, page courante marquée par `aria-current="page"`. **Accessibilité** : `<nav aria-label="Menu principal">` (RGAA 12.6), page courante signalée par la couleur et un trait.',
  ),
};

export const AvecRecherche: Story = {
  name: 'Avec recherche',
  render: (args) => header(args, html`${tools}${search}${navigation}`),
  parameters: story(
    'Recherche dans le slot `search` : un `<form role="search">` avec un libellé. **Accessibilité** : sous 62em, la recherche est en tête du panneau « Menu ».',
  ),
};

export const Mobile: Story = {
  render: (args) => header(args, html`${tools}${search}${navigation}`),
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: story(
    'Affichage sous 62em (ici 320px, à voir dans le canevas ou en réduisant la fenêtre). **Accessibilité** : <kbd>Entrée</kbd> sur « Menu » ouvre le panneau modal et place le focus sur « Fermer » ; <kbd>Échap</kbd> le ferme et rend le focus à « Menu ». Aucun défilement horizontal à 320px (RGAA 10.11).',
  ),
};

export const Anglais: Story = {
  name: 'Anglais',
  render: (args) =>
    html`<div lang="en">
      ${header(
        args,
        html`<nav slot="navigation" aria-label="Main menu">
          <ul>
            <li><a href="#home" aria-current="page">Home</a></li>
            <li><a href="#services">Services</a></li>
          </ul>
        </nav>`,
      )}
    </div>`,
  args: { serviceName: 'Service name' },
  parameters: story(
    'Dans une page `lang="en"`, « Menu », « Close » et « Home - … ». **Accessibilité** : le bloc-marque reste en français et le déclare (`lang="fr"`, RGAA 8.7).',
  ),
};

export const NomLong: Story = {
  name: 'Nom de service long',
  args: {
    serviceName:
      'Plateforme nationale de déclaration et de suivi des demandes d’aides exceptionnelles aux collectivités territoriales',
    serviceTagline: 'Ministère de l’Intérieur et des Outre-mer',
  },
  render: (args) => header(args, navigation),
  parameters: story(
    'Un nom de service long passe à la ligne. **Accessibilité** : rien n’est tronqué ni masqué, pas de défilement horizontal (RGAA 10.11, 10.12).',
  ),
};

export const AutreEntite: Story = {
  name: 'Autre entité',
  args: { institution: 'Ministère<br>de la Culture', serviceName: 'Nom du service' },
  parameters: story(
    'L’intitulé officiel d’une autre entité, une ligne par `<br>`. **Accessibilité** : le nom du lien d’accueil reprend l’intitulé sur une ligne.',
  ),
};
