import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../date-picker.js';
import type { GouvDatePicker } from './gouv-date-picker.js';

type Args = Pick<GouvDatePicker, 'label' | 'hint' | 'name' | 'value' | 'required' | 'disabled' | 'error'> & {
  min?: string;
  max?: string;
};

const accessibility = `
**La saisie au clavier reste le chemin principal** : le calendrier est un complément. Les tests
d’utilisabilité de l’USWDS ont montré que des personnes utilisant un lecteur d’écran échouaient
avec les sélecteurs qui imposent le calendrier. Le champ accepte « 14/07/2025 », « 14 07 2025 »,
« 14.07.2025 », « 14072025 », « 14 juillet 2025 » ou « 2025-07-14 », et envoie toujours la valeur
ISO \`AAAA-MM-JJ\` sous \`name\`. Pour une date connue (date de naissance), préférez la « Date en
trois champs ».

**Choix de conception** : un seul champ \`JJ/MM/AAAA\` (et non trois) car le calendrier remplit une
seule valeur, et un élément associé au formulaire (\`ElementInternals\`) pour envoyer la date ISO
quel que soit le format saisi. Mêmes contrôles et mêmes messages que la date en trois champs
(« La date doit être une date réelle »…).

## Accessibilité

Le bouton « Choisir une date » ouvre une boîte de dialogue modale (\`<dialog>\`, nom « Choisir une
date ») selon le motif WAI-ARIA APG « Date Picker Dialog » : une grille (\`role="grid"\`) dont le
nom est le mois affiché, jours de la semaine en en-têtes de colonnes, semaine commençant le lundi.

| Touche | Action |
| --- | --- |
| Tab / Maj+Tab | Champ, bouton « Choisir une date » ; dans le calendrier : année et mois précédents, mois et année suivants, grille (le jour actif), « Fermer » |
| Entrée, Espace (sur le bouton) | Ouvre le calendrier ; le focus va sur la date saisie, sinon sur aujourd’hui |
| ← / → | Jour précédent / suivant |
| ↑ / ↓ | Même jour de la semaine précédente / suivante |
| Page préc. / Page suiv. | Même jour du mois précédent / suivant |
| Maj+Page préc. / Maj+Page suiv. | Même jour de l’année précédente / suivante |
| Début / Fin | Lundi / dimanche de la semaine |
| Entrée, Espace (dans la grille) | Choisit le jour, ferme le calendrier, remet le focus sur le bouton ; le champ affiche la date |
| Échap | Ferme sans choisir ; le focus revient sur le bouton (un clic hors du calendrier aussi) |

- Chaque jour est lu en entier (« lundi 14 juillet 2025 ») ; le jour choisi porte
  \`aria-selected="true"\`, aujourd’hui \`aria-current="date"\` ; les jours hors de \`min\`, \`max\`,
  \`not-in-future\` ou de la tranche d’âge portent \`aria-disabled="true"\`, sont barrés, et le
  focus ne peut pas les atteindre.
- Le titre du mois est une zone \`aria-live="polite"\` : le changement de mois est annoncé.
- Les boutons à icône ont un intitulé (« Mois précédent »…), repris en infobulle.
- Rien ne bouge seul (pas d’animation) ; couleurs forcées : jour choisi en \`SelectedItem\`, jours
  désactivés en \`GrayText\`.

**Critères RGAA** : 1.2 (icônes décoratives), 3.2 (contrastes), 7.1 et 7.3 (utilisable au clavier),
7.5 (message de statut : le mois affiché), 8.7 (langue), 10.7 (focus visible), 11.1 et 11.2
(étiquettes), 11.9 (intitulés des boutons), 11.10 et 11.11 (contrôle de saisie, suggestions),
11.13 (finalité), 12.8 (ordre de tabulation), 12.9 (pas de piège au clavier).
`;

const meta: Meta<Args> = {
  title: 'Formulaires/Sélecteur de date',
  component: 'gouv-date-picker',
  tags: ['autodocs'],
  args: {
    label: 'Date du rendez-vous',
    hint: '',
    name: 'rendez-vous',
    value: '',
    required: false,
    disabled: false,
    error: '',
  },
  argTypes: { min: { control: 'text' }, max: { control: 'text' } },
  parameters: {
    docs: {
      description: {
        component: `Une date saisie au format JJ/MM/AAAA, avec un calendrier en complément.\n${accessibility}`,
      },
    },
  },
  render: (args) => html`
    <gouv-date-picker
      label=${args.label}
      hint=${args.hint}
      name=${args.name}
      value=${args.value}
      error=${args.error}
      min=${ifDefined(args.min || undefined)}
      max=${ifDefined(args.max || undefined)}
      ?required=${args.required}
      ?disabled=${args.disabled}
    ></gouv-date-picker>
  `,
};
export default meta;
type Story = StoryObj<Args>;

/** Types `text` in the box and shows the error at once, as after a submit attempt (no focus move). */
function typed(text: string) {
  return ref(async (node) => {
    const el = node as GouvDatePicker | undefined;
    if (!el) return;
    await el.updateComplete;
    el.formStateRestoreCallback(text);
    await el.updateComplete;
    el.input?.checkValidity();
  });
}

export const Vide: Story = {};

export const Remplie: Story = { args: { value: '2025-07-14' } };

export const AvecAide: Story = {
  name: 'Avec aide',
  args: { hint: 'Un jour ouvré, au format JJ/MM/AAAA. Par exemple : 15/09/2025' },
};

export const Obligatoire: Story = { args: { required: true } };

export const Desactivee: Story = { name: 'Désactivée', args: { disabled: true, value: '2025-07-14' } };

export const ErreurServeur: Story = {
  name: 'Erreur (serveur)',
  args: { value: '2025-07-14', error: 'Ce créneau n’est plus disponible : choisissez une autre date' },
};

export const DateIrreelle: Story = {
  name: 'Erreur : date qui n’existe pas (31/02)',
  render: () =>
    html`<gouv-date-picker label="Date du rendez-vous" name="rdv" ${typed('31/02/2025')}></gouv-date-picker>`,
};

export const AnneeManquante: Story = {
  name: 'Erreur : année manquante',
  render: () =>
    html`<gouv-date-picker label="Date du rendez-vous" name="rdv" ${typed('14/07')}></gouv-date-picker>`,
};

export const Limites: Story = {
  name: 'Limites (min et max)',
  parameters: {
    docs: {
      description: {
        story: 'Ouvrez le calendrier : les jours hors limites sont barrés et inaccessibles au clavier.',
      },
    },
  },
  args: {
    min: '2025-07-03',
    max: '2025-09-28',
    value: '2025-07-14',
    hint: 'Entre le 3 juillet et le 28 septembre 2025',
  },
};

export const HorsLimites: Story = {
  name: 'Erreur : hors limites',
  render: () =>
    html`<gouv-date-picker
      label="Date de début"
      name="debut"
      min="2025-07-03"
      max="2025-09-28"
      ${typed('01/10/2025')}
    ></gouv-date-picker>`,
};

export const DateDuPasse: Story = {
  name: 'Date passée (not-in-future)',
  render: () =>
    html`<gouv-date-picker
      label="Date de l’accident"
      subject="la date de l’accident"
      name="accident"
      not-in-future
      ${typed(`01/01/${new Date().getFullYear() + 1}`)}
    ></gouv-date-picker>`,
};

export const DansUnFormulaire: Story = {
  name: 'Dans un formulaire (FormData)',
  render: () => html`
    <form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.currentTarget as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify(Object.fromEntries(new FormData(form)));
      }}
    >
      <gouv-date-picker label="Date du rendez-vous" name="rdv" required></gouv-date-picker>
      <button type="submit">Envoyer</button> <button type="reset">Réinitialiser</button>
      <p>Données envoyées : <output>—</output></p>
    </form>
  `,
};

export const Anglais: Story = {
  name: 'En anglais',
  render: () => html`
    <div lang="en">
      <gouv-date-picker label="Appointment date" name="appointment" value="2025-07-14"></gouv-date-picker>
      <gouv-date-picker
        label="Appointment date"
        name="appointment2"
        ${typed('31/02/2025')}
      ></gouv-date-picker>
    </div>
  `,
};

export const Etroit: Story = {
  name: 'Écran de 320 px',
  render: () => html`
    <div style="max-width: 320px">
      <gouv-date-picker
        label="Date de début de votre contrat de travail, telle qu’inscrite sur le contrat"
        name="debut"
        value="2025-09-01"
      ></gouv-date-picker>
    </div>
  `,
};
