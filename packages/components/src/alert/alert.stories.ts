import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../alert.js';
import '../button.js';
import { ALERT_HEADING_LEVELS, ALERT_SIZES, ALERT_TYPES, type GouvAlert } from './gouv-alert.js';

type Args = Pick<GouvAlert, 'type' | 'size' | 'headingLevel' | 'dismissible'> & {
  heading?: string;
  text: string;
  live?: '' | 'polite' | 'assertive';
};

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Atteint le bouton « Masquer le message » (alerte refermable) |
| Entrée, Espace | Masque l’alerte ; le focus passe à l’élément focalisable suivant |

- **Le type est dit en toutes lettres** : « Information : », « Succès : », « Attention : » ou « Erreur : »
  précède le titre (ou le texte), masqué visuellement mais lu par les lecteurs d’écran. La couleur et
  l’icône (décorative, \`aria-hidden\`) ne suffisent pas à le transmettre.
- **Titre** : un vrai titre dont le niveau suit la page (\`heading-level\`, 3 par défaut comme le DSFR) ;
  \`heading-level="none"\` en fait un paragraphe en gras quand un titre casserait la hiérarchie.
  La petite taille (\`size="sm"\`) n’a pas de titre.
- **Alerte présente au chargement** : simple contenu, sans rôle. **Alerte ajoutée après une action** :
  \`live="polite"\` (rôle \`status\` : succès, information) ou \`live="assertive"\` (rôle \`alert\` : erreur,
  avertissement). La zone est rendue vide puis remplie, pour être annoncée de façon fiable. Ne faites
  jamais disparaître une alerte sans action de l’usager.
- **Fermeture** : le bouton a un intitulé explicite (« Masquer le message », « Hide message » en anglais).
  L’évènement \`gouv-dismiss\` est annulable (\`preventDefault()\` garde l’alerte) ; on l’écoute avec
  \`ongouv-dismiss={…}\` en React 19 (React garde la casse après \`on\` : \`onGouvDismiss\` écouterait
  « GouvDismiss », qui n’existe pas) et \`@gouv-dismiss\` en Vue. L’alerte reçoit
  \`hidden\` et reste dans le DOM. Si le focus était dedans, il passe à l’élément focalisable suivant dans
  la page ; s’il n’y en a pas, au parent de l’alerte (rendu focalisable le temps du passage), et
  « Message masqué » est annoncé : le focus ne retombe jamais en silence sur \`<body>\`.
- Couleurs forcées : la bordure et la barre restent visibles ; focus visible sur le bouton.

**Critères RGAA** : 3.1 (information pas seulement par la couleur), 3.2 (contrastes), 7.1 et 7.3 (script
compatible et utilisable au clavier), 7.5 (messages de statut), 9.1 (titres), 10.7 (focus visible),
11.9 (intitulé du bouton), 12.8 (ordre de tabulation cohérent après la fermeture).
`;

const meta: Meta<Args> = {
  title: 'Composants/Alerte',
  component: 'gouv-alert',
  tags: ['autodocs'],
  args: {
    type: 'info',
    heading: 'Titre de l’alerte',
    headingLevel: '3',
    size: 'md',
    dismissible: false,
    live: '',
    text: 'Description détaillée du message.',
  },
  argTypes: {
    type: { control: 'select', options: ALERT_TYPES },
    size: { control: 'inline-radio', options: ALERT_SIZES },
    headingLevel: { control: 'select', options: ALERT_HEADING_LEVELS },
    live: { control: 'select', options: ['', 'polite', 'assertive'] },
  },
  parameters: {
    docs: {
      description: {
        component: `L’alerte relaie une information importante, liée à une action de l’usager ou à l’état du service,
sans interrompre sa tâche : information, succès, avertissement ou erreur.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-alert
      type=${args.type}
      size=${args.size}
      heading=${ifDefined(args.heading || undefined)}
      heading-level=${args.headingLevel}
      live=${ifDefined(args.live || undefined)}
      ?dismissible=${args.dismissible}
      ><p>${args.text}</p></gouv-alert
    >
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const Information: Story = {};
export const Succes: Story = {
  name: 'Succès',
  args: { type: 'success', heading: 'Demande envoyée', text: 'Vous recevrez une réponse par courriel.' },
};
export const Attention: Story = {
  args: {
    type: 'warning',
    heading: 'Service perturbé',
    text: 'Le paiement en ligne est indisponible ce soir.',
  },
};
export const Erreur: Story = {
  args: { type: 'error', heading: 'Envoi impossible', text: 'Vérifiez votre connexion puis réessayez.' },
};
export const SansTitre: Story = { name: 'Sans titre', args: { heading: '' } };
export const Petite: Story = {
  name: 'Petite (sans titre)',
  args: { size: 'sm', heading: '', text: 'Votre brouillon est enregistré.', type: 'success' },
};
export const Refermable: Story = {
  name: 'Refermable',
  args: { dismissible: true },
  render: (args) => html`
    <gouv-alert type=${args.type} heading=${ifDefined(args.heading || undefined)} dismissible>
      <p>${args.text}</p>
    </gouv-alert>
    <p>Fermez l’alerte au clavier : le focus passe au lien suivant.</p>
    <p><a href="#suite">Lien suivant</a></p>
  `,
};
export const TitreEnParagraphe: Story = {
  name: 'Titre en paragraphe (heading-level="none")',
  args: { headingLevel: 'none' },
};

/** Inserts a live alert into `zone`, as an application does after an action. */
function insertAlert(zone: Element, type: 'success' | 'error') {
  const alert = document.createElement('gouv-alert');
  alert.type = type;
  alert.live = type === 'error' ? 'assertive' : 'polite';
  alert.dismissible = true;
  alert.heading = type === 'error' ? 'Envoi impossible' : 'Demande envoyée';
  alert.textContent =
    type === 'error'
      ? 'Le service ne répond pas. Réessayez dans quelques minutes.'
      : 'Vous recevrez une réponse par courriel.';
  zone.replaceChildren(alert);
}

export const AjouteeApresUneAction: Story = {
  name: 'Ajoutée après une action (live)',
  parameters: {
    docs: {
      description: {
        story:
          'Chaque bouton insère une nouvelle alerte : `live="polite"` (rôle `status`) pour le succès, `live="assertive"` (rôle `alert`) pour l’erreur. Un lecteur d’écran l’annonce sans que le focus bouge.',
      },
    },
  },
  render: () => html`
    <div style="display: grid; gap: 1rem">
      <div style="display: flex; gap: 1rem; flex-wrap: wrap">
        <gouv-button @click=${(e: Event) => insertAlert(zoneOf(e), 'success')}>Envoyer (succès)</gouv-button>
        <gouv-button variant="secondary" @click=${(e: Event) => insertAlert(zoneOf(e), 'error')}
          >Envoyer (erreur)</gouv-button
        >
      </div>
      <div class="zone"></div>
    </div>
  `,
};
function zoneOf(event: Event): Element {
  return (event.currentTarget as Element).closest('div[style*="grid"]')!.querySelector('.zone')!;
}

export const TexteLong: Story = {
  name: 'Texte long (320 px)',
  args: {
    type: 'warning',
    dismissible: true,
    heading: 'Votre dossier est incomplet : des pièces justificatives sont manquantes',
    text: 'Pour que votre demande soit instruite, ajoutez un justificatif de domicile de moins de trois mois et une copie recto verso de votre pièce d’identité en cours de validité. Sans ces documents, le délai de traitement est suspendu.',
  },
  render: (args) => html`
    <div style="max-width: 320px">
      <gouv-alert type=${args.type} heading=${ifDefined(args.heading)} ?dismissible=${args.dismissible}>
        <p>${args.text}</p>
      </gouv-alert>
    </div>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en" style="display: grid; gap: 1rem">
      <gouv-alert type="error" heading="Submission failed" dismissible
        ><p>Please try again later.</p></gouv-alert
      >
      <gouv-alert type="success" size="sm"><p>Your draft has been saved.</p></gouv-alert>
    </div>
  `,
};

export const TousLesTypes: Story = {
  name: 'Tous les types et tailles',
  render: () => html`
    <div style="display: grid; gap: 1rem">
      ${ALERT_TYPES.map(
        (type) => html`
          <gouv-alert type=${type} heading="Alerte ${type}" dismissible
            ><p>Description de l’alerte.</p></gouv-alert
          >
          <gouv-alert type=${type} size="sm"><p>Petite alerte ${type}.</p></gouv-alert>
        `,
      )}
    </div>
  `,
};
