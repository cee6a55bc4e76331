import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../skip-links.js';
import type { SkipLink } from './gouv-skip-links.js';

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab (au chargement de la page) | Atteint le premier lien d’évitement, qui apparaît en haut de la page |
| Tab / Maj+Tab | Passe d’un lien d’évitement à l’autre ; en sortant, le bloc se masque |
| Entrée | Va à la zone visée et **y place le focus** : la tabulation suivante continue depuis cette zone |

- Une navigation \`<nav aria-label="Accès rapide">\` (« Skip links » en anglais) contenant une liste de liens ;
  « Contenu » en premier.
- Masqués visuellement (au-dessus de la page, transparents) mais présents pour les lecteurs d’écran ;
  tout le bloc apparaît dès qu’un lien a le focus.
- La cible d’un lien est cherchée dans le document (\`<main id="contenu">\`) ; une cible non focalisable
  reçoit \`tabindex="-1"\` le temps d’avoir le focus, car certains navigateurs se contentent de faire défiler.
- Une ancre absente de la page déclenche un avertissement de développement ; un \`href\` qui ne mène pas
  dans la page est ignoré (propriété \`links\` ou liens enfants).
- À placer en tout premier dans \`<body>\`.

**Critères RGAA** : 12.7 (lien d’évitement vers le contenu principal), 12.6 (zones de regroupement
atteignables), 12.8 (ordre de tabulation), 6.1 (liens explicites), 10.7 (focus visible), 3.2 (contrastes).
`;

const meta: Meta = {
  title: 'Composants/Liens d’évitement',
  component: 'gouv-skip-links',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Les liens d’évitement permettent à l’usager qui navigue au clavier ou avec un lecteur d’écran
d’aller directement au contenu, au menu ou au pied de page, sans parcourir l’en-tête.

**Pour les voir : cliquez dans l’aperçu, au-dessus de l’en-tête factice, puis appuyez sur Tab.**\n${accessibility}`,
      },
    },
  },
};
export default meta;
type Story = StoryObj;

/**
 * A small page around the skip links. Ids get a suffix: the docs page renders every story in one
 * document, where ids must stay unique.
 */
function demoPage(suffix: string, skipLinks: TemplateResult) {
  return html`
    <div style="position: relative; border: 1px solid var(--gouv-color-border-default); min-height: 14rem">
      ${skipLinks}
      <header style="padding: 1rem; border-bottom: 1px solid var(--gouv-color-border-default)">
        <strong>En-tête du service</strong>
        <nav id="menu-${suffix}" aria-label="Menu principal ${suffix}">
          <a href="#accueil">Accueil</a> · <a href="#demarches">Démarches</a>
        </nav>
      </header>
      <main id="contenu-${suffix}" style="padding: 1rem">
        <p>Contenu principal. Après « Contenu », la tabulation suivante mène au bouton :</p>
        <button type="button">Premier élément du contenu</button>
      </main>
      <footer id="pied-${suffix}" style="padding: 1rem">Pied de page</footer>
    </div>
  `;
}

const links = (suffix: string): SkipLink[] => [
  { href: `#contenu-${suffix}`, label: 'Contenu' },
  { href: `#menu-${suffix}`, label: 'Menu' },
  { href: `#pied-${suffix}`, label: 'Pied de page' },
];

export const Defaut: Story = {
  name: 'Par la propriété links',
  parameters: {
    docs: {
      description: { story: 'Cliquez dans l’aperçu puis appuyez sur Tab : le bloc apparaît en haut.' },
    },
  },
  render: () => demoPage('a', html`<gouv-skip-links .links=${links('a')}></gouv-skip-links>`),
};

export const LiensEnfants: Story = {
  name: 'Par des liens enfants',
  parameters: {
    docs: {
      description: {
        story:
          'Les `<a>` enfants sont lus comme des données (adresse, texte, `lang`) : ils restent à leur place, intacts et non affichés, et l’élément rend sa propre liste, qui suit leurs changements (ajout, retrait, réordonnancement par un framework). Rendu côté serveur, l’élément ne voit pas ses enfants : passez alors les liens par la propriété `links`.',
      },
    },
  },
  render: () =>
    demoPage(
      'b',
      html`<gouv-skip-links>
        <a href="#contenu-b">Contenu</a>
        <a href="#menu-b">Menu</a>
        <a href="#pied-b">Pied de page</a>
      </gouv-skip-links>`,
    ),
};

export const LienParDefaut: Story = {
  name: 'Lien par défaut (#contenu)',
  parameters: {
    docs: {
      description: {
        story:
          'Sans lien fourni : un seul lien « Contenu » vers `#contenu`, le seul qu’exige le RGAA. Si la page n’a pas d’élément `id="contenu"`, un avertissement s’affiche dans la console.',
      },
    },
  },
  render: () => html`
    <div style="position: relative; border: 1px solid var(--gouv-color-border-default); min-height: 8rem">
      <gouv-skip-links></gouv-skip-links>
      <main id="contenu" style="padding: 1rem"><p>Contenu principal.</p></main>
    </div>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () =>
    html`<div lang="en">
      ${demoPage(
        'c',
        html`<gouv-skip-links
          .links=${[
            { href: '#contenu-c', label: 'Content' },
            { href: '#menu-c', label: 'Menu' },
            { href: '#pied-c', label: 'Footer' },
          ]}
        ></gouv-skip-links>`,
      )}
    </div>`,
};
