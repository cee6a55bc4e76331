import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../question-page.js';
import '../input.js';
import '../error-summary.js';
import '../fieldset.js';

type Args = { heading: string; caption: string; backHref: string };

const accessibility = `
## Accessibilité

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | « Retour », puis les champs, puis « Continuer » |
| Entrée sur « Retour » | Revient à la question précédente (\`back-href\`, ou l’historique du navigateur) |
| Entrée dans un champ, ou sur « Continuer » | Envoie le formulaire (bouton d’envoi natif : envoi implicite) |

- **Une question, un \`h1\`** : la question est le titre de niveau 1 de la page (RGAA 9.1) ; le nom de la section
  est dans le titre, au-dessus, pour qu’il soit lu avec elle. Quand la page pose une seule question en
  \`<fieldset>\`, la légende porte le \`h1\` : le groupe et le titre ont alors le même nom, sans doublon.
- « Retour » est un vrai lien : le bouton Précédent du navigateur n’est jamais détourné (aucun \`pushState\`).
  Sans \`back-href\` et sans page précédente (onglet ouvert directement), le lien n’est pas affiché.
- « Continuer » est un bouton natif du formulaire : Entrée dans un champ envoie, un \`<fieldset disabled>\` le désactive,
  et les champs invalides bloquent l’envoi avec leurs messages (et le récapitulatif des erreurs, s’il y en a un).
- Rendu dans le DOM léger : le \`h1\` est celui du document, vos champs restent dans l’arbre de la page et ne sont
  jamais déplacés.

**Critères RGAA** : 9.1 (titres), 8.6 (titre de page : reprenez la question dans \`<title>\`), 11.1, 11.2 et 11.5
(étiquettes et regroupements), 11.9 (intitulé du bouton), 12.7 et 12.8 (navigation, ordre de tabulation), 7.1 et 7.3,
10.7 (focus visible), 3.2 (contrastes).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Page de question',
  component: 'gouv-question-page',
  tags: ['autodocs'],
  args: { heading: 'Quel est votre nom ?', caption: 'Votre identité', backHref: '#etape-precedente' },
  parameters: {
    docs: {
      description: {
        component: `Le modèle « Question pages » de GOV.UK : une question par page, avec un lien « Retour », la question en
\`h1\` (et le nom de la section au-dessus), vos champs, et un bouton « Continuer ».

\`\`\`html
<form action="/demande/nom" method="post">
  <gouv-question-page heading="Quel est votre nom ?" caption="Votre identité" back-href="/demande/debut">
    <gouv-input label="Nom de famille" name="nom" required autocomplete="family-name"></gouv-input>
  </gouv-question-page>
</form>
\`\`\`

Placez la page dans votre \`<form>\` (action, méthode et jeton restent les vôtres) ou votre \`<form id="…">\` dans
la page (« Continuer » s’y lie par son attribut \`form\`). La page ne déplace ni ne modifie jamais votre contenu : React,
Vue ou votre gabarit serveur peuvent ajouter, retirer ou réordonner les champs.
Quand la page pose une seule question en groupe de champs, la légende est le titre : \`<gouv-fieldset legend="…"
legend-heading="1" legend-size="l">\` (ou un \`<h1>\` dans votre \`<legend>\`), sans \`heading\`. Un
\`<gouv-error-summary slot="error-summary">\` placé dans la page s’affiche entre « Retour » et le titre, comme chez
GOV.UK.
${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-question-page
        heading=${args.heading}
        caption=${args.caption}
        back-href=${ifDefined(args.backHref || undefined)}
      >
        <gouv-input
          label="Nom de famille"
          name="nom"
          required
          autocomplete="family-name"
          hint="Tel qu’il est écrit sur votre pièce d’identité"
        ></gouv-input>
      </gouv-question-page>
    </form>
  `,
};
export default meta;
type Story = StoryObj<Args>;

export const UneQuestion: Story = { name: 'Une question (titre en attribut)' };

export const SansSection: Story = { name: 'Sans nom de section', args: { caption: '' } };

export const LegendeEnTitre: Story = {
  name: 'La légende est le titre (fieldset)',
  render: () => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-question-page caption="Votre situation" back-href="#etape-precedente">
        <fieldset style="border: 0; margin: 0; padding: 0">
          <legend><h1>Avez-vous des enfants à charge ?</h1></legend>
          <p>
            <!-- No native required: Chromium would announce these radios invalid before any error shows. -->
            <input type="radio" id="story-enfants-oui" name="enfants" value="oui" />
            <label for="story-enfants-oui">Oui</label>
          </p>
          <p>
            <input type="radio" id="story-enfants-non" name="enfants" value="non" />
            <label for="story-enfants-non">Non</label>
          </p>
        </fieldset>
      </gouv-question-page>
    </form>
  `,
};

export const LegendeGouvFieldset: Story = {
  name: 'La légende est le titre (gouv-fieldset)',
  render: () => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-question-page caption="Votre adresse" back-href="#etape-precedente">
        <gouv-fieldset legend="Où habitez-vous ?" legend-heading="1" legend-size="l">
          <gouv-input label="Adresse" name="adresse" autocomplete="street-address"></gouv-input>
          <gouv-input label="Code postal" name="cp" width="5" inputmode="numeric" autocomplete="postal-code">
          </gouv-input>
          <gouv-input label="Commune" name="commune" autocomplete="address-level2"></gouv-input>
        </gouv-fieldset>
      </gouv-question-page>
    </form>
  `,
};

export const AvecErreurs: Story = {
  name: 'Avec le récapitulatif des erreurs',
  render: () => html`
    <form @submit=${(e: Event) => e.preventDefault()}>
      <gouv-question-page heading="Quelle est votre adresse électronique ?" back-href="#etape-precedente">
        <gouv-error-summary slot="error-summary"></gouv-error-summary>
        <gouv-input
          label="Adresse électronique"
          name="courriel"
          type="email"
          value="marie.dupont"
          error="Saisissez une adresse électronique au bon format, comme nom@exemple.fr"
          autocomplete="email"
        ></gouv-input>
      </gouv-question-page>
    </form>
  `,
};

export const Desactive: Story = {
  name: 'Désactivé (fieldset disabled)',
  render: () => html`
    <form>
      <fieldset disabled style="border: 0; margin: 0; padding: 0">
        <gouv-question-page heading="Quel est votre nom ?" back-href="#etape-precedente">
          <gouv-input
            label="Nom de famille"
            name="nom"
            value="Dupont"
            autocomplete="family-name"
          ></gouv-input>
        </gouv-question-page>
      </fieldset>
    </form>
  `,
};

export const FormulaireDedans: Story = {
  name: 'Le formulaire dans la page',
  render: () => html`
    <gouv-question-page
      heading="Quel est votre numéro SIRET ?"
      caption="Votre entreprise"
      back-href="#etape-precedente"
    >
      <form id="story-siret" @submit=${(e: Event) => e.preventDefault()}>
        <gouv-input
          label="Numéro SIRET"
          name="siret"
          validate="siret"
          inputmode="numeric"
          width="20"
        ></gouv-input>
      </form>
    </gouv-question-page>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <form @submit=${(e: Event) => e.preventDefault()}>
        <gouv-question-page heading="What is your name?" caption="About you" back-href="#previous">
          <gouv-input label="Full name" name="name" required autocomplete="name"></gouv-input>
        </gouv-question-page>
      </form>
    </div>
  `,
};
