import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@gouvkit/components/button.js';
import '../error-summary.js';
import '../input.js';
import type { ErrorSummaryItem } from './gouv-error-summary.js';

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Entrée sur le bouton d’envoi (ou dans un champ) | Tente l’envoi : le récapitulatif apparaît et prend le focus, le titre de la page commence par « Erreur : » |
| Tab / Maj+Tab | Parcourt les liens du récapitulatif |
| Entrée sur un lien | Place le focus dans le champ et fait défiler la page jusqu’à son libellé (ou sa légende) |

- **Focus et alerte, comme GOV.UK** : le récapitulatif prend le focus (\`tabindex="-1"\` le temps du focus) pour que la
  liste soit lue et que Tab parte de là ; la liste est aussi dans un conteneur \`role="alert"\`, distinct de celui qui
  prend le focus (le modèle de GOV.UK Frontend), pour les lecteurs d’écran qui ne lisent pas un focus déplacé par script.
  Quand un champ est corrigé, son lien disparaît **sans annonce** (le conteneur quitte le rôle \`alert\`) : le message
  du champ, dans sa propre région polie, suffit ; une alerte à chaque frappe serait une interruption.
- Le titre de la page commence par « Erreur : » tant qu’il reste une erreur (WCAG 3.3.1, RGAA 11.10) : c’est la
  première chose lue au chargement d’une page renvoyée par le serveur.
- Chaque lien dit le champ et l’erreur (« Nom : Renseignez ce champ, il est obligatoire ») et mène à l’\`id\` du champ.
  Les messages des contrôles natifs sont ceux de gouvkit, en français, pas ceux du navigateur.
- Avec \`novalidate\` sur le formulaire, le navigateur ne vérifie rien et envoie : seules les erreurs renvoyées par le
  serveur s’affichent (\`errors\` ou balisage).
- Le cadre est dans le DOM léger : le titre fait partie du plan de la page, les liens visent des \`id\` du document.
  Le balisage envoyé par le serveur s’affiche tel quel avant JavaScript ; ensuite il est lu comme des données, laissé
  en place (non affiché) et suivi : React, Vue ou votre gabarit peuvent le changer.

**Critères RGAA** : 11.10 (contrôle de saisie : erreurs signalées), 11.11 (suggestions de correction), 7.1 et 7.3
(utilisable au clavier et par les technologies d’assistance), 7.4 (changement de contexte : le focus ne bouge qu’après
une action de l’utilisateur ou au chargement), 7.5 (message de statut), 8.6 (titre de page pertinent), 9.1 (titre),
10.7 (focus visible), 6.1 (liens explicites), 3.2 (contrastes).
`;

type Args = { headingLevel: number };

const meta: Meta<Args> = {
  title: 'Formulaires/Récapitulatif des erreurs',
  component: 'gouv-error-summary',
  tags: ['autodocs'],
  args: { headingLevel: 2 },
  argTypes: { headingLevel: { control: { type: 'number', min: 1, max: 6 } } },
  parameters: {
    docs: {
      description: {
        component: `Le récapitulatif des erreurs, en tête d’un formulaire, reprend le modèle « Error summary » de
GOV.UK (le DSFR n’en a pas). À chaque tentative d’envoi, il réunit les erreurs des champs, un lien par champ dans
l’ordre du formulaire, prend le focus et préfixe le titre de la page par « Erreur : ». Il se met à jour à mesure que
l’usager corrige et disparaît quand il n’y a plus d’erreur.

Les erreurs trouvées par le serveur se donnent en données (\`errors\`) ou en balisage
(\`<li><a href="#id">…</a></li>\`) : le récapitulatif les affiche et prend le focus au chargement. Rendu sur le serveur
(\`@gouvkit/core/ssr.js\`), \`errors\` donne le récapitulatif complet dès le HTML, avant JavaScript.

\`\`\`html
<form action="/inscription" method="post">
  <gouv-error-summary></gouv-error-summary>
  <gouv-input label="Nom" name="nom" required autocomplete="family-name"></gouv-input>
  <button>Continuer</button>
</form>
\`\`\`
${accessibility}`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

const preventSubmit = (event: Event) => event.preventDefault();

const form = (args: Args) => html`
  <form style="max-width: 36rem" @submit=${preventSubmit}>
    <gouv-error-summary heading-level=${args.headingLevel}></gouv-error-summary>
    <gouv-input label="Nom" name="nom" required autocomplete="family-name"></gouv-input>
    <gouv-input
      label="Adresse électronique"
      name="courriel"
      type="email"
      value="marie.dupont"
      autocomplete="email"
    ></gouv-input>
    <gouv-input
      label="Numéro SIRET"
      name="siret"
      validate="siret"
      value="12345678901234"
      inputmode="numeric"
    ></gouv-input>
    <div style="margin-block-end: 1.5rem">
      <label class="gouv-label" for="story-ville">Ville (champ natif)</label>
      <input class="gouv-input" id="story-ville" name="ville" required autocomplete="address-level2" />
    </div>
    <gouv-button type="submit">Envoyer</gouv-button>
  </form>
`;

export const TentativeEnvoi: Story = {
  name: 'Formulaire : envoyez-le pour voir le récapitulatif',
  render: form,
};

const serverErrors: ErrorSummaryItem[] = [
  { href: '#story-identifiant', text: 'Cet identifiant est déjà pris, choisissez-en un autre' },
  { href: 'telephone', text: 'Saisissez un numéro de téléphone joignable, comme 06 12 34 56 78' },
];

export const ErreursDuServeur: Story = {
  name: 'Erreurs du serveur (données)',
  render: (args, context) => html`
    <form style="max-width: 36rem" @submit=${preventSubmit}>
      <gouv-error-summary
        heading-level=${args.headingLevel}
        ?no-autofocus=${context.viewMode === 'docs'}
        .errors=${serverErrors}
      ></gouv-error-summary>
      <gouv-input
        id="story-identifiant"
        label="Identifiant"
        name="identifiant"
        value="jdupont"
        error="Cet identifiant est déjà pris, choisissez-en un autre"
      ></gouv-input>
      <gouv-input
        label="Téléphone"
        name="telephone"
        type="tel"
        value="0612"
        autocomplete="tel"
        error="Saisissez un numéro de téléphone joignable, comme 06 12 34 56 78"
      ></gouv-input>
      <gouv-button type="submit">Envoyer</gouv-button>
    </form>
  `,
};

export const BalisageDuServeur: Story = {
  name: 'Erreurs du serveur (balisage, sans validation JavaScript)',
  render: (args, context) => html`
    <form style="max-width: 36rem" novalidate @submit=${preventSubmit}>
      <gouv-error-summary heading-level=${args.headingLevel} ?no-autofocus=${context.viewMode === 'docs'}>
        <ul>
          <li><a href="#story-naissance">Saisissez une date de naissance dans le passé</a></li>
        </ul>
      </gouv-error-summary>
      <label class="gouv-label" for="story-naissance">Date de naissance</label>
      <input
        class="gouv-input"
        id="story-naissance"
        name="naissance"
        type="date"
        value="2090-01-01"
        autocomplete="bday"
      />
    </form>
  `,
};

export const SansErreur: Story = {
  name: 'Sans erreur (rien n’est affiché)',
  render: (args) => html`
    <form style="max-width: 36rem" @submit=${preventSubmit}>
      <gouv-error-summary heading-level=${args.headingLevel}></gouv-error-summary>
      <gouv-input label="Nom" name="nom" value="Dupont" autocomplete="family-name"></gouv-input>
    </form>
  `,
};

export const HorsDuFormulaire: Story = {
  name: 'Hors du formulaire (for)',
  render: (args) => html`
    <gouv-error-summary for="story-form-for" heading-level=${args.headingLevel}></gouv-error-summary>
    <form id="story-form-for" style="max-width: 36rem" @submit=${preventSubmit}>
      <gouv-input
        label="Code postal"
        name="cp"
        required
        width="5"
        inputmode="numeric"
        autocomplete="postal-code"
      >
      </gouv-input>
      <gouv-button type="submit">Envoyer</gouv-button>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: (args, context) => html`
    <div lang="en">
      <form style="max-width: 36rem" @submit=${preventSubmit}>
        <gouv-error-summary
          heading-level=${args.headingLevel}
          ?no-autofocus=${context.viewMode === 'docs'}
          .errors=${[{ href: '#story-en-name', text: 'Enter your full name' }]}
        ></gouv-error-summary>
        <gouv-input
          id="story-en-name"
          label="Full name"
          name="name"
          required
          autocomplete="name"
        ></gouv-input>
        <gouv-button type="submit">Submit</gouv-button>
      </form>
    </div>
  `,
};
